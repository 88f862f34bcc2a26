"""Personal data (GDPR): find a person, erase or anonymise them, clean the free space."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from coopdesk.domain.text import fold
from coopdesk.i18n import translate
from coopdesk.services.errors import InUseError, NotFoundError
from coopdesk.services.privacy_audit import ensure_chain_intact, redact_audit
from coopdesk.services.privacy_export import (
    Mention,
    PersonKind,
    PersonRef,
    export_person,
    find_mentions,
    identity_terms,
    referencing_counts,
    scrub_mention,
)
from coopdesk.store.db import connect_raw
from coopdesk.store.models import Contact, Exchange, Organisation, Participant

__all__ = [
    "EraseMode",
    "ErasureResult",
    "Mention",
    "PersonKind",
    "PersonMatch",
    "PersonRef",
    "erase_person",
    "export_person",
    "find_person",
    "get_persons",
    "purge_free_space",
    "resolve_refs",
]


class EraseMode(StrEnum):
    """Anonymise keeps what statistics need; delete removes the record."""

    ANONYMISE = "anonymise"
    DELETE = "delete"


@dataclass(frozen=True)
class PersonMatch:
    """A contact or participant found by name, email or phone."""

    kind: PersonKind
    id: str
    name: str
    email: str
    phone: str
    # The contact's organisation, or the participant's exchange.
    where: str
    where_id: str
    # The participant's exchange dates; when the contact was recorded and last changed.
    start: dt.date | None
    end: dt.date | None
    anonymised: bool = False

    @property
    def ref(self) -> PersonRef:
        return PersonRef(self.kind, self.id)


@dataclass(frozen=True)
class ErasureResult:
    """What an erasure did; ``mentions`` are the other records still naming the person."""

    anonymised: int
    deleted: int
    replaced: int
    redacted_entries: int
    mentions: tuple[Mention, ...] = ()


def _name(first: str, last: str) -> str:
    return " ".join(p for p in (first.strip(), last.strip()) if p)


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def _phone_query(query: str) -> str:
    """The digits of a query that looks like a phone number (six digits or more), or ""."""
    digits = _digits(query)
    return digits if len(digits) >= 6 and re.fullmatch(r"[\d\s.+()/-]+", query) else ""


def _matches(tokens: list[str], digits: str, names: Sequence[str], phone: str = "") -> bool:
    if digits and phone and digits in _digits(phone):
        return True
    haystack = fold(" ".join(names))
    return bool(tokens) and all(t in haystack for t in tokens)


def find_person(session: Session, query: str) -> list[PersonMatch]:
    """Contacts and participants whose name, email or phone matches every word of ``query``.

    Matching ignores case and accents; a query of six digits or more also matches phone
    numbers written with spaces or dots. Anonymised participants are never found. Two
    queries in all.
    """
    tokens, digits = fold(query).split(), _phone_query(query)
    if not tokens:
        return []
    out: list[PersonMatch] = []
    contacts = select(Contact, Organisation.name).join(
        Organisation, Contact.organisation_id == Organisation.id
    )
    for c, org_name in session.execute(contacts).all():
        if _matches(tokens, digits, (c.first_name, c.last_name, c.email, c.phone), c.phone):
            out.append(PersonMatch(
                PersonKind.CONTACT, c.id, _name(c.first_name, c.last_name), c.email, c.phone,
                org_name, c.organisation_id, c.created_at.date(), c.updated_at.date(),
            ))
    participants = select(
        Participant, Exchange.title, Exchange.start_date, Exchange.end_date
    ).join(Exchange, Participant.exchange_id == Exchange.id).where(
        Participant.anonymised.is_(False)
    )
    for p, title, start, end in session.execute(participants).all():
        if _matches(tokens, "", (p.first_name, p.last_name)):
            out.append(PersonMatch(
                PersonKind.PARTICIPANT, p.id, _name(p.first_name, p.last_name), "", "",
                title, p.exchange_id, start, end,
            ))
    out.sort(key=lambda m: (fold(m.name), m.kind, m.start or dt.date.min, m.id))
    return out


def resolve_refs(session: Session, ids: Sequence[str]) -> list[PersonRef]:
    """The kind of each id (a contact or a participant).

    Raises:
        NotFoundError: an id is neither.
    """
    refs = []
    for pid in ids:
        if session.get(Contact, pid) is not None:
            refs.append(PersonRef(PersonKind.CONTACT, pid))
        elif session.get(Participant, pid) is not None:
            refs.append(PersonRef(PersonKind.PARTICIPANT, pid))
        else:
            message = translate("Privacy", "No contact or participant has the id {id}.")
            raise NotFoundError(message.format(id=pid))
    return refs


def _load_all(session: Session, refs: Sequence[PersonRef]) -> list[Contact | Participant]:
    """The persons' rows, in the order of ``refs`` (queries of 500 ids at most)."""
    found: dict[PersonRef, Contact | Participant] = {}
    contact_ids = sorted({r.id for r in refs if r.kind is PersonKind.CONTACT})
    participant_ids = sorted({r.id for r in refs if r.kind is PersonKind.PARTICIPANT})
    for start in range(0, len(contact_ids), 500):
        chunk = contact_ids[start: start + 500]
        for c in session.scalars(select(Contact).where(Contact.id.in_(chunk))):
            found[PersonRef(PersonKind.CONTACT, c.id)] = c
    for start in range(0, len(participant_ids), 500):
        chunk = participant_ids[start: start + 500]
        for p in session.scalars(select(Participant).where(Participant.id.in_(chunk))):
            found[PersonRef(PersonKind.PARTICIPANT, p.id)] = p
    for ref in refs:
        if ref not in found:
            message = translate("Privacy", "No contact or participant has the id {id}.")
            raise NotFoundError(message.format(id=ref.id))
    return [found[ref] for ref in refs]


