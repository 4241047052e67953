"""The TOML config: good settings apply, bad ones are named and never crash the app."""

from __future__ import annotations

from pathlib import Path

from reader.tui.app import ReaderApp, binding_ids, run_app
from reader.tui.config import Settings, load_settings


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_missing_file_means_defaults(tmp_path):
    assert load_settings(tmp_path / "none.toml") == (Settings(), [])


def test_a_good_file_is_read(tmp_path):
    path = write(tmp_path / "config.toml", """
theme = "textual-light"
hidden_entity_types = ["DATE", "CARDINAL"]

[keys]
"library.sort" = "S"
"article.find" = "ctrl+f, slash"

[entity_colors]
PERSON = "orange"
GPE = "#00ff00"
""")
    settings, problems = load_settings(path)
    assert problems == []
    assert settings.theme == "textual-light"
    assert settings.keys == {"library.sort": "S", "article.find": "ctrl+f,slash"}
    assert settings.entity_colors == {"PERSON": "orange", "PLACE": "#00ff00"}
    assert settings.hidden_entity_types == {"DATE", "OTHER"}


def test_broken_toml_names_the_file_and_falls_back(tmp_path):
    path = write(tmp_path / "config.toml", 'theme = "textual-light\n[keys\n')
    settings, problems = load_settings(path)
    assert settings == Settings()
    (problem,) = problems
    assert problem.startswith(f"{path}: not valid TOML (") and "using the default settings" in problem


def test_wrong_values_are_named_one_by_one_and_the_rest_is_kept(tmp_path):
    path = write(tmp_path / "config.toml", """
theme = 3
hidden_entity_types = ["DATE", "NOPE"]
colour = "x"
[keys]
"library.sort" = 5
"library.filter" = "f"
[entity_colors]
PERSON = "not-a-colour"
ORG = "blue"
MARTIAN = "red"
""")
    settings, problems = load_settings(path)
    assert settings.theme == "textual-dark"
    assert settings.keys == {"library.filter": "f"}
    assert settings.entity_colors == {"ORG": "blue"}
    assert settings.hidden_entity_types == {"DATE"}
    text = "\n".join(problems)
    assert all(p.startswith(f"{path}: ") for p in problems)
    for fragment in ("unknown setting 'colour'", "theme must be", "[keys] library.sort",
                     "[entity_colors] PERSON: 'not-a-colour' is not a colour",
                     "[entity_colors] MARTIAN: not an entity type", "'NOPE' is not an entity type"):
        assert fragment in text


def test_undecodable_file_is_reported(tmp_path):
    path = tmp_path / "config.toml"
    path.write_bytes(b"theme = \"\xff\xfe\"\n")
    settings, problems = load_settings(path)
    assert settings == Settings() and problems == [f"{path}: is not UTF-8 text; using the default settings"]


def test_every_binding_has_an_id_and_a_description():
    from textual.binding import Binding

    from reader.tui.screens.help import HelpScreen
    from reader.tui.screens.import_prompt import ImportPrompt
    from reader.tui.screens.reading import ReadingScreen
    from reader.tui.widgets.article_view import ArticleView
    from reader.tui.widgets.entity_panel import EntityPanel
    from reader.tui.widgets.library_list import LibraryList
    from reader.tui.widgets.search_input import SearchInput

    for owner in (ReaderApp, ReadingScreen, LibraryList, ArticleView, EntityPanel, SearchInput,
                  HelpScreen, ImportPrompt):
        for binding in Binding.make_bindings(owner.BINDINGS):
            assert binding.id and binding.description and binding.tooltip, (owner, binding)
    assert {"library.sort", "article.find", "entities.close", "types.person", "app.help"} <= set(binding_ids())


async def test_the_app_reports_problems_and_starts_with_defaults(sample_library, tmp_path):
    path = write(tmp_path / "config.toml", """
theme = "no-such-theme"
[keys]
"no.such.binding" = "x"
""")
    settings, problems = load_settings(path)
    app = ReaderApp(sample_library, settings, problems, config_path=path)
    messages: list[str] = []
    app.notify = lambda message, **kwargs: messages.append(message)  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.theme == "textual-dark"
        assert any(str(path) in m and "'no-such-theme' is not available" in m for m in messages)
        assert any(str(path) in m and "no binding has the id 'no.such.binding'" in m for m in messages)
        await pilot.press("j")
        assert app.screen.library_list.cursor == 1


async def test_a_light_theme_from_the_config_is_applied(sample_library):
    app = ReaderApp(sample_library, Settings(theme="textual-light"))
    async with app.run_test(size=(120, 40)):
        assert app.theme == "textual-light"


def test_run_app_reads_the_config_file_named_by_the_environment(sample_library, tui_config_dir, monkeypatch):
    write(tui_config_dir / "config.toml", 'theme = "textual-light"\n')
    seen = {}

    def fake_run(self, *args, **kwargs):
        seen["theme"] = self.settings.theme
        seen["path"] = self.config_path
        self.exit(0)

    monkeypatch.setattr(ReaderApp, "run", fake_run)
    assert run_app(sample_library) == 0
    assert seen == {"theme": "textual-light", "path": tui_config_dir / "config.toml"}
