"""Alembic driven from code: configuration, current and head revisions, upgrade."""

from __future__ import annotations

import ast
import re
import sqlite3
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text

from coopdesk.store.db import make_engine

if TYPE_CHECKING:  # alembic is imported only when a migration runs (about 0.5 s to import)
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


# ``revision = "0002"`` / ``down_revision = "0001"`` lines of a script (script.py.mako).
_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.MULTILINE)


@lru_cache(maxsize=1)
def _revision_graph() -> dict[str, tuple[str, ...]]:
    """{revision: the revisions it follows}, read from the scripts' text without alembic."""
    graph: dict[str, tuple[str, ...]] = {}
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        found = dict(_REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        if "revision" not in found:
            continue
        down = ast.literal_eval(found.get("down_revision", "None"))
        parents = () if down is None else (down,) if isinstance(down, str) else tuple(down)
        graph[ast.literal_eval(found["revision"])] = parents
    return graph


def head_revision() -> str:
    """The newest schema revision (the one no script follows)."""
    graph = _revision_graph()
    heads = set(graph) - {parent for parents in graph.values() for parent in parents}
    assert len(heads) == 1, f"migration scripts must have one head, not {sorted(heads)}"
    return heads.pop()


def known_revisions() -> set[str]:
    return set(_revision_graph())


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
    from alembic import command

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
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()
