"""What the command line prints about stored text says what it is and carries no escapes."""

from __future__ import annotations

import json
import re

import pytest
from builders import article, edit_stored_summaries, fake_finder, small_library
from rich.cells import cell_len

from reader.cli import main
from reader.store import Library


def test_show_says_an_orphaned_note_is_orphaned(tmp_path, capsys):
    library, (article_id,) = small_library(tmp_path, count=1)
    library.add_note(article_id, "about the closing line", paragraph=2)
    library.add_bookmark(article_id, 2)
    library.add_note(article_id, "still here", paragraph=0)
    first = library.paragraphs(article_id)[0]
    library.add_articles([(article("https://news.example/0", "Article number 0", [first, "New text."]), "t")])
    assert main(["--data-dir", str(tmp_path), "show", article_id]) == 0
    out = capsys.readouterr().out
    assert "orphaned, was on [3]: about the closing line" in out
    assert [line for line in out.splitlines() if line.startswith("Bookmark")][0].split()[2:5] == \
        ["orphaned,", "was", "on"]
    assert any(line.endswith(" on [1]: still here") and "orphaned" not in line for line in out.splitlines())


# YAML 1.2's printable characters: everything else must be escaped in a document.
YAML_PRINTABLE = re.compile("[\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*")


def test_front_matter_escapes_what_yaml_refuses(tmp_path, capsys):
    title = "Odd\ufffe title\uffff with DEL\x7f and C1\x9b end"
    library = Library(tmp_path / "lib", entity_finder=fake_finder)
    (item,) = library.add_articles([(article("https://news.example/odd", title, ["A paragraph."]), "t")]).imported
    library.add_note(item.article_id, "a note", paragraph=0)
    stored = library.article(item.article_id).title
    assert main(["--data-dir", str(tmp_path / "lib"), "export", "--format", "markdown",
                 "--out", str(tmp_path / "notes")]) == 0
    (exported,) = (tmp_path / "notes").iterdir()
    front = exported.read_text(encoding="utf-8").split("---\n")[1]
    assert YAML_PRINTABLE.fullmatch(front)
    (line,) = [line for line in front.splitlines() if line.startswith("title: ")]
    assert json.loads(line.removeprefix("title: ")) == stored


def test_hand_edited_dates_and_note_text_carry_no_escapes(tmp_path, capsys):
    library, ids = small_library(tmp_path)
    def hostile_dates(tables):
        for doc in tables["articles"].values():
            doc["published"] = "\x1b]0;owned\x07-10-03"

    edit_stored_summaries(tmp_path, hostile_dates)
    assert main(["--data-dir", str(tmp_path), "note", ids[0], "--passage", "1", "look \x1b[2J here"]) == 0
    assert main(["--data-dir", str(tmp_path), "list"]) == 0
    assert main(["--data-dir", str(tmp_path), "show", ids[0]]) == 0
    assert main(["--data-dir", str(tmp_path), "export", "--format", "markdown", "--out", "-"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "look  here" in out


# Stored field values as a hand edit (or an older reader) could leave them, and how
# `reader list` shows them: one line, single spaces, bidi and zero-width characters named.
ODD_FIELDS = [
    ("title", "Two  spaces inside", "Two spaces inside"),
    ("title", " Spaces at the edges ", "Spaces at the edges"),
    ("title", "A line\nbreak", "A line break"),
    ("title", "No\u00a0break space", "No break space"),
    ("title", "Zero\u200bwidth", "Zero⟨ZWSP⟩width"),
    ("title", "Turned \u202eover", "Turned ⟨RLO⟩over"),
    ("title", "Bell\x07 and \x1b[2Jclear", "Bell and clear"),
    ("source", "Tab\tGazette", "Tab Gazette"),
    ("source", "Die Zeitung für Überregionales und Örtliches", "Die Zeitung für Überreg…"),  # the cut shows
    ("source", None, ""),
    ("published", "2026-10-0\u20281", "2026-10-0"),
    ("published", " 2026-10-01", "2026-10-0"),
    ("published", None, "----------"),
]


@pytest.mark.parametrize(("field", "stored", "shown"), ODD_FIELDS)
def test_list_shows_odd_stored_fields_on_one_clean_line(tmp_path, capsys, field, stored, shown):
    _, ids = small_library(tmp_path, count=3)
    edited = []

    def edit(tables):
        doc = next(iter(tables["articles"].values()))
        edited.append(doc["id"])
        doc[field] = stored

    edit_stored_summaries(tmp_path, edit)
    assert main(["--data-dir", str(tmp_path), "list"]) == 0
    expected = []
    for n, article_id in reversed(list(enumerate(ids))):  # newest first
        fields = {"published": f"2026-10-0{n + 1}", "source": "The Test Gazette", "title": f"Article number {n}"}
        if article_id in edited:
            fields[field] = shown
        expected.append(f"{article_id}  {fields['published']}  {fields['source']:<24}  {fields['title']}\n")
    out = capsys.readouterr().out
    if field == "published":  # the edited article's place in the list moves with its date
        assert sorted(out.splitlines(keepends=True)) == sorted(expected)
    else:
        assert out == "".join(expected)


def test_list_keeps_the_titles_in_line_whatever_the_sources_width(tmp_path, capsys):
    # A source in wide characters takes two cells each: padded by characters, its title stood further right.
    sources = ["The Test Gazette", "港湾経済新聞オンライン版", "The Northern Maritime and Coastal Affairs Review"]
    library = Library(tmp_path, entity_finder=fake_finder)
    library.add_articles([(article(f"https://news.example/{n}", f"Article number {n}", ["One paragraph."],
                                   source=source), f"t{n}") for n, source in enumerate(sources)])
    assert main(["--data-dir", str(tmp_path), "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    columns = {cell_len(line[:line.index("Article number")]) for line in lines}
    assert len(lines) == 3 and len(columns) == 1
    assert any("The Northern Maritime a…  Article" in line for line in lines)  # cut where it shows
