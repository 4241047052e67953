"""The article: a header block, then passages with entities coloured, through the line API."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.model import Article
from reader.tui.article_blocks import Block, article_blocks
from reader.tui.highlight import entity_styles, plain_block, styled_block
from reader.tui.widgets.scrolling import NO_SIDEWAYS
from reader.tui.wrap import wrap_offsets

# A comfortable measure for reading; wider panes get a margin instead of longer lines.
MAX_TEXT_WIDTH = 84
GUTTER = 3  # "▌" cursor bar and two spaces
SCROLLBAR = 1
PLACEHOLDER = (
    "",
    "Nothing open yet.",
    "",
    "Choose an article in the list and press enter to read it here.",
    "Press ? for every key, ctrl+p for every command.",
)


class Match(NamedTuple):
    passage: int
    start: int
    end: int


class ArticleView(ScrollView, can_focus=True):
    """Shows one article; a passage cursor moves through paragraphs and captions."""

    BINDING_GROUP_TITLE = "Article"

    BINDINGS = [
        Binding("j,down", "cursor_down", "Next passage", show=False, id="article.next",
                tooltip="Move the passage cursor down"),
        Binding("k,up", "cursor_up", "Previous passage", show=False, id="article.previous",
                tooltip="Move the passage cursor up"),
        Binding("g,home", "first", "First passage", show=False, id="article.first",
                tooltip="Go to the top of the article"),
        Binding("G,end", "last", "Last passage", show=False, id="article.last",
                tooltip="Go to the last passage"),
        Binding("pagedown,space", "page_down", "Page down", show=False, id="article.page_down",
                tooltip="Scroll down a screenful"),
        Binding("pageup", "page_up", "Page up", show=False, id="article.page_up",
                tooltip="Scroll up a screenful"),
        # Keys that move focus run on the screen at once, so keys typed right after land right.
        Binding("slash", "screen.find", "Find", id="article.find", tooltip="Find text in this article"),
        Binding("n", "find_next", "Next match", show=False, id="article.find_next",
                tooltip="Go to the next match of the find"),
        Binding("N", "find_previous", "Previous match", show=False, id="article.find_previous",
                tooltip="Go to the previous match of the find"),
        Binding("e", "screen.toggle_entities", "Entities", id="article.entities",
                tooltip="Show the people, places, organisations... in this article"),
        Binding("o", "open_url", "Open URL", show=False, id="article.open_url",
                tooltip="Open the article's web page in the browser"),
        Binding("u", "toggle_read", "Unread", show=False, id="article.toggle_read",
                tooltip="Mark this article unread (or read again)"),
        Binding("escape", "screen.article_escape", "Back", show=False, id="article.escape",
                tooltip="Clear the find or the selected entity, or go back to the list"),
        Binding("q", "screen.back", "Back", id="article.back", tooltip="Go back to the library list"),
    ]

    COMPONENT_CLASSES = {
        "article-view--title",
        "article-view--meta",
        "article-view--url",
        "article-view--rule",
        "article-view--heading",
        "article-view--caption",
        "article-view--cursor",
        "article-view--gutter",
        "article-view--match",
        "article-view--current-match",
        "article-view--placeholder",
    }

    DEFAULT_CSS = """
    ArticleView {
        background: $surface;
        padding: 0 1;
        overflow-x: hidden;
        scrollbar-size-vertical: 1;  /* SCROLLBAR */
        & > .article-view--title { color: $foreground; text-style: bold; }
        & > .article-view--meta { color: $text-muted; }
        & > .article-view--url { color: $text-muted; text-style: underline; }
        & > .article-view--rule { color: $panel-lighten-2; }
        & > .article-view--heading { color: $text-muted; text-style: bold; }
        & > .article-view--caption { color: $text-muted; text-style: italic; }
        & > .article-view--cursor { background: $boost; }
        & > .article-view--gutter { color: $panel-lighten-2; }
        &:focus > .article-view--gutter { color: $accent; }
        & > .article-view--match { background: $warning 35%; }
        & > .article-view--current-match { background: $warning; color: $background; }
        & > .article-view--placeholder { color: $text-muted; }
    }
    """

    cursor: reactive[int] = reactive(0, init=False, repaint=False)

    @dataclass
    class ReadToggled(Message):
        article_id: str

    @dataclass
    class UrlRequested(Message):
        url: str

    @dataclass
    class Changed(Message):
        """The cursor, the find or the selected entity moved: the status line should follow."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article: Article | None = None
        self.hidden_types: frozenset[str] = frozenset()
        self.colour_overrides: dict[str, str] = {}
        self.selected_entity: str | None = None
        self.find_query = ""
        self.matches: list[Match] = []
        self._matches_in: dict[int, range] = {}  # passage -> indexes into matches
        self.current_match: int | None = None
        self._blocks: list[Block] = []
        self._passages: list[int] = []  # block index of each passage
        self._lines: list[tuple[int, int, int] | None] = []  # (block, start, end), None = blank
        self._passage_lines: list[tuple[int, int]] = []  # first, last line of each passage
        self._layout_width = 0
        self._wraps: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self._styled: dict[int, Text] = {}
        self._plains: dict[int, str] = {}
        self._entity_styles: dict[str, Style] | None = None
        self._strips: LRUCache[tuple[int, bool], Strip] = LRUCache(512)

    # -- showing an article ---------------------------------------------

    def show(self, article: Article, passage: int = 0) -> None:
        self.article = article
        self._blocks = article_blocks(article)
        self._passages = [i for i, b in enumerate(self._blocks) if b.passage is not None]
        self.selected_entity = None
        self.find_query, self.matches, self.current_match = "", [], None
        self._matches_in = {}
        self._wraps.clear()
        self._plains.clear()
        self._layout()
        self.set_reactive(ArticleView.cursor, self.validate_cursor(passage))
        self.scroll_to(y=0, animate=False, immediate=True)
        # The new height only bounds scrolling after a refresh.
        self.call_after_refresh(self._scroll_cursor_into_view, True)
        self._restyle()
        self.post_message(self.Changed())

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
        self.selected_entity = name
        self._restyle()
        self.post_message(self.Changed())

    # -- layout -----------------------------------------------------------

    @property
    def text_width(self) -> int:
        # Room for a scrollbar is kept always, so its coming and going never re-wraps the text.
        return max(10, min(MAX_TEXT_WIDTH, self.content_region.width - SCROLLBAR - GUTTER))

    def _plain(self, block_index: int) -> str:
        plain = self._plains.get(block_index)
        if plain is None:
            block = self._blocks[block_index]
            plain = plain_block(block.text, block.spans) if block.passage is not None else block.text
            self._plains[block_index] = plain
        return plain

    def _layout(self) -> None:
        width = self.text_width
        self._layout_width = width
        lines: list[tuple[int, int, int] | None] = [None]
        passage_lines: list[tuple[int, int]] = []
        for index, block in enumerate(self._blocks):
            key = (index, width)
            if key not in self._wraps:
                plain = self._plain(index) if block.kind != "rule" else ""
                self._wraps[key] = wrap_offsets(plain, width)
            first = len(lines)
            lines.extend((index, start, end) for start, end in self._wraps[key])
            if block.passage is not None:
                passage_lines.append((first, len(lines) - 1))
            if block.gap_after:
                lines.append(None)
        self._lines = lines
        self._passage_lines = passage_lines
        self._strips.clear()
        self.virtual_size = Size(0, len(lines))

    def on_resize(self) -> None:
        if self.article is not None and self.text_width != self._layout_width:
            self._layout()
            self._scroll_cursor_into_view()
        else:
            self.virtual_size = Size(0, len(self._lines))
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
        self._strips.clear()
        self.refresh()

    # -- cursor -----------------------------------------------------------

    def validate_cursor(self, cursor: int) -> int:
        return max(0, min(cursor, len(self._passages) - 1))

    def watch_cursor(self, old: int, new: int) -> None:
        for passage in (old, new):
            if 0 <= passage < len(self._passage_lines):
                first, last = self._passage_lines[passage]
                self.refresh_lines(first, last - first + 1)
        self._scroll_cursor_into_view()
        self.post_message(self.Changed())

    def _scroll_cursor_into_view(self, centre: bool = False) -> None:
        if not self._passage_lines:
            return
        first, last = self._passage_lines[self.cursor]
        height = self.scrollable_content_region.height
        if centre and self.cursor > 0:
            self.scroll_to(y=max(0, first - height // 3), animate=False, immediate=True)
        elif self.cursor == 0 and last < height:
            self.scroll_to(y=0, animate=False, immediate=True)
        elif first - 1 < self.scroll_y or last - first + 1 > height:
            self.scroll_to(y=max(0, first - 1), animate=False, immediate=True)
        elif last + 1 >= self.scroll_y + height:
            self.scroll_to(y=last + 2 - height, animate=False, immediate=True)

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_first(self) -> None:
        self.cursor = 0
        self.scroll_to(y=0, animate=False, immediate=True)

    def action_last(self) -> None:
        self.cursor = len(self._passages) - 1
        self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True)

    def action_page_down(self) -> None:
        self._page(+1)

    def action_page_up(self) -> None:
        self._page(-1)

    def _page(self, direction: int) -> None:
        """Scroll a screenful and put the cursor on the first passage that starts in view."""
        height = self.scrollable_content_region.height
        top = max(0, min(self.max_scroll_y, int(self.scroll_y) + direction * (height - 2)))
        self.scroll_to(y=top, animate=False, immediate=True)
        for passage, (first, _last) in enumerate(self._passage_lines):
            if first >= top:
                self.set_reactive(ArticleView.cursor, passage)
                break
        else:
            self.set_reactive(ArticleView.cursor, len(self._passages) - 1)
        self._strips.clear()
        self.refresh()
        self.post_message(self.Changed())

    def action_toggle_read(self) -> None:
        if self.article is not None:
            self.post_message(self.ReadToggled(self.article.id))

    def action_open_url(self) -> None:
        if self.article is not None and self.article.url:
            self.post_message(self.UrlRequested(self.article.url))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in NO_SIDEWAYS:
            return False  # lines always fit: sideways scrolling keys do nothing here
        if self.article is None:
            return None
        if action == "open_url" and not (self.article and self.article.url):
            return None
        if action in ("find_next", "find_previous") and not self.matches:
            return None
        return True

    # -- entity mentions --------------------------------------------------

    def mention_passages(self) -> list[int]:
        """Passages that mention the selected entity, in reading order."""
        if not self.selected_entity:
            return []
        name = self.selected_entity.casefold()
        return [
            passage
            for passage, block_index in enumerate(self._passages)
            if any(span.canonical.casefold() == name for span in self._blocks[block_index].spans)
        ]

    def jump_to_mention(self, direction: int) -> bool:
        """Move the cursor to the next (+1) or previous (-1) passage with a mention."""
        passages = self.mention_passages()
        if direction > 0:
            targets = [p for p in passages if p > self.cursor] or passages[:1]
        else:
            targets = [p for p in passages if p < self.cursor][-1:] or passages[-1:]
        if not targets:
            return False
        self.cursor = targets[0]
        return True

    # -- find ---------------------------------------------------------------

    def set_find(self, query: str) -> None:
        """Highlight every match of `query` (case-insensitive); '' clears the find."""
        self.find_query = query
        self.matches = []
        self.current_match = None
        self._matches_in = {}
        if query:
            pattern = re.compile(re.escape(query), re.IGNORECASE)
            for passage, block_index in enumerate(self._passages):
                plain = self._plain(block_index)
                found = [Match(passage, m.start(), m.end()) for m in pattern.finditer(plain)]
                if found:
                    first = len(self.matches)
                    self._matches_in[passage] = range(first, first + len(found))
                    self.matches.extend(found)
        self._restyle()
        self.post_message(self.Changed())

    def next_match(self, direction: int = 1) -> bool:
        """Go to the next (+1) or previous (-1) match, from the current one or the cursor."""
        if not self.matches:
            return False
        if self.current_match is None:
            after = [i for i, m in enumerate(self.matches) if m.passage >= self.cursor]
            before = [i for i, m in enumerate(self.matches) if m.passage <= self.cursor]
            if direction > 0:
                index = after[0] if after else 0
            else:
                index = before[-1] if before else len(self.matches) - 1
        else:
            index = (self.current_match + direction) % len(self.matches)
        self.current_match = index
        self._restyle()
        if self.cursor != self.matches[index].passage:
            self.cursor = self.matches[index].passage
        else:
            self.post_message(self.Changed())
        return True

    def action_find_next(self) -> None:
        self.next_match(+1)

    def action_find_previous(self) -> None:
        self.next_match(-1)

    # -- rendering --------------------------------------------------------

    def _styled_block(self, index: int) -> Text:
        text = self._styled.get(index)
        if text is not None:
            return text
        block = self._blocks[index]
        style = self.get_component_rich_style
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
            self._mark_matches(text, block.passage)
        else:
            kind_style = {
                "title": "article-view--title",
                "url": "article-view--url",
                "captions": "article-view--heading",
            }.get(block.kind, "article-view--meta")
            text = Text(block.text, style=style(kind_style), end="")
        self._styled[index] = text
        return text

    def _mark_matches(self, text: Text, passage: int | None) -> None:
        match_style = self.get_component_rich_style("article-view--match")
        current_style = self.get_component_rich_style("article-view--current-match")
        for index in self._matches_in.get(passage, ()):
            match = self.matches[index]
            current = index == self.current_match
            text.stylize(current_style if current else match_style, match.start, match.end)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if self.article is None:
            return self._placeholder_line(y, width)
        line_number = y + int(self.scroll_y)
        if line_number >= len(self._lines):
            return Strip.blank(width, self.rich_style)
        line = self._lines[line_number]
        is_cursor = line is not None and self._blocks[line[0]].passage == self.cursor
        key = (line_number, is_cursor)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._render(line, width, is_cursor)
            self._strips[key] = strip
        return strip

    def _render(self, line: tuple[int, int, int] | None, width: int, is_cursor: bool) -> Strip:
        if line is None:
            return Strip.blank(width, self.rich_style)
        block_index, start, end = line
        block = self._blocks[block_index]
        if block.kind == "rule":
            rule = self.get_component_rich_style("article-view--rule")
            segments = [Segment(" " * GUTTER), Segment("─" * self.text_width, rule)]
            return Strip(segments).adjust_cell_length(width).apply_style(self.rich_style)
        piece = self._styled_block(block_index)[start:end]
        gutter_style = self.get_component_rich_style("article-view--gutter")
        console = self.app.console
        # Text.render leaves the text's own (base) style to the caller.
        segments = Segment.apply_style(piece.render(console), console.get_style(piece.style))
        text = Segment.adjust_line_length(list(segments), self.text_width)
        if is_cursor:
            cursor = Style(bgcolor=self.get_component_rich_style("article-view--cursor").bgcolor)
            text = list(Segment.apply_style(text, cursor))
        gutter = Segment("▌  " if is_cursor else "   ", gutter_style)
        return Strip([gutter, *text]).adjust_cell_length(width).apply_style(self.rich_style)

    def _placeholder_line(self, y: int, width: int) -> Strip:
        text = PLACEHOLDER[y] if y < len(PLACEHOLDER) else ""
        style = self.get_component_rich_style("article-view--placeholder")
        strip = Strip([Segment(" " * GUTTER + text, style)]).adjust_cell_length(width)
        return strip.apply_style(self.rich_style)
