"""Database files as the user sees them: open, create, back up, with translated refusals."""

from __future__ import annotations

import datetime as dt
import getpass
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from babel.dates import format_datetime
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from coopdesk.i18n import QT_TRANSLATE_NOOP, active_language, translate
from coopdesk.i18n.formatting import babel_locale
from coopdesk.services.errors import ServiceError
from coopdesk.store.backup import BackupError, backup_database
from coopdesk.store.db import DatabaseRefusedError, Refusal, make_session_factory
from coopdesk.store.lifecycle import create_database, open_database
from coopdesk.store.server import ServerRefusedError, display_url, server_url
from coopdesk.store.versioning import EditConflict, install_version_check

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


# A database on a PostgreSQL server (shared office mode): {url} has no password.
_SERVER_MESSAGES: dict[Refusal, str] = {
    Refusal.MISSING: QT_TRANSLATE_NOOP(
        "Database",
        "The database {url} is empty: prepare it first with \"coopdesk init --db URL\".",
    ),
    Refusal.UNREADABLE: QT_TRANSLATE_NOOP(
        "Database", "The database server {url} cannot be reached: {reason}"
    ),
    Refusal.NOT_COOPDESK: QT_TRANSLATE_NOOP(
        "Database", "The database {url} holds tables of another program, not CoopDesk."
    ),
    Refusal.NEWER_VERSION: QT_TRANSLATE_NOOP(
        "Database",
        "The database {url} was upgraded by a newer version of CoopDesk; update CoopDesk.",
    ),
    Refusal.EXISTS: QT_TRANSLATE_NOOP(
        "Database", "The database {url} already holds CoopDesk data; it was left untouched."
    ),
    Refusal.MIGRATION_FAILED: QT_TRANSLATE_NOOP(
        "Database",
        "The database {url} could not be upgraded to this version; nothing was changed: "
        "{reason}",
    ),
    Refusal.NEEDS_UPGRADE: QT_TRANSLATE_NOOP(
        "Database",
        "The database {url} must be upgraded before it can be opened read-only; "
        "open it normally once.",
    ),
}


def describe_refusal(exc: DatabaseRefusedError) -> str:
    """One translated sentence that tells the user why a file was refused."""
    if isinstance(exc, ServerRefusedError) and exc.reason in _SERVER_MESSAGES:
        message = translate("Database", _SERVER_MESSAGES[exc.reason])
        return message.format(url=exc.url, reason=exc.detail)
    return translate("Database", _MESSAGES[exc.reason]).format(path=exc.path)


class EditConflictError(ServiceError):
    """Someone else changed (or deleted) the record since this user opened it."""

    def __init__(self, conflict: EditConflict) -> None:
        super().__init__(describe_conflict(conflict))
        self.conflict = conflict


def _when(at: dt.datetime) -> str:
    local = at.replace(tzinfo=dt.UTC).astimezone()
    return format_datetime(local, "short", locale=babel_locale(active_language()))


def _shown(value: Any) -> str:
    text = value if isinstance(value, str) else "" if value is None else str(value)
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:59] + "…"


def describe_conflict(conflict: EditConflict) -> str:
    """A translated explanation: who changed what and when; nothing was saved."""
    if conflict.current_version is None:
        return translate(
            "Database",
            "This record was deleted by someone else since you opened it; nothing was saved.",
        )
    if conflict.user and conflict.at is not None:
        message = translate(
            "Database",
            "This record was changed by {user} on {when} since you opened it; nothing was "
            "saved. Close it and open it again to see their version, then redo your change.",
        ).format(user=conflict.user, when=_when(conflict.at))
    else:
        message = translate(
            "Database",
            "This record was changed by someone else since you opened it; nothing was saved. "
            "Close it and open it again to see their version, then redo your change.",
        )
    if conflict.changes:
        values = "; ".join(
            f"{name}: {_shown(change[1])}" for name, change in list(conflict.changes.items())[:6]
        )
        message += " " + translate("Database", "Their version: {values}").format(values=values)
    return message


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


def is_server_location(location: Path | str) -> bool:
    """Whether ``--db`` names a PostgreSQL database (shared office mode), not a file."""
    return server_url(location) is not None


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
    install_version_check(factory, EditConflictError)
    url = server_url(path)
    where = Path(url) if url is not None else path.resolve()
    return OpenedDatabase(
        where, result.engine, factory, result.migrated_from, result.backup, readonly
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
    url = server_url(path)
    if url is not None:
        message = translate(
            "Database",
            "{url} is on a database server: its administrator backs it up with pg_dump.",
        )
        raise DatabaseError(message.format(url=display_url(url)))
    try:
        return backup_database(path, dest)
    except BackupError as exc:
        message = translate("Database", "The backup failed and nothing was written: {reason}")
        raise DatabaseError(message.format(reason=exc)) from exc
