"""Opening a database for writing under its lock, with translated explanations and choices."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from coopdesk.i18n import active_language, translate
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.database import (
    DatabaseError,
    OpenedDatabase,
    describe_refusal,
    is_server_location,
    open_db,
)
from coopdesk.services.errors import ServiceError
from coopdesk.store.db import DatabaseRefusedError
from coopdesk.store.lifecycle import probe
from coopdesk.store.lock import (
    LockHeldError,
    LockInfo,
    WriterLock,
    acquire_lock,
    lock_path,
    take_over_lock,
)


class LockChoice(StrEnum):
    """What the user may do about a locked database."""

    READ_ONLY = "read_only"
    TAKE_OVER = "take_over"
    CANCEL = "cancel"


class DatabaseLockedError(ServiceError):
    """Another CoopDesk writes to the file; ``info`` and ``choices`` say what can be done."""

    def __init__(self, info: LockInfo) -> None:
        super().__init__(describe_lock(info))
        self.info = info
        self.choices = lock_choices(info)


def _since(info: LockInfo, fmt: Formatter) -> str:
    if info.since is None:
        return "?"
    local = info.since.astimezone() if info.since.tzinfo else info.since
    return f"{fmt.date(local.date())} {local:%H:%M}"


def describe_lock(info: LockInfo, fmt: Formatter | None = None) -> str:
    """One translated paragraph: who holds the file, since when, and what can be done."""
    fmt = fmt or Formatter(active_language())
    values = {
        "path": info.path,
        "host": info.host,
        "user": info.user or "?",
        "pid": info.pid,
        "since": _since(info, fmt),
        "lock": lock_path(info.path),
    }
    if info.unreadable:
        text = translate(
            "Lock",
            "The file {path} is marked as open by another CoopDesk, but its lock file {lock} "
            "cannot be read. If no other CoopDesk uses this file, you can take over the lock.",
        )
    elif info.is_ours:
        text = translate("Lock", "The file {path} is already open in this CoopDesk.")
    elif info.same_host and info.stale:
        text = translate(
            "Lock",
            "The file {path} was left locked by a CoopDesk of {user} (since {since}) that is "
            "no longer running. You can take over the lock.",
        )
    elif info.same_host:
        text = translate(
            "Lock",
            "The file {path} is already open in CoopDesk on this computer (user {user}, "
            "since {since}, process {pid}). Close it there first, or open it read-only.",
        )
    else:
        text = translate(
            "Lock",
            "The file {path} is open in CoopDesk on the computer {host} (user {user}, since "
            "{since}). Two computers writing to one file can damage it: close it there "
            "first, or open it read-only.",
        )
    return text.format(**values)


def lock_choices(info: LockInfo) -> tuple[LockChoice, ...]:
    """The choices to offer: take-over only for a stale lock or one from another computer."""
    if info.is_ours:
        return (LockChoice.CANCEL,)
    if info.unreadable or info.stale or not info.same_host:
        return (LockChoice.READ_ONLY, LockChoice.TAKE_OVER, LockChoice.CANCEL)
    return (LockChoice.READ_ONLY, LockChoice.CANCEL)


def confirm_takeover_message(info: LockInfo) -> str:
    """The question to ask before taking over a lock (needs an explicit yes)."""
    if info.same_host or info.unreadable:
        text = translate("Lock", "Take over the lock of {path}?")
    else:
        text = translate(
            "Lock",
            "Take over the lock of {path} only if CoopDesk is really closed on {host} (or "
            "that computer crashed): if both write to the file, changes are lost. Take over?",
        )
    return text.format(path=info.path, host=info.host)


@dataclass
class LockedDatabase(OpenedDatabase):
    """An opened database with the writer lock this process holds (None when read-only)."""

    lock: WriterLock | None = None

    def close(self) -> None:
        super().close()
        if self.lock is not None:
            self.lock.release()


def _open_with(lock: WriterLock, path: Path, user: str | None) -> LockedDatabase:
    try:
        opened = open_db(path, user=user)
    except BaseException:
        lock.release()
        raise
    return LockedDatabase(
        opened.path, opened.engine, opened.session_factory, opened.migrated_from,
        opened.backup, opened.readonly, lock,
    )


def open_for_writing(
    path: Path, *, user: str | None = None, take_over: LockInfo | None = None
) -> LockedDatabase:
    """Take the writer lock of ``path`` (or take over ``take_over``), then open the file.

    Raises:
        DatabaseLockedError: another CoopDesk holds the lock (nothing was changed).
        DatabaseError: the file was refused, or its folder cannot hold a lock file.
    """
    if is_server_location(path):  # a shared server: many writers, versions detect conflicts
        opened = open_db(path, user=user)
        return LockedDatabase(
            opened.path, opened.engine, opened.session_factory, opened.migrated_from,
            opened.backup, False, None,
        )
    path = path.resolve()
    try:
        probe(path)  # a refused file gets no lock file beside it
    except DatabaseRefusedError as exc:
        raise DatabaseError(describe_refusal(exc)) from exc
    try:
        lock = take_over_lock(path, take_over) if take_over else acquire_lock(path)
    except LockHeldError as exc:
        raise DatabaseLockedError(exc.info) from exc
    except OSError as exc:
        message = translate("Lock", "CoopDesk cannot write in the folder of {path}: {reason}")
        raise DatabaseError(message.format(path=path, reason=exc.strerror or exc)) from exc
    return _open_with(lock, path, user)


def open_read_only(path: Path, *, user: str | None = None) -> LockedDatabase:
    """Open ``path`` read-only, without a lock (allowed while another CoopDesk writes)."""
    opened = open_db(path, readonly=True, user=user)
    return LockedDatabase(
        opened.path, opened.engine, opened.session_factory, opened.migrated_from,
        opened.backup, True, None,
    )
