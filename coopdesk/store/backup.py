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


def pre_migration_backup(path: Path, revision: str | None) -> Path:
    """The automatic backup taken before a schema upgrade, beside the file."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = path.with_name(f"{path.name}.before-{revision or 'none'}-{stamp}.bak")
    return backup_database(path, dest)


def restore_file(backup: Path, path: Path) -> None:
    """Put a backup back in place of ``path`` atomically (used when a migration fails)."""
    tmp = path.with_name(path.name + ".restoring")
    shutil.copyfile(backup, tmp)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    os.replace(tmp, path)
    fsync_dir(path.parent)
