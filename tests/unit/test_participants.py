from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from coopdesk.services.errors import NotFoundError, ValidationError
from coopdesk.services.exchanges import ExchangeData, create_exchange
from coopdesk.services.organisations import OrganisationData, create_organisation
from coopdesk.services.participants import (
    CountData,
    Participants,
    PersonData,
    exchange_statistics,
    get_participants,
    set_participants,
    validate_participants,
    year_statistics,
)
from coopdesk.store.db import session_scope
from coopdesk.store.models import AuditEntry, Participant, ParticipantCount

TODAY = dt.date.today()
TOMORROW = TODAY + dt.timedelta(days=1)
ADULT = PersonData(last_name="Diop", first_name="Awa", sex="female", age_group="26-64")
PUPIL = PersonData(
    last_name="Sarr", first_name="Moussa", sex="male", age_group="12-17", is_minor=True,
    consent_given=True, consent_date=dt.date(2024, 4, 2),
)


@pytest.fixture
def ids(session_factory):
    with session_scope(session_factory) as s:
        org = create_organisation(
            s, OrganisationData(name="Lycée de Fatick", kind="school", country="SN")
        )
        exchanges = [
            create_exchange(
                s,
                ExchangeData(
                    kind="school_exchange", direction="incoming", title=f"Visite {n}",
                    start_date=start, partner_ids=(org,),
                ),
            )
            for n, start in enumerate([dt.date(2024, 5, 2), dt.date(2024, 9, 1),
                                       dt.date(2023, 12, 30)])
        ]
    return org, exchanges


def _person_errors(person: PersonData) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        validate_participants([ADULT, person], [])
    return {e.field: e.message for e in info.value.errors}


def _count_errors(*counts: CountData) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        validate_participants([], counts)
    return {e.field: e.message for e in info.value.errors}


def test_person_rules():
    validate_participants([ADULT, PUPIL, PersonData(anonymised=True)], [])
    validate_participants([PersonData(first_name="Awa", age_group="unknown", is_minor=True,
                                      consent_given=True, consent_date=TODAY)], [])
    assert _person_errors(PersonData(last_name=" ")) == {
        "persons[1].last_name": "Enter the person's first or last name."
    }
    assert _person_errors(replace(PUPIL, consent_given=False, consent_date=None)) == {
        "persons[1].consent_given": "A minor needs the consent of a parent or guardian, "
        "with its date."
    }
    assert _person_errors(replace(PUPIL, consent_date=None)) == {
        "persons[1].consent_date": "A minor needs the consent of a parent or guardian, "
        "with its date."
    }
    assert _person_errors(replace(PUPIL, consent_date=TOMORROW)) == {
        "persons[1].consent_date": "The consent date cannot be in the future."
    }
    assert _person_errors(replace(ADULT, consent_date=TODAY)) == {
        "persons[1].consent_given": "Mark consent as given, or clear the consent date."
    }
    assert _person_errors(replace(PUPIL, is_minor=False)) == {
        "persons[1].is_minor": "A person aged 17 or under is a minor."
    }
    assert _person_errors(replace(PUPIL, age_group="0-11", is_minor=False)) == {
        "persons[1].is_minor": "A person aged 17 or under is a minor."
    }
    assert _person_errors(replace(PUPIL, age_group="18-25")) == {
        "persons[1].age_group": "A minor is in the 0-11 or 12-17 age group."
    }
    assert _person_errors(replace(ADULT, sex="f", age_group="adult")) == {
        "persons[1].sex": "Choose a value from the list.",
        "persons[1].age_group": "Choose a value from the list.",
    }
    assert _person_errors(replace(ADULT, last_name="x" * 101, role="r" * 151)) == {
        "persons[1].last_name": "At most 100 characters.",
        "persons[1].role": "At most 150 characters.",
    }


def test_count_rules():
    validate_participants([], [CountData("female", "0-11", 0), CountData("unknown", "unknown", 4)])
    assert _count_errors(CountData("female", "0-11", -1)) == {
        "counts[0].count": "A number of participants cannot be negative."
    }
    assert _count_errors(CountData("male", "65+", 2.5)) == {  # type: ignore[arg-type]
        "counts[0].count": "Enter a whole number."
    }
    assert _count_errors(CountData("male", "65+", True)) == {
        "counts[0].count": "Enter a whole number."
    }
    assert _count_errors(CountData("male", "65+", 1), CountData("male", "65+", 2)) == {
        "counts[1].age_group": "This sex and age group is already counted."
    }
    assert _count_errors(CountData("x", "99+", 1)) == {
        "counts[0].sex": "Choose a value from the list.",
        "counts[0].age_group": "Choose a value from the list.",
    }


