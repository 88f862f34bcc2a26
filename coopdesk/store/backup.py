"""Consistent, verified copies of a database file (sqlite3 backup API), written atomically."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from coopdesk.store.db import APPLICATION_ID, connect_raw, fsync_dir


class BackupError(Exception):
    """The copy could not be made or did not verify; the destination is untouched."""


def verify_copy(path: Path) -> None:
    """Raise BackupError unless ``path`` is a sound CoopDesk database."""
    con = connect_raw(path, readonly=True)
    try:
        (app_id,) = con.execute("PRAGMA application_id").fetchone()
        result = con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()
    if app_id != APPLICATION_ID or result != "ok":
        raise BackupError(f"verification failed: {result}")


def backup_database(source: Path, dest: Path) -> Path:
    """Copy ``source`` to ``dest`` consistently, verify the copy, then move it in place.

    The copy is built in a temporary file beside ``dest`` and renamed over it only
    once verified, so a failure never leaves a half-written backup.
    """
    from coopdesk.store.server import server_url

    if server_url(source) is not None:
        raise BackupError(
            "the database is on a PostgreSQL server; its administrator backs it up with pg_dump"
        )
    dest = dest.resolve()
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".coopdesk-backup-", dir=dest.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        src = connect_raw(source, readonly=True)
        try:
            out = sqlite3.connect(tmp)
            try:
                src.backup(out)
                out.execute("PRAGMA journal_mode=DELETE")
            finally:
                out.close()
        finally:
            src.close()
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        verify_copy(tmp)
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError(str(exc)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return dest


def _copy_atomically(src: Path, dest: Path) -> None:
    tmp = dest.with_name(dest.name + ".partial")
    shutil.copyfile(src, tmp)
    with tmp.open("rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, dest)


def pre_migration_backup(path: Path, revision: str | None) -> Path:
    """The exact copy taken before a schema upgrade, beside the file (and its WAL, if any).

    The file is not in use by CoopDesk at that moment, so a byte copy is consistent and
    lets a failed upgrade put back precisely what was there.
    """
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = path.with_name(f"{path.name}.before-{revision or 'none'}-{stamp}.bak")
    wal = Path(f"{path}-wal")
    if wal.exists():
        _copy_atomically(wal, Path(f"{dest}-wal"))
    _copy_atomically(path, dest)
    fsync_dir(dest.parent)
    return dest


def restore_file(backup: Path, path: Path) -> None:
    """Put a pre-migration copy back in place of ``path`` (used when an upgrade fails)."""
    Path(f"{path}-shm").unlink(missing_ok=True)
    backup_wal = Path(f"{backup}-wal")
    if backup_wal.exists():
        _copy_atomically(backup_wal, Path(f"{path}-wal"))
    else:
        Path(f"{path}-wal").unlink(missing_ok=True)
    _copy_atomically(backup, path)
    fsync_dir(path.parent)
