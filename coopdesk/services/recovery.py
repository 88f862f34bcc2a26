"""A damaged database: find verified backups, keep the damaged file aside, restore a copy."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from coopdesk.i18n import active_language, translate
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.errors import ServiceError
from coopdesk.store.backup import BackupError, verify_copy
from coopdesk.store.db import APPLICATION_ID, DatabaseRefusedError, fsync_dir, read_header
from coopdesk.store.lock import read_lock

BACKUP_FOLDER_KEY = "backup.folder"
_STAMP = re.compile(r"(\d{8})-(\d{6})")
_BACKUP_SUFFIXES = (".coopdb", ".bak", ".sqlite", ".db")


class RecoveryError(ServiceError):
    """A backup could not be restored; the database file was not changed."""


@dataclass(frozen=True)
class BackupInfo:
    """A verified backup of the database."""

    path: Path
    taken_at: dt.datetime
    size: int
    # "beside": a copy taken before a schema upgrade; "folder": in the backup folder.
    origin: str


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    # Where the damaged file was kept (None when there was no file).
    damaged_copy: Path | None


def _taken_at(path: Path) -> dt.datetime:
    match = _STAMP.search(path.name)
    if match:
        with contextlib.suppress(ValueError):
            return dt.datetime.strptime("".join(match.groups()), "%Y%m%d%H%M%S")
    return dt.datetime.fromtimestamp(path.stat().st_mtime)


def _uses_wal(path: Path) -> bool:
    with path.open("rb") as fh:
        head = fh.read(20)
    return len(head) == 20 and head[18] == 2


def verify_backup(path: Path) -> bool:
    """Whether ``path`` is a sound CoopDesk database, checked without touching it."""
    try:
        read_header(path)
        wal = Path(f"{path}-wal")
        if not _uses_wal(path) and not wal.exists():
            verify_copy(path)
            return True
        # A WAL file would get -wal/-shm side files: check a copy instead.
        with tempfile.TemporaryDirectory(prefix="coopdesk-verify-") as tmp:
            copy = Path(tmp) / "copy.coopdb"
            shutil.copyfile(path, copy)
            if wal.exists():
                shutil.copyfile(wal, f"{copy}-wal")
            verify_copy(copy)
        return True
    except (DatabaseRefusedError, BackupError, sqlite3.Error, OSError):
        return False


def backup_folders_from(db_path: Path) -> list[Path]:
    """The backup folders the database names (AppSetting ``backup.folder``, municipality
    settings), when the file can still be read; [] otherwise."""
    uri = f"file:{db_path.resolve().as_posix()}?mode=ro&immutable=1"
    try:
        con = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return []
    found: list[str] = []
    try:
        with contextlib.suppress(sqlite3.Error):
            row = con.execute("SELECT value FROM app_setting WHERE key = ?",
                              (BACKUP_FOLDER_KEY,)).fetchone()
            if row:
                found.append(_setting_path(row[0]))
        with contextlib.suppress(sqlite3.Error):
            found += [r[0] for r in con.execute("SELECT backup_folder FROM municipality")]
    finally:
        con.close()
    return [Path(f) for f in dict.fromkeys(found) if f and f.strip()]


def _setting_path(raw: str) -> str:
    try:
        value = json.loads(raw)
    except (TypeError, ValueError):
        return ""
    if isinstance(value, dict):
        value = value.get("value") or value.get("path") or ""
    return value if isinstance(value, str) else ""


def _candidates(db_path: Path, folders: Iterable[Path]) -> Iterable[tuple[Path, str]]:
    for path in db_path.parent.glob(f"{glob_escape(db_path.name)}.before-*.bak"):
        yield path, "beside"
    for folder in folders:
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            continue
        for path in entries:
            if path.suffix.lower() in _BACKUP_SUFFIXES and path.is_file():
                yield path, "folder"


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def find_backups(db_path: Path, *, folders: Sequence[Path] = ()) -> list[BackupInfo]:
    """Verified backups of ``db_path``, newest first.

    Looks beside the file (copies taken before schema upgrades, ``<name>.before-*.bak``),
    in ``folders``, and in the backup folder the database names (read from the file if
    it still can be, else from its newest verified copy).
    Every candidate is checked (application id and ``PRAGMA integrity_check``) without
    being changed; the database file itself is never a candidate.
    """
    db_path = db_path.resolve()
    out: dict[Path, BackupInfo] = {}

    def collect(candidates: Iterable[tuple[Path, str]]) -> None:
        for path, origin in candidates:
            path = path.resolve()
            if path != db_path and path not in out and verify_backup(path):
                out[path] = BackupInfo(path, _taken_at(path), path.stat().st_size, origin)

    collect(_candidates(db_path, folders))
    named = backup_folders_from(db_path)
    if not named:  # the damaged file cannot tell: ask its verified copies, newest first
        for info in sorted(out.values(), key=lambda b: b.taken_at, reverse=True):
            named = backup_folders_from(info.path)
            if named:
                break
    collect(_candidates(db_path, named))
    return sorted(out.values(), key=lambda b: (b.taken_at, str(b.path)), reverse=True)


def describe_backup(info: BackupInfo, fmt: Formatter | None = None) -> str:
    """"The newest verified backup is … from …": one translated sentence."""
    fmt = fmt or Formatter(active_language())
    text = translate("Recovery", "A verified backup from {date} at {time} is available: {path}")
    return text.format(date=fmt.date(info.taken_at.date()), time=f"{info.taken_at:%H:%M}",
                       path=info.path)


def _free_name(path: Path, stamp: str) -> Path:
    candidate = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 2
    while candidate.exists() or Path(f"{candidate}-wal").exists():
        candidate = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
        n += 1
    return candidate


def _move_no_clobber(src: Path, dest: Path) -> None:
    try:
        os.link(src, dest)
    except FileExistsError:
        raise
    except OSError:
        if dest.exists():
            raise FileExistsError(dest) from None
        os.rename(src, dest)
        return
    src.unlink()


def set_aside_damaged(db_path: Path) -> Path | None:
    """Move the damaged file (and its -wal) to ``<name>.damaged-<stamp>``; never overwrites."""
    if not db_path.exists():
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = _free_name(db_path, stamp)
    wal = Path(f"{db_path}-wal")
    if wal.exists():
        _move_no_clobber(wal, Path(f"{dest}-wal"))
    _move_no_clobber(db_path, dest)
    Path(f"{db_path}-shm").unlink(missing_ok=True)
    fsync_dir(db_path.parent)
    return dest


def _prepare_copy(backup: Path, db_path: Path) -> Path:
    """A self-contained, verified copy of ``backup`` beside ``db_path`` (WAL folded in)."""
    fd, name = tempfile.mkstemp(prefix=f".{db_path.name}.", suffix=".restore",
                                dir=db_path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        shutil.copyfile(backup, tmp)
        if Path(f"{backup}-wal").exists():
            shutil.copyfile(f"{backup}-wal", f"{tmp}-wal")
        con = sqlite3.connect(tmp, isolation_level=None)
        try:
            (app_id,) = con.execute("PRAGMA application_id").fetchone()
            if app_id != APPLICATION_ID:
                raise BackupError("not a CoopDesk database")
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()
        for suffix in ("-wal", "-shm"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        if not verify_backup(tmp):
            raise BackupError("the copy did not verify")
    except BaseException:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
        raise
    return tmp


def restore_backup(backup: Path, db_path: Path) -> RestoreResult:
    """Put a verified copy of ``backup`` in place of ``db_path``.

    The current file (damaged) is first moved aside, never overwritten nor deleted; the
    backup itself is not changed.

    Raises:
        RecoveryError: the backup does not verify, another CoopDesk has the file open,
            or the copy failed (``db_path`` is then unchanged).
    """
    db_path = db_path.resolve()
    lock = read_lock(db_path)
    if lock is not None and not lock.stale and not lock.is_ours:
        message = translate(
            "Recovery", "The file {path} is open in another CoopDesk; close it there first."
        )
        raise RecoveryError(message.format(path=db_path))
    if not verify_backup(backup):
        message = translate("Recovery", "The backup {path} is damaged too; choose another one.")
        raise RecoveryError(message.format(path=backup))
    try:
        tmp = _prepare_copy(backup, db_path)
    except (OSError, sqlite3.Error, BackupError) as exc:
        message = translate("Recovery", "The backup could not be restored: {reason}")
        raise RecoveryError(message.format(reason=exc)) from exc
    aside: Path | None = None
    try:
        aside = set_aside_damaged(db_path)
        _move_no_clobber(tmp, db_path)
        fsync_dir(db_path.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if aside is not None and not db_path.exists():
            with contextlib.suppress(OSError):
                _move_no_clobber(aside, db_path)  # put the file back as it was
        message = translate("Recovery", "The backup could not be restored: {reason}")
        raise RecoveryError(message.format(reason=exc)) from exc
    return RestoreResult(backup, aside)