def get_persons(session: Session, refs: Sequence[PersonRef]) -> list[PersonMatch]:
    """The persons behind ``refs`` as :class:`PersonMatch` rows (e.g. to confirm an erasure).

    Raises:
        NotFoundError: a person no longer exists.
    """
    rows = _load_all(session, refs)
    orgs = dict(session.execute(select(Organisation.id, Organisation.name).where(
        Organisation.id.in_({r.organisation_id for r in rows if isinstance(r, Contact)})
    )).all())
    exchanges = {
        e.id: e for e in session.scalars(select(Exchange).where(
            Exchange.id.in_({r.exchange_id for r in rows if isinstance(r, Participant)})
        ))
    }
    out = []
    for row in rows:
        name = _name(row.first_name, row.last_name)
        if isinstance(row, Contact):
            out.append(PersonMatch(
                PersonKind.CONTACT, row.id, name, row.email, row.phone,
                orgs.get(row.organisation_id, ""), row.organisation_id,
                row.created_at.date(), row.updated_at.date(),
            ))
        else:
            ex = exchanges[row.exchange_id]
            out.append(PersonMatch(
                PersonKind.PARTICIPANT, row.id, name, "", "", ex.title, ex.id,
                ex.start_date, ex.end_date, row.anonymised,
            ))
    return out


def _anonymise_participant(p: Participant) -> None:
    p.first_name = p.last_name = p.role = ""
    p.organisation_id = None
    p.consent_given = False
    p.consent_date = None
    p.anonymised = True


def _neutral_contact(c: Contact) -> None:
    c.first_name = c.role = c.email = c.phone = c.preferred_language = c.notes = ""
    c.last_name = translate("Privacy", "Former contact")
    c.consent_given = False
    c.consent_date = None


