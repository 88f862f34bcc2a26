"""Create, open (with migration) and check CoopDesk database files."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from coopdesk.store.backup import pre_migration_backup, restore_file
from coopdesk.store.db import (
    APPLICATION_ID,
    DatabaseRefusedError,
    Refusal,
    connect_raw,
    fsync_dir,
    make_engine,
    read_header,
)
from coopdesk.store.migrate import (
    current_revision_raw,
    head_revision,
    known_revisions,
    upgrade_file,
)
from coopdesk.store.server import (
    create_server_database,
    make_server_engine,
    open_server_database,
    probe_server,
    server_url,
)


def _new_file_beside(path: Path) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".new", dir=path.parent)
    os.close(fd)
    return Path(name)


def create_database(path: Path, populate: Callable[[Engine], None] | None = None) -> None:
    """Create a new database at the newest schema; refuse an existing path.

    The file is prepared under a temporary name (and filled by ``populate``, e.g. the
    demo data) and linked into place only when complete, so an interrupted creation
    never leaves a half-made database. A PostgreSQL URL names an empty server database
    that gets the schema (see :mod:`coopdesk.store.server`).
    """
    url = server_url(path)
    if url is not None:
        create_server_database(url, populate)
        return
    path = path.resolve()
    if path.exists():
        raise DatabaseRefusedError(Refusal.EXISTS, path)
    if not path.parent.is_dir():
        raise DatabaseRefusedError(Refusal.MISSING, path.parent)
    tmp = _new_file_beside(path)
    try:
        con = sqlite3.connect(tmp)
        con.execute(f"PRAGMA application_id={APPLICATION_ID}")
        con.execute("PRAGMA journal_mode=WAL")
        con.close()
        upgrade_file(tmp)
        if populate is not None:
            engine = make_engine(tmp)
            try:
                populate(engine)
            finally:
                engine.dispose()
        con = sqlite3.connect(tmp)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
        _link_no_clobber(tmp, path)
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)


def _link_no_clobber(tmp: Path, path: Path) -> None:
    try:
        os.link(tmp, path)
    except FileExistsError as exc:
        raise DatabaseRefusedError(Refusal.EXISTS, path) from exc
    except OSError:
        # Filesystems without hard links (FAT): check, then rename.
        if path.exists():
            raise DatabaseRefusedError(Refusal.EXISTS, path) from None
        os.replace(tmp, path)
    fsync_dir(path.parent)


def probe(path: Path) -> str | None:
    """Check a file without changing a byte of it; return its schema revision.

    Raises:
        DatabaseRefusedError: for any file CoopDesk must not open.
    """
    url = server_url(path)
    if url is not None:
        engine = make_server_engine(url, readonly=True)
        try:
            return probe_server(engine, url)
        finally:
            engine.dispose()
    read_header(path)
    try:
        con = connect_raw(path, inspect_only=True)
        try:
            (app_id,) = con.execute("PRAGMA application_id").fetchone()
            if app_id != APPLICATION_ID:
                raise DatabaseRefusedError(Refusal.NOT_COOPDESK, path)
            con.execute("PRAGMA schema_version").fetchone()
            revision = current_revision_raw(con)
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseRefusedError(Refusal.DAMAGED, path, str(exc)) from exc
    if revision is not None and revision not in known_revisions():
        raise DatabaseRefusedError(Refusal.NEWER_VERSION, path, revision)
    return revision


@dataclass
class OpenResult:
    engine: Engine
    migrated_from: str | None = None
    backup: Path | None = None
    notes: list[str] = field(default_factory=list)


def open_database(path: Path, *, readonly: bool = False) -> OpenResult:
    """Open an existing database, upgrading its schema first (after a backup).

    Raises:
        DatabaseRefusedError: the file is not a sound CoopDesk database, or the upgrade
            failed (the backup has then been put back).
    """
    url = server_url(path)
    if url is not None:
        engine, migrated_from = open_server_database(url, readonly=readonly)
        return OpenResult(engine, migrated_from)
    path = path.resolve()
    revision = probe(path)
    head = head_revision()
    result_backup: Path | None = None
    if revision != head and not readonly:
        result_backup = pre_migration_backup(path, revision)
        try:
            upgrade_file(path)
        except Exception as exc:
            restore_file(result_backup, path)
            raise DatabaseRefusedError(Refusal.MIGRATION_FAILED, path, str(exc)) from exc
    elif revision != head:
        raise DatabaseRefusedError(Refusal.NEEDS_UPGRADE, path, str(revision))
    engine = make_engine(path, readonly=readonly)
    return OpenResult(engine, revision if revision != head else None, result_backup)
