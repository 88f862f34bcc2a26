"""Report tests: the demo database once per session, compiled catalogs, PDF inspection."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from coopdesk.config import TRANSLATIONS_DIR
from coopdesk.services.demo import populate_demo
from coopdesk.store.db import make_session_factory
from coopdesk.store.lifecycle import create_database, open_database

TODAY = dt.date(2026, 3, 15)
YEAR = 2025


@pytest.fixture(scope="session", autouse=True)
def report_catalogs() -> None:
    """Compile translations/reports_*.qm when missing or older than their .ts (as make qm)."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in sorted(TRANSLATIONS_DIR.glob("reports_*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture(scope="session")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reports") / "demo.coopdb"
    create_database(path, populate=lambda engine: populate_demo(engine, today=TODAY))
    return path


@pytest.fixture(scope="session")
def demo_factory(demo_path: Path) -> Iterator[sessionmaker[Session]]:
    opened = open_database(demo_path, readonly=True)
    yield make_session_factory(opened.engine, user="reader")
    opened.engine.dispose()


@pytest.fixture
def demo(demo_factory: sessionmaker[Session]) -> Iterator[Session]:
    with demo_factory() as session:
        yield session
