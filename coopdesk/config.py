"""Paths: resources, translations and the user's data folder."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "CoopDesk"
ORG_NAME = "CoopDesk"
# From source: the repository; frozen by PyInstaller: the bundle's data folder (sys._MEIPASS),
# which holds resources/ and translations/ (see resources/packaging/bundle_data.py).
PROJECT_ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
RESOURCES_DIR = PROJECT_ROOT / "resources"
TRANSLATIONS_DIR = PROJECT_ROOT / "translations"
FONTS_DIR = RESOURCES_DIR / "fonts"
DATA_DIR = RESOURCES_DIR / "data"
DB_SUFFIX = ".coopdb"  # ".coopdesk" is the volunteer bundle (a zip)


def default_database_path() -> Path:
    """Where the GUI keeps its database when none is given."""
    return user_data_path(APP_NAME, ORG_NAME) / f"coopdesk{DB_SUFFIX}"
