"""The volunteers' quick visit log: log, list, change and delete one's own visits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import Direction, ExchangeKind, RecordSource, Sex
from coopdesk.domain.text import fold
from coopdesk.i18n import translate
from coopdesk.services.errors import NotFoundError, ServiceError
from coopdesk.services.exchanges import (
    ExchangeData,
    ExchangeSnapshot,
    create_exchange,
    delete_exchange,
    get_exchange,
    update_exchange,
)
from coopdesk.services.labels_activity import UNKNOWN_AGE_GROUP, label_of
from coopdesk.services.participants import (
    CountData,
    get_participants,
    participant_totals,
    set_participants,
)
from coopdesk.services.validation import Checker
from coopdesk.store.models import (
    Attachment,
    Exchange,
    ExchangeDocument,
    ExchangePartner,
    Organisation,
)


class NotYourVisitError(ServiceError):
    """A volunteer tried to change or delete an exchange someone else logged."""


@dataclass(frozen=True)
class VisitLogData:
    """What a volunteer types in the quick log (also the snapshot used by undo of an edit)."""

    date: dt.date | None
    partner_id: str
    # An ExchangeKind value.
    kind: str = ExchangeKind.VOLUNTEER_VISIT.value
    # A Direction value.
    direction: str = Direction.OUTGOING.value
    # How many took part (recorded as a count of unknown sex and age).
    participant_count: int = 0
    # What happened (kept as the exchange's outcomes).
    note: str = ""
    # The volunteer's name: only they may change or delete the visit.
    logged_by: str = ""
    # Attachment ids of photos (see ``attachments.add_attachment``).
    photos: tuple[str, ...] = ()


@dataclass(frozen=True)
class VisitRow:
    """One of a volunteer's logged visits, without anyone's personal data."""

    id: str
    date: dt.date
    kind: str
    direction: str
    title: str
    partner_ids: tuple[str, ...]
    partner_names: tuple[str, ...]
    participant_count: int
    note: str
    photo_count: int


def same_person(a: str, b: str) -> bool:
    """True when two typed names are the same, ignoring case, accents and extra spaces."""
    left, right = " ".join(fold(a).split()), " ".join(fold(b).split())
    return bool(left) and left == right


def _check_visit(session: Session, data: VisitLogData) -> None:
    check = Checker()
    if data.date is None:
        check.add("date", translate("Validation", "Enter the date of the visit."))
    elif data.date > dt.date.today():
        message = translate("Validation", "A visit can be logged only once it has taken place.")
        check.add("date", message)
    if not data.partner_id.strip() or session.get(Organisation, data.partner_id) is None:
        check.add("partner_id", translate("Validation", "Choose a partner from the list."))
    check.choice("kind", data.kind, {k.value for k in ExchangeKind})
    check.choice("direction", data.direction, {d.value for d in Direction})
    if data.kind == ExchangeKind.REMOTE_MEETING and data.direction != Direction.REMOTE:
        message = translate("Validation", "A remote meeting has the direction Remote.")
        check.add("direction", message)
    count = data.participant_count
    if isinstance(count, bool) or not isinstance(count, int):
        check.add("participant_count", translate("Validation", "Enter a whole number."))
    elif count < 0:
        message = translate("Validation", "A number of participants cannot be negative.")
        check.add("participant_count", message)
    check.required("logged_by", data.logged_by)
    check.max_length("logged_by", data.logged_by, 150)
    photos = set(data.photos)
    stored = select(Attachment.id).where(Attachment.id.in_(photos))
    if photos and set(session.scalars(stored)) != photos:
        message = translate("Validation", "A photo is no longer stored: add it again.")
        check.add("photos", message)
    check.raise_if_any()


def _title(kind: str, partner: Organisation) -> str:
    text = translate("Volunteer", "{kind} — {partner}")
    return text.format(kind=label_of(ExchangeKind, kind), partner=partner.name)[:200]


def _place(direction: str, partner: Organisation) -> tuple[str, str]:
    """Where an outgoing visit went: the partner's town; unknown for the others."""
    if direction == Direction.OUTGOING:
        return partner.city, partner.country
    return "", ""


def _counts(n: int) -> list[CountData]:
    return [CountData(Sex.UNKNOWN.value, UNKNOWN_AGE_GROUP, n)] if n else []


