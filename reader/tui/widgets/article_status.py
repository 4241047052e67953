"""The line under the article: where the cursor is, the find and the selected entity."""

from __future__ import annotations

from textual.content import Content

from reader.text import shown_line
from reader.tui.formatting import thousands
from reader.tui.widgets.fitted_line import FittedLine


class ArticleStatus(FittedLine):
    DEFAULT_CSS = """
    ArticleStatus {
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
        minutes_left: int | None = None,
    ) -> None:
        """`find` is (query, current match or None, matches); `entity` (name, current mention
        or None, mentions); `sentence` (index, sentences) in sentence mode; `marks` the
        (bookmarks, notes) under the cursor; `minutes_left` the reading time from the cursor on."""
        # Each part in full and short: the line takes the longest form that fits.
        full = [Content(f"passage {_of(passage, passages)}")]
        short = [Content(f"¶ {_of(passage, passages, short=True)}")]
        # The reading time left is the first thing to give way when the line is full.
        left = []
        if minutes_left is not None:
            left = [Content(f"{minutes_left} min left" if minutes_left else "the end")]
        if sentence is not None:
            full.append(Content(f"sentence {_of(*sentence)}"))
            short.append(Content(f"s. {_of(*sentence, short=True)}"))
        bookmarks, notes = marks
        if bookmarks:
            full.append(Content.styled("⚑ bookmarked", "$text-warning"))
            short.append(Content.styled("⚑", "$text-warning"))
        if notes:
            full.append(Content.styled(f"✎ {notes} {'note' if notes == 1 else 'notes'}", "$text-accent"))
            short.append(Content.styled(f"✎ {notes}", "$text-accent"))
        if find is not None:
            query, current, total = find
            label = f"{_of(current, total)} {'match' if total == 1 else 'matches'}" if total else "no matches"
            full.append(Content.assemble("find ", (shown_line(query), "bold $foreground"), f": {label}"))
            short.append(Content.assemble((_clipped(shown_line(query)), "bold $foreground"),
                                          f" {_of(current, total, short=True)}"))
        hints: tuple[list[Content], list[Content]] = ([], [])
        if entity is not None:
            name, current, count = entity
            label = f"{_of(current, count)} {'mention' if count == 1 else 'mentions'}"
            full.append(Content.assemble((shown_line(name), "bold $foreground"), f": {label}"))
            short.append(Content.assemble((_clipped(shown_line(name)), "bold $foreground"),
                                          f" {_of(current, count, short=True)}"))
            hints = ([Content("] next  [ previous")], [Content("] [")])
        self.show_forms(
            Content("  ·  ").join(full[:1] + left + full[1:] + hints[0]),
            Content(" · ").join(full[:1] + left + full[1:] + hints[0]),
            Content(" · ").join(full + hints[0]),
            Content(" · ").join(full),
            Content(" · ").join(short + hints[1]),
            Content(" · ").join(short),
        )

    def clear(self) -> None:
        self.show_forms(Content(""))


def _of(index: int | None, total: int, short: bool = False) -> str:
    """'3 of 12' ('3/12' short) for a 0-based index; the total alone without one."""
    if index is None:
        return thousands(total)
    return f"{thousands(index + 1)}{'/' if short else ' of '}{thousands(total)}"


def _clipped(text: str, most: int = 24) -> str:
    """A long name or query in the short form: its start, so the count after it still shows."""
    return text if len(text) <= most else text[: most - 1] + "…"
