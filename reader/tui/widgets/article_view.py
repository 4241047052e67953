"""The article view: what keys do to the article page, and what it asks the screen to do.

Passages carry their bookmarks (a tint and a gutter mark) and their notes (dim lines
under them); a cursor moves by passage, or by sentence after `v`; a mouse selection can
be bookmarked or noted exactly as selected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from textual.binding import Binding
from textual.message import Message
from textual.selection import Selection

from reader.text import shown_line
from reader.tui.article_lines import paragraph_span, selected_text
from reader.tui.formatting import plural
from reader.tui.key_order import DialogRequest, on_arrival
from reader.tui.widgets.article_page import ArticlePage, Match
from reader.tui.widgets.scrolling import NO_SIDEWAYS

CAPTION_REFUSED = "Bookmarks and notes go on paragraphs; captions cannot carry them."


class PassageTarget(NamedTuple):
    """What `b` or `a` acts on: a span of one paragraph (its text as stored)."""

    article_id: str
    paragraph: int
    start: int
    end: int
    quote: str


class ArticleView(ArticlePage, can_focus=True):
    """Shows one article; a passage cursor moves through paragraphs and captions."""

    BINDING_GROUP_TITLE = "Article"

    # (the passages it was counted for, words from each passage to the end)
    _words_after: tuple[object, list[int]] = (None, [])

    BINDINGS = on_arrival([
        Binding("j,down", "cursor_down", "Next passage", show=False, id="article.next",
                tooltip="Move the passage (or sentence) cursor down"),
        Binding("k,up", "cursor_up", "Previous passage", show=False, id="article.previous",
                tooltip="Move the passage (or sentence) cursor up"),
        Binding("g,home", "first", "First passage", show=False, id="article.first",
                tooltip="Go to the top of the article"),
        Binding("G,end", "last", "Last passage", show=False, id="article.last",
                tooltip="Go to the last passage"),
        Binding("pagedown,space", "page_down", "Page down", show=False, id="article.page_down",
                tooltip="Scroll down a screenful"),
        Binding("pageup", "page_up", "Page up", show=False, id="article.page_up",
                tooltip="Scroll up a screenful"),
        Binding("ctrl+d", "half_page(1)", "Half page down", show=False, id="article.half_page_down",
                tooltip="Scroll down half a screenful (as in vim and less)"),
        Binding("ctrl+u", "half_page(-1)", "Half page up", show=False, id="article.half_page_up",
                tooltip="Scroll up half a screenful (as in vim and less)"),
        Binding("ctrl+e", "scroll_line(1)", "Line down", show=False, id="article.line_down",
                tooltip="Scroll the text up one line; the cursor stays while it is in view"),
        Binding("ctrl+y", "scroll_line(-1)", "Line up", show=False, id="article.line_up",
                tooltip="Scroll the text down one line; the cursor stays while it is in view"),
        Binding("b", "bookmark", "Bookmark", id="article.bookmark",
                tooltip="Bookmark the passage, sentence or mouse selection (again: remove it)"),
        Binding("a", "note", "Note", id="article.note",
                tooltip="Write a note on the passage, sentence or mouse selection"),
        Binding("A", "article_note", "Article note", show=False, id="article.article_note",
                tooltip="Write a note on the whole article"),
        Binding("v", "toggle_sentences", "Sentences", show=False, id="article.sentences",
                tooltip="Move by sentence instead of by paragraph (and back)"),
        Binding("z", "toggle_notes", "Show/hide notes", show=False, id="article.toggle_notes",
                tooltip="Show or fold the notes under their passages"),
        # Keys that move the focus are the screen's: it decides where the focus goes.
        Binding("m", "screen.toggle_notes_panel", "Notes", show=False, id="article.notes_panel",
                tooltip="List this article's notes: enter edits, d deletes"),
        Binding("slash", "screen.find", "Find", id="article.find", tooltip="Find text in this article"),
        Binding("n", "find_next", "Next match", show=False, id="article.find_next",
                tooltip="Go to the next match of the find"),
        Binding("N", "find_previous", "Previous match", show=False, id="article.find_previous",
                tooltip="Go to the previous match of the find"),
        Binding("e", "screen.toggle_entities", "Entities", id="article.entities",
                tooltip="Show the people, places, organisations... in this article"),
        Binding("c", "correct_entity", "Correct entity", show=False, id="article.correct_entity",
                tooltip="Correct an entity of the passage: its type, a merge or split, not an entity"),
        Binding("y", "copy", "Copy", show=False, id="article.copy",
                tooltip="Copy the passage, the sentence (after v) or the mouse selection"),
        Binding("Y", "copy_url", "Copy URL", show=False, id="article.copy_url",
                tooltip="Copy the article's web address"),
        Binding("o", "open_url", "Open URL", show=False, id="article.open_url",
                tooltip="Open the article's web page in the browser"),
        Binding("u", "toggle_read", "Unread", show=False, id="article.toggle_read",
                tooltip="Mark this article unread (or read again)"),
        Binding("escape", "screen.article_escape", "Back", show=False, id="article.escape",
                tooltip="Clear the find or the selected entity, or go back to the list"),
        Binding("q", "screen.back", "Back", id="article.back", tooltip="Go back to the library list"),
    ])

    @dataclass
    class ReadToggled(Message):
        article_id: str

    @dataclass
    class UrlRequested(Message):
        url: str

    @dataclass
    class BookmarkRequested(Message):
        target: PassageTarget

    @dataclass
    class NoteRequested(DialogRequest):
        """A new note: on `target`, or on the whole article when it is None."""

        article_id: str
        target: PassageTarget | None

    # -- moving the cursor ----------------------------------------------------

    def action_cursor_down(self) -> None:
        if self.sentence_mode and self.sentence < len(self.sentence_spans(self.cursor)) - 1:
            self._set_sentence(self.sentence + 1)
        else:
            self.cursor += 1

    def action_cursor_up(self) -> None:
        if self.sentence_mode and self.sentence > 0:
            self._set_sentence(self.sentence - 1)
        elif self.cursor > 0:
            self._next_sentence = -1
            self.cursor -= 1

    def _set_sentence(self, sentence: int) -> None:
        self.sentence = sentence
        self._refresh_passage(self.cursor)
        self._scroll_cursor_into_view()
        self.changed()

    def action_first(self) -> None:
        self.cursor = 0
        self._set_sentence(0)
        self.scroll_to(y=0, animate=False, immediate=True)

    def action_last(self) -> None:
        self.cursor = len(self._passages) - 1
        self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True)

    def action_page_down(self) -> None:
        self._page(+1)

    def action_page_up(self) -> None:
        self._page(-1)

    def action_half_page(self, direction: int) -> None:
        self._page(direction, self.scrollable_content_region.height // 2)

    def _page(self, direction: int, lines: int | None = None) -> None:
        """Scroll a screenful (or `lines`) and put the cursor on the first passage that starts in view."""
        if lines is None:
            lines = self.scrollable_content_region.height - 2
        top = max(0, min(self.max_scroll_y, int(self.scroll_y) + direction * max(1, lines)))
        self.scroll_to(y=top, animate=False, immediate=True)
        for passage, (first, _last) in enumerate(self._passage_lines):
            if first >= top:
                self._put_cursor(passage)
                break
        else:
            self._put_cursor(len(self._passages) - 1)

    def action_scroll_line(self, direction: int) -> None:
        """Scroll one line; the cursor moves only when its passage leaves the view."""
        top = max(0, min(self.max_scroll_y, int(self.scroll_y) + direction))
        self.scroll_to(y=top, animate=False, immediate=True)
        bottom = top + self.scrollable_content_region.height - 1
        first, last = self._passage_lines[self.cursor]
        lines = self._passage_lines
        if last < top:  # the first passage that starts in view (as a page down does)
            self._put_cursor(next((i for i, (start, _e) in enumerate(lines) if start >= top), len(lines) - 1))
        elif first > bottom:  # the last passage that ends in view
            self._put_cursor(max((i for i, (_s, end) in enumerate(lines) if end <= bottom), default=0))

    def _put_cursor(self, passage: int) -> None:
        """The cursor on `passage` without scrolling to it (the scroll put it in view)."""
        self.set_reactive(ArticleView.cursor, passage)
        self.sentence = 0
        self._strips.clear()
        self.refresh()
        self.changed()

    def move_to(self, paragraph: int, start: int = 0, end: int | None = None) -> None:
        """Put the cursor on a paragraph; on the sentence holding `start` if not the whole of it."""
        if self.article is None:
            return
        paragraph = self.validate_cursor(paragraph)
        whole = start == 0 and (end is None or end >= len(self._blocks[self._passages[paragraph]].text))
        spans = self.sentence_spans(paragraph)
        sentence = next((i for i, (s, e) in enumerate(spans) if s <= start < max(e, s + 1)), 0)
        if not whole and len(spans) > 1:
            self.sentence_mode = True
        self.set_reactive(ArticleView.cursor, paragraph)
        self.sentence = sentence if self.sentence_mode else 0
        self._strips.clear()
        self.refresh()
        self.call_after_refresh(self._scroll_cursor_into_view, True)
        self.changed()

    def action_toggle_sentences(self) -> None:
        self.sentence_mode = not self.sentence_mode
        self.sentence = 0
        self._refresh_passage(self.cursor)
        self.changed()
        self.notify("Moving by sentence: j/k, v for passages" if self.sentence_mode
                    else "Moving by passage", timeout=2)

    def action_toggle_notes(self) -> None:
        self.show_notes = not self.show_notes
        self._rebuild()

    def action_toggle_read(self) -> None:
        if self.article is not None:
            self.post_message(self.ReadToggled(self.article.id))

    def action_copy(self) -> None:
        target = self.annotation_target()
        if isinstance(target, PassageTarget):
            text = target.quote
            what = ("the selection" if self.text_selection is not None
                    else "the sentence" if self.sentence_mode else "the passage")
        elif self.article is not None and self._passages:
            text, what = self._blocks[self._passages[self.cursor]].text, "the caption"
        else:
            return
        self.app.copy_to_clipboard(text)
        self.notify(f"Copied {what} ({plural(len(text), 'character')})", timeout=3)

    def action_copy_url(self) -> None:
        if self.article is not None and self.article.url:
            self.app.copy_to_clipboard(self.article.url)
            self.notify(f"Copied {shown_line(self.article.url)}", timeout=3, markup=False)

    def action_open_url(self) -> None:
        if self.article is not None and self.article.url:
            self.post_message(self.UrlRequested(self.article.url))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in NO_SIDEWAYS:
            return False  # lines always fit: sideways scrolling keys do nothing here
        if self.article is None:
            return None
        if action in ("open_url", "copy_url") and not (self.article and self.article.url):
            return None
        return True

    # -- bookmarks and notes ------------------------------------------------

    def _is_paragraph(self, passage: int) -> bool:
        return self.article is not None and 0 <= passage < len(self.article.paragraphs)

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        texts = [self._plain(index) for index in range(len(self._blocks))]
        text = selected_text(self._blocks, self._lines, selection, texts)
        return (text, "\n") if text is not None else None

    def annotation_target(self) -> PassageTarget | str:
        """The mouse selection, else the cursor's sentence or passage; a reason when none fits."""
        if self.article is None:
            return "Open an article first."
        selection = self.text_selection
        if selection is not None:
            found = paragraph_span(self._blocks, self._lines, selection)
            if isinstance(found, str):
                return found
            paragraph, start, end = found
        elif not self._is_paragraph(self.cursor):
            return CAPTION_REFUSED
        elif self.sentence_mode:
            paragraph = self.cursor
            start, end = self._sentence_span()
        else:
            paragraph, start, end = self.cursor, 0, len(self.article.paragraphs[self.cursor])
        text = self.article.paragraphs[paragraph]
        if start >= end:
            return "There is no text there to mark."
        return PassageTarget(self.article.id, paragraph, start, end, text[start:end])

    def action_bookmark(self) -> None:
        target = self.annotation_target()
        if isinstance(target, str):
            self.notify(target, severity="warning", timeout=4)
            return
        self.post_message(self.BookmarkRequested(target))

    def action_note(self) -> None:
        target = self.annotation_target()
        if isinstance(target, str):
            self.notify(target, severity="warning", timeout=4)
            return
        self.post_message(self.NoteRequested(target.article_id, target))

    def action_correct_entity(self) -> None:
        # Imported on first use, as the screen imports the entity panel: not at start-up.
        from reader.tui.screens.passage_entities import correct_in_passage

        correct_in_passage(self)

    def action_article_note(self) -> None:
        if self.article is not None:
            self.post_message(self.NoteRequested(self.article.id, None))

    def marks_under_cursor(self) -> tuple[int, int]:
        """(bookmarks, notes) on what the cursor covers: the passage, or in sentence mode its sentence."""
        if self.article is None or not 0 <= self.cursor < len(self.article.paragraphs):
            return 0, 0  # captions carry no marks
        low, high = self._sentence_span() if self.sentence_mode else (0, len(self.article.paragraphs[self.cursor]))

        def overlaps(start: int, end: int) -> bool:
            return max(start, low) < min(end, high)

        bookmarks = sum(1 for start, end in self._marks.get(self.cursor, ()) if overlaps(start, end))
        notes = sum(
            1 for n in self.notes
            if n.anchor and not n.orphaned and n.anchor.paragraph == self.cursor
            and overlaps(n.anchor.start, n.anchor.end)
        )
        return bookmarks, notes

    def words_from_cursor(self) -> int:
        """Words from the cursor's passage to the end: what is left to read."""
        passages = self._passages
        # Counted once per article shown (the passages list is new for each): every cursor
        # move asks (bench_reading, moving through a long article).
        if self._words_after[0] is not passages:
            counts = [len(self._blocks[block].text.split()) for block in passages]
            after = [0] * (len(counts) + 1)
            for i in range(len(counts) - 1, -1, -1):
                after[i] = after[i + 1] + counts[i]
            self._words_after = (passages, after)
        after = self._words_after[1]
        return after[min(self.cursor, len(after) - 1)] if after else 0

    # -- entity mentions --------------------------------------------------

    def mentions(self) -> list[tuple[int, int, int]]:
        """(passage, start, end) of each mention of the selected entity, in reading order."""
        if not self.selected_entity:
            return []
        name = self.selected_entity.casefold()
        return [
            (passage, span.start, span.end)
            for passage, block_index in enumerate(self._passages)
            for span in sorted(self._blocks[block_index].spans, key=lambda s: s.start)
            if span.canonical.casefold() == name
        ]

    def mention_index(self) -> int | None:
        """Which of `mentions()` ] or [ went to last, while the cursor is still on it."""
        current = self.current_mention
        if current is None or current[0] != self.cursor:
            return None
        mentions = self.mentions()
        return mentions.index(current) if current in mentions else None

    def jump_to_mention(self, direction: int) -> str | None:
        """Go to the next (+1) or previous (-1) mention, in this passage too; what to tell the
        reader when there was none further (it goes round) or only this one."""
        mentions = self.mentions()
        if not mentions:
            return "The selected entity is not mentioned in this article."
        index = self.mention_index()
        here = mentions[index][:2] if index is not None else (self.cursor, -1)
        if direction > 0:
            further = [m for m in mentions if m[:2] > here]
            target = further[0] if further else mentions[0]
        else:
            further = [m for m in mentions if m[:2] < here]
            target = further[-1] if further else mentions[-1]
        if index is not None and target == mentions[index]:
            return "This is the only mention."
        self.current_mention = target
        passage, start, _end = target
        if self.cursor != passage:
            self.cursor = passage
        if self.sentence_mode:
            spans = self.sentence_spans(passage)
            self.sentence = next((i for i, (s, e) in enumerate(spans) if s <= start < e), 0)
        self._restyle()
        self._scroll_cursor_into_view()
        self.changed()
        if further:
            return None
        return "No further mention: back to the first." if direction > 0 else "No earlier mention: back to the last."

    # -- find ---------------------------------------------------------------

    def set_find(self, query: str, pattern: re.Pattern[str] | None = None) -> None:
        """Highlight every match of `query` (case-insensitive), or of `pattern` when given
        (a search's words, `query` then naming them); '' clears the find."""
        self.find_query = query
        self.matches = []
        self.current_match = None
        self._matches_in = {}
        if query:
            pattern = pattern or re.compile(re.escape(query), re.IGNORECASE)
            for passage, block_index in enumerate(self._passages):
                plain = self._plain(block_index)
                found = [Match(passage, m.start(), m.end()) for m in pattern.finditer(plain)]
                if found:
                    first = len(self.matches)
                    self._matches_in[passage] = range(first, first + len(found))
                    self.matches.extend(found)
        self._restyle()
        self.changed()

    def next_match(self, direction: int = 1) -> str | None:
        """Go to the next (+1) or previous (-1) match, from the current one or the cursor;
        what to tell the reader when there is none, or none further (it goes round)."""
        if not self.find_query:
            return "Nothing to find yet: press / and type."
        if not self.matches:
            return f"No match for “{self.find_query}”."
        went_round = False
        if self.current_match is None:
            after = [i for i, m in enumerate(self.matches) if m.passage >= self.cursor]
            before = [i for i, m in enumerate(self.matches) if m.passage <= self.cursor]
            if direction > 0:
                index, went_round = (after[0], False) if after else (0, True)
            else:
                index, went_round = (before[-1], False) if before else (len(self.matches) - 1, True)
        else:
            index = self.current_match + direction
            went_round = not 0 <= index < len(self.matches)
            index %= len(self.matches)
        self.go_to_match(index)
        if not went_round:
            return None
        return "No further match: back to the first." if direction > 0 else "No earlier match: back to the last."

    def go_to_match(self, index: int) -> None:
        """Make match `index` the current one and put the cursor on its passage."""
        self.current_match = index
        self._restyle()
        if self.cursor != self.matches[index].passage:
            self.cursor = self.matches[index].passage
        else:
            self.changed()

    def action_find_next(self) -> None:
        if message := self.next_match(+1):
            self.notify(message, timeout=3, markup=False)

    def action_find_previous(self) -> None:
        if message := self.next_match(-1):
            self.notify(message, timeout=3, markup=False)