def _set_photos(session: Session, exchange_id: str, photos: Sequence[str]) -> None:
    links = session.scalars(
        select(ExchangeDocument).where(ExchangeDocument.exchange_id == exchange_id)
    ).all()
    linked = {link.attachment_id for link in links}
    for link in links:
        if link.attachment_id not in photos:
            session.delete(link)
    for attachment_id in dict.fromkeys(photos):
        if attachment_id not in linked:
            session.add(ExchangeDocument(exchange_id=exchange_id, attachment_id=attachment_id))
    session.flush()


def _clean(data: VisitLogData) -> VisitLogData:
    return replace(
        data,
        partner_id=data.partner_id.strip(),
        note=data.note.strip(),
        logged_by=" ".join(data.logged_by.split()),
        photos=tuple(dict.fromkeys(data.photos)),
    )


def log_visit(session: Session, data: VisitLogData) -> str:
    """Record a visit as an exchange typed here by ``data.logged_by``.

    The title is "<kind> — <partner>"; participants are one count of unknown sex and age.

    Returns:
        The new exchange's id.

    Raises:
        ValidationError: fields named as in VisitLogData; nothing was written.
    """
    data = _clean(data)
    _check_visit(session, data)
    partner = session.get(Organisation, data.partner_id)
    assert partner is not None and data.date is not None  # checked above
    place, country = _place(data.direction, partner)
    exchange_id = create_exchange(
        session,
        ExchangeData(
            kind=data.kind,
            direction=data.direction,
            title=_title(data.kind, partner),
            start_date=data.date,
            end_date=data.date,
            partner_ids=(partner.id,),
            place=place,
            country=country,
            outcomes=data.note,
            logged_by=data.logged_by,
            source=RecordSource.TYPED.value,
        ),
    )
    set_participants(session, exchange_id, [], _counts(data.participant_count))
    _set_photos(session, exchange_id, data.photos)
    return exchange_id


def can_volunteer_modify(session: Session, exchange_id: str, name: str) -> bool:
    """True when the exchange exists and ``name`` logged it."""
    logged_by = session.scalar(select(Exchange.logged_by).where(Exchange.id == exchange_id))
    return logged_by is not None and same_person(logged_by, name)


def _own(session: Session, exchange_id: str, name: str, message: str) -> Exchange:
    exchange = session.get(Exchange, exchange_id)
    if exchange is None:
        raise NotFoundError(translate("Errors", "This exchange no longer exists."))
    if not same_person(exchange.logged_by, name):
        raise NotYourVisitError(message)
    return exchange


def _main_partner(session: Session, partner_ids: Sequence[str]) -> Organisation | None:
    orgs = session.scalars(select(Organisation).where(Organisation.id.in_(partner_ids))).all()
    return min(orgs, key=lambda o: (fold(o.name), o.id), default=None)


def get_visit(session: Session, exchange_id: str, name: str) -> VisitLogData:
    """One of the volunteer's visits as the quick log shows it.

    Raises:
        NotFoundError: the exchange no longer exists.
        NotYourVisitError: someone else logged it.
    """
    message = translate("Errors", "You can open only the visits you logged yourself.")
    exchange = _own(session, exchange_id, name, message)
    data = get_exchange(session, exchange_id)
    partner = _main_partner(session, data.partner_ids)
    participants = get_participants(session, exchange_id)
    documents = session.scalars(
        select(ExchangeDocument.attachment_id).where(ExchangeDocument.exchange_id == exchange_id)
    ).all()
    return VisitLogData(
        date=exchange.start_date,
        partner_id=partner.id if partner else "",
        kind=exchange.kind,
        direction=exchange.direction,
        participant_count=len(participants.persons) + sum(c.count for c in participants.counts),
        note=exchange.outcomes,
        logged_by=exchange.logged_by,
        photos=tuple(sorted(documents)),
    )


