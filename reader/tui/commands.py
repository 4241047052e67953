"""Command palette providers: every bound action, saved searches, and articles by fuzzy title."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.actions import parse as parse_action
from textual.binding import Binding
from textual.command import CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.dom import DOMNode
from textual.fuzzy import FuzzySearch

from reader.tui.formatting import short_date

if TYPE_CHECKING:
    from reader.tui.app import ReaderApp
    from reader.tui.screens.reading import ReadingScreen

# Titles shown before anything is typed in "Open article…".
DISCOVER_ARTICLES = 30
# Let the palette breathe while scoring a big library.
YIELD_EVERY = 250


def _reading_screen(provider: Provider) -> ReadingScreen | None:
    from reader.tui.screens.reading import ReadingScreen

    for screen in reversed(provider.app.screen_stack):
        if isinstance(screen, ReadingScreen):
            screen.mount_article_side()  # ctrl+p typed before the first frame: its panes now
            return screen
    return None


def _help(content: Content) -> str:
    """A hit's help as Content: typed str, but the palette reads it with Content.from_markup,
    which takes a Content as it is, so a title or a source is never read as markup."""
    return cast(str, content)


class ListedCommands(Provider):
    """A provider of a short list of (title, help, command): all shown, fuzzy-matched by title."""

    def _commands(self) -> Iterator[tuple[str, Content, Callable[[], object]]]:
        return iter(())

    async def discover(self) -> Hits:
        for title, help_text, command in self._commands():
            yield DiscoveryHit(title, command, help=_help(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, command in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), command, help=_help(help_text))


class ReaderCommands(ListedCommands):
    """One command per key binding of the reading screen, its panes and the app."""

    def _commands(self) -> Iterator[tuple[str, Content, Callable[[], object]]]:
        screen = _reading_screen(self)
        yield (
            "Open article…",
            Content.styled("Find an article by its title and open it", "$text-muted"),
            self._open_article_palette,
        )
        if screen is None:
            return
        yield (
            "Export notes as Markdown…",
            Content.styled("Every article with bookmarks or notes, as Markdown files "
                           "for Obsidian or Logseq", "$text-muted"),
            screen.action_export_markdown,
        )
        yield (
            "Subscribe to feed…",
            Content.styled("A feed's address, or a web page that links one", "$text-muted"),
            screen.feed_actions.subscribe_prompt,
        )
        # The screen's panes (each a binding owner, see app.binding_owners), the screen, the app.
        nodes: list[DOMNode] = [*screen.panes_with_keys(), screen, self.app]
        seen: set[tuple[int, str]] = set()
        for node in nodes:
            for binding in Binding.make_bindings(type(node).BINDINGS):
                if not binding.description or (id(node), binding.action) in seen:
                    continue
                seen.add((id(node), binding.action))
                namespace, name, parameters = parse_action(binding.action)
                if not namespace and node.check_action(name, parameters) is not True:
                    continue
                group = getattr(node, "BINDING_GROUP_TITLE", None) or "Reader"
                keys = cast("ReaderApp", self.app).key_for(binding)
                help_text = Content.styled(f"{binding.tooltip or binding.description} · {keys}", "$text-muted")
                command = partial(self.app.run_action, binding.action, node)
                yield f"{group}: {binding.description}", help_text, command

    def _open_article_palette(self) -> None:
        self.app.push_screen(CommandPalette(providers=[ArticleTitles], placeholder="Open article…"))



class SavedSearches(ListedCommands):
    """Each saved search as a view to switch to, and saving the search shown now."""

    def _commands(self) -> Iterator[tuple[str, Content, Callable[[], object]]]:
        screen = _reading_screen(self)
        if screen is None:
            return
        for name, query in cast("ReaderApp", self.app).settings.searches.items():
            yield (f"Saved search: {name}", Content.styled(query, "$text-muted"),
                   partial(screen.show_search, query))
        if screen.rows.query.strip() and not screen.rows.query_error:
            yield ("Save this search…",
                   Content.styled(f"Keep {screen.rows.query.strip()!r} under a name, in the "
                                  "config file", "$text-muted"),
                   screen.action_save_search)



class ArticleTitles(Provider):
    """Articles by fuzzy title; choosing one opens it."""

    async def startup(self) -> None:
        self._fuzzy = FuzzySearch()

    def _rows(self):
        screen = _reading_screen(self)
        return (screen, screen.rows.visible) if screen else (None, [])

    @staticmethod
    def _about(row) -> Content:
        about = " · ".join(part for part in (row.source, short_date(row.published)) if part)
        return Content.styled(about, "$text-muted")

    async def discover(self) -> Hits:
        screen, rows = self._rows()
        for row in rows[:DISCOVER_ARTICLES]:
            yield DiscoveryHit(
                Content(row.title), partial(screen.open_article, row.id), text=row.title,
                help=_help(self._about(row)),
            )

    async def search(self, query: str) -> Hits:
        screen, rows = self._rows()
        for index, row in enumerate(rows):
            if index % YIELD_EVERY == 0:
                await asyncio.sleep(0)
            score, offsets = self._fuzzy.match(query, row.title)
            if score <= 0:
                continue
            title = Content(row.title)
            for offset in offsets:
                title = title.stylize("bold reverse", offset, offset + 1)
            yield Hit(
                score, title, partial(screen.open_article, row.id), text=row.title,
                help=_help(self._about(row)),
            )
