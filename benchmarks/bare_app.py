"""The baseline for startup figures: a bare Textual app showing one Static."""

from textual.app import App, ComposeResult
from textual.widgets import Static

READY_TEXT = "reader benchmark: bare app ready"


class BareApp(App):
    def compose(self) -> ComposeResult:
        yield Static(READY_TEXT)


if __name__ == "__main__":
    BareApp().run()