@contextmanager
def _erasure_session(session: Session, mode: EraseMode) -> Iterator[None]:
    """Audit the erasure's own changes with a reason; overwrite freed space in the file."""
    old_reason = session.info.get("reason")
    session.info["reason"] = f"privacy erasure ({mode.value})"
    sqlite = session.get_bind().dialect.name == "sqlite"
    if sqlite:
        session.execute(text("PRAGMA secure_delete=ON"))
    try:
        yield
    finally:
        if old_reason is None:
            session.info.pop("reason", None)
        else:
            session.info["reason"] = old_reason
        if sqlite:
            session.execute(text("PRAGMA secure_delete=OFF"))


def erase_person(
    session: Session, refs: Sequence[PersonRef], mode: EraseMode, *, scrub_mentions: bool = False
) -> ErasureResult:
    """Erase or anonymise persons, and remove their identity from the audit trail.

    Anonymising a participant keeps the exchange, sex, age group and minor flag (so
    statistics are unchanged) and clears names, role, organisation and consent. A contact
    is deleted, or replaced by a neutral "Former contact" when other records refer to it.
    The audit trail keeps that a record changed, never who the person was (see
    :func:`coopdesk.services.privacy_audit.redact_audit`).

    Args:
        session: the caller's session (the caller commits, then calls
            :func:`purge_free_space` so that no old copy remains in the file).
        refs: the persons.
        mode: anonymise or delete.
        scrub_mentions: also replace the person's full name and email in other records'
            text and in those records' history (otherwise those records are only listed in
            ``mentions``).

    Raises:
        NotFoundError: a person no longer exists.
        InUseError: ``delete`` of a contact that other records still refer to.
        AuditTrailBrokenError: the audit trail was already altered; nothing was changed.
    """
    ensure_chain_intact(session)  # before any change: never re-chain over tampering
    refs = list(dict.fromkeys(refs))
    rows = list(zip(refs, _load_all(session, refs), strict=True))
    terms = sorted({t for _ref, row in rows for t in identity_terms(row)})
    anonymised = deleted = replaced = 0
    with _erasure_session(session, mode):
        for ref, row in rows:
            if isinstance(row, Participant):
                if mode is EraseMode.DELETE:
                    session.delete(row)
                    deleted += 1
                else:
                    _anonymise_participant(row)
                    anonymised += 1
                continue
            refs_to_contact = referencing_counts(session, "contact", ref.id)
            if not refs_to_contact:
                session.delete(row)
                deleted += 1
            elif mode is EraseMode.ANONYMISE:
                _neutral_contact(row)
                replaced += 1
            else:
                message = translate(
                    "Privacy", "This contact cannot be deleted: other records refer to it."
                )
                raise InUseError(message, refs_to_contact)
        session.flush()
        if scrub_mentions:
            _scrub_mentions(session, find_mentions(session, terms), terms)
        persons: dict[str, list[str]] = {}
        for ref in refs:
            persons.setdefault(ref.kind.value, []).append(ref.id)
        # Mentions are either kept (and listed) or erased both in the records and in their
        # history: a staff member's name in other records must not vanish because a
        # namesake participant was anonymised.
        redaction = redact_audit(
            session, persons, terms if scrub_mentions else (), check_chain=False
        )
        mentions = tuple(find_mentions(session, terms))
    return ErasureResult(anonymised, deleted, replaced, len(redaction.redacted), mentions)


def _scrub_mentions(session: Session, mentions: Sequence[Mention], terms: Sequence[str]) -> None:
    for mention in mentions:
        scrub_mention(session, mention, terms)
    session.flush()


def purge_free_space(path: Path) -> None:
    """Rebuild the file (VACUUM) and empty the write-ahead log: erased values leave the disk
    file, not only the tables. Call after the erasure was committed."""
    con = connect_raw(path)
    try:
        con.execute("VACUUM")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def count_personal_records(session: Session) -> dict[str, int]:
    """How many contacts and named participants the database holds."""
    return {
        "contacts": session.scalar(select(func.count()).select_from(Contact)) or 0,
        "participants": session.scalar(
            select(func.count()).select_from(Participant).where(Participant.anonymised.is_(False))
        ) or 0,
    }
