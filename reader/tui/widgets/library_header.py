"""The line at the top: how many articles, how many unread, and what the list is showing."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from reader.text import shown_line
from reader.tui.formatting import plural, thousands
from reader.tui.library_rows import LibraryRows


def header_content(rows: LibraryRows) -> Content:
    if rows.searching is not None:  # the rows shown are an older query's: no count for them
        shown = f"searching {plural(rows.total, 'article')}…"
    elif rows.filtered:
        shown = f"{thousands(rows.shown)} of {plural(rows.total, 'article')}"
    else:
        shown = plural(rows.total, "article")
    parts: list[Content] = [Content(shown), Content(f"{thousands(rows.unread)} unread")]
    query = rows.latest_query
    if query.strip():
        parts.append(Content.assemble(("filter: ", "$text-muted"), (shown_line(query), "bold")))
    if rows.query_error and rows.searching is None:
        parts.append(Content.styled(rows.query_error, "$text-error"))
    if rows.entity is not None:
        parts.append(
            Content.assemble(("entity: ", "$text-muted"), (shown_line(rows.entity.name), "bold"))
        )
    parts.append(Content.styled(f"sorted by {rows.sort_order}", "$text-muted"))
    return Content.assemble(
        (" reader ", "bold $text-accent"), "  ", Content(" · ").join(parts)
    )


class LibraryHeader(Static):
    DEFAULT_CSS = """
    LibraryHeader {
        dock: top;
        height: 1;
        background: $panel;
        color: $foreground;
    }
    """

    def show(self, rows: LibraryRows) -> None:
        self.update(header_content(rows), layout=False)  # always one line
