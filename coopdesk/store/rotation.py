"""Rotating automatic backups in a folder, their list, and restoring a backup in place."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from coopdesk.store.backup import BackupError, backup_database, verify_copy
from coopdesk.store.db import (
    DatabaseRefusedError,
    connect_raw,
    fsync_dir,
    read_header,
)

FOLDER_KEY = "backup.folder"
KEEP_KEY = "backup.keep_copies"
DEFAULT_KEEP = 10
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.coopdb$")


@dataclass(frozen=True)
class BackupInfo:
    """One automatic backup: its file, when it was made, its size, and whether it is sound."""

    path: Path
    created_at: dt.datetime
    size: int
    verified: bool


def _setting(path: Path, key: str) -> object:
    """An AppSetting's value read without opening an engine (None when absent)."""
    try:
        con = connect_raw(path, inspect_only=True)
        try:
            row = con.execute("SELECT value FROM app_setting WHERE key = ?", (key,)).fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    if row is None:
        return None
    try:
        value = json.loads(row[0])
    except (TypeError, ValueError):
        return None
    return value.get("value") if isinstance(value, dict) else None


def backup_folder(db_path: Path, folder: Path | None = None) -> Path:
    """Where automatic backups go: ``folder``, else the "backup.folder" setting, else
    ``<name>-backups/`` beside the database file."""
    if folder is not None:
        return Path(folder)
    configured = _setting(db_path, FOLDER_KEY)
    if isinstance(configured, str) and configured.strip():
        return Path(configured).expanduser()
    return db_path.resolve().parent / f"{db_path.stem}-backups"


def keep_copies(db_path: Path) -> int:
    configured = _setting(db_path, KEEP_KEY)
    if isinstance(configured, int) and not isinstance(configured, bool) and configured >= 1:
        return configured
    return DEFAULT_KEEP


def _parse(path: Path) -> dt.datetime | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    stamp = dt.datetime.strptime(match["stamp"], _STAMP)
    return stamp + dt.timedelta(microseconds=int(match["n"] or 0))


def _stem(path: Path) -> str:
    match = _NAME.match(path.name)
    return match["stem"] if match else ""


def list_backups(folder: Path, *, verify: bool = False) -> list[BackupInfo]:
    """The automatic backups in ``folder``, newest first.

    ``verified`` is the quick header check (a CoopDesk file, complete); with ``verify``
    it is a full integrity check of each file (slower on large files).
    """
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        created = _parse(path)
        if created is None or not path.is_file():
            continue
        try:
            read_header(path)
            if verify:
                verify_copy(path)
            ok = True
        except (DatabaseRefusedError, BackupError, sqlite3.Error):
            ok = False
        found.append(BackupInfo(path, created, path.stat().st_size, ok))
    found.sort(key=lambda b: (b.created_at, b.path.name), reverse=True)
    return found


def rotate_backup(
    db_path: Path,
    *,
    folder: Path | None = None,
    keep: int | None = None,
    now: dt.datetime | None = None,
) -> BackupInfo:
    """Make a verified backup named ``<name>-<YYYYmmdd-HHMMSS>.coopdb`` in the backup folder,
    then delete the oldest automatic backups beyond ``keep`` (only files named that way).

    Raises:
        BackupError: the copy failed or did not verify; nothing was deleted.
    """
    target = backup_folder(db_path, folder)
    keep = keep if keep is not None else keep_copies(db_path)
    stamp = (now or dt.datetime.now()).strftime(_STAMP)
    dest = target / f"{db_path.stem}-{stamp}.coopdb"
    n = 0
    while dest.exists():
        n += 1
        dest = target / f"{db_path.stem}-{stamp}-{n}.coopdb"
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(str(exc)) from exc
    backup_database(db_path, dest)
    ours = [b for b in list_backups(target) if _stem(b.path) == db_path.stem]
    for old in ours[max(keep, 1) :]:
        old.path.unlink(missing_ok=True)
    return BackupInfo(dest, _parse(dest) or dt.datetime.now(), dest.stat().st_size, True)


def backup_due(
    db_path: Path,
    *,
    every: dt.timedelta = dt.timedelta(days=1),
    folder: Path | None = None,
    now: dt.datetime | None = None,
) -> bool:
    """True when the newest automatic backup is older than ``every`` (or there is none)."""
    newest = next(
        (
            b
            for b in list_backups(backup_folder(db_path, folder))
            if b.path.name.startswith(db_path.stem)
        ),
        None,
    )
    return newest is None or (now or dt.datetime.now()) - newest.created_at >= every


def restore_backup(backup: Path, db_path: Path, *, now: dt.datetime | None = None) -> Path | None:
    """Put ``backup`` in place of ``db_path``; an existing file is kept aside, never lost.

    The backup is verified first (a sound CoopDesk file); it is copied beside the
    database and verified again, the current file (its write-ahead log checkpointed) is
    linked to ``<file>.replaced-<timestamp>``, then the copy is renamed over it.

    Returns:
        Where the previous file was kept, or None when there was none.

    Raises:
        DatabaseRefusedError: the backup is not a sound CoopDesk database.
        BackupError: the current file is in use, or a copy or rename failed.
    """
    read_header(backup)
    try:
        verify_copy(backup)
    except sqlite3.Error as exc:
        raise BackupError(str(exc)) from exc
    db_path = db_path.resolve()
    fd, name = tempfile.mkstemp(prefix=f".{db_path.name}.", suffix=".restore", dir=db_path.parent)
    os.close(fd)
    tmp = Path(name)
    aside: Path | None = None
    try:
        shutil.copyfile(backup, tmp)
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        verify_copy(tmp)
        if db_path.exists():
            _checkpoint(db_path)
            stamp = (now or dt.datetime.now()).strftime(_STAMP)
            aside = _keep_aside(db_path, stamp)
        for suffix in ("-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        os.replace(tmp, db_path)
        fsync_dir(db_path.parent)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(str(exc)) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return aside


def _checkpoint(db_path: Path) -> None:
    """Fold the write-ahead log into the file; refuse when another program holds it."""
    if not Path(f"{db_path}-wal").exists():
        return
    con = sqlite3.connect(f"file:{db_path.as_posix()}?mode=rw", uri=True, timeout=1)
    try:
        busy, _log, _done = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            raise BackupError("the database is in use")
        con.execute("PRAGMA journal_mode=DELETE")
    finally:
        con.close()


def _keep_aside(db_path: Path, stamp: str) -> Path:
    """Link (or copy) the current file to ``<file>.replaced-<stamp>``; never overwrite one."""
    aside = db_path.with_name(f"{db_path.name}.replaced-{stamp}")
    n = 0
    while aside.exists():
        n += 1
        aside = db_path.with_name(f"{db_path.name}.replaced-{stamp}-{n}")
    try:
        os.link(db_path, aside)
    except OSError:
        shutil.copyfile(db_path, aside)
    fsync_dir(aside.parent)
    return aside
