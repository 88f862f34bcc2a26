"""Exchanges (visits, events): read, create, update, delete with undo snapshot, documents."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import Direction, ExchangeKind, RecordSource
from coopdesk.i18n import translate
from coopdesk.services.attachments import AttachmentRow, add_link, list_linked, remove_link
from coopdesk.services.errors import NotFoundError
from coopdesk.services.participants import (
    CountData,
    PersonData,
    get_participants,
    set_participants,
)
from coopdesk.services.validation import Checker
from coopdesk.store.models import (
    Attachment,
    Exchange,
    ExchangeDocument,
    ExchangePartner,
    Organisation,
    Participant,
    ParticipantCount,
    Project,
)

TITLE_MAX_LENGTH = 200
_COLUMNS = (
    "kind", "direction", "title", "start_date", "end_date", "place", "country", "project_id",
    "purpose", "outcomes", "logged_by", "source", "source_ref",
)  # fmt: skip


@dataclass(frozen=True)
class ExchangeData:
    """What a user types for an exchange (also the snapshot used by undo)."""

    # An ExchangeKind value.
    kind: str
    # A Direction value: incoming, outgoing or remote.
    direction: str
    title: str
    start_date: dt.date | None
    # On or after ``start_date``; None means a one-day exchange (stored as the start date).
    end_date: dt.date | None = None
    # Partner organisations (at least one), stored sorted without duplicates.
    partner_ids: tuple[str, ...] = ()
    place: str = ""
    # ISO 3166-1 alpha-2, or "".
    country: str = ""
    project_id: str | None = None
    purpose: str = ""
    outcomes: str = ""
    # Who typed it (a volunteer may change only what they logged).
    logged_by: str = ""
    # A RecordSource value: "typed" here, or where it was imported from.
    source: str = RecordSource.TYPED.value
    source_ref: str = ""


@dataclass(frozen=True)
class ExchangeSnapshot:
    """A whole exchange: fields, partners, participants and documents (undo of a delete)."""

    id: str
    data: ExchangeData
    persons: tuple[PersonData, ...]
    counts: tuple[CountData, ...]
    document_ids: tuple[str, ...]


def _check_exchange(check: Checker, data: ExchangeData) -> None:
    check.choice("kind", data.kind, {k.value for k in ExchangeKind})
    check.choice("direction", data.direction, {d.value for d in Direction})
    travelling = {Direction.INCOMING.value, Direction.OUTGOING.value}
    if data.kind == ExchangeKind.REMOTE_MEETING and data.direction in travelling:
        message = translate("Validation", "A remote meeting has the direction Remote.")
        check.add("direction", message)
    check.required("title", data.title)
    check.max_length("title", data.title, TITLE_MAX_LENGTH)
    if data.start_date is None:
        check.add("start_date", translate("Validation", "Enter the start date."))
    check.date_order(
        "end_date",
        data.start_date,
        data.end_date,
        translate("Validation", "The end date must be on or after the start date."),
    )
    if not data.partner_ids:
        check.add("partner_ids", translate("Validation", "Choose at least one partner."))
    check.max_length("place", data.place, 200)
    check.country("country", data.country, required=False)
    check.max_length("logged_by", data.logged_by, 150)
    check.choice("source", data.source, {s.value for s in RecordSource})
    check.max_length("source_ref", data.source_ref, 200)


def validate_exchange(data: ExchangeData) -> None:
    """Raise ValidationError listing every invalid field (partners' existence aside)."""
    check = Checker()
    _check_exchange(check, clean_exchange(data))
    check.raise_if_any()


def _validate_with_session(session: Session, data: ExchangeData) -> None:
    check = Checker()
    _check_exchange(check, data)
    if data.partner_ids:
        known = set(
            session.scalars(select(Organisation.id).where(Organisation.id.in_(data.partner_ids)))
        )
        if known != set(data.partner_ids):
            check.add("partner_ids", translate("Validation", "Choose partners from the list."))
    if data.project_id and session.get(Project, data.project_id) is None:
        check.add("project_id", translate("Validation", "Choose a project from the list."))
    check.raise_if_any()


def clean_exchange(data: ExchangeData) -> ExchangeData:
    """Trimmed text, the end date filled in, partners sorted without duplicates."""
    values = {f.name: getattr(data, f.name) for f in fields(data)}
    for key, value in values.items():
        if isinstance(value, str):
            values[key] = value.strip()
    values["country"] = data.country.strip().upper()
    values["project_id"] = (data.project_id or "").strip() or None
    values["end_date"] = data.end_date or data.start_date
    values["partner_ids"] = tuple(sorted({p.strip() for p in data.partner_ids if p.strip()}))
    return ExchangeData(**values)


def _load(session: Session, exchange_id: str) -> Exchange:
    exchange = session.get(Exchange, exchange_id)
    if exchange is None:
        raise NotFoundError(translate("Errors", "This exchange no longer exists."))
    return exchange


def get_exchange(session: Session, exchange_id: str) -> ExchangeData:
    """An exchange's fields and partners (two queries)."""
    exchange = _load(session, exchange_id)
    partners = session.scalars(
        select(ExchangePartner.organisation_id).where(ExchangePartner.exchange_id == exchange_id)
    ).all()
    return ExchangeData(
        **{name: getattr(exchange, name) for name in _COLUMNS},
        partner_ids=tuple(sorted(partners)),
    )


def _apply(session: Session, exchange: Exchange, data: ExchangeData) -> None:
    for name in _COLUMNS:
        setattr(exchange, name, getattr(data, name))
    links = {
        link.organisation_id: link
        for link in session.scalars(
            select(ExchangePartner).where(ExchangePartner.exchange_id == exchange.id)
        )
    }
    for org_id, link in links.items():
        if org_id not in data.partner_ids:
            session.delete(link)
    for org_id in data.partner_ids:
        if org_id not in links:
            session.add(ExchangePartner(exchange_id=exchange.id, organisation_id=org_id))


def create_exchange(session: Session, data: ExchangeData, *, exchange_id: str | None = None) -> str:
    """Validate and add an exchange with its partners; ``exchange_id`` re-creates one.

    Raises:
        ValidationError: invalid fields, unknown partners or project; nothing was written.
    """
    data = clean_exchange(data)
    _validate_with_session(session, data)
    exchange = Exchange(id=exchange_id) if exchange_id else Exchange()
    for name in _COLUMNS:
        setattr(exchange, name, getattr(data, name))
    session.add(exchange)
    session.flush()
    _apply(session, exchange, data)
    session.flush()
    return exchange.id


def update_exchange(session: Session, exchange_id: str, data: ExchangeData) -> None:
    """Validate and save an exchange's fields; partner links change one by one."""
    data = clean_exchange(data)
    exchange = _load(session, exchange_id)
    _validate_with_session(session, data)
    _apply(session, exchange, data)
    session.flush()


def get_exchange_full(session: Session, exchange_id: str) -> ExchangeSnapshot:
    """Everything about an exchange, as needed to re-create it (five queries)."""
    data = get_exchange(session, exchange_id)
    participants = get_participants(session, exchange_id)
    documents = session.scalars(
        select(ExchangeDocument.attachment_id).where(ExchangeDocument.exchange_id == exchange_id)
    ).all()
    return ExchangeSnapshot(
        id=exchange_id,
        data=data,
        persons=participants.persons,
        counts=participants.counts,
        document_ids=tuple(sorted(documents)),
    )


def delete_exchange(session: Session, exchange_id: str) -> ExchangeSnapshot:
    """Delete an exchange, its participants and links; its documents stay stored.

    Each row is deleted through the ORM so that the audit trail lists them all.

    Returns:
        The snapshot :func:`restore_exchange` needs to undo the delete.
    """
    exchange = _load(session, exchange_id)
    snapshot = get_exchange_full(session, exchange_id)
    children: Sequence[object] = [
        *session.scalars(select(Participant).where(Participant.exchange_id == exchange_id)),
        *session.scalars(
            select(ParticipantCount).where(ParticipantCount.exchange_id == exchange_id)
        ),
        *session.scalars(select(ExchangePartner).where(ExchangePartner.exchange_id == exchange_id)),
        *session.scalars(
            select(ExchangeDocument).where(ExchangeDocument.exchange_id == exchange_id)
        ),
    ]
    for child in children:
        session.delete(child)
    session.flush()
    session.delete(exchange)
    session.flush()
    return snapshot


def restore_exchange(session: Session, snapshot: ExchangeSnapshot) -> None:
    """Re-create a deleted exchange with the same ids (undo of :func:`delete_exchange`).

    Raises:
        ValidationError: a partner or the project was deleted since; nothing was written.
    """
    create_exchange(session, snapshot.data, exchange_id=snapshot.id)
    set_participants(session, snapshot.id, snapshot.persons, snapshot.counts)
    for attachment_id in snapshot.document_ids:
        if session.get(Attachment, attachment_id) is not None:
            session.add(ExchangeDocument(exchange_id=snapshot.id, attachment_id=attachment_id))
    session.flush()


# --- documents and photos -----------------------------------------------------------------


def list_exchange_documents(session: Session, exchange_id: str) -> list[AttachmentRow]:
    """The documents and photos of an exchange, by file name (one query, no content)."""
    return list_linked(session, ExchangeDocument.exchange_id, exchange_id)


def attach_to_exchange(session: Session, exchange_id: str, attachment_id: str) -> None:
    """Link a stored file to an exchange (nothing happens when already linked).

    Raises:
        NotFoundError: the exchange or the attachment no longer exists.
    """
    _load(session, exchange_id)
    add_link(session, ExchangeDocument(exchange_id=exchange_id, attachment_id=attachment_id))


def detach_from_exchange(session: Session, exchange_id: str, attachment_id: str) -> None:
    """Remove a document from an exchange; the stored file is kept (nothing if not linked)."""
    remove_link(session, ExchangeDocument, (exchange_id, attachment_id))
