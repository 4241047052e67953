"""Under the library filter: the selected result's text around the match, words marked."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from reader.text import strip_controls, visible_format_chars


def snippet_content(pieces: list[tuple[str, bool]]) -> Content:
    """Article text as data (never markup), the matched pieces in the accent colour."""
    parts = []
    for text, matched in pieces:
        text = visible_format_chars(strip_controls(text)).replace("\n", " ")
        parts.append((text, "bold $text-accent") if matched else text)
    return Content.assemble(*parts)


class SearchSnippet(Static):
    DEFAULT_CSS = """
    SearchSnippet {
        height: auto;
        max-height: 3;
        padding: 0 1;
        color: $text-muted;
        background: $boost;
    }
    """

    def show(self, pieces: list[tuple[str, bool]] | None) -> None:
        self.display = bool(pieces)
        self.update(snippet_content(pieces) if pieces else "")
