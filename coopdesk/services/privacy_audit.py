"""Redaction of erased persons from the audit trail, re-chained and itself audited."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from coopdesk.i18n import translate
from coopdesk.services.errors import ServiceError
from coopdesk.store.audit import entry_hash, hashed_fields
from coopdesk.store.models import AuditEntry, utcnow

ERASED = "[erased]"
REDACTION_ACTION = "redacted"
REDACTION_REASON = "privacy erasure (GDPR art. 17): personal values replaced by [erased]"

# Fields of a person's own audit entries whose values identify them.
IDENTITY_FIELDS: dict[str, frozenset[str]] = {
    "contact": frozenset(
        {"first_name", "last_name", "role", "email", "phone", "preferred_language",
         "consent_given", "consent_date", "notes"}
    ),
    "participant": frozenset(
        {"first_name", "last_name", "role", "organisation_id", "consent_given",
         "consent_date"}
    ),
}


_TABLE = cast(Table, AuditEntry.__table__)


class AuditTrailBrokenError(ServiceError):
    """The chain was already broken: re-chaining would hide that, so nothing is done."""


@dataclass(frozen=True)
class Redaction:
    """What the redaction changed: entries rewritten and entries re-chained."""

    redacted: tuple[int, ...]
    rechained_from: int | None


_WORD = re.compile(r"\w+")


class TermMatcher:
    """Finds and replaces many texts (names, emails) at once, case-insensitively.

    Each text is indexed by its first word, so a scan costs one pass over the words of
    the scanned text, however many persons are erased together.
    """

    def __init__(self, terms: Iterable[str]) -> None:
        self.terms = sorted({t.strip() for t in terms if len(t.strip()) >= 4}, key=len,
                            reverse=True)
        self._index: dict[str, list[str]] = {}
        for term in self.terms:
            words = _WORD.findall(term.casefold())
            self._index.setdefault(words[0] if words else "", []).append(term)

    def __bool__(self) -> bool:
        return bool(self.terms)

    def found(self, text: str) -> list[str]:
        """The terms present in ``text`` (longest first)."""
        low = text.casefold()
        candidates = {t for w in set(_WORD.findall(low)) for t in self._index.get(w, ())}
        candidates |= set(self._index.get("", ()))
        hits = [t for t in candidates if t.casefold() in low]
        return sorted(hits, key=lambda t: (-len(t), t))

    def replace(self, value: Any) -> Any:
        """``value`` (text, or lists and dicts of texts) with every term as ``[erased]``."""
        if isinstance(value, str):
            for term in self.found(value):
                value = re.sub(re.escape(term), ERASED, value, flags=re.IGNORECASE)
            return value
        if isinstance(value, list):
            return [self.replace(v) for v in value]
        if isinstance(value, dict):
            return {k: self.replace(v) for k, v in value.items()}
        return value


def _erase_value(value: Any) -> Any:
    return value if value is None or value == "" else ERASED


def _redacted_changes(
    changes: Mapping[str, Any], fields: frozenset[str], matcher: TermMatcher
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, pair in changes.items():
        if key in fields and isinstance(pair, list):
            out[key] = [_erase_value(v) for v in pair]
        else:
            out[key] = matcher.replace(pair) if matcher else pair
    return out


def verify_chain(session: Session) -> int | None:
    """The seq of the first entry that breaks the chain, or None when it is intact."""
    table = _TABLE
    prev, expected = "", 1
    for row in session.execute(select(table).order_by(table.c.seq)).mappings():
        entry = AuditEntry(**row)
        if (
            row["seq"] != expected
            or row["prev_hash"] != prev
            or row["hash"] != entry_hash(prev, hashed_fields(entry))
        ):
            return int(row["seq"])
        prev, expected = row["hash"], expected + 1
    return None


def ensure_chain_intact(session: Session) -> None:
    """Raise AuditTrailBrokenError when the chain is already broken."""
    broken = verify_chain(session)
    if broken is not None:
        message = translate(
            "Privacy",
            "The audit trail was already altered at entry {seq}; the erasure was not done. "
            "Run a check of the database and restore a backup first.",
        )
        raise AuditTrailBrokenError(message.format(seq=broken))


def redact_audit(
    session: Session,
    persons: Mapping[str, Iterable[str]],
    terms: Iterable[str] = (),
    *,
    check_chain: bool = True,
) -> Redaction:
    """Replace the identity of erased persons in the audit trail, then re-chain it.

    Args:
        session: the caller's session (the erasure's own changes already flushed).
        persons: {"contact" | "participant": ids}; their own entries lose the values of
            :data:`IDENTITY_FIELDS`.
        terms: texts (full names, emails) replaced by ``[erased]`` wherever they appear
            in any entry's values (case-insensitive).
        check_chain: verify the chain first (skip only when the caller just did).

    The hashes are recomputed from the first rewritten entry on, and one ``redacted``
    entry per person records which entries were rewritten, by whom and when: the trail
    shows that a redaction happened, never what was removed.

    Raises:
        AuditTrailBrokenError: the chain was broken before; nothing was changed.
    """
    table = _TABLE
    if check_chain:
        ensure_chain_intact(session)
    ids = {kind: set(values) for kind, values in persons.items()}
    matcher = TermMatcher(terms)
    rewritten: dict[str, tuple[int, dict[str, Any]]] = {}
    per_person: dict[tuple[str, str], list[int]] = {}
    query = select(table.c.id, table.c.seq, table.c.entity, table.c.entity_id, table.c.changes)
    for row in session.execute(query.order_by(table.c.seq)).mappings():
        own = row["entity_id"] in ids.get(row["entity"], ())
        if not own and not matcher:
            continue
        fields = IDENTITY_FIELDS.get(row["entity"], frozenset()) if own else frozenset()
        changes = _redacted_changes(row["changes"] or {}, fields, matcher)
        if changes != row["changes"]:
            rewritten[row["id"]] = (row["seq"], changes)
            per_person.setdefault((row["entity"], row["entity_id"]), []).append(row["seq"])
    first = _rechain(session, rewritten)
    _append_redaction_entries(session, per_person, ids)
    for obj in list(session.identity_map.values()):
        if isinstance(obj, AuditEntry):
            session.expire(obj)
    seqs = sorted(s for values in per_person.values() for s in values)
    return Redaction(tuple(seqs), first)


def _rechain(
    session: Session, rewritten: Mapping[str, tuple[int, dict[str, Any]]]
) -> int | None:
    """Store the rewritten entries ({id: (seq, changes)}) and recompute every hash from
    the first of them to the end of the trail."""
    if not rewritten:
        return None
    table = _TABLE
    first = min(seq for seq, _changes in rewritten.values())
    prev = session.scalar(select(table.c.hash).where(table.c.seq == first - 1)) or ""
    updates = []
    rows = session.execute(select(table).where(table.c.seq >= first).order_by(table.c.seq))
    for row in rows.mappings():
        values = dict(row)
        values["changes"] = rewritten[row["id"]][1] if row["id"] in rewritten else row["changes"]
        values["prev_hash"] = prev
        new_hash = entry_hash(prev, hashed_fields(AuditEntry(**values)))
        updates.append(
            {"b_id": row["id"], "b_changes": values["changes"], "b_prev": prev, "b_hash": new_hash}
        )
        prev = new_hash
    statement = (
        update(table)
        .where(table.c.id == bindparam("b_id"))
        .values(changes=bindparam("b_changes"), prev_hash=bindparam("b_prev"),
                hash=bindparam("b_hash"))
    )
    session.execute(statement, updates)
    return first


def _append_redaction_entries(
    session: Session, per_person: Mapping[tuple[str, str], list[int]],
    ids: Mapping[str, set[str]],
) -> None:
    table = _TABLE
    last = session.execute(
        select(table.c.seq, table.c.hash).order_by(table.c.seq.desc()).limit(1)
    ).first()
    seq, prev = (int(last[0]), str(last[1])) if last else (0, "")
    user = str(session.info.get("user", ""))
    now = utcnow()
    other = sorted(s for (kind, eid), v in per_person.items() if eid not in ids.get(kind, ())
                   for s in v)
    targets = [(kind, eid) for kind in sorted(ids) for eid in sorted(ids[kind])]
    for n, (kind, eid) in enumerate(targets):
        mine = sorted(per_person.get((kind, eid), []))
        if n == 0:
            mine = sorted(mine + other)  # mentions in other records, listed once
        seq += 1
        entry = AuditEntry(
            seq=seq, at=now, user=user, entity=kind, entity_id=eid, action=REDACTION_ACTION,
            changes={"audit_entries": [None, mine]}, reason=REDACTION_REASON, prev_hash=prev,
        )
        entry.hash = entry_hash(prev, hashed_fields(entry))
        prev = entry.hash
        session.add(entry)
    session.flush()
