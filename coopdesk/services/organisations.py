"""Partner organisations: list, read, create, update, delete (with reference checks)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import OrganisationKind
from coopdesk.domain.text import fold
from coopdesk.i18n import plural, translate
from coopdesk.services.errors import InUseError, NotFoundError
from coopdesk.services.validation import Checker
from coopdesk.store.models import (
    Contact,
    ExchangePartner,
    FundingSource,
    Organisation,
    Participant,
    Partnership,
    ProjectOrganisation,
)


@dataclass(frozen=True)
class OrganisationData:
    """What a user types for an organisation (also the snapshot used by undo)."""

    name: str
    kind: str
    country: str
    short_name: str = ""
    city: str = ""
    region: str = ""
    languages: tuple[str, ...] = ()
    website: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    iati_identifier: str = ""
    notes: str = ""


@dataclass(frozen=True)
class OrganisationRow:
    """One line of the partners list."""

    id: str
    name: str
    short_name: str
    kind: str
    country: str
    city: str
    languages: tuple[str, ...]
    email: str
    contact_count: int
    partnership_count: int
    updated_at: dt.datetime
    search_text: str = field(repr=False, default="")  # fold()ed


def validate_organisation(data: OrganisationData) -> None:
    """Raise ValidationError listing every invalid field."""
    check = Checker()
    check.required("name", data.name)
    check.max_length("name", data.name, 200)
    check.max_length("short_name", data.short_name, 60)
    check.choice("kind", data.kind, {k.value for k in OrganisationKind})
    check.country("country", data.country)
    check.languages("languages", data.languages)
    check.url("website", data.website)
    check.email("email", data.email)
    check.phone("phone", data.phone)
    check.raise_if_any()


def _clean(data: OrganisationData) -> OrganisationData:
    values = {f.name: getattr(data, f.name) for f in fields(data)}
    for key, value in values.items():
        if isinstance(value, str):
            values[key] = value.strip()
    return OrganisationData(**values)


def list_organisations(session: Session) -> list[OrganisationRow]:
    """All organisations with their contact and partnership counts (three queries)."""
    contacts = dict(
        session.execute(
            select(Contact.organisation_id, func.count()).group_by(Contact.organisation_id)
        ).all()
    )
    partnerships = dict(
        session.execute(
            select(Partnership.organisation_id, func.count()).group_by(Partnership.organisation_id)
        ).all()
    )
    rows = []
    for org in session.scalars(select(Organisation).order_by(Organisation.name)):
        search = fold(" ".join([org.name, org.short_name, org.city, org.region, org.email]))
        rows.append(
            OrganisationRow(
                id=org.id,
                name=org.name,
                short_name=org.short_name,
                kind=org.kind,
                country=org.country,
                city=org.city,
                languages=tuple(org.languages),
                email=org.email,
                contact_count=contacts.get(org.id, 0),
                partnership_count=partnerships.get(org.id, 0),
                updated_at=org.updated_at,
                search_text=search,
            )
        )
    return rows


def _load(session: Session, org_id: str) -> Organisation:
    org = session.get(Organisation, org_id)
    if org is None:
        raise NotFoundError(translate("Errors", "This partner no longer exists."))
    return org


def get_organisation(session: Session, org_id: str) -> OrganisationData:
    org = _load(session, org_id)
    return OrganisationData(
        name=org.name,
        kind=org.kind,
        country=org.country,
        short_name=org.short_name,
        city=org.city,
        region=org.region,
        languages=tuple(org.languages),
        website=org.website,
        email=org.email,
        phone=org.phone,
        address=org.address,
        iati_identifier=org.iati_identifier,
        notes=org.notes,
    )


def _apply(org: Organisation, data: OrganisationData) -> None:
    for f in fields(data):
        value = getattr(data, f.name)
        setattr(org, f.name, list(value) if isinstance(value, tuple) else value)


def create_organisation(
    session: Session, data: OrganisationData, *, org_id: str | None = None
) -> str:
    """Validate and add an organisation; ``org_id`` re-creates one (redo of a create)."""
    data = _clean(data)
    validate_organisation(data)
    org = Organisation(id=org_id) if org_id else Organisation()
    _apply(org, data)
    session.add(org)
    session.flush()
    return org.id


def update_organisation(session: Session, org_id: str, data: OrganisationData) -> None:
    data = _clean(data)
    validate_organisation(data)
    _apply(_load(session, org_id), data)
    session.flush()


def organisation_references(session: Session, org_id: str) -> dict[str, int]:
    """How many records of each kind still refer to the organisation."""
    counts = {
        "contacts": select(func.count()).where(Contact.organisation_id == org_id),
        "partnerships": select(func.count()).where(Partnership.organisation_id == org_id),
        "projects": select(func.count()).where(ProjectOrganisation.organisation_id == org_id),
        "exchanges": select(func.count()).where(ExchangePartner.organisation_id == org_id),
        "funding": select(func.count()).where(FundingSource.organisation_id == org_id),
        "participants": select(func.count()).where(Participant.organisation_id == org_id),
    }
    out = {key: session.scalar(query) or 0 for key, query in counts.items()}
    return {key: n for key, n in out.items() if n}


def references_sentence(references: dict[str, int]) -> str:
    """A translated list such as "2 contacts, 1 partnership"."""
    parts = {
        "contacts": lambda n: plural.translate("Errors", "%n contact(s)", None, 1).count(n),
        "partnerships": lambda n: plural.translate("Errors", "%n partnership(s)", None, 1).count(n),
        "projects": lambda n: plural.translate("Errors", "%n project(s)", None, 1).count(n),
        "exchanges": lambda n: plural.translate("Errors", "%n exchange(s)", None, 1).count(n),
        "funding": lambda n: plural.translate("Errors", "%n funding source(s)", None, 1).count(n),
        "participants": lambda n: plural.translate("Errors", "%n participant(s)", None, 1).count(n),
        "documents": lambda n: plural.translate("Errors", "%n document(s)", None, 1).count(n),
        "budget_lines": lambda n: plural.translate("Errors", "%n budget line(s)", None, 1).count(n),
        "transactions": lambda n: plural.translate("Errors", "%n transaction(s)", None, 1).count(n),
        "indicators": lambda n: plural.translate("Errors", "%n indicator(s)", None, 1).count(n),
    }
    return ", ".join(parts[key](n) for key, n in references.items() if key in parts)


def delete_organisation(session: Session, org_id: str) -> None:
    """Delete an organisation nothing refers to.

    Raises:
        InUseError: other records still refer to it (the message lists them).
    """
    org = _load(session, org_id)
    refs = organisation_references(session, org_id)
    if refs:
        message = translate(
            "Errors", "{name} cannot be deleted: it is still referred to by {refs}."
        ).format(name=org.name, refs=references_sentence(refs))
        raise InUseError(message, refs)
    session.delete(org)
    session.flush()
