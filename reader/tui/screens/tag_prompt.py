"""Ask for an article's tags: comma-separated, the tags already in use completed as you type."""

from __future__ import annotations

from textual.binding import Binding
from textual.suggester import Suggester

from reader.tui.key_order import on_arrival
from reader.tui.screens.path_prompt import PathPrompt


class TagSuggester(Suggester):
    """Completes the tag being typed (after the last comma) from the tags in use."""

    def __init__(self, tags: list[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.tags = tags

    async def get_suggestion(self, value: str) -> str | None:
        head, _comma, typed = value.rpartition(",")
        typed = typed.lstrip()
        if not typed:
            return None
        taken = {tag.strip().casefold() for tag in head.split(",")}
        for tag in self.tags:
            if tag.casefold().startswith(typed.casefold()) and tag.casefold() not in taken:
                return value[: len(value) - len(typed)] + tag
        return None


class TagPrompt(PathPrompt):
    """Dismissed with the tags as typed (an empty answer takes every tag off), or None."""

    BINDINGS = on_arrival([
        Binding("escape", "cancel", "Cancel", id="tags.cancel", tooltip="Close without changing the tags"),
    ])

    BOX_TITLE = "Tags"
    QUESTION = "Tags, separated by commas (right arrow takes a suggestion):"
    PLACEHOLDER = "politics, follow up"
    HINT = "enter to save · escape to cancel · an empty line takes every tag off"
    EMPTY_IS_CANCEL = False

    def __init__(self, tags: tuple[str, ...], known: list[str]) -> None:
        super().__init__()
        self.VALUE = ", ".join(tags) + (", " if tags else "")
        self.known = known

    def suggester(self) -> Suggester:
        return TagSuggester(self.known)


def parse_tags(answer: str) -> list[str]:
    return [tag.strip() for tag in answer.split(",") if tag.strip()]
