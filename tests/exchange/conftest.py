"""Fixtures of the data in/out tests: the demo database, fresh databases, sessions."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from coopdesk.services.demo import populate_demo
from coopdesk.store.db import make_session_factory
from coopdesk.store.lifecycle import create_database, open_database

TODAY = dt.date(2026, 3, 15)
Factory = Callable[[Path], sessionmaker[Session]]


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database at scale 1 (read only: copy it before changing it)."""
    path = tmp_path_factory.mktemp("demo") / "demo.coopdb"
    create_database(path, populate=lambda engine: populate_demo(engine, today=TODAY))
    return path


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "empty.coopdb"
    create_database(path)
    return path


@pytest.fixture
def new_db(tmp_path: Path, empty_template: Path) -> Callable[[str], Path]:
    """Make an empty database (a copy of a fresh one) named ``name`` in the test folder."""

    def make(name: str = "test.coopdb") -> Path:
        path = tmp_path / name
        shutil.copyfile(empty_template, path)
        return path

    return make


@pytest.fixture
def open_factory() -> Iterator[Factory]:
    """Session factories on database files, disposed of at the end of the test."""
    engines = []

    def make(path: Path) -> sessionmaker[Session]:
        result = open_database(path)
        engines.append(result.engine)
        return make_session_factory(result.engine, user="tester")

    yield make
    for engine in engines:
        engine.dispose()


@pytest.fixture
def db_path(tmp_path: Path, empty_template: Path) -> Path:
    """A fresh database (overrides the global fixture: copying is faster than migrating)."""
    path = tmp_path / "test.coopdb"
    shutil.copyfile(empty_template, path)
    return path
