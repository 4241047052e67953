"""The reading screen's own keys: what works wherever the focus is on that screen.

The keys of a pane (the list, the article, a panel) are that widget's BINDINGS.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.binding import Binding

from reader.tui.highlight import ENTITY_TYPES
from reader.tui.key_order import on_arrival, takes_text

if TYPE_CHECKING:
    from reader.tui.screens.reading import ReadingScreen


def type_bindings() -> list[Binding]:
    """1-9 show or hide one entity type's colours, 0 all of them (the screen's keys)."""
    bindings = [
        Binding(str(number), f"toggle_type('{kind.key}')", f"{kind.name} on/off", show=False,
                id=f"types.{kind.key.lower()}", tooltip=f"Show or hide the colours of {kind.description}")
        for number, kind in enumerate(ENTITY_TYPES, 1)
    ]
    bindings.append(Binding("0", "toggle_all_types", "All types on/off", show=False,
                            id="types.all", tooltip="Show or hide every entity colour at once"))
    return bindings


# Resolved as each key arrives (see key_order), so a dialog opened by one gets the keys
# typed after it; ReadingScreen.check_action keeps them from the letters typed into a text box.
READING_BINDINGS = on_arrival([
    Binding("right_square_bracket", "mention(1)", "Next mention", show=False,
            id="reader.next_mention", tooltip="Move to the next mention of the selected entity"),
    Binding("left_square_bracket", "mention(-1)", "Previous mention", show=False,
            id="reader.previous_mention",
            tooltip="Move to the previous mention of the selected entity"),
    Binding("i", "import", "Import", id="reader.import",
            tooltip="Import a file, folder, feed or web page"),
    Binding("B", "marked", "Marked", id="reader.marked",
            tooltip="Every bookmark and note in the library; enter goes to the passage"),
    Binding("U,ctrl+z", "undo", "Undo", show=False, id="reader.undo",
            tooltip="Undo the last change: a deleted note, read marks, tags, archive or delete"),
    Binding("J", "step_article(1)", "Next article", show=False, id="reader.next_article",
            tooltip="Open the next article of the list without going back to it"),
    Binding("K", "step_article(-1)", "Previous article", show=False, id="reader.previous_article",
            tooltip="Open the previous article of the list without going back to it"),
    Binding("n", "next_unread", "Next unread", show=False, id="reader.next_unread",
            tooltip="Open the next unread article (in an article with a find: the next match)"),
    Binding("T", "filing('edit_tags')", "Tags", show=False, id="reader.tags",
            tooltip="Add or remove the tags of the open or selected article (completion from your tags)"),
    Binding("X", "filing('toggle_archive')", "Archive", show=False, id="reader.archive",
            tooltip="Archive the open or selected article, or bring it back (is:archived finds the archive)"),
    Binding("D", "filing('delete')", "Delete", show=False, id="reader.delete",
            tooltip="Move the open or selected article to the trash, with its notes (U brings it back)"),
    Binding("M", "mark_all_read", "Mark all read", show=False, id="reader.mark_all_read",
            tooltip="Mark every article in the list as it is shown now read (U undoes it)"),
    Binding("F", "feeds", "Feeds", show=False, id="reader.feeds",
            tooltip="The feed list: every feed with its unread count; enter shows its articles"),
    Binding("R", "refresh_feeds", "Refresh feeds", show=False, id="reader.refresh_feeds",
            tooltip="Refresh every subscribed feed in the background"),
    *type_bindings(),
])
OWN_ACTIONS = frozenset(binding.action.split("(")[0] for binding in READING_BINDINGS)
ARTICLE_ACTIONS = frozenset({"filing", "mark_all_read", "step_article", "next_unread"})


def key_allowed(screen: ReadingScreen, action: str) -> bool | None:
    """ReadingScreen.check_action: False to let the key go elsewhere, None to grey it out."""
    if action in OWN_ACTIONS and takes_text(screen.focused):
        return False  # the key is a letter for the text box
    in_article = screen.article_side_ready and screen.focused is screen.article_view
    if action in ARTICLE_ACTIONS and not (screen.focused is screen.library_list or in_article):
        return False  # about articles: in a panel (M merges there, X ignores) the panel's keys
    if action == "open_selected":
        return True if screen.library_list.selected is not None else None
    if action in ("find", "toggle_entities", "article_escape", "mention", "toggle_notes_panel",
                  "step_article"):
        return True if screen.shown_article is not None else None
    if action == "next_unread" and screen.shown_article is not None and screen.showing_article:
        return False if screen.article_view.find_query else True  # n is then the find's
    if action == "filter_by_entity":
        ready = screen.article_side_ready
        return True if ready and screen.entity_panel.highlighted_entity is not None else None
    return True
