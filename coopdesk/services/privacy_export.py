"""Everything held about a person, as JSON-ready data; mentions of them in other records."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, String, Table, Text, cast, func, or_, select
from sqlalchemy.orm import Session

from coopdesk.i18n import translate
from coopdesk.services.errors import NotFoundError
from coopdesk.services.privacy_audit import TermMatcher
from coopdesk.store.audit import json_safe
from coopdesk.store.models import (
    AuditEntry,
    Base,
    Contact,
    Exchange,
    Organisation,
    Participant,
    utcnow,
)

EXPORT_FORMAT = "coopdesk-person-export"
EXPORT_VERSION = 1


class PersonKind(StrEnum):
    CONTACT = "contact"
    PARTICIPANT = "participant"


@dataclass(frozen=True)
class PersonRef:
    """A person held by CoopDesk: a contact or a listed participant."""

    kind: PersonKind
    id: str


# The tables whose rows are persons (personal data).
PERSON_TABLES = frozenset(k.value for k in PersonKind)

# Every table the export reads, and what it takes from it. A table with a foreign key to a
# person table, or with personal-looking columns, must be here or in NOT_ABOUT_PERSONS:
# tests/unit/test_privacy.py fails otherwise, so that a new table is never left out.
EXPORT_COVERAGE: dict[str, str] = {
    "contact": "the contact's record, every column",
    "participant": "the participant's record, every column",
    "organisation": "context: the contact's organisation, the participant's organisation",
    "exchange": "context: the participant's exchange",
    "audit_entry": "every change recorded about the person, or mentioning their id",
}

# Tables with personal-looking columns that hold no data about contacts or participants.
NOT_ABOUT_PERSONS: dict[str, str] = {
    "organisation": "email, phone and address of an organisation, not of a person",
    "municipality": "the town hall's address",
    "risk": "owner: a member of staff, typed as text (found as a mention by full name)",
    "measurement": "recorded_by: a member of staff (found as a mention by full name)",
    "evaluation": "evaluator: a person or firm, typed as text (found as a mention)",
    "money_transaction": "counterparty: payee or payer, typed as text (found as a mention)",
}

# Column names that hold personal data wherever they appear.
PERSONAL_COLUMN_NAMES = frozenset(
    {"first_name", "last_name", "full_name", "email", "phone", "mobile", "address",
     "birth_date", "date_of_birth", "nationality", "passport", "consent_given",
     "consent_date", "owner", "logged_by", "recorded_by", "evaluator", "counterparty",
     "user", "signatory"}
)

# Text columns never searched for mentions (binary data, hashes, codes).
_NOT_SEARCHED = {"attachment": {"sha256", "mime_type"}, "audit_entry": {"*"}}


@dataclass(frozen=True)
class Mention:
    """A record whose text names a person (found by full name or email)."""

    table: str
    id: str
    column: str
    excerpt: str


def _row_dict(obj: Base) -> dict[str, Any]:
    mapper = obj.__mapper__
    return {attr.key: json_safe(getattr(obj, attr.key)) for attr in mapper.column_attrs}


def identity_terms(row: Contact | Participant) -> list[str]:
    """The texts that identify a person in free text: full name (both orders), email."""
    first, last = row.first_name.strip(), row.last_name.strip()
    terms = [f"{first} {last}", f"{last} {first}"] if first and last else []
    email = getattr(row, "email", "").strip()
    return terms + ([email] if email else [])


def referencing_counts(session: Session, table_name: str, row_id: str) -> dict[str, int]:
    """{table: rows} of the rows whose foreign keys point at ``table_name`` row ``row_id``."""
    out: dict[str, int] = {}
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == table_name:
                n = session.scalar(
                    select(func.count()).select_from(table).where(fk.parent == row_id)
                )
                if n:
                    out[table.name] = out.get(table.name, 0) + n
    return out


def _text_columns(table: Table) -> list[Any]:
    skipped = _NOT_SEARCHED.get(table.name, set())
    if "*" in skipped:
        return []
    return [
        c for c in table.columns
        if isinstance(c.type, String | Text | JSON) and c.name not in skipped
        and c.name != "id" and not c.foreign_keys
    ]


def _as_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    return "" if value is None else json.dumps(value, ensure_ascii=False)


def _excerpt(text: str, term: str) -> str:
    at = text.casefold().find(term.casefold())
    start = max(0, at - 30)
    return text[start: at + len(term) + 30].replace("\n", " ")


def find_mentions(session: Session, terms: Sequence[str]) -> list[Mention]:
    """Records whose text contains one of ``terms`` (full names, emails), in every table.

    One pass over the text columns of each table (the audit trail aside: see
    :mod:`coopdesk.services.privacy_audit`).
    """
    matcher = TermMatcher(terms)
    if not matcher:
        return []
    found: list[Mention] = []
    for table in Base.metadata.sorted_tables:
        columns = _text_columns(table)
        if not columns:
            continue
        keys = list(table.primary_key.columns)
        for row in session.execute(select(*keys, *columns)).all():
            row_id = "|".join(str(v) for v in row[: len(keys)])
            for column, value in zip(columns, row[len(keys):], strict=True):
                text = _as_text(value)
                hits = matcher.found(text) if text else []
                if hits:
                    found.append(Mention(table.name, row_id, column.name, _excerpt(text, hits[0])))
    return found


def _mapped_class(table_name: str) -> type[Base]:
    for mapper in Base.registry.mappers:
        cls: type[Base] = mapper.class_
        if getattr(cls, "__tablename__", None) == table_name:
            return cls
    raise KeyError(table_name)


def scrub_mention(session: Session, mention: Mention, terms: Sequence[str]) -> None:
    """Replace ``terms`` by ``[erased]`` in one mentioning record (an audited update)."""
    cls = _mapped_class(mention.table)
    key = mention.id.split("|")
    obj = session.get(cls, key[0] if len(key) == 1 else tuple(key))
    if obj is not None:
        value = getattr(obj, mention.column)
        setattr(obj, mention.column, TermMatcher(terms).replace(value))


def _organisation(session: Session, org_id: str | None) -> dict[str, Any] | None:
    org = session.get(Organisation, org_id) if org_id else None
    if org is None:
        return None
    return {"id": org.id, "name": org.name, "kind": org.kind, "country": org.country,
            "city": org.city}


def _exchange(session: Session, exchange_id: str) -> dict[str, Any] | None:
    ex = session.get(Exchange, exchange_id)
    if ex is None:
        return None
    fields = ("id", "title", "kind", "direction", "start_date", "end_date", "place", "country")
    return {f: json_safe(getattr(ex, f)) for f in fields}


def _audit(session: Session, kind: str, row_id: str) -> list[dict[str, Any]]:
    like = f"%{row_id}%"
    query = select(AuditEntry).where(
        or_(
            (AuditEntry.entity == kind) & (AuditEntry.entity_id == row_id),
            cast(AuditEntry.changes, Text).like(like),
        )
    ).order_by(AuditEntry.seq)
    fields = ("seq", "at", "user", "entity", "entity_id", "action", "changes", "reason")
    return [{f: json_safe(getattr(e, f)) for f in fields} for e in session.scalars(query)]


def _referenced_by(session: Session, kind: str, row_id: str) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == kind:
                rows = session.execute(select(table).where(fk.parent == row_id)).mappings()
                out.setdefault(table.name, []).extend(
                    {k: json_safe(v) for k, v in r.items()} for r in rows
                )
    return {k: v for k, v in out.items() if v}


def export_person(session: Session, refs: Sequence[PersonRef]) -> dict[str, Any]:
    """Everything held about the persons, JSON-ready (the GDPR right of access).

    Raises:
        NotFoundError: a person no longer exists.
    """
    persons = []
    for ref in refs:
        row: Contact | Participant | None = (
            session.get(Contact, ref.id) if ref.kind is PersonKind.CONTACT
            else session.get(Participant, ref.id)
        )
        if row is None:
            message = translate("Privacy", "No contact or participant has the id {id}.")
            raise NotFoundError(message.format(id=ref.id))
        item: dict[str, Any] = {"kind": ref.kind.value, "id": ref.id, "record": _row_dict(row)}
        item["organisation"] = _organisation(session, row.organisation_id)
        if isinstance(row, Participant):
            item["exchange"] = _exchange(session, row.exchange_id)
        item["referenced_by"] = _referenced_by(session, ref.kind.value, ref.id)
        item["audit_entries"] = _audit(session, ref.kind.value, ref.id)
        item["mentions"] = [
            {"table": m.table, "id": m.id, "column": m.column, "excerpt": m.excerpt}
            for m in find_mentions(session, identity_terms(row))
            if not (m.table == ref.kind.value and m.id == ref.id)
        ]
        persons.append(item)
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": utcnow().isoformat(timespec="seconds") + "Z",
        "covered_tables": dict(EXPORT_COVERAGE),
        "persons": persons,
    }
