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
    ) -> None:
        """`find` is (query, current match or None, matches); `entity` (name, current mention or None, mentions);
        `sentence` (index, sentences) in sentence mode; `marks` the passage's (bookmarks, notes)."""
        # Each part in full and short; the line takes the longest that fits (never two lines).
        parts = [(f"passage {thousands(passage + 1)} of {thousands(passages)}",
                  f"¶ {thousands(passage + 1)}/{thousands(passages)}")]
        if sentence is not None:
            parts.append((f"sentence {sentence[0] + 1} of {sentence[1]}", f"s. {sentence[0] + 1}/{sentence[1]}"))
        bookmarks, notes = marks
        if bookmarks:
            parts.append((Content.styled("⚑ bookmarked", "$text-warning"), Content.styled("⚑", "$text-warning")))
        if notes:
            parts.append((Content.styled(f"✎ {notes} {'note' if notes == 1 else 'notes'}", "$text-accent"),
                          Content.styled(f"✎ {notes}", "$text-accent")))
        if find is not None:
            query, current, total = find
            where = f"{current + 1} of {thousands(total)}" if current is not None else thousands(total)
            label = "no matches" if not total else f"{where} {'match' if total == 1 else 'matches'}"
            short = "0" if not total else (f"{current + 1}/{thousands(total)}" if current is not None else thousands(total))
            parts.append((Content.assemble("find ", (shown_line(query), "bold $foreground"), f": {label}"),
                          Content.assemble((shown_line(query), "bold $foreground"), f" {short}")))
        hint = None
        if entity is not None:
            name, current, count = entity
            where = f"{current + 1} of {thousands(count)}" if current is not None else thousands(count)
            short = f"{current + 1}/{thousands(count)}" if current is not None else thousands(count)
            parts.append((Content.assemble((shown_line(name), "bold $foreground"),
                                           f": {where} {'mention' if count == 1 else 'mentions'}"),
                          Content.assemble((_clipped(shown_line(name)), "bold $foreground"), f" {short}")))
            hint = ("] next  [ previous", "] [")
        full = [Content(text) if isinstance(text, str) else text for text, _short in parts]
        short = [Content(text) if isinstance(text, str) else text for _full, text in parts]
        hints = [Content(hint[0])] if hint else []
        self.show_forms(
            Content("  ·  ").join(full + hints),
            Content(" · ").join(full + hints),
            Content(" · ").join(full),
            Content(" · ").join(short + ([Content(hint[1])] if hint else [])),
            Content(" · ").join(short),
        )

    def clear(self) -> None:
        self.show_forms(Content(""))


def _clipped(name: str, most: int = 24) -> str:
    """A long name in the short form: its start, so the count after it still shows."""
    return name if len(name) <= most else name[: most - 1] + "…"