def test_set_and_get_round_trip_keeps_rows_and_audits_changes(session_factory, ids):
    org, (exchange, *_rest) = ids
    with session_scope(session_factory) as s:
        before = set_participants(
            s, exchange, [replace(ADULT, organisation_id=org, last_name=" Diop "), PUPIL],
            [CountData("female", "12-17", 12), CountData("male", "12-17", 0)],
        )
        assert before == Participants()
    with session_scope(session_factory) as s:
        got = get_participants(s, exchange)
        assert [p.last_name for p in got.persons] == ["Diop", "Sarr"]
        assert got.persons[0] == replace(ADULT, organisation_id=org, id=got.persons[0].id)
        assert got.counts == (CountData("female", "12-17", 12),)
        diop, sarr = got.persons
        previous = set_participants(
            s, exchange, [replace(diop, role="Professeure")],
            [CountData("female", "12-17", 10), CountData("male", "12-17", 9)],
        )
        assert previous == got
    with session_scope(session_factory) as s:
        now = get_participants(s, exchange)
        assert now.persons == (replace(diop, role="Professeure"),)
        assert now.counts == (CountData("female", "12-17", 10), CountData("male", "12-17", 9))
        changes = sorted(
            (e.entity, e.action, e.entity_id, sorted(e.changes) if e.action == "updated" else [])
            for e in s.scalars(select(AuditEntry))
            if e.entity in {"participant", "participant_count"} and e.action != "created"
        )
        female = s.scalars(
            select(ParticipantCount.id).where(ParticipantCount.sex == "female")
        ).one()
        assert changes == sorted([
            ("participant", "deleted", sarr.id, []),
            ("participant", "updated", diop.id, ["role"]),
            ("participant_count", "updated", female, ["count"]),
        ])
        set_participants(s, exchange, previous.persons, previous.counts)  # undo
    with session_scope(session_factory) as s:
        assert get_participants(s, exchange) == got


def test_refusal_writes_nothing(session_factory, ids):
    _org, (exchange, *_rest) = ids
    with pytest.raises(ValidationError) as info, session_scope(session_factory) as s:
        set_participants(
            s, exchange,
            [replace(ADULT, organisation_id="missing"), replace(PUPIL, is_minor=False)],
            [CountData("male", "65+", -3)],
        )
    assert {e.field for e in info.value.errors} == {
        "persons[0].organisation_id", "persons[1].is_minor", "counts[0].count",
    }
    assert info.value.for_field("persons[0].organisation_id") == "Choose a partner from the list."
    with session_scope(session_factory) as s:
        assert s.scalars(select(Participant)).all() == []
        assert s.scalars(select(ParticipantCount)).all() == []
        with pytest.raises(NotFoundError) as missing:
            set_participants(s, "nope", [], [])
        assert missing.value.message == "This exchange no longer exists."


def test_statistics_combine_persons_and_counts(session_factory, ids):
    _org, (may, sept, dec_2023) = ids
    with session_scope(session_factory) as s:
        set_participants(s, may, [ADULT, PUPIL], [CountData("female", "12-17", 12)])
        set_participants(s, sept, [], [CountData("male", "0-11", 5), CountData("unknown",
                                                                                "unknown", 3)])
        set_participants(s, dec_2023, [ADULT], [CountData("male", "26-64", 40)])
    with session_scope(session_factory) as s:
        one = exchange_statistics(s, may)
        assert (one.exchange_count, one.listed, one.counted, one.total, one.minors) == (
            1, 2, 12, 14, 13,
        )
        assert one.by_sex == {"female": 13, "male": 1, "other": 0, "unknown": 0}
        assert one.by_age_group["12-17"] == 13 and one.by_age_group["26-64"] == 1
        assert one.by_sex_and_age == {("female", "12-17"): 12, ("female", "26-64"): 1,
                                      ("male", "12-17"): 1}
        year = year_statistics(s, 2024)
        assert (year.exchange_count, year.listed, year.counted, year.total, year.minors) == (
            2, 2, 20, 22, 18,
        )
        assert sum(year.by_sex.values()) == sum(year.by_age_group.values()) == year.total
        assert year.by_age_group["unknown"] == 3 and year.by_sex["unknown"] == 3
        assert year_statistics(s, 2023).total == 41
        assert year_statistics(s, 2019).total == 0
        with pytest.raises(NotFoundError):
            exchange_statistics(s, "nope")


def test_an_anonymised_minor_needs_no_consent():
    from coopdesk.services.participants import PersonData, validate_participants

    anonymised = PersonData(last_name="", age_group="12-17", is_minor=True, anonymised=True)
    validate_participants([anonymised], [])
