"""Alembic driven from code: configuration, current and head revisions, upgrade."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text

from coopdesk.store.db import make_engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in script_directory().walk_revisions()}


def current_revision_raw(con: sqlite3.Connection) -> str | None:
    """The schema revision stored in a file, read with plain sqlite3."""
    row = con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if row is None:
        return None
    rev = con.execute("SELECT version_num FROM alembic_version").fetchone()
    return rev[0] if rev else None


def upgrade_file(path: Path, revision: str = "head") -> None:
    """Upgrade a file with foreign keys off, then check them (see STACK-NOTES).

    Raises:
        RuntimeError: the upgrade left rows that break a foreign key.
    """
    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.connect() as conn:
            command.upgrade(alembic_config(conn), revision)
            conn.commit()
            bad = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
            if bad:
                raise RuntimeError(f"foreign key check failed after migration: {bad[:5]}")
    finally:
        engine.dispose()


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()
