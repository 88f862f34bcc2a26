"""Partnerships (charters, conventions, pacts, MoUs): list, read, create, update, delete."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, fields

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import PartnershipKind, PartnershipStatus
from coopdesk.domain.text import fold
from coopdesk.i18n import active_language, translate
from coopdesk.i18n.locale_data import is_language
from coopdesk.services.errors import InUseError, NotFoundError
from coopdesk.services.organisations import references_sentence
from coopdesk.services.validation import Checker
from coopdesk.store.models import (
    Organisation,
    Partnership,
    PartnershipDocument,
    ProjectPartnership,
)

TITLE_MAX_LENGTH = 300


@dataclass(frozen=True)
class PartnershipData:
    """What a user types for a partnership (also the snapshot used by undo)."""

    organisation_id: str
    # A PartnershipKind value.
    kind: str
    # The title by BCP 47 language: {"fr": "...", "de": "..."}.
    title: Mapping[str, str]
    # A PartnershipStatus value.
    status: str = PartnershipStatus.ACTIVE.value
    signed_on: dt.date | None = None
    valid_until: dt.date | None = None
    deliberation_number: str = ""
    deliberation_date: dt.date | None = None
    notes: str = ""


@dataclass(frozen=True)
class PartnershipRow:
    """One line of the partnerships list."""

    id: str
    organisation_id: str
    partner_name: str
    partner_country: str
    kind: str
    title: dict[str, str]
    status: str
    signed_on: dt.date | None
    valid_until: dt.date | None
    deliberation_number: str
    deliberation_date: dt.date | None
    document_count: int
    project_count: int
    search_text: str = field(repr=False, default="")  # fold()ed


def partnership_title(title: Mapping[str, str], language: str) -> str:
    """The title in ``language``, else in French, else the first non-empty one ("" if none)."""
    for key in (language, "fr"):
        text = (title.get(key) or "").strip()
        if text:
            return text
    return next((t.strip() for t in title.values() if t and t.strip()), "")


def _check_partnership(check: Checker, data: PartnershipData) -> None:
    today = dt.date.today()
    if not data.organisation_id.strip():
        check.add("organisation_id", translate("Validation", "Choose a partner from the list."))
    check.choice("kind", data.kind, {k.value for k in PartnershipKind})
    check.choice("status", data.status, {s.value for s in PartnershipStatus})
    texts = {key: text for key, text in data.title.items() if text and text.strip()}
    if not texts:
        check.add("title", translate("Validation", "Enter the title in at least one language."))
    elif any(not is_language(key) for key in texts):
        check.add("title", translate("Validation", "Choose the title's languages from the list."))
    else:
        for text in texts.values():
            check.max_length("title", text, TITLE_MAX_LENGTH)
    if (
        data.status == PartnershipStatus.ACTIVE.value
        and data.signed_on is not None
        and data.signed_on > today
    ):
        check.add(
            "signed_on",
            translate(
                "Validation", "The signature date of an active partnership cannot be in the future."
            ),
        )
    check.date_order(
        "valid_until",
        data.signed_on,
        data.valid_until,
        translate("Validation", "The end of validity must be after the signature date."),
    )
    check.max_length("deliberation_number", data.deliberation_number, 50)
    if data.deliberation_number.strip() and data.deliberation_date is None:
        check.add(
            "deliberation_date",
            translate("Validation", "Enter the date of the council deliberation."),
        )
    if data.deliberation_date is not None and not data.deliberation_number.strip():
        check.add(
            "deliberation_number",
            translate("Validation", "Enter the number of the council deliberation."),
        )
    if data.deliberation_date is not None and data.deliberation_date > today:
        check.add(
            "deliberation_date",
            translate("Validation", "The deliberation date cannot be in the future."),
        )


def validate_partnership(data: PartnershipData) -> None:
    """Raise ValidationError listing every invalid field (the partner's existence aside)."""
    check = Checker()
    _check_partnership(check, data)
    check.raise_if_any()


def _validate_with_session(session: Session, data: PartnershipData) -> None:
    check = Checker()
    _check_partnership(check, data)
    if data.organisation_id and session.get(Organisation, data.organisation_id) is None:
        check.add("organisation_id", translate("Validation", "Choose a partner from the list."))
    check.raise_if_any()


def _clean(data: PartnershipData) -> PartnershipData:
    values = {f.name: getattr(data, f.name) for f in fields(data)}
    for key, value in values.items():
        if isinstance(value, str):
            values[key] = value.strip()
    values["title"] = {
        lang.strip(): text.strip() for lang, text in data.title.items() if text and text.strip()
    }
    return PartnershipData(**values)


def list_partnerships(session: Session) -> list[PartnershipRow]:
    """All partnerships with partner, document and project counts (three queries).

    Sorted by partner name, then the most recently signed first.
    """
    documents = dict(
        session.execute(
            select(PartnershipDocument.partnership_id, func.count()).group_by(
                PartnershipDocument.partnership_id
            )
        ).all()
    )
    projects = dict(
        session.execute(
            select(ProjectPartnership.partnership_id, func.count()).group_by(
                ProjectPartnership.partnership_id
            )
        ).all()
    )
    query = select(Partnership, Organisation.name, Organisation.country).join(
        Organisation, Partnership.organisation_id == Organisation.id
    )
    rows = []
    for p, partner_name, partner_country in session.execute(query).all():
        search = fold(" ".join([partner_name, *p.title.values(), p.deliberation_number, p.notes]))
        rows.append(
            PartnershipRow(
                id=p.id,
                organisation_id=p.organisation_id,
                partner_name=partner_name,
                partner_country=partner_country,
                kind=p.kind,
                title=dict(p.title),
                status=p.status,
                signed_on=p.signed_on,
                valid_until=p.valid_until,
                deliberation_number=p.deliberation_number,
                deliberation_date=p.deliberation_date,
                document_count=documents.get(p.id, 0),
                project_count=projects.get(p.id, 0),
                search_text=search,
            )
        )
    rows.sort(
        key=lambda r: (
            fold(r.partner_name),
            -(r.signed_on or dt.date.min).toordinal(),
            r.id,
        )
    )
    return rows


def _load(session: Session, partnership_id: str) -> Partnership:
    partnership = session.get(Partnership, partnership_id)
    if partnership is None:
        raise NotFoundError(translate("Errors", "This partnership no longer exists."))
    return partnership


def get_partnership(session: Session, partnership_id: str) -> PartnershipData:
    p = _load(session, partnership_id)
    return PartnershipData(
        organisation_id=p.organisation_id,
        kind=p.kind,
        title=dict(p.title),
        status=p.status,
        signed_on=p.signed_on,
        valid_until=p.valid_until,
        deliberation_number=p.deliberation_number,
        deliberation_date=p.deliberation_date,
        notes=p.notes,
    )


def _apply(partnership: Partnership, data: PartnershipData) -> None:
    for f in fields(data):
        value = getattr(data, f.name)
        setattr(partnership, f.name, dict(value) if isinstance(value, Mapping) else value)


def create_partnership(
    session: Session, data: PartnershipData, *, partnership_id: str | None = None
) -> str:
    """Validate and add a partnership; ``partnership_id`` re-creates one (redo of a create)."""
    data = _clean(data)
    _validate_with_session(session, data)
    partnership = Partnership(id=partnership_id) if partnership_id else Partnership()
    _apply(partnership, data)
    session.add(partnership)
    session.flush()
    return partnership.id


def update_partnership(session: Session, partnership_id: str, data: PartnershipData) -> None:
    data = _clean(data)
    partnership = _load(session, partnership_id)
    _validate_with_session(session, data)
    _apply(partnership, data)
    session.flush()


def partnership_references(session: Session, partnership_id: str) -> dict[str, int]:
    """How many records that block a delete still refer to the partnership."""
    projects = session.scalar(
        select(func.count()).where(ProjectPartnership.partnership_id == partnership_id)
    )
    return {"projects": projects} if projects else {}


def delete_partnership(session: Session, partnership_id: str) -> list[str]:
    """Delete a partnership no project refers to; its documents stay stored.

    Returns:
        The ids of the attachments that were linked to it (so an undo can link them again).

    Raises:
        InUseError: projects still refer to it (the message lists them).
    """
    partnership = _load(session, partnership_id)
    refs = partnership_references(session, partnership_id)
    if refs:
        name = partnership_title(partnership.title, active_language())
        message = translate(
            "Errors", "{name} cannot be deleted: it is still referred to by {refs}."
        ).format(name=name, refs=references_sentence(refs))
        raise InUseError(message, refs)
    links = session.scalars(
        select(PartnershipDocument)
        .where(PartnershipDocument.partnership_id == partnership_id)
        .order_by(PartnershipDocument.attachment_id)
    ).all()
    attachment_ids = [link.attachment_id for link in links]
    for link in links:
        session.delete(link)
    session.flush()
    session.delete(partnership)
    session.flush()
    return attachment_ids
