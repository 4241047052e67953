"""The bottom line: the main keys that work where the focus is, and the palette key."""

from __future__ import annotations

from textual.content import Content
from textual.screen import Screen
from textual.style import Style
from textual.widget import Widget


class KeyHints(Widget):
    """One line of text, drawn again when the bindings change.

    Textual's Footer builds a widget per key and rebuilds them all whenever the focus
    moves, which costs more than opening the article that moved it.
    """

    COMPONENT_CLASSES = {"key-hints--key", "key-hints--description", "key-hints--disabled"}

    DEFAULT_CSS = """
    KeyHints {
        dock: bottom;
        height: 1;
        background: $footer-background;
        & > .key-hints--key { color: $footer-key-foreground; text-style: bold; }
        & > .key-hints--description { color: $footer-description-foreground; }
        & > .key-hints--disabled { color: $text-disabled; }
    }
    """

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        if screen is self.screen:
            self.refresh()

    def render(self) -> Content:
        styles = [Style.from_rich_style(self.get_component_rich_style(f"key-hints--{name}"))
                  for name in ("key", "description", "disabled")]
        hints: list[Content] = []
        shown_actions: set[str] = set()
        palette: Content | None = None
        for key, (_node, binding, enabled, _tooltip) in self.screen.active_bindings.items():
            if key == self.app.COMMAND_PALETTE_BINDING and self.app.ENABLE_COMMAND_PALETTE:
                palette = _hint(self.app.get_key_display(binding), "palette", enabled, styles)
            elif binding.show and binding.action not in shown_actions:
                shown_actions.add(binding.action)  # one hint for keys that do the same
                hints.append(_hint(self.app.get_key_display(binding), binding.description, enabled,
                                   styles))
        right = Content.assemble(palette, " ") if palette is not None else Content("")
        line = Content(" ").join(hints)
        while hints and line.cell_length + right.cell_length + 1 > self.size.width:
            hints.pop()  # a narrow terminal: the last hints give way (all are in ? and ^p)
            line = Content(" ").join(hints)
        room = self.size.width - line.cell_length - right.cell_length
        return Content.assemble(line, " " * max(room, 1), right)


def _hint(key: str, description: str, enabled: bool, styles: list[Style]) -> Content:
    key_style, description_style, disabled_style = styles
    if not enabled:
        return Content.styled(f" {key} {description}", disabled_style)
    return Content.assemble((f" {key}", key_style), " ", (description, description_style))
