"""Concurrent edits: refuse to save a record someone else changed since this user opened it.

Every edited record has a ``version`` counter (``version_id_col``, raised by each update).
A session factory with the check installed remembers, per record, the version its last
committed session saw (a read to fill a form counts). When a later session updates or
deletes that record and the stored version has moved on, the flush is refused with the
error built by ``on_conflict`` from an :class:`EditConflict` (who changed it, when, and
what), so nothing is overwritten silently. On PostgreSQL the check holds the same
transaction-level advisory lock as the audit trail, so two writers cannot pass it at once;
on SQLite ``BEGIN IMMEDIATE`` already makes writers take turns.

Limit: a read of the record in between (a list refreshed while a form is open) counts as
having seen the newer version.
"""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, object_session, sessionmaker

from coopdesk.store.audit import lock_writers
from coopdesk.store.models import AuditEntry, Base

_Key = tuple[str, str]


@dataclass(frozen=True)
class EditConflict:
    """A record changed by someone else since this user saw it."""

    entity: str
    entity_id: str
    seen_version: int
    current_version: int | None  # None: the record was deleted meanwhile
    user: str = ""
    at: dt.datetime | None = None  # UTC, naive (as stored in the audit trail)
    changes: dict[str, list[Any]] = field(default_factory=dict)  # {field: [old, new]}


def _versioned(obj: object) -> bool:
    return isinstance(obj, Base) and inspect(obj).mapper.version_id_col is not None


def _key(obj: Base) -> _Key:
    return (obj.__tablename__, str(obj.id))  # type: ignore[attr-defined]


def _loaded_version(obj: Base) -> int | None:
    """The version this session read from the database (not a pending new value)."""
    state = inspect(obj)
    hist = state.attrs["version"].history
    if hist.deleted:
        return int(hist.deleted[0])
    value = state.dict.get("version")
    return None if value is None else int(value)


def _current_versions(session: Session, objs: list[Base]) -> dict[_Key, int]:
    out: dict[_Key, int] = {}
    by_table: dict[type[Base], list[str]] = {}
    for obj in objs:
        by_table.setdefault(type(obj), []).append(str(obj.id))  # type: ignore[attr-defined]
    for model, ids in by_table.items():
        table = model.__table__  # type: ignore[attr-defined]
        rows = session.execute(
            select(table.c.id, table.c.version).where(table.c.id.in_(ids))
        ).all()
        out.update({(table.name, row[0]): int(row[1]) for row in rows})
    return out


def last_change(session: Session, entity: str, entity_id: str) -> AuditEntry | None:
    """The newest audit entry of one record."""
    return session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.seq.desc())
        .limit(1)
    ).first()


def find_conflict(session: Session, seen: dict[_Key, int]) -> EditConflict | None:
    """The first record this session changes that moved on since it was seen."""
    objs = [
        obj
        for obj in [*session.dirty, *session.deleted]
        if _versioned(obj)
        and (obj in session.deleted or session.is_modified(obj, include_collections=False))
    ]
    if not objs:
        return None
    lock_writers(session)
    current = _current_versions(session, objs)
    for obj in objs:
        key = _key(obj)
        loaded = _loaded_version(obj)
        expected = seen.get(key, loaded)
        now = current.get(key)
        if now is None and obj in session.deleted:
            continue  # deleting a record already gone: nothing to overwrite
        if expected is None or (now == expected and now == loaded):
            continue
        if key in _WRITTEN.get(session, ()) and now == loaded:
            continue  # this transaction's own earlier flush raised the version

        entry = last_change(session, *key)
        return EditConflict(
            entity=key[0],
            entity_id=key[1],
            seen_version=expected,
            current_version=now,
            user=entry.user if entry else "",
            at=entry.at if entry else None,
            changes=dict(entry.changes) if entry and entry.action == "updated" else {},
        )
    return None


def install_version_check(
    factory: sessionmaker[Session], on_conflict: Callable[[EditConflict], Exception]
) -> dict[_Key, int]:
    """Refuse flushes that would overwrite another user's change; return the seen versions.

    Args:
        factory: the session factory of one user (one application window).
        on_conflict: builds the exception raised (e.g. a translated service error).
    """
    seen: dict[_Key, int] = {}
    _listen_to_records()

    def after_begin(session: Session, _transaction: Any, _connection: Any) -> None:
        _PENDING.setdefault(session, {})

    def before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
        conflict = find_conflict(session, seen)
        if conflict is not None:
            raise on_conflict(conflict)

    def after_commit(session: Session) -> None:
        seen.update(_PENDING.pop(session, {}))
        _WRITTEN.pop(session, None)

    def after_rollback(session: Session) -> None:
        _PENDING.pop(session, None)
        _WRITTEN.pop(session, None)

    event.listen(factory, "after_begin", after_begin)
    event.listen(factory, "before_flush", before_flush)
    event.listen(factory, "after_commit", after_commit)
    event.listen(factory, "after_soft_rollback", lambda session, _tx: after_rollback(session))
    return seen


# Versions read or written by each session with the check, kept until it commits (the
# identity map holds objects weakly: a record loaded by a service is gone by then).
_PENDING: weakref.WeakKeyDictionary[Session, dict[_Key, int]] = weakref.WeakKeyDictionary()
# Records each session updated in its open transaction (a second flush of the same
# transaction finds the version its own first flush raised: not a conflict).
_WRITTEN: weakref.WeakKeyDictionary[Session, set[_Key]] = weakref.WeakKeyDictionary()
_LISTENING: list[bool] = []


def _note(target: Base, session: Session | None) -> None:
    pending = _PENDING.get(session) if session is not None else None
    if pending is None:
        return
    value = inspect(target).dict.get("version")
    if value is not None:
        pending[_key(target)] = int(value)


def _listen_to_records() -> None:
    if _LISTENING:
        return
    _LISTENING.append(True)

    def on_load(target: Base, context: Any, *_attrs: Any) -> None:
        _note(target, context.session)

    def on_write(_mapper: Any, _connection: Any, target: Base) -> None:
        session = object_session(target)
        _note(target, session)
        if session is not None and session in _PENDING and _versioned(target):
            _WRITTEN.setdefault(session, set()).add(_key(target))

    for name in ("load", "refresh"):
        event.listen(Base, name, on_load, propagate=True)
    for name in ("after_insert", "after_update"):
        event.listen(Base, name, on_write, propagate=True)
