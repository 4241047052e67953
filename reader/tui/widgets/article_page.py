"""The article laid out in lines and painted: entity colours, cursor, bookmarks, notes, matches.

A header block, then passages (paragraphs, then captions) wrapped to a reading measure,
drawn through the line API: cost per line on screen. Bookmarks tint their text and mark
the gutter; notes sit dim under their passage; the cursor covers a passage or, in
sentence mode, one sentence. How a line is painted is reader.tui.article_paint's; what
keys and the mouse do to the page is ArticleView's business.
"""

from __future__ import annotations

from typing import NamedTuple

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.selection import Selection
from textual.strip import Strip

from reader.model import Article, Bookmark, Note
from reader.sentences import sentence_spans
from reader.text import ShownText, shown_text
from reader.tui.article_blocks import Block, article_blocks
from reader.tui.article_lines import GUTTER, NOTE_INDENT, Line, touches
from reader.tui.article_paint import Painted, attributes_only, cut, paint, placeholder_line, selected, with_offsets
from reader.tui.highlight import PassageStyles, entity_styles, mark_passage, styled_block
from reader.tui.widgets.line_view import BAR_WIDTH, LineView
from reader.tui.wrap import wrap_offsets

# A comfortable measure for reading; wider panes get a margin instead of longer lines.
MAX_TEXT_WIDTH = 84
class Match(NamedTuple):
    passage: int
    start: int
    end: int


# Under the cursor: None (not the cursor's passage), "passage", or a sentence's (start, end).
CursorKey = None | str | tuple[int, int]


