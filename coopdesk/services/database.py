"""Database files as the user sees them: open, create, back up, with translated refusals."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from coopdesk.i18n import QT_TRANSLATE_NOOP, translate
from coopdesk.services.errors import ServiceError
from coopdesk.store.backup import BackupError, backup_database
from coopdesk.store.db import DatabaseRefusedError, Refusal, make_session_factory
from coopdesk.store.lifecycle import create_database, open_database

_MESSAGES: dict[Refusal, str] = {
    Refusal.MISSING: QT_TRANSLATE_NOOP("Database", "The file {path} does not exist."),
    Refusal.NOT_A_FILE: QT_TRANSLATE_NOOP(
        "Database", "{path} is a folder, not a CoopDesk database."
    ),
    Refusal.EMPTY: QT_TRANSLATE_NOOP(
        "Database", "The file {path} is empty: it is not a CoopDesk database."
    ),
    Refusal.NOT_SQLITE: QT_TRANSLATE_NOOP(
        "Database", "The file {path} is not a CoopDesk database."
    ),
    Refusal.TRUNCATED: QT_TRANSLATE_NOOP(
        "Database", "The file {path} is truncated or damaged; it was left untouched."
    ),
    Refusal.NOT_COOPDESK: QT_TRANSLATE_NOOP(
        "Database", "The file {path} is a database of another program, not CoopDesk."
    ),
    Refusal.DAMAGED: QT_TRANSLATE_NOOP(
        "Database", "The file {path} is damaged; it was left untouched."
    ),
    Refusal.NEWER_VERSION: QT_TRANSLATE_NOOP(
        "Database",
        "The file {path} was made by a newer version of CoopDesk; update CoopDesk to open it.",
    ),
    Refusal.EXISTS: QT_TRANSLATE_NOOP(
        "Database", "The file {path} already exists; choose another name."
    ),
    Refusal.UNREADABLE: QT_TRANSLATE_NOOP("Database", "The file {path} cannot be read."),
    Refusal.MIGRATION_FAILED: QT_TRANSLATE_NOOP(
        "Database",
        "The file {path} could not be upgraded to this version; it was restored as it was.",
    ),
    Refusal.NEEDS_UPGRADE: QT_TRANSLATE_NOOP(
        "Database",
        "The file {path} must be upgraded before it can be opened read-only; open it normally.",
    ),
}


def describe_refusal(exc: DatabaseRefusedError) -> str:
    """One translated sentence that tells the user why a file was refused."""
    return translate("Database", _MESSAGES[exc.reason]).format(path=exc.path)


class DatabaseError(ServiceError):
    """A database file could not be opened, created or copied (message translated)."""


@dataclass
class OpenedDatabase:
    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    migrated_from: str | None
    backup: Path | None
    readonly: bool

    def close(self) -> None:
        self.engine.dispose()


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def open_db(path: Path, *, readonly: bool = False, user: str | None = None) -> OpenedDatabase:
    """Open (and if needed upgrade) an existing CoopDesk file.

    Raises:
        DatabaseError: the file was refused; it is unchanged.
    """
    try:
        result = open_database(path, readonly=readonly)
    except DatabaseRefusedError as exc:
        raise DatabaseError(describe_refusal(exc)) from exc
    factory = make_session_factory(result.engine, user=user or current_user())
    return OpenedDatabase(
        path.resolve(), result.engine, factory, result.migrated_from, result.backup, readonly
    )


def new_db(path: Path, *, user: str | None = None) -> OpenedDatabase:
    """Create an empty database at ``path`` (refused if it exists), then open it."""
    try:
        create_database(path)
    except DatabaseRefusedError as exc:
        raise DatabaseError(describe_refusal(exc)) from exc
    return open_db(path, user=user)


def backup_db(path: Path, dest: Path) -> Path:
    """A verified copy of the database (attachments are inside it)."""
    try:
        return backup_database(path, dest)
    except BackupError as exc:
        message = translate("Database", "The backup failed and nothing was written: {reason}")
        raise DatabaseError(message.format(reason=exc)) from exc
