"""Ask for a feed to subscribe to: its address, or a web page that links one."""

from __future__ import annotations

from textual.binding import Binding

from reader.tui.key_order import on_arrival
from reader.tui.screens.path_prompt import PathPrompt


class SubscribePrompt(PathPrompt):
    BINDINGS = on_arrival([
        Binding("escape", "cancel", "Cancel", id="subscribe.cancel", tooltip="Close without subscribing"),
    ])

    BOX_TITLE = "Subscribe to feed"
    QUESTION = "A feed's address, or a web page that links one:"
    PLACEHOLDER = "https://example.org/feed.xml  or  https://example.org/"
    HINT = "enter to subscribe · escape to cancel"
