"""Audit trail: every ORM create/update/delete writes a hash-chained audit entry."""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
from decimal import Decimal
from typing import Any

from sqlalchemy import event, inspect, select, text
from sqlalchemy.orm import Session, sessionmaker

from coopdesk.store.models import AuditEntry, Base, utcnow

_SKIPPED_FIELDS = {"created_at", "updated_at", "version", "data"}
# PostgreSQL advisory lock held by every writing transaction until it ends ("CoDk"): the
# audit chain needs one writer at a time, as BEGIN IMMEDIATE gives on SQLite.
WRITER_LOCK_KEY = 0x436F446B


def lock_writers(session: Session) -> None:
    """Wait for other writers to finish (PostgreSQL only; a no-op on SQLite)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK_KEY})


def json_safe(value: Any) -> Any:
    """A JSON-serialisable form of a column value."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return None
    return value


def entry_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    """The chained hash of one entry: sha256(prev_hash + canonical JSON of its fields)."""
    payload = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev_hash + payload).encode("utf-8")).hexdigest()


def hashed_fields(entry: AuditEntry) -> dict[str, Any]:
    return {
        "seq": entry.seq,
        "at": entry.at.isoformat(),
        "user": entry.user,
        "entity": entry.entity,
        "entity_id": entry.entity_id,
        "action": entry.action,
        "changes": entry.changes,
        "reason": entry.reason,
    }


def _identity(obj: Base) -> str:
    state = inspect(obj)
    mapper = state.mapper
    values = [getattr(obj, col.key) for col in mapper.primary_key]
    return "|".join(str(v) for v in values)


def _columns(obj: Base) -> list[str]:
    attrs = inspect(obj).mapper.column_attrs
    return [attr.key for attr in attrs if attr.key not in _SKIPPED_FIELDS]


def _snapshot(obj: Base, *, new: bool) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for key in _columns(obj):
        value = json_safe(getattr(obj, key))
        out[key] = [None, value] if new else [value, None]
    return out


def _diff(obj: Base) -> dict[str, list[Any]]:
    state = inspect(obj)
    out: dict[str, list[Any]] = {}
    for key in _columns(obj):
        hist = state.attrs[key].history
        if not hist.has_changes():
            continue
        old = hist.deleted[0] if hist.deleted else None
        new = hist.added[0] if hist.added else None
        if json_safe(old) != json_safe(new):
            out[key] = [json_safe(old), json_safe(new)]
    return out


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    pending: list[tuple[Base, str, dict[str, list[Any]]]] = []
    for obj in session.new:
        if not isinstance(obj, AuditEntry):
            pending.append((obj, "created", {}))
    for obj in session.dirty:
        if isinstance(obj, AuditEntry):
            raise PermissionError("audit entries cannot be changed")
        if session.is_modified(obj, include_collections=False):
            changes = _diff(obj)
            if changes:
                pending.append((obj, "updated", changes))
    for obj in session.deleted:
        if isinstance(obj, AuditEntry):
            raise PermissionError("audit entries cannot be deleted")
        pending.append((obj, "deleted", _snapshot(obj, new=False)))
    if not pending:
        return
    lock_writers(session)
    last = session.execute(
        select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    seq, prev = (last[0], last[1]) if last else (0, "")
    user = session.info.get("user") or _default_user()
    reason = session.info.get("reason", "")
    now = utcnow()
    for obj, action, changes in pending:
        if action == "created":
            # Defaults (the UUID key among them) are applied here, before the flush.
            for col in inspect(obj).mapper.columns:
                if getattr(obj, col.key) is None and col.default is not None:
                    arg = col.default.arg  # type: ignore[attr-defined]
                    setattr(obj, col.key, arg(None) if callable(arg) else arg)
            changes = _snapshot(obj, new=True)
        seq += 1
        entry = AuditEntry(
            seq=seq,
            at=now,
            user=user,
            entity=obj.__tablename__,
            entity_id=_identity(obj),
            action=action,
            changes=changes,
            reason=reason,
            prev_hash=prev,
        )
        entry.hash = entry_hash(prev, hashed_fields(entry))
        prev = entry.hash
        session.add(entry)


def _default_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def install_audit(factory: sessionmaker[Session]) -> None:
    """Attach the audit hook to every session the factory makes."""
    event.listen(factory, "before_flush", _before_flush)
