"""The line under the article: where the cursor is, the find and the selected entity."""

from __future__ import annotations

from textual.content import Content

from reader.text import shown_line
from reader.tui.formatting import thousands
from reader.tui.widgets.short_lines import ShortLines


class ArticleStatus(ShortLines):
    DEFAULT_CSS = """
    ArticleStatus {
        height: auto;
        max-height: 2;
        padding: 0 1 0 4;
        background: $panel;
        color: $text-muted;
    }
    """

    def show(
        self,
        passage: int,
        passages: int,
        find: tuple[str, int | None, int] | None = None,
        entity: tuple[str, int | None, int] | None = None,
        sentence: tuple[int, int] | None = None,
        marks: tuple[int, int] = (0, 0),
    ) -> None:
        """`find` is (query, current match or None, matches); `entity` (name, current mention or None, mentions);
        `sentence` (index, sentences) in sentence mode; `marks` the passage's (bookmarks, notes)."""
        parts = [Content(f"passage {thousands(passage + 1)} of {thousands(passages)}")]
        if sentence is not None:
            parts.append(Content(f"sentence {sentence[0] + 1} of {sentence[1]}"))
        bookmarks, notes = marks
        if bookmarks:
            parts.append(Content.styled("⚑ bookmarked", "$text-warning"))
        if notes:
            parts.append(Content.styled(f"✎ {notes} {'note' if notes == 1 else 'notes'}", "$text-accent"))
        if find is not None:
            query, current, total = find
            where = f"{current + 1} of {thousands(total)}" if current is not None else thousands(total)
            label = "no matches" if not total else f"{where} {'match' if total == 1 else 'matches'}"
            parts.append(Content.assemble("find ", (shown_line(query), "bold $foreground"), f": {label}"))
        if entity is not None:
            name, current, count = entity
            where = f"{current + 1} of {thousands(count)}" if current is not None else thousands(count)
            label = f"{where} {'mention' if count == 1 else 'mentions'} · ] next  [ previous"
            parts.append(Content.assemble((shown_line(name), "bold $foreground"), f": {label}"))
        self.show_content(Content("  ·  ").join(parts))

    def clear(self) -> None:
        self.show_content(Content(""))
