"""Shared fixtures: a fresh migrated database per test, sessions, headless Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402
from sqlalchemy.orm import Session, sessionmaker  # noqa: E402

from coopdesk.i18n import set_language  # noqa: E402
from coopdesk.store.db import make_session_factory  # noqa: E402
from coopdesk.store.lifecycle import create_database, open_database  # noqa: E402

# Shared, loaded machines: no per-example deadline; the same examples on every run.
settings.register_profile("coopdesk", deadline=None, derandomize=True)
settings.load_profile("coopdesk")


@pytest.fixture(autouse=True)
def english_messages() -> Iterator[None]:
    """Tests read messages in the English source language unless they switch."""
    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "test.coopdb"
    create_database(path)
    return path


@pytest.fixture
def session_factory(db_path: Path) -> Iterator[sessionmaker[Session]]:
    result = open_database(db_path)
    yield make_session_factory(result.engine, user="tester")
    result.engine.dispose()
