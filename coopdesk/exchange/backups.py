"""Backups as the user sees them: make, restore, rotate, with translated messages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coopdesk.i18n import translate
from coopdesk.services.database import DatabaseError, describe_refusal
from coopdesk.store.backup import BackupError, backup_database
from coopdesk.store.db import DatabaseRefusedError
from coopdesk.store.lifecycle import probe
from coopdesk.store.rotation import BackupInfo, backup_due, restore_backup, rotate_backup


def _failed(exc: Exception) -> DatabaseError:
    message = translate("Database", "The backup failed and nothing was written: {reason}")
    return DatabaseError(message.format(reason=exc))


def _check_source(db_path: Path) -> None:
    try:
        probe(db_path)
    except DatabaseRefusedError as exc:
        raise DatabaseError(describe_refusal(exc)) from exc


def make_backup(db_path: Path, out: Path) -> Path:
    """A consistent, verified copy of the database (its attached files are inside it).

    Raises:
        DatabaseError: the database was refused, ``out`` exists or is the database
            itself, or the copy failed; nothing was written.
    """
    _check_source(db_path)
    if out.exists():
        message = translate("Database", "The file {path} already exists; choose another name.")
        raise DatabaseError(message.format(path=out))
    try:
        return backup_database(db_path, out)
    except BackupError as exc:
        raise _failed(exc) from exc


def restore(backup: Path, db_path: Path) -> Path | None:
    """Restore ``backup`` into ``db_path``; an existing file is kept as
    ``<file>.replaced-<timestamp>`` (returned). Close CoopDesk on that file first.

    Raises:
        DatabaseError: the backup is not a sound CoopDesk database (or is newer than
            this CoopDesk), or the restore failed; ``db_path`` is unchanged.
    """
    try:
        probe(backup)
        return restore_backup(backup, db_path)
    except DatabaseRefusedError as exc:
        raise DatabaseError(describe_refusal(exc)) from exc
    except BackupError as exc:
        message = translate(
            "Database", "The restore failed and the database was left as it was: {reason}"
        )
        raise DatabaseError(message.format(reason=exc)) from exc


def automatic_backup(
    db_path: Path, *, daily: bool = False, now: dt.datetime | None = None
) -> BackupInfo | None:
    """The rotating backup made on close (always) or daily (when the last is a day old).

    Returns:
        The new backup, or None when a daily one was not due.
    """
    if daily and not backup_due(db_path, now=now):
        return None
    _check_source(db_path)
    try:
        return rotate_backup(db_path, now=now)
    except BackupError as exc:
        raise _failed(exc) from exc
