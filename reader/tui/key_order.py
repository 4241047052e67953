"""Keys typed in a burst (a fast typist, a paste, a busy moment) act as if typed one by one.

Textual hands a key to the focused widget and resolves non-priority bindings only once the
key has bubbled back up to the app, against the focus of that moment: a key that moved the
focus sent the keys queued behind it to the wrong widget's bindings, or lost them. The app
resolves priority bindings as each key arrives, in order. Only for widgets that take no
text of their own: an Input's letters are the Input's.
"""

from __future__ import annotations

from dataclasses import replace

from textual.binding import Binding


def on_arrival(bindings: list[Binding]) -> list[Binding]:
    """`bindings`, each resolved as its key arrives (a priority binding)."""
    return [replace(binding, priority=True) for binding in bindings]
