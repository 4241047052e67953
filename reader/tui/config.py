"""Settings from the TOML config file; a bad file is reported, never fatal."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.regular_file import NotReadable, read_regular_file
from reader.text import shown_line, shown_path
from reader.tui.highlight import parse_colour, type_for_name

MAX_CONFIG_BYTES = 1024 * 1024  # a settings file is a few lines

DEFAULT_THEME = "textual-dark"
KNOWN_SETTINGS = ("theme", "keys", "entity_colors", "hidden_entity_types", "searches",
                  "refresh_interval_minutes")


@dataclass(slots=True)
class Settings:
    theme: str = DEFAULT_THEME
    keys: dict[str, str] = field(default_factory=dict)  # binding id -> keys ("ctrl+f" or "j,down")
    entity_colors: dict[str, str] = field(default_factory=dict)  # type key -> colour
    hidden_entity_types: frozenset[str] = frozenset()  # type keys
    searches: dict[str, str] = field(default_factory=dict)  # saved search name -> query
    refresh_interval_minutes: int | None = None  # refresh every feed this often while the app runs


def load_settings(path: Path) -> tuple[Settings, list[str]]:
    """The settings in `path` (defaults when it is missing), and one line per problem found."""
    try:
        raw = read_regular_file(path, MAX_CONFIG_BYTES)
    except FileNotFoundError:
        return Settings(), []
    except OSError as error:
        return Settings(), [f"{shown_path(path)}: cannot be read ({error.strerror}); using the default settings"]
    except NotReadable as refused:
        return Settings(), [f"{shown_path(path)}: {refused.reason}; using the default settings"]
    import tomllib  # here: most people have no settings file, and start-up counts

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return Settings(), [f"{shown_path(path)}: is not UTF-8 text; using the default settings"]
    except tomllib.TOMLDecodeError as error:
        return Settings(), [f"{shown_path(path)}: not valid TOML ({shown_line(str(error))}); using the default settings"]
    problems: list[str] = []
    settings = Settings()
    _read(data, settings, problems)
    # Keys and type names come from the file: shown, never obeyed (an ESC could retitle the pane).
    return settings, [f"{shown_path(path)}: {shown_line(problem)}" for problem in problems]


def _read(data: dict[str, Any], settings: Settings, problems: list[str]) -> None:
    # Saved searches are checked with the query language, which start-up otherwise never loads.
    from reader.tui.saved_searches import read_searches

    for name in data:
        if name not in KNOWN_SETTINGS:
            problems.append(f"unknown setting {name!r} ignored (known: {', '.join(KNOWN_SETTINGS)})")
    theme = data.get("theme", DEFAULT_THEME)
    if isinstance(theme, str) and theme.strip():
        settings.theme = theme.strip()
    else:
        problems.append("theme must be a theme name such as \"textual-light\"; using the default")
    settings.keys = _keys(data.get("keys", {}), problems)
    settings.entity_colors = _colours(data.get("entity_colors", {}), problems)
    settings.hidden_entity_types = _hidden(data.get("hidden_entity_types", []), problems)
    settings.searches = read_searches(data.get("searches", {}), problems)
    settings.refresh_interval_minutes = _minutes(data.get("refresh_interval_minutes"), problems)


def _keys(table: Any, problems: list[str]) -> dict[str, str]:
    if not isinstance(table, dict):
        problems.append("[keys] must be a table of binding id = \"key\"; key overrides ignored")
        return {}
    keys = {}
    for binding_id, key in table.items():
        parts = [part.strip() for part in key.split(",")] if isinstance(key, str) else []
        if parts and all(parts):
            keys[binding_id] = ",".join(parts)
        else:
            problems.append(f"[keys] {binding_id}: the key must be a string such as \"ctrl+f\"; ignored")
    return keys


def _colours(table: Any, problems: list[str]) -> dict[str, str]:
    if not isinstance(table, dict):
        problems.append("[entity_colors] must be a table of type = \"colour\"; colours ignored")
        return {}
    colours = {}
    for name, colour in table.items():
        kind = type_for_name(str(name))
        if kind is None:
            problems.append(f"[entity_colors] {name}: not an entity type; ignored")
            continue
        try:
            if not isinstance(colour, str):
                raise ValueError(f"{colour!r} is not a colour string")
            parse_colour(colour)
        except ValueError as error:
            problems.append(f"[entity_colors] {name}: {error}; ignored")
            continue
        colours[kind.key] = colour.strip()
    return colours


def _hidden(names: Any, problems: list[str]) -> frozenset[str]:
    if not isinstance(names, list):
        problems.append("hidden_entity_types must be a list such as [\"DATE\"]; ignored")
        return frozenset()
    hidden = set()
    for name in names:
        kind = type_for_name(str(name)) if isinstance(name, str) else None
        if kind is None:
            problems.append(f"hidden_entity_types: {name!r} is not an entity type; ignored")
        else:
            hidden.add(kind.key)
    return frozenset(hidden)


def _minutes(value: Any, problems: list[str]) -> int | None:
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    problems.append("refresh_interval_minutes must be a whole number of minutes, 1 or more; ignored")
    return None
