"""Feeds: RSS 0.91, 1.0 (RDF), 2.0 with content:encoded, Atom; entity attacks refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ingest import ImportFailure, read_source

RSS2 = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Example News</title>
  <link>https://example.com/</link>
  <description>All the news</description>
  <item>
    <title>Storm floods coastal towns</title>
    <link>https://example.com/news/storm</link>
    <guid>https://example.com/news/storm</guid>
    <dc:creator>Jane Doe</dc:creator>
    <pubDate>Sat, 14 Nov 2026 10:30:00 GMT</pubDate>
    <description>Short summary only.</description>
    <content:encoded><![CDATA[
      <p>Heavy rain overnight pushed the River Ael over its banks.</p>
      <figure><img src="a.jpg"/><figcaption>Residents watch the water rise. (Reuters)</figcaption></figure>
      <p>Emergency services said <b>no one</b> had been hurt.</p>
      <script>alert("x")</script>
      <p>Schools will reopen on Monday.</p>
    ]]></content:encoded>
  </item>
  <item>
    <title>Council approves budget</title>
    <author>newsdesk@example.com (Tom Okafor)</author>
    <guid isPermaLink="false">budget-2026</guid>
    <description>The council voted 8 to 3.&lt;br&gt;&lt;br&gt;The mayor welcomed it.</description>
  </item>
</channel>
</rss>
"""

RSS091 = """<?xml version="1.0" encoding="ISO-8859-1"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
  "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91">
<channel>
<title>Old Times</title>
<link>http://old.example.com/</link>
<description>Vintage</description>
<language>en-us</language>
<item>
<title>Caf\u00e9 reopens after fire</title>
<link>http://old.example.com/cafe</link>
<description>The caf\u00e9 on Main Street reopened on Friday.</description>
</item>
</channel>
</rss>
"""

RSS10 = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example.com/">
    <title>RDF Daily</title>
    <link>https://rdf.example.com/</link>
    <description>d</description>
    <items><rdf:Seq><rdf:li resource="https://rdf.example.com/a"/></rdf:Seq></items>
  </channel>
  <item rdf:about="https://rdf.example.com/a">
    <title>Bridge opens to traffic</title>
    <link>https://rdf.example.com/a</link>
    <description>The new bridge opened on Tuesday morning.</description>
    <dc:creator>Tom Okafor</dc:creator>
    <dc:date>2026-11-10T08:00:00Z</dc:date>
  </item>
</rdf:RDF>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<!-- a comment before the root -->
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Wire</title>
  <id>urn:uuid:feed</id>
  <updated>2026-11-14T12:00:00Z</updated>
  <entry>
    <title type="html">Rates &lt;b&gt;held&lt;/b&gt; again</title>
    <id>urn:uuid:entry-1</id>
    <updated>2026-11-14T12:00:00+01:00</updated>
    <author><name>Ann Lee</name></author>
    <summary>Summary text.</summary>
    <content type="html">&lt;p&gt;The bank held rates.&lt;/p&gt;&lt;p&gt;Markets rose.&lt;/p&gt;</content>
  </entry>
</feed>
"""

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<rss version="2.0"><channel><title>t</title>
<item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>
"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<rss version="2.0"><channel><title>t</title>
<item><title>Leak</title><description>&xxe;</description></item></channel></rss>
"""


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> str:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def test_rss2_uses_full_content_and_keeps_captions_apart(tmp_path: Path) -> None:
    first, second = read_source(write(tmp_path, "news.xml", RSS2))
    assert first.title == "Storm floods coastal towns"
    assert first.paragraphs == [
        "Heavy rain overnight pushed the River Ael over its banks.",
        "Emergency services said no one had been hurt.",
        "Schools will reopen on Monday.",
    ]
    assert first.captions == ["Residents watch the water rise. (Reuters)"]
    assert first.byline == "Jane Doe"
    assert first.source == "Example News"
    assert first.url == first.key == "https://example.com/news/storm"
    assert first.published == "2026-11-14T10:30:00+00:00"
    # No link: the guid is the key; double <br> separates paragraphs of the summary.
    assert second.byline == "Tom Okafor"  # RSS <author> is "email (Name)"
    assert second.key == "budget-2026"
    assert second.url is None
    assert second.paragraphs == ["The council voted 8 to 3.", "The mayor welcomed it."]


def test_rss091_with_netscape_doctype_and_latin1(tmp_path: Path) -> None:
    (article,) = read_source(write(tmp_path, "old.rss", RSS091, "iso-8859-1"))
    assert article.title == "Café reopens after fire"
    assert article.paragraphs == ["The café on Main Street reopened on Friday."]
    assert article.source == "Old Times"
    assert article.key == "http://old.example.com/cafe"


def test_rss10_rdf(tmp_path: Path) -> None:
    (article,) = read_source(write(tmp_path, "daily.rdf", RSS10))  # sniffed by content
    assert article.title == "Bridge opens to traffic"
    assert article.paragraphs == ["The new bridge opened on Tuesday morning."]
    assert article.byline == "Tom Okafor"
    assert article.source == "RDF Daily"
    assert article.published == "2026-11-10T08:00:00+00:00"


def test_atom_with_html_title_and_content(tmp_path: Path) -> None:
    (article,) = read_source(write(tmp_path, "wire.atom", ATOM))
    assert article.title == "Rates held again"
    assert article.paragraphs == ["The bank held rates.", "Markets rose."]
    assert article.byline == "Ann Lee"
    assert article.key == "urn:uuid:entry-1"
    assert article.published == "2026-11-14T11:00:00+00:00"


@pytest.mark.parametrize("text", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["laughs", "xxe"])
def test_entity_declarations_are_refused(tmp_path: Path, text: str) -> None:
    with pytest.raises(ImportFailure) as caught:
        read_source(write(tmp_path, "evil.xml", text))
    assert caught.value.reason == "feed declares XML entities (refused for safety)"


def test_malformed_prolog_with_entity_is_still_refused(tmp_path: Path) -> None:
    text = EXTERNAL_ENTITY.replace('<?xml version="1.0"?>', '<?xml version="1.0"?><x></y>', 1)
    with pytest.raises(ImportFailure) as caught:
        read_source(write(tmp_path, "evil.rss", text))
    assert caught.value.reason == "feed declares XML entities (refused for safety)"


def test_feed_without_items(tmp_path: Path) -> None:
    text = '<rss version="2.0"><channel><title>Empty</title></channel></rss>'
    with pytest.raises(ImportFailure) as caught:
        read_source(write(tmp_path, "empty.xml", text))
    assert caught.value.reason == "feed has no items"
