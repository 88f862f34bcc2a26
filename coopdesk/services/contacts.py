"""Contacts (persons at partner organisations): list, read, create, update, delete."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.domain.text import fold
from coopdesk.i18n import translate
from coopdesk.i18n.locale_data import is_language
from coopdesk.services.errors import NotFoundError
from coopdesk.services.validation import Checker
from coopdesk.store.models import Contact, Organisation


@dataclass(frozen=True)
class ContactData:
    """What a user types for a contact (also the snapshot used by undo)."""

    organisation_id: str
    last_name: str
    first_name: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    # BCP 47 code from ``i18n.locale_data.languages``, or "".
    preferred_language: str = ""
    consent_given: bool = False
    consent_date: dt.date | None = None
    notes: str = ""


@dataclass(frozen=True)
class ContactRow:
    """One line of the contacts list."""

    id: str
    organisation_id: str
    organisation_name: str
    first_name: str
    last_name: str
    role: str
    email: str
    phone: str
    preferred_language: str
    consent_given: bool
    consent_date: dt.date | None
    search_text: str = field(repr=False, default="")  # fold()ed


def _check_contact(check: Checker, data: ContactData) -> None:
    if not data.organisation_id.strip():
        check.add("organisation_id", translate("Validation", "Choose a partner from the list."))
    check.required("last_name", data.last_name)
    check.max_length("last_name", data.last_name, 100)
    check.max_length("first_name", data.first_name, 100)
    check.max_length("role", data.role, 150)
    check.email("email", data.email)
    check.max_length("email", data.email, 200)
    check.phone("phone", data.phone)
    check.max_length("phone", data.phone, 50)
    if data.preferred_language and not is_language(data.preferred_language):
        check.add("preferred_language", translate("Validation", "Choose a language from the list."))
    if data.consent_given and data.consent_date is None:
        check.add("consent_date", translate("Validation", "Enter the date consent was given."))
    if data.consent_date is not None and data.consent_date > dt.date.today():
        check.add(
            "consent_date", translate("Validation", "The consent date cannot be in the future.")
        )
    if data.consent_date is not None and not data.consent_given:
        check.add(
            "consent_given",
            translate("Validation", "Mark consent as given, or clear the consent date."),
        )


def validate_contact(data: ContactData) -> None:
    """Raise ValidationError listing every invalid field (the partner's existence aside)."""
    check = Checker()
    _check_contact(check, data)
    check.raise_if_any()


def _validate_with_session(session: Session, data: ContactData) -> None:
    check = Checker()
    _check_contact(check, data)
    if data.organisation_id and session.get(Organisation, data.organisation_id) is None:
        check.add("organisation_id", translate("Validation", "Choose a partner from the list."))
    check.raise_if_any()


def _clean(data: ContactData) -> ContactData:
    values = {f.name: getattr(data, f.name) for f in fields(data)}
    for key, value in values.items():
        if isinstance(value, str):
            values[key] = value.strip()
    return ContactData(**values)


def list_contacts(session: Session, *, organisation_id: str | None = None) -> list[ContactRow]:
    """Contacts with their organisation's name, by last then first name (one query).

    Args:
        session: the caller's session.
        organisation_id: only the contacts of this organisation when given.
    """
    query = select(Contact, Organisation.name).join(
        Organisation, Contact.organisation_id == Organisation.id
    )
    if organisation_id is not None:
        query = query.where(Contact.organisation_id == organisation_id)
    rows = []
    for contact, org_name in session.execute(query).all():
        search = fold(
            " ".join(
                [
                    contact.first_name,
                    contact.last_name,
                    contact.role,
                    contact.email,
                    contact.phone,
                    org_name,
                ]
            )
        )
        rows.append(
            ContactRow(
                id=contact.id,
                organisation_id=contact.organisation_id,
                organisation_name=org_name,
                first_name=contact.first_name,
                last_name=contact.last_name,
                role=contact.role,
                email=contact.email,
                phone=contact.phone,
                preferred_language=contact.preferred_language,
                consent_given=contact.consent_given,
                consent_date=contact.consent_date,
                search_text=search,
            )
        )
    rows.sort(key=lambda r: (fold(r.last_name), fold(r.first_name), r.id))
    return rows


def _load(session: Session, contact_id: str) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFoundError(translate("Errors", "This contact no longer exists."))
    return contact


def get_contact(session: Session, contact_id: str) -> ContactData:
    contact = _load(session, contact_id)
    return ContactData(
        organisation_id=contact.organisation_id,
        last_name=contact.last_name,
        first_name=contact.first_name,
        role=contact.role,
        email=contact.email,
        phone=contact.phone,
        preferred_language=contact.preferred_language,
        consent_given=contact.consent_given,
        consent_date=contact.consent_date,
        notes=contact.notes,
    )


def _apply(contact: Contact, data: ContactData) -> None:
    for f in fields(data):
        setattr(contact, f.name, getattr(data, f.name))


def create_contact(session: Session, data: ContactData, *, contact_id: str | None = None) -> str:
    """Validate and add a contact; ``contact_id`` re-creates one (redo of a create)."""
    data = _clean(data)
    _validate_with_session(session, data)
    contact = Contact(id=contact_id) if contact_id else Contact()
    _apply(contact, data)
    session.add(contact)
    session.flush()
    return contact.id


def update_contact(session: Session, contact_id: str, data: ContactData) -> None:
    data = _clean(data)
    contact = _load(session, contact_id)
    _validate_with_session(session, data)
    _apply(contact, data)
    session.flush()


def delete_contact(session: Session, contact_id: str) -> None:
    """Delete a contact (nothing else refers to a contact)."""
    session.delete(_load(session, contact_id))
    session.flush()
