"""The reading screen's own keys: what works wherever the focus is on that screen.

The keys of a pane (the list, the article, a panel) are that widget's BINDINGS.
"""

from __future__ import annotations

from textual.binding import Binding

from reader.tui.highlight import ENTITY_TYPES
from reader.tui.key_order import on_arrival


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
    *type_bindings(),
])
