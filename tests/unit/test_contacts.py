from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import event, select

from coopdesk.services.contacts import (
    ContactData,
    create_contact,
    delete_contact,
    get_contact,
    list_contacts,
    update_contact,
    validate_contact,
)
from coopdesk.services.errors import NotFoundError, ValidationError
from coopdesk.services.organisations import OrganisationData, create_organisation
from coopdesk.store.db import session_scope
from coopdesk.store.models import AuditEntry, Contact

TODAY = dt.date.today()
ORG = OrganisationData(name="Commune de Ndiaganiao", kind="local_authority", country="SN")


def _org(session_factory, name: str = ORG.name) -> str:
    with session_scope(session_factory) as s:
        return create_organisation(s, replace(ORG, name=name))


def _good(org_id: str) -> ContactData:
    return ContactData(
        organisation_id=org_id,
        last_name="Diop",
        first_name="Awa",
        role="Secrétaire générale",
        email="awa.diop@example.sn",
        phone="+221 33 123 45 67",
        preferred_language="wo",
        consent_given=True,
        consent_date=TODAY - dt.timedelta(days=3),
    )


def _errors(data: ContactData) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        validate_contact(data)
    assert all(e.message.strip() for e in info.value.errors)
    return {e.field: e.message for e in info.value.errors}


def test_create_list_update_delete(session_factory):
    org_id = _org(session_factory)
    with session_scope(session_factory) as s:
        contact_id = create_contact(s, replace(_good(org_id), last_name="  Diop "))
    with session_scope(session_factory) as s:
        rows = list_contacts(s)
        assert [(r.id, r.last_name, r.organisation_name) for r in rows] == [
            (contact_id, "Diop", "Commune de Ndiaganiao")
        ]
        assert rows[0].consent_given and rows[0].consent_date == TODAY - dt.timedelta(days=3)
        assert "awa" in rows[0].search_text and "ndiaganiao" in rows[0].search_text
        assert get_contact(s, contact_id) == _good(org_id)
        update_contact(s, contact_id, replace(_good(org_id), role="Maire"))
    with session_scope(session_factory) as s:
        assert get_contact(s, contact_id).role == "Maire"
        delete_contact(s, contact_id)
    with session_scope(session_factory) as s:
        assert list_contacts(s) == []
        entries = s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "contact").order_by(AuditEntry.seq)
        ).all()
        assert [e.action for e in entries] == ["created", "updated", "deleted"]
        assert entries[1].changes == {"role": ["Secrétaire générale", "Maire"]}


def test_create_with_given_id_recreates_the_contact(session_factory):
    org_id = _org(session_factory)
    with session_scope(session_factory) as s:
        assert create_contact(s, _good(org_id), contact_id="c-1") == "c-1"
    with session_scope(session_factory) as s:
        assert get_contact(s, "c-1").last_name == "Diop"


def test_list_sorted_by_last_then_first_name_and_filtered(session_factory):
    ndiag = _org(session_factory)
    other = _org(session_factory, "Ville de Bad Kissingen")
    with session_scope(session_factory) as s:
        for org_id, first, last in [
            (ndiag, "Moussa", "Sow"),
            (other, "Zoé", "Élise"),
            (ndiag, "Awa", "diop"),
            (other, "Anna", "Élise"),
            (ndiag, "Fatou", "Diop"),
        ]:
            create_contact(s, ContactData(organisation_id=org_id, last_name=last, first_name=first))
    with session_scope(session_factory) as s:
        names = [(r.last_name, r.first_name) for r in list_contacts(s)]
        assert names == [
            ("diop", "Awa"), ("Diop", "Fatou"), ("Élise", "Anna"), ("Élise", "Zoé"),
            ("Sow", "Moussa"),
        ]
        only = list_contacts(s, organisation_id=other)
        assert {r.organisation_name for r in only} == {"Ville de Bad Kissingen"}
        assert [r.first_name for r in only] == ["Anna", "Zoé"]


def test_list_is_one_query(session_factory):
    org_id = _org(session_factory)
    with session_scope(session_factory) as s:
        for i in range(5):
            create_contact(s, ContactData(organisation_id=org_id, last_name=f"N{i}"))
    statements: list[str] = []
    with session_scope(session_factory) as s:
        engine = s.get_bind()

        def _count(*args):
            statements.append(args[2])

        event.listen(engine, "before_cursor_execute", _count)
        try:
            assert len(list_contacts(s)) == 5
        finally:
            event.remove(engine, "before_cursor_execute", _count)
    assert len([q for q in statements if q.lstrip().upper().startswith("SELECT")]) == 1


def test_validation_lists_every_bad_field_and_writes_nothing(session_factory):
    org_id = _org(session_factory)
    bad = ContactData(organisation_id=org_id, last_name="  ", email="not-an-email",
                      phone="call me", preferred_language="zz-bad", consent_given=True)
    with pytest.raises(ValidationError) as info, session_scope(session_factory) as s:
        create_contact(s, bad)
    errors = {e.field: e.message for e in info.value.errors}
    assert errors == {
        "last_name": "This field is required.",
        "email": "This is not a valid e-mail address.",
        "phone": "This is not a valid phone number.",
        "preferred_language": "Choose a language from the list.",
        "consent_date": "Enter the date consent was given.",
    }
    with session_scope(session_factory) as s:
        assert s.scalars(select(Contact)).all() == []
        assert s.scalars(select(AuditEntry).where(AuditEntry.entity == "contact")).all() == []


def test_consent_rules():
    good = _good("org")
    validate_contact(good)
    validate_contact(replace(good, consent_date=TODAY))
    validate_contact(replace(good, consent_given=False, consent_date=None))
    assert _errors(replace(good, consent_date=TODAY + dt.timedelta(days=1))) == {
        "consent_date": "The consent date cannot be in the future."
    }
    assert _errors(replace(good, consent_given=False)) == {
        "consent_given": "Mark consent as given, or clear the consent date."
    }
    assert _errors(replace(good, consent_date=None)) == {
        "consent_date": "Enter the date consent was given."
    }


def test_lengths_and_blank_partner():
    errors = _errors(replace(_good(""), last_name="x" * 101, role="r" * 151))
    assert errors == {
        "organisation_id": "Choose a partner from the list.",
        "last_name": "At most 100 characters.",
        "role": "At most 150 characters.",
    }
    validate_contact(replace(_good("org"), preferred_language=""))


def test_unknown_partner_refused_on_create_and_update(session_factory):
    org_id = _org(session_factory)
    with pytest.raises(ValidationError) as info, session_scope(session_factory) as s:
        create_contact(s, replace(_good(org_id), organisation_id="missing", email="bad"))
    assert info.value.for_field("organisation_id") == "Choose a partner from the list."
    assert info.value.for_field("email") == "This is not a valid e-mail address."
    with session_scope(session_factory) as s:
        contact_id = create_contact(s, _good(org_id))
    with pytest.raises(ValidationError) as info, session_scope(session_factory) as s:
        update_contact(s, contact_id, replace(_good(org_id), organisation_id="missing"))
    assert [e.field for e in info.value.errors] == ["organisation_id"]
    with session_scope(session_factory) as s:
        assert get_contact(s, contact_id).organisation_id == org_id


def test_missing_contact(session_factory):
    org_id = _org(session_factory)
    with session_scope(session_factory) as s:
        with pytest.raises(NotFoundError) as info:
            get_contact(s, "nope")
        assert info.value.message == "This contact no longer exists."
        with pytest.raises(NotFoundError):
            update_contact(s, "nope", _good(org_id))
        with pytest.raises(NotFoundError):
            delete_contact(s, "nope")
