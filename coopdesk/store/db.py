"""Engine factory, SQLite pragmas, file checks and the session scope."""

from __future__ import annotations

import os
import sqlite3
import struct
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from coopdesk.store.audit import install_audit
from coopdesk.store.write_errors import StorageFailedError, storage_failure

# PRAGMA application_id of every CoopDesk file: "CoDk".
APPLICATION_ID = 0x436F446B
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


class Refusal(StrEnum):
    """Why a file cannot be opened as a CoopDesk database."""

    MISSING = "missing"
    NOT_A_FILE = "not_a_file"
    EMPTY = "empty"
    NOT_SQLITE = "not_sqlite"
    TRUNCATED = "truncated"
    NOT_COOPDESK = "not_coopdesk"
    DAMAGED = "damaged"
    NEWER_VERSION = "newer_version"
    EXISTS = "exists"
    UNREADABLE = "unreadable"
    MIGRATION_FAILED = "migration_failed"
    NEEDS_UPGRADE = "needs_upgrade"


class DatabaseRefusedError(Exception):
    """The file was refused; it has been left untouched."""

    def __init__(self, reason: Refusal, path: Path | str, detail: str = "") -> None:
        super().__init__(f"{reason.value}: {path} {detail}".strip())
        self.reason = reason
        self.path = Path(path)
        self.detail = detail


@dataclass(frozen=True)
class HeaderInfo:
    page_size: int
    page_count: int
    application_id: int
    file_size: int


def read_header(path: Path) -> HeaderInfo:
    """Check a file's SQLite header without opening it through SQLite.

    Raises:
        DatabaseRefusedError: missing, empty, not SQLite, truncated or not CoopDesk's.
    """
    if not path.exists():
        raise DatabaseRefusedError(Refusal.MISSING, path)
    if not path.is_file():
        raise DatabaseRefusedError(Refusal.NOT_A_FILE, path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise DatabaseRefusedError(Refusal.UNREADABLE, path, str(exc)) from exc
    if size == 0:
        raise DatabaseRefusedError(Refusal.EMPTY, path)
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise DatabaseRefusedError(Refusal.NOT_SQLITE, path)
    (page_size,) = struct.unpack(">H", head[16:18])
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", head[24:32])
    (valid_for,) = struct.unpack(">I", head[92:96])
    (app_id,) = struct.unpack(">I", head[68:72])
    if page_size < 512 or size % page_size != 0:
        raise DatabaseRefusedError(Refusal.TRUNCATED, path)
    if change_counter == valid_for and size < page_size * page_count:
        raise DatabaseRefusedError(Refusal.TRUNCATED, path)
    if app_id != APPLICATION_ID:
        raise DatabaseRefusedError(Refusal.NOT_COOPDESK, path)
    return HeaderInfo(page_size, page_count, app_id, size)


def connect_raw(
    path: Path, *, readonly: bool = False, inspect_only: bool = False
) -> sqlite3.Connection:
    """A plain sqlite3 connection to an existing file: never creates one.

    ``inspect_only`` (read-only checks) opens the file as immutable when no write-ahead
    log exists, so that not even the ``-wal``/``-shm`` side files are created.
    """
    mode = "ro" if readonly or inspect_only else "rw"
    uri = f"file:{path.resolve().as_posix()}?mode={mode}"
    if inspect_only and not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    con = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    con.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    return con


def make_engine(
    path: Path, *, readonly: bool = False, foreign_keys: bool = True, inspect_only: bool = False
) -> Engine:
    """An engine over an existing file with CoopDesk's pragmas and BEGIN IMMEDIATE writes.

    A PostgreSQL URL (shared office mode) gets a server engine instead, without the
    SQLite-only pragmas.
    """
    readonly = readonly or inspect_only
    from coopdesk.store.server import make_server_engine, server_url

    url = server_url(path)
    if url is not None:
        return make_server_engine(url, readonly=readonly)

    def creator() -> sqlite3.Connection:
        con = connect_raw(path, readonly=readonly, inspect_only=inspect_only)
        con.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        return con

    engine = create_engine("sqlite://", creator=creator)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")

    return engine


def make_session_factory(engine: Engine, user: str = "") -> sessionmaker[Session]:
    """Sessions that keep attributes after commit and write audit entries on flush."""
    factory = sessionmaker(engine, expire_on_commit=False, info={"user": user})
    install_audit(factory)
    return factory


@contextmanager
def session_scope(factory: Callable[[], Session]) -> Iterator[Session]:
    """One user action: commit on success, roll back on any error, always close.

    Raises:
        StorageFailedError: the medium refused the write (disk full, read-only, I/O error).
    """
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException as exc:
        session.rollback()
        failure = storage_failure(exc)
        if failure is not None:
            raise StorageFailedError(failure, str(exc)) from exc
        raise
    finally:
        session.close()


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable (no-op where directories cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
