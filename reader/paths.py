"""The one place that knows where files live."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "reader"
DATA_DIR_ENV = "READER_DATA_DIR"
CONFIG_DIR_ENV = "READER_CONFIG_DIR"


def default_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def config_file() -> Path:
    return config_dir() / "config.toml"


def sample_articles_dir() -> Path:
    """The bundled sample library: inside the wheel, or beside the package in a clone."""
    from importlib import resources  # only the first run needs it (bench_startup)

    packaged = Path(str(resources.files("reader"))) / "sample_articles"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "articles"
