"""Markdown export: front matter, quotes kept exactly, notes under them, one file or a folder."""

from __future__ import annotations

import re

from builders import article, fake_finder

from reader.cli import main
from reader.export import annotated_article_ids, export_articles
from reader.export.markdown import blockquote, file_name, slug, unquote
from reader.store import Library

# Text Markdown would change if it were not kept verbatim: emphasis, headings, quotes,
# links, HTML, backslashes, trailing spaces, a line break inside a paragraph.
TRICKY = [
    'Jan Kowalski said *nothing* about the __budget__ in Warsaw; "# not a heading" he wrote.',
    "> already quoted, [a link](http://x.example) and <b>bold</b> \\ backslash  ",
    "First line of a poem\n  second line, indented\n\nafter a blank line - - -",
    "An ordinary closing paragraph by Kowalski.",
]


def tricky_library(root) -> tuple[Library, str]:
    library = Library(root, entity_finder=fake_finder)
    (item,) = library.add_articles([(article(
        "https://news.example/tricky", "Kowalski: a *tricky* title / with: colons & more", TRICKY,
        source="The Test Gazette", url="https://news.example/tricky",
        published="2026-10-05T08:00:00+00:00", byline="By Ewa \"Ed\" Nowak",
    ), "t")]).imported
    return library, item.article_id


def quotes_in(markdown: str) -> list[str]:
    """Every blockquote of a Markdown file, as the text a reader gets back."""
    blocks = re.findall(r"(?:^>.*(?:\n|$))+", markdown, flags=re.MULTILINE)
    return [unquote(block.rstrip("\n")) for block in blocks]


def test_blockquote_round_trips_any_text():
    for text in [*TRICKY, "", "\n", "a\n\n\nb", " lead and trail "]:
        assert unquote(blockquote(text)) == text


def test_three_notes_keep_every_quote_exactly(tmp_path):
    library, article_id = tricky_library(tmp_path / "lib")
    library.add_note(article_id, "first: on the whole paragraph", paragraph=0)
    library.add_note(article_id, "second: on a sentence\nwith two lines", paragraph=1, start=2, end=40)
    library.add_note(article_id, "third: the poem", paragraph=2)
    library.add_bookmark(article_id, 3)
    library.add_note(article_id, "about the whole article")
    (path,) = export_articles(library, "markdown", [article_id], tmp_path / "out").paths
    text = path.read_text(encoding="utf-8")
    assert quotes_in(text) == [TRICKY[0], TRICKY[1][2:40], TRICKY[2], TRICKY[3]]
    # Notes come right under their quote; the article's own note before every quote.
    assert text.index("about the whole article") < text.index("> Jan Kowalski")
    assert text.index(TRICKY[0]) < text.index("first: on the whole paragraph") < text.index("> already quoted")
    assert "second: on a sentence\nwith two lines" in text


def test_front_matter_has_title_author_source_url_published_and_main_entities(tmp_path):
    library, article_id = tricky_library(tmp_path / "lib")
    library.add_bookmark(article_id, 0)
    (path,) = export_articles(library, "markdown", [article_id], tmp_path / "out").paths
    text = path.read_text(encoding="utf-8")
    front = text.split("---\n")[1]
    assert 'title: "Kowalski: a *tricky* title / with: colons & more"' in front
    assert 'author: "By Ewa \\"Ed\\" Nowak"' in front
    assert 'source: "The Test Gazette"' in front
    assert 'url: "https://news.example/tricky"' in front
    assert 'published: "2026-10-05T08:00:00+00:00"' in front
    assert 'entities:\n  - "Jan Kowalski"\n  - "Warsaw"' in front
    assert text.startswith("---\n") and "\n---\n\n# Kowalski: a *tricky* title" in text


def test_one_file_per_article_named_by_title_and_id(tmp_path, monkeypatch):
    library, article_id = tricky_library(tmp_path / "lib")
    library.add_bookmark(article_id, 0)
    assert slug("Kowalski: a *tricky* title / with: colons & more") == "kowalski-a-tricky-title-with-colons-more"
    monkeypatch.chdir(tmp_path)
    assert main(["--data-dir", str(tmp_path / "lib"), "export", "--format", "markdown"]) == 0
    assert (tmp_path / file_name(library.article(article_id))).exists()
    assert file_name(library.article(article_id)) == f"kowalski-a-tricky-title-with-colons-more-{article_id}.md"


def test_one_file_for_everything_with_out_file_md(tmp_path, capsys):
    library, article_id = tricky_library(tmp_path / "lib")
    other = library.add_articles([(article("https://news.example/b", "Second piece", ["Plain text here."]), "b")])
    other_id = other.imported[0].article_id
    library.add_note(article_id, "on the first", paragraph=3)
    library.add_bookmark(other_id, 0)
    out = tmp_path / "notes.md"
    assert main(["--data-dir", str(tmp_path / "lib"), "export", "--format", "markdown", "--out", str(out)]) == 0
    assert "exported 2 articles (2 annotations)" in capsys.readouterr().err
    text = out.read_text(encoding="utf-8")
    assert text.count("\n# ") == 2 and text.startswith("---\n")
    assert quotes_in(text) == [TRICKY[3], "Plain text here."] or quotes_in(text) == ["Plain text here.", TRICKY[3]]


def test_a_sentence_bookmark_inside_a_noted_passage_is_quoted_once(tmp_path):
    library, article_id = tricky_library(tmp_path / "lib")
    sentence = TRICKY[0].index("he wrote")
    library.add_bookmark(article_id, 0, sentence, len(TRICKY[0]))
    library.add_note(article_id, "on the sentence", paragraph=0, start=sentence, end=len(TRICKY[0]))
    library.add_note(article_id, "on the passage", paragraph=0)
    library.add_bookmark(article_id, 3)
    for out in (tmp_path / "folder", tmp_path / "one.md"):
        text = "\n".join(p.read_text(encoding="utf-8") for p in export_articles(library, "markdown", [article_id], out).paths)
        assert quotes_in(text) == [TRICKY[0], TRICKY[3]]
        assert text.count("he wrote") == 1
        assert text.index(TRICKY[0]) < text.index("on the sentence") < text.index("on the passage") < text.index(TRICKY[3])


def test_orphaned_passages_are_exported_flagged(tmp_path):
    library, article_id = tricky_library(tmp_path / "lib")
    library.add_note(article_id, "kept anyway", paragraph=3)
    library.add_articles([(article("https://news.example/tricky", "T", ["All new text."]), "t")])
    (path,) = export_articles(library, "markdown", [article_id], tmp_path / "out").paths
    text = path.read_text(encoding="utf-8")
    assert "## No longer in the article" in text
    assert quotes_in(text) == [TRICKY[3]] and "kept anyway" in text


def test_only_annotated_articles_are_exported_by_default(tmp_path, capsys):
    library, article_id = tricky_library(tmp_path / "lib")
    library.add_articles([(article("https://news.example/b", "Unmarked", ["Nothing."]), "b")])
    assert annotated_article_ids(library) == []
    assert main(["--data-dir", str(tmp_path / "lib"), "export", "--format", "markdown",
                 "--out", str(tmp_path / "o")]) == 0
    assert "nothing to export" in capsys.readouterr().err
    library.add_bookmark(article_id, 1)
    assert annotated_article_ids(library) == [article_id]
