from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from coopdesk.services.attachments import add_attachment
from coopdesk.services.errors import NotFoundError, ValidationError
from coopdesk.services.exchanges import (
    ExchangeData,
    create_exchange,
    get_exchange,
    restore_exchange,
    update_exchange,
)
from coopdesk.services.organisations import OrganisationData, create_organisation
from coopdesk.services.participants import (
    CountData,
    PersonData,
    get_participants,
    set_participants,
)
from coopdesk.services.volunteer import (
    NotYourVisitError,
    VisitLogData,
    VisitRow,
    can_volunteer_modify,
    delete_visit,
    get_visit,
    list_visits_logged_by,
    log_visit,
    same_person,
    update_visit,
)
from coopdesk.store.db import session_scope
from coopdesk.store.models import Exchange

DAY = dt.date(2024, 6, 8)


@pytest.fixture
def ids(session_factory):
    with session_scope(session_factory) as s:
        ndiag = create_organisation(
            s, OrganisationData(name="Commune de Ndiaganiao", kind="local_authority",
                                country="SN", city="Ndiaganiao")
        )
        school = create_organisation(
            s, OrganisationData(name="École de Ngohé", kind="school", country="SN", city="Ngohé")
        )
        photo = add_attachment(s, "forage.jpg", b"\xff\xd8photo")
    return ndiag, school, photo


def _visit(partner: str, **changes) -> VisitLogData:
    data = VisitLogData(date=DAY, partner_id=partner, participant_count=6,
                        note="Remise de livres", logged_by="Élise Durand")
    return replace(data, **changes)


def _errors(session_factory, data: VisitLogData) -> dict[str, str]:
    with pytest.raises(ValidationError) as info, session_scope(session_factory) as s:
        log_visit(s, data)
    return {e.field: e.message for e in info.value.errors}


def test_same_person():
    assert same_person("Élise  Durand ", "elise durand")
    assert not same_person("", "")
    assert not same_person("Élise", "Elisa")


def test_log_visit_creates_a_typed_exchange(session_factory, ids):
    ndiag, _school, photo = ids
    with session_scope(session_factory) as s:
        ex = log_visit(s, _visit(ndiag, photos=(photo, photo), logged_by=" Élise   Durand"))
    with session_scope(session_factory) as s:
        data = get_exchange(s, ex)
        assert data == ExchangeData(
            kind="volunteer_visit", direction="outgoing",
            title="Volunteer visit — Commune de Ndiaganiao", start_date=DAY, end_date=DAY,
            partner_ids=(ndiag,), place="Ndiaganiao", country="SN", outcomes="Remise de livres",
            logged_by="Élise Durand", source="typed",
        )
        assert get_participants(s, ex).counts == (CountData("unknown", "unknown", 6),)
        assert get_visit(s, ex, "elise durand") == _visit(ndiag, photos=(photo,))
    with session_scope(session_factory) as s:
        incoming = log_visit(s, _visit(ndiag, direction="incoming", participant_count=0))
        assert get_exchange(s, incoming).place == "" and get_participants(s, incoming).counts == ()


def test_visit_rules_write_nothing(session_factory, ids):
    ndiag = ids[0]
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert _errors(session_factory, _visit("missing", date=None, kind="x", direction="y",
                                           participant_count=-1, logged_by=" ",
                                           photos=("gone",))) == {
        "date": "Enter the date of the visit.",
        "partner_id": "Choose a partner from the list.",
        "kind": "Choose a value from the list.",
        "direction": "Choose a value from the list.",
        "participant_count": "A number of participants cannot be negative.",
        "logged_by": "This field is required.",
        "photos": "A photo is no longer stored: add it again.",
    }
    assert _errors(session_factory, _visit(ndiag, date=tomorrow)) == {
        "date": "A visit can be logged only once it has taken place."
    }
    assert _errors(session_factory, _visit(ndiag, participant_count=2.5)) == {
        "participant_count": "Enter a whole number."
    }
    assert _errors(session_factory, _visit(ndiag, kind="remote_meeting")) == {
        "direction": "A remote meeting has the direction Remote."
    }
    with session_scope(session_factory) as s:
        assert s.scalars(select(Exchange)).all() == []