def update_visit(session: Session, exchange_id: str, data: VisitLogData) -> None:
    """Save a volunteer's changes to a visit they logged (``data.logged_by`` is the volunteer).

    Other partners, a title the office rewrote and participants it detailed are kept.

    Raises:
        NotYourVisitError: someone else logged the visit; nothing was written.
        ValidationError: invalid fields, or a new number of participants for a visit whose
            participants the office has detailed.
    """
    data = _clean(data)
    message = translate("Errors", "You can change only the visits you logged yourself.")
    _own(session, exchange_id, data.logged_by, message)
    before = get_visit(session, exchange_id, data.logged_by)
    _check_visit(session, data)
    participants = get_participants(session, exchange_id)
    detailed = participants.persons or any(
        (c.sex, c.age_group) != (Sex.UNKNOWN.value, UNKNOWN_AGE_GROUP) for c in participants.counts
    )
    if detailed and data.participant_count != before.participant_count:
        check = Checker()
        message = translate(
            "Validation",
            "The office has detailed the participants of this visit: ask them to change them.",
        )
        check.add("participant_count", message)
        check.raise_if_any()
    old = get_exchange(session, exchange_id)
    old_partner = session.get(Organisation, before.partner_id) if before.partner_id else None
    partner = session.get(Organisation, data.partner_id)
    assert partner is not None and data.date is not None and old.start_date is not None
    title = old.title
    if old_partner is not None and old.title == _title(before.kind, old_partner):
        title = _title(data.kind, partner)
    place, country = old.place, old.country
    if data.partner_id != before.partner_id or data.direction != before.direction:
        place, country = _place(data.direction, partner)
    partners = (set(old.partner_ids) - {before.partner_id}) | {data.partner_id}
    length = (old.end_date or old.start_date) - old.start_date
    new = replace(
        old,
        kind=data.kind,
        direction=data.direction,
        title=title,
        start_date=data.date,
        end_date=data.date + length,
        partner_ids=tuple(partners),
        place=place,
        country=country,
        outcomes=data.note,
    )
    update_exchange(session, exchange_id, new)
    if not detailed:
        set_participants(session, exchange_id, [], _counts(data.participant_count))
    _set_photos(session, exchange_id, data.photos)


def delete_visit(session: Session, exchange_id: str, name: str) -> ExchangeSnapshot:
    """Delete a visit the volunteer logged.

    Returns:
        The snapshot ``exchanges.restore_exchange`` needs to undo the delete.

    Raises:
        NotYourVisitError: someone else logged it; nothing was deleted.
    """
    message = translate("Errors", "You can delete only the visits you logged yourself.")
    _own(session, exchange_id, name, message)
    return delete_exchange(session, exchange_id)


def list_visits_logged_by(session: Session, name: str) -> list[VisitRow]:
    """The visits ``name`` logged, most recent first (five queries; no participant names)."""
    names = [
        n for n in session.scalars(select(Exchange.logged_by).distinct()) if same_person(n, name)
    ]
    if not names:
        return []
    scope = select(Exchange.id).where(Exchange.logged_by.in_(names))
    partners: dict[str, list[tuple[str, str]]] = {}
    links = (
        select(ExchangePartner.exchange_id, Organisation.id, Organisation.name)
        .join(Organisation, Organisation.id == ExchangePartner.organisation_id)
        .where(ExchangePartner.exchange_id.in_(scope))
    )
    for exchange_id, org_id, org_name in session.execute(links).all():
        partners.setdefault(exchange_id, []).append((org_name, org_id))
    photos = dict(
        session.execute(
            select(ExchangeDocument.exchange_id, func.count())
            .where(ExchangeDocument.exchange_id.in_(scope))
            .group_by(ExchangeDocument.exchange_id)
        ).all()
    )
    totals = participant_totals(session, scope)
    rows = []
    visits = select(
        Exchange.id,
        Exchange.start_date,
        Exchange.kind,
        Exchange.direction,
        Exchange.title,
        Exchange.outcomes,
    ).where(Exchange.logged_by.in_(names))
    for ex_id, start, kind, direction, title, outcomes in session.execute(visits).all():
        orgs = sorted(partners.get(ex_id, ()), key=lambda p: (fold(p[0]), p[1]))
        listed, counted, _minors = totals.get(ex_id, (0, 0, 0))
        rows.append(
            VisitRow(
                id=ex_id,
                date=start,
                kind=kind,
                direction=direction,
                title=title,
                partner_ids=tuple(org_id for _, org_id in orgs),
                partner_names=tuple(org_name for org_name, _ in orgs),
                participant_count=listed + counted,
                note=outcomes,
                photo_count=photos.get(ex_id, 0),
            )
        )
    rows.sort(key=lambda r: (r.date, r.id), reverse=True)
    return rows