class ArticlePage(LineView):
    """One article's lines; `cursor` is a passage index, `sentence` one of its sentences."""

    COMPONENT_CLASSES = {f"article-view--{part}" for part in (
        "title", "meta", "url", "rule", "heading", "caption", "cursor", "gutter", "match",
        "current-match", "current-mention", "bookmark", "bookmark-cursor", "bookmark-mark",
        "note", "note-label", "note-marker", "placeholder",
    )}

    DEFAULT_CSS = """
    ArticlePage {
        background: $surface;
        padding: 0 1;
        overflow-x: hidden;
        overflow-y: scroll;  /* no scrollbar appearing on the first open: one layout less */
        scrollbar-size-vertical: 0;  /* the page draws its own (LineView) */
        & > .article-view--title { color: $foreground; text-style: bold; }
        & > .article-view--meta { color: $text-muted; }
        & > .article-view--url { color: $text-muted; text-style: underline; }
        & > .article-view--rule { color: $panel-lighten-2; }
        & > .article-view--heading { color: $text-muted; text-style: bold; }
        & > .article-view--caption { color: $text-muted; text-style: italic; }
        & > .article-view--cursor { background: $boost; }
        & > .article-view--gutter { color: $panel-lighten-2; }
        &:focus > .article-view--gutter { color: $accent; }
        & > .article-view--match { text-style: underline bold; }
        & > .article-view--current-match { text-style: reverse bold; }
        & > .article-view--current-mention { text-style: underline bold; }
        & > .article-view--bookmark { background: $warning 16%; }
        & > .article-view--bookmark-cursor { background: $warning 28%; }
        & > .article-view--bookmark-mark { color: $text-warning; }
        & > .article-view--note { color: $text-muted; text-style: italic; }
        & > .article-view--note-label { color: $text-disabled; text-style: italic; }
        & > .article-view--note-marker { color: $text-accent; text-style: not italic; }
        & > .article-view--placeholder { color: $text-muted; }
    }
    """

    cursor: reactive[int] = reactive(0, init=False, repaint=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article: Article | None = None
        self.bookmarks: list[Bookmark] = []
        self.notes: list[Note] = []
        self.tags: tuple[str, ...] = ()
        self.show_notes = True
        self.sentence_mode = False
        self.sentence = 0  # index among the cursor passage's sentences
        self._next_sentence = 0  # where a cursor move lands: 0 first sentence, -1 last
        self.hidden_types: frozenset[str] = frozenset()
        self.colour_overrides: dict[str, str] = {}
        self.selected_entity: str | None = None
        self.current_mention: tuple[int, int, int] | None = None  # (passage, start, end): where ] or [ went
        self.find_query = ""
        self.matches: list[Match] = []
        self._matches_in: dict[int, range] = {}  # passage -> indexes into matches
        self.current_match: int | None = None
        self._blocks: list[Block] = []
        self._passages: list[int] = []  # block index of each passage
        self._marks: dict[int, list[tuple[int, int]]] = {}  # paragraph -> bookmarked spans
        self._sentences: dict[int, list[tuple[int, int]]] = {}  # passage -> sentence spans
        self._lines: list[Line | None] = []  # None = blank
        self._passage_lines: list[tuple[int, int]] = []  # first, last line of each passage
        self._layout_width = 0
        self._wraps: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self._styled: dict[tuple[int, CursorKey], Text] = {}
        # Each styled block rendered once into final segments, cut into lines from there
        # (bench_reading, opening and scrolling a long article).
        self._painted: dict[tuple[int, CursorKey], Painted] = {}
        self._plains: dict[int, str] = {}
        self._shown: dict[int, ShownText] = {}  # passage blocks: shown text and offset map
        self._entity_styles: dict[str, Style] | None = None
        self._strips: LRUCache[tuple[int, CursorKey], Strip] = LRUCache(512)
        self._widths_of: Size | None = None
        self._line_widths = (0, 10, 0)

    class Changed(Message):
        """The cursor, the find or the selected entity moved: the status line should follow."""

    def changed(self) -> None:
        self.post_message(self.Changed())

    # -- showing an article ---------------------------------------------

    def show(
        self,
        article: Article,
        passage: int = 0,
        bookmarks: list[Bookmark] | None = None,
        notes: list[Note] | None = None,
        tags: tuple[str, ...] = (),
    ) -> None:
        self.article = article
        self.bookmarks, self.notes = list(bookmarks or []), list(notes or [])
        self.tags = tags
        self.selected_entity, self.current_mention = None, None
        self.find_query, self.matches, self.current_match = "", [], None
        self._matches_in = {}
        self.sentence = 0
        self._build()
        self.set_reactive(ArticlePage.cursor, self.validate_cursor(passage))
        self.scroll_to(y=0, animate=False, immediate=True)
        # The new height only bounds scrolling after a refresh.
        self.call_after_refresh(self._scroll_cursor_into_view, True)
        self._restyle()
        self.changed()

    def set_annotations(self, bookmarks: list[Bookmark], notes: list[Note]) -> None:
        """The open article's bookmarks and notes changed (they are on disk)."""
        self.bookmarks, self.notes = list(bookmarks), list(notes)
        self._rebuild()

    def set_tags(self, tags: tuple[str, ...]) -> None:
        self.tags = tags
        self._rebuild()

    def _build(self) -> None:
        assert self.article is not None
        self._blocks = article_blocks(self.article, self.bookmarks, self.notes, self.show_notes, self.tags)
        self._passages = [i for i, b in enumerate(self._blocks) if b.passage is not None]
        self._marks = {}
        for mark in self.bookmarks:
            if not mark.orphaned:
                self._marks.setdefault(mark.anchor.paragraph, []).append((mark.anchor.start, mark.anchor.end))
        self._sentences.clear()
        self._wraps.clear()
        self._plains.clear()
        self._shown.clear()
        self._layout()

    def _rebuild(self) -> None:
        if self.article is None:
            return
        self._build()
        self._restyle()
        self._scroll_cursor_into_view()
        self.changed()

    @property
    def passage_count(self) -> int:
        return len(self._passages)

    @property
    def paragraph_position(self) -> int:
        """The cursor as a paragraph index (captions count as the last paragraph)."""
        if self.article is None or not self.article.paragraphs:
            return 0
        return min(self.cursor, len(self.article.paragraphs) - 1)

    def set_style_options(self, hidden: frozenset[str], colours: dict[str, str]) -> None:
        self.hidden_types = hidden
        self.colour_overrides = colours
        self._restyle()

    def select_entity(self, name: str | None) -> None:
        self.selected_entity, self.current_mention = name, None
        self._restyle()
        self.changed()

    # -- layout -----------------------------------------------------------

    @property
    def text_width(self) -> int:
        return self._widths()[1]

    def _widths(self) -> tuple[int, int, int]:
        """(line width, text width, window height). Regions are looked up through the screen
        on each call, and every line asks: only a new size can change them (bench_reading)."""
        if self._widths_of != self.outer_size:
            self._widths_of = self.outer_size
            # Room for a scrollbar is kept always, so its coming and going never re-wraps the text.
            text = max(10, min(MAX_TEXT_WIDTH, self.content_region.width - BAR_WIDTH - GUTTER))
            region = self.scrollable_content_region
            self._line_widths = (region.width, text, region.height)
        return self._line_widths

    def _plain(self, block_index: int) -> str:
        plain = self._plains.get(block_index)
        if plain is None:
            block = self._blocks[block_index]
            plain = self._shown_of(block_index).text if block.passage is not None else block.text
            self._plains[block_index] = plain
        return plain

    def _shown_of(self, block_index: int) -> ShownText:
        """A passage as shown (what `styled_block` paints), with its offset map."""
        shown = self._shown.get(block_index)
        if shown is None:
            shown = self._shown[block_index] = shown_text(self._blocks[block_index].text)
        return shown

    def _shown_span(self, block_index: int, start: int, end: int) -> tuple[int, int]:
        """A span of a passage's stored text (bookmark, sentence) in the text as shown.

        Lines, find matches and the painted text are in shown offsets; they differ from the
        stored ones only when a passage has controls or bidi and zero-width characters.
        """
        shown = self._shown_of(block_index)
        return shown.shown(start), shown.shown(end)

    def _wrap_width(self, block: Block, width: int) -> int:
        return width - NOTE_INDENT if block.marker else width

    def _layout(self) -> None:
        width = self.text_width
        self._layout_width = width
        lines: list[Line | None] = [None]
        passage_lines: list[tuple[int, int]] = []
        for index, block in enumerate(self._blocks):
            key = (index, width)
            if key not in self._wraps:
                plain = self._plain(index) if block.kind != "rule" else ""
                self._wraps[key] = wrap_offsets(plain, self._wrap_width(block, width))
            first = len(lines)
            lines.extend(
                Line(index, start, end, n == 0) for n, (start, end) in enumerate(self._wraps[key])
            )
            if block.passage is not None:
                passage_lines.append((first, len(lines) - 1))
            if block.gap_after:
                lines.append(None)
        self._lines = lines
        self._passage_lines = passage_lines
        self._strips.clear()
        self.set_content_height(len(lines))

    def on_resize(self) -> None:
        if self.article is not None and self.text_width != self._layout_width:
            self._layout()
            self._scroll_cursor_into_view()
        else:
            self.set_content_height(len(self._lines))
        self._strips.clear()

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._restyle())

    def on_focus(self) -> None:
        self._strips.clear()
        self.refresh()

    def on_blur(self) -> None:
        self._strips.clear()
        self.refresh()

    def _restyle(self) -> None:
        self._entity_styles = None
        self._styled.clear()
        self._painted.clear()
        self._strips.clear()
        self.refresh()

    # -- cursor -----------------------------------------------------------

    def validate_cursor(self, cursor: int) -> int:
        return max(0, min(cursor, len(self._passages) - 1))

    def watch_cursor(self, old: int, new: int) -> None:
        last = len(self.sentence_spans(new)) - 1 if self.sentence_mode and self._next_sentence < 0 else 0
        self.sentence, self._next_sentence = last, 0
        for passage in (old, new):
            self._refresh_passage(passage)
        self._scroll_cursor_into_view()
        self.changed()

    def _refresh_passage(self, passage: int) -> None:
        if 0 <= passage < len(self._passage_lines):
            first, last = self._passage_lines[passage]
            self.refresh_lines(first, last - first + 1)

    def sentence_spans(self, passage: int) -> list[tuple[int, int]]:
        spans = self._sentences.get(passage)
        if spans is None:
            if not 0 <= passage < len(self._passages):
                return [(0, 0)]
            spans = sentence_spans(self._blocks[self._passages[passage]].text)
            self._sentences[passage] = spans
        return spans

    def _sentence_span(self) -> tuple[int, int]:
        spans = self.sentence_spans(self.cursor)
        return spans[min(self.sentence, len(spans) - 1)]

    def _cursor_lines(self) -> tuple[int, int]:
        """First and last line of what the cursor is on: the passage, or its sentence."""
        first, last = self._passage_lines[self.cursor]
        if not self.sentence_mode:
            return first, last
        start, end = self._shown_span(self._passages[self.cursor], *self._sentence_span())
        on_it = [y for y in range(first, last + 1)
                 if (line := self._lines[y]) is not None and touches(line, start, end)]
        return (on_it[0], on_it[-1]) if on_it else (first, last)

    def _scroll_cursor_into_view(self, centre: bool = False) -> None:
        if not self._passage_lines:
            return
        first, last = self._cursor_lines()
        height = self.scrollable_content_region.height
        if centre and self.cursor > 0:
            self.scroll_to(y=max(0, first - height // 3), animate=False, immediate=True)
        elif self.cursor == 0 and last < height:
            self.scroll_to(y=0, animate=False, immediate=True)
        elif first - 1 < self.scroll_y or last - first + 1 > height:
            self.scroll_to(y=max(0, first - 1), animate=False, immediate=True)
        elif last + 1 >= self.scroll_y + height:
            self.scroll_to(y=last + 2 - height, animate=False, immediate=True)

    # -- mouse selection ------------------------------------------------------

    def selection_updated(self, selection: Selection | None) -> None:
        self._strips.clear()
        self.refresh()

    # -- rendering --------------------------------------------------------

    def _cursor_key(self, block_index: int) -> CursorKey:
        if self._blocks[block_index].passage != self.cursor:
            return None
        if self.sentence_mode:
            return self._sentence_span()
        return "passage"

    def _passage_styles(self) -> PassageStyles:
        style = self.component_style
        return PassageStyles(
            cursor=self._cursor_background(),
            bookmark=Style(bgcolor=style("article-view--bookmark").bgcolor),
            bookmark_cursor=Style(bgcolor=style("article-view--bookmark-cursor").bgcolor),
            match=attributes_only(style("article-view--match")),
            current_match=attributes_only(style("article-view--current-match")),
        )

    def _painted_block(self, block_index: int, cursor: CursorKey) -> Painted:
        """A block rendered once, every layer and the widget's own style folded into each
        segment: its lines are then cut from it without styling anything again."""
        key = (block_index, cursor)
        painted = self._painted.get(key)
        if painted is None:
            under = self.base_style + self._cursor_background() if cursor == "passage" else self.base_style
            painted = self._painted[key] = paint(self._styled_block(block_index, cursor), self.app.console, under)
        return painted

    def _cursor_background(self) -> Style:
        return Style(bgcolor=self.component_style("article-view--cursor").bgcolor)

    def _styled_block(self, index: int, cursor: CursorKey) -> Text:
        text = self._styled.get((index, cursor))
        if text is not None:
            return text
        block = self._blocks[index]
        style = self.component_style
        if block.kind in ("paragraph", "caption"):
            if self._entity_styles is None:
                dark = self.app.current_theme.dark
                self._entity_styles = entity_styles(dark, self.colour_overrides)
            text = styled_block(
                block.text,
                block.spans,
                self._entity_styles,
                self.hidden_types,
                self.selected_entity,
                base=style("article-view--caption") if block.kind == "caption" else None,
            )
            passage = block.passage
            marks = self._marks.get(passage, []) if block.kind == "paragraph" else []
            marks = [self._shown_span(index, start, end) for start, end in marks]
            shown_cursor = self._shown_span(index, *cursor) if isinstance(cursor, tuple) else cursor
            matches = [
                (self.matches[i].start, self.matches[i].end, i == self.current_match)
                for i in self._matches_in.get(passage, ())
            ]
            mark_passage(text, self._passage_styles(), shown_cursor, marks, matches)
            if self.current_mention is not None and self.current_mention[0] == passage:
                mention = self._shown_span(index, *self.current_mention[1:])
                text.stylize(attributes_only(style("article-view--current-mention")), *mention)
        elif block.marker:
            text = Text(block.text, style=style("article-view--note"), end="")
            if block.label:
                text.stylize(style("article-view--note-label"), 0, block.label)
        else:
            kind_style = {
                "title": "article-view--title",
                "url": "article-view--url",
                "heading": "article-view--heading",
            }.get(block.kind, "article-view--meta")
            text = Text(block.text, style=style(kind_style), end="")
        self._styled[(index, cursor)] = text
        return text

    def render_line(self, y: int) -> Strip:
        width, _text_width, height = self._widths()
        bar = self.bar_cell(y, height)
        return Strip([*self._render_text_line(y, width - BAR_WIDTH), bar], width)

    def _render_text_line(self, y: int, width: int) -> Strip:
        if self.article is None:
            return placeholder_line(y, width, self.component_style("article-view--placeholder"), self.base_style)
        line_number = y + int(self.scroll_y)
        if line_number >= len(self._lines):
            return self.blank_line(width)
        line = self._lines[line_number]
        cursor = self._cursor_key(line.block) if line is not None else None
        key = (line_number, cursor)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._render(line, width, cursor, line_number)
            self._strips[key] = strip
        selection = self.text_selection
        span = selection.get_span(line_number) if selection is not None else None
        if span is not None:
            background = self.screen.get_component_rich_style("screen--selection").bgcolor
            strip = selected(strip, span, Style(bgcolor=background))
        return strip

    def _gutter(self, line: Line, cursor: CursorKey) -> list[Segment]:
        block = self._blocks[line.block]
        on_cursor = cursor == "passage" or (
            isinstance(cursor, tuple) and touches(line, *self._shown_span(line.block, *cursor))
        )
        base, style = self.base_style, self.component_style
        bar = Segment("▌" if on_cursor else " ", base + style("article-view--gutter"))
        mark = " "
        if block.kind == "paragraph":
            for stored_start, stored_end in self._marks.get(block.passage, ()):
                start, end = self._shown_span(line.block, stored_start, stored_end)
                if touches(line, start, end):
                    mark = "⚑" if start >= line.start else "│"
                    break
        return [bar, Segment(mark + " ", base + style("article-view--bookmark-mark"))]

    def _render(self, line: Line | None, width: int, cursor: CursorKey, y: int) -> Strip:
        """One screen line, built in one pass from the painted block and carrying the
        offsets (column, line) a mouse selection is mapped back through."""
        base = self.base_style
        if line is None:  # between passages; a selection may start or end here too
            return Strip(with_offsets([Segment(" " * width, base)], y), width)
        block = self._blocks[line.block]
        text_width = self.text_width
        if block.kind == "rule":
            rule = base + self.component_style("article-view--rule")
            text = [Segment("─" * text_width, rule)]
        else:
            text = cut(self._painted_block(line.block, cursor), line.start, line.end)
            if block.marker:
                marker = f"  {block.marker} " if line.first else " " * NOTE_INDENT
                text.insert(0, Segment(marker, base + self.component_style("article-view--note-marker")))
            pad = base + self._cursor_background() if cursor == "passage" else base
            text = Segment.adjust_line_length(text, text_width, pad)
        gutter = self._gutter(line, cursor) if block.passage is not None else [Segment(" " * GUTTER, base)]
        segments = [*gutter, *text]
        if width > GUTTER + text_width:
            segments.append(Segment(" " * (width - GUTTER - text_width), base))
        return Strip(with_offsets(segments, y)).adjust_cell_length(width, base)