def test_only_the_volunteer_who_logged_may_change_or_delete(session_factory, ids):
    ndiag, school, photo = ids
    with session_scope(session_factory) as s:
        ex = log_visit(s, _visit(ndiag))
        assert can_volunteer_modify(s, ex, "ELISE durand")
        assert not can_volunteer_modify(s, ex, "Paul")
        assert not can_volunteer_modify(s, "nope", "Élise Durand")
        with pytest.raises(NotYourVisitError) as info:
            update_visit(s, ex, _visit(school, logged_by="Paul"))
        assert info.value.message == "You can change only the visits you logged yourself."
        with pytest.raises(NotYourVisitError) as info:
            delete_visit(s, ex, "Paul")
        assert info.value.message == "You can delete only the visits you logged yourself."
        with pytest.raises(NotYourVisitError) as info:
            get_visit(s, ex, "Paul")
        assert info.value.message == "You can open only the visits you logged yourself."
        with pytest.raises(NotFoundError):
            delete_visit(s, "nope", "Paul")
    with session_scope(session_factory) as s:
        assert get_exchange(s, ex).partner_ids == (ndiag,)
        update_visit(s, ex, _visit(school, date=dt.date(2024, 6, 9), kind="cultural_event",
                                   participant_count=9, photos=(photo,)))
    with session_scope(session_factory) as s:
        data = get_exchange(s, ex)
        assert (data.title, data.partner_ids, data.place, data.start_date, data.end_date) == (
            "Cultural event — École de Ngohé", (school,), "Ngohé", dt.date(2024, 6, 9),
            dt.date(2024, 6, 9),
        )
        assert get_visit(s, ex, "Élise Durand").participant_count == 9
        snapshot = delete_visit(s, ex, "élise durand")
    with session_scope(session_factory) as s:
        assert s.get(Exchange, ex) is None
        restore_exchange(s, snapshot)
    with session_scope(session_factory) as s:
        assert get_visit(s, ex, "Élise Durand").photos == (photo,)


def test_update_keeps_what_the_office_added(session_factory, ids):
    ndiag, school, _photo = ids
    with session_scope(session_factory) as s:
        ex = log_visit(s, _visit(ndiag))
        office = replace(get_exchange(s, ex), title="Remise de livres à l'école",
                         partner_ids=(ndiag, school), end_date=dt.date(2024, 6, 10))
        update_exchange(s, ex, office)
        set_participants(s, ex, [PersonData(last_name="Diop")], [CountData("female", "65+", 5)])
    with session_scope(session_factory) as s:
        visit = get_visit(s, ex, "Élise Durand")
        assert (visit.partner_id, visit.participant_count) == (ndiag, 6)
        with pytest.raises(ValidationError) as info:
            update_visit(s, ex, replace(visit, participant_count=7))
        assert info.value.for_field("participant_count") == (
            "The office has detailed the participants of this visit: ask them to change them."
        )
        update_visit(s, ex, replace(visit, note="Livres et cahiers", date=dt.date(2024, 6, 1)))
    with session_scope(session_factory) as s:
        data = get_exchange(s, ex)
        assert data.title == "Remise de livres à l'école"
        assert data.partner_ids == tuple(sorted((ndiag, school)))
        assert (data.start_date, data.end_date) == (dt.date(2024, 6, 1), dt.date(2024, 6, 3))
        assert data.outcomes == "Livres et cahiers"
        assert len(get_participants(s, ex).persons) == 1


def test_list_visits_logged_by_holds_no_personal_data(session_factory, ids):
    ndiag, school, photo = ids
    with session_scope(session_factory) as s:
        first = log_visit(s, _visit(ndiag, photos=(photo,)))
        second = log_visit(s, _visit(school, date=dt.date(2024, 7, 1), logged_by="elise DURAND"))
        log_visit(s, _visit(school, logged_by="Paul Martin"))
        create_exchange(
            s, ExchangeData(kind="official_delegation", direction="incoming", title="Office",
                            start_date=DAY, partner_ids=(ndiag,))
        )
        set_participants(s, first, [PersonData(last_name="Diop", first_name="Awa")], [])
    with session_scope(session_factory) as s:
        rows = list_visits_logged_by(s, "Élise Durand")
        assert list_visits_logged_by(s, "Nobody") == []
    assert [r.id for r in rows] == [second, first]
    assert (rows[1].partner_names, rows[1].photo_count, rows[1].participant_count) == (
        ("Commune de Ndiaganiao",), 1, 1,
    )
    assert {f.name for f in dataclasses.fields(VisitRow)} == {
        "id", "date", "kind", "direction", "title", "partner_ids", "partner_names",
        "participant_count", "note", "photo_count",
    }
    assert "Diop" not in repr(rows) and "Awa" not in repr(rows)
