"""Every key that works where the user is, read from the live bindings (never a kept table)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.containers import Grid, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.search.syntax import QUERY_SYNTAX
from reader.tui.key_order import on_arrival


@dataclass(slots=True)
class HelpEntry:
    keys: list[str]
    description: str
    tooltip: str


@dataclass(slots=True)
class HelpGroup:
    title: str
    entries: list[HelpEntry] = field(default_factory=list)


def help_groups(
    active: Mapping[str, ActiveBinding], key_display: Callable[[Binding], str]
) -> list[HelpGroup]:
    """Active bindings grouped by the widget that owns them; keys for one action merged."""
    groups: dict[int, HelpGroup] = {}
    entries: dict[tuple[int, str], HelpEntry] = {}
    for active_binding in active.values():
        node, binding = active_binding.node, active_binding.binding
        if binding.system or not binding.description:
            continue
        title = getattr(node, "BINDING_GROUP_TITLE", None) or type(node).__name__
        group = groups.setdefault(id(node), HelpGroup(title))
        entry = entries.get((id(node), binding.action))
        if entry is None:
            entry = HelpEntry([], binding.description, binding.tooltip)
            entries[(id(node), binding.action)] = entry
            group.entries.append(entry)
        entry.keys.append(key_display(binding))
    return [group for group in groups.values() if group.entries]


class HelpScreen(ModalScreen[None]):
    """The keys of the screen underneath, as they are bound right now (keymap included)."""

    BINDINGS = on_arrival([
        Binding("escape,q,question_mark", "dismiss", "Close help", id="help.close",
                tooltip="Close this help"),
    ])

    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
        #help-box {
            width: 90%;
            max-width: 110;
            height: 85%;
            border: round $primary;
            border-title-color: $text-accent;
            border-subtitle-color: $text-muted;
            background: $surface;
            padding: 0 1;
        }
        .help-group { margin-top: 1; }
        .help-keys {
            grid-size: 3;
            grid-columns: 18 24 1fr;
            grid-rows: auto;
            height: auto;
            padding-left: 2;
        }
        .help-queries {
            grid-size: 2;
            grid-columns: 26 1fr;
            grid-rows: auto;
            height: auto;
            padding-left: 2;
        }
        .help-key { text-style: bold; }
        .help-tooltip { color: $text-muted; }
    }
    """

    def __init__(self, groups: list[HelpGroup]) -> None:
        super().__init__()
        self.groups = groups

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box") as box:
            box.border_title = "Keys"
            box.border_subtitle = "escape to close · ctrl+p for every command"
            for group in self.groups:
                yield Static(Content.styled(group.title, "bold $text-accent"), classes="help-group")
                with Grid(classes="help-keys"):
                    for entry in group.entries:
                        yield Static(Content(", ".join(entry.keys)), classes="help-key")
                        yield Static(Content(entry.description), classes="help-description")
                        tooltip = entry.tooltip if entry.tooltip != entry.description else ""
                        yield Static(Content(tooltip), classes="help-tooltip")
            title = "Search queries (/ in the list, reader search, saved searches)"
            yield Static(Content.styled(title, "bold $text-accent"), classes="help-group")
            with Grid(classes="help-queries"):
                for example, meaning in QUERY_SYNTAX:
                    yield Static(Content(example), classes="help-key")
                    yield Static(Content(meaning), classes="help-description")

    def action_dismiss(self) -> None:
        self.dismiss(None)
