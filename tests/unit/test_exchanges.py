from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import event, select

from coopdesk.services.attachments import add_attachment
from coopdesk.services.errors import NotFoundError, ValidationError
from coopdesk.services.exchange_list import (
    ExchangeFilter,
    exchange_timeline,
    find_possible_duplicates,
    list_exchanges,
)
from coopdesk.services.exchanges import (
    ExchangeData,
    attach_to_exchange,
    create_exchange,
    delete_exchange,
    detach_from_exchange,
    get_exchange,
    get_exchange_full,
    list_exchange_documents,
    restore_exchange,
    update_exchange,
    validate_exchange,
)
from coopdesk.services.organisations import OrganisationData, create_organisation
from coopdesk.services.participants import CountData, PersonData, set_participants
from coopdesk.services.projects import ProjectData, create_project
from coopdesk.store.db import session_scope
from coopdesk.store.models import Attachment, AuditEntry, Exchange, ExchangePartner

MAY = dt.date(2024, 5, 13)


@pytest.fixture
def ids(session_factory):
    with session_scope(session_factory) as s:
        ndiag = create_organisation(
            s, OrganisationData(name="Commune de Ndiaganiao", kind="local_authority", country="SN")
        )
        kiss = create_organisation(
            s, OrganisationData(name="Stadt Bad Kissingen", kind="local_authority", country="DE")
        )
        project = create_project(s, ProjectData(code="SN-EAU-2024", title={"fr": "Forages"}))
    return ndiag, kiss, project


def _good(partner: str, **changes) -> ExchangeData:
    data = ExchangeData(
        kind="official_delegation",
        direction="outgoing",
        title="Délégation à Ndiaganiao",
        start_date=MAY,
        end_date=dt.date(2024, 5, 20),
        partner_ids=(partner,),
        place="Ndiaganiao",
        country="SN",
        purpose="Inauguration du forage",
        logged_by="Marie Martin",
    )
    return replace(data, **changes)


def _errors(data: ExchangeData) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        validate_exchange(data)
    return {e.field: e.message for e in info.value.errors}


def _selects(session, fn):
    statements: list[str] = []
    engine = session.get_bind()

    def _count(*args):
        statements.append(args[2])

    event.listen(engine, "before_cursor_execute", _count)
    try:
        result = fn()
    finally:
        event.remove(engine, "before_cursor_execute", _count)
    return result, len([q for q in statements if q.lstrip().upper().startswith("SELECT")])


def test_create_get_update_delete_round_trip(session_factory, ids):
    ndiag, kiss, project = ids
    with session_scope(session_factory) as s:
        ex = create_exchange(s, _good(ndiag, title=" Délégation ", partner_ids=(ndiag, ndiag)))
    with session_scope(session_factory) as s:
        assert get_exchange(s, ex) == _good(ndiag, title="Délégation")
        update_exchange(s, ex, _good(ndiag, partner_ids=(kiss,), project_id=project,
                                     end_date=None, country="de"))
    with session_scope(session_factory) as s:
        data = get_exchange(s, ex)
        assert (data.partner_ids, data.project_id, data.end_date, data.country) == (
            (kiss,), project, MAY, "DE",
        )
        delete_exchange(s, ex)
    with session_scope(session_factory) as s:
        assert list_exchanges(s) == []
        audited = sorted(
            (e.entity, e.action)
            for e in s.scalars(select(AuditEntry).where(AuditEntry.entity.like("exchange%")))
        )
        assert audited == [
            ("exchange", "created"), ("exchange", "deleted"), ("exchange", "updated"),
            ("exchange_partner", "created"), ("exchange_partner", "created"),
            ("exchange_partner", "deleted"), ("exchange_partner", "deleted"),
        ]


def test_each_rule_with_its_field_and_message():
    validate_exchange(_good("org"))
    validate_exchange(_good("org", end_date=None, country="", place=""))
    validate_exchange(_good("org", kind="remote_meeting", direction="remote"))
    assert _errors(_good("org", kind="visit")) == {"kind": "Choose a value from the list."}
    assert _errors(_good("org", direction="up")) == {"direction": "Choose a value from the list."}
    assert _errors(_good("org", kind="remote_meeting")) == {
        "direction": "A remote meeting has the direction Remote."
    }
    assert _errors(_good("org", title=" ")) == {"title": "This field is required."}
    assert _errors(_good("org", title="x" * 201)) == {"title": "At most 200 characters."}
    assert _errors(_good("org", start_date=None, end_date=None)) == {
        "start_date": "Enter the start date."
    }
    assert _errors(_good("org", end_date=dt.date(2024, 5, 12))) == {
        "end_date": "The end date must be on or after the start date."
    }
    assert _errors(_good("org", partner_ids=(" ",))) == {
        "partner_ids": "Choose at least one partner."
    }
    assert _errors(_good("org", country="XX")) == {"country": "Choose a country from the list."}
    assert _errors(_good("org", place="p" * 201)) == {"place": "At most 200 characters."}
    assert _errors(_good("org", source="fax")) == {"source": "Choose a value from the list."}
    assert _errors(_good("org", logged_by="n" * 151)) == {"logged_by": "At most 150 characters."}


def test_refusal_writes_nothing(session_factory, ids):
    ndiag = ids[0]
    with pytest.raises(ValidationError) as info, session_scope(session_factory) as s:
        create_exchange(s, _good(ndiag, partner_ids=(ndiag, "missing"), project_id="gone",
                                 title=""))
    assert {e.field: e.message for e in info.value.errors} == {
        "title": "This field is required.",
        "partner_ids": "Choose partners from the list.",
        "project_id": "Choose a project from the list.",
    }
    with session_scope(session_factory) as s:
        assert s.scalars(select(Exchange)).all() == []
        assert s.scalars(select(AuditEntry).where(AuditEntry.entity == "exchange")).all() == []


def test_list_rows_in_five_queries(session_factory, ids):
    ndiag, kiss, project = ids
    with session_scope(session_factory) as s:
        ex = create_exchange(s, _good(ndiag, partner_ids=(kiss, ndiag), project_id=project))
        other = create_exchange(
            s, _good(kiss, kind="remote_meeting", direction="remote", end_date=None,
                     start_date=dt.date(2023, 2, 1), title="Visio", country="")
        )
        set_participants(
            s, ex,
            [PersonData(last_name="Diop"),
             PersonData(last_name="Sarr", age_group="0-11", is_minor=True, consent_given=True,
                        consent_date=dt.date(2024, 1, 1))],
            [CountData("female", "12-17", 7), CountData("male", "26-64", 3)],
        )
        attach_to_exchange(s, ex, add_attachment(s, "photo.jpg", b"\xff\xd8jpeg"))
    with session_scope(session_factory) as s:
        rows, selects = _selects(s, lambda: list_exchanges(s))
    assert selects == 5
    assert [r.id for r in rows] == [ex, other]
    row = rows[0]
    assert row.partner_names == ("Commune de Ndiaganiao", "Stadt Bad Kissingen")
    assert row.partner_ids == (ndiag, kiss)
    assert (row.project_id, row.project_code, row.year) == (project, "SN-EAU-2024", 2024)
    assert (row.listed_count, row.counted_count, row.participant_total, row.minor_count) == (
        2, 10, 12, 8,
    )
    assert row.document_count == 1
    assert "delegation a ndiaganiao" in row.search_text and "sn-eau-2024" in row.search_text
    assert "marie martin" in row.search_text and "inauguration" not in row.search_text
    assert (rows[1].participant_total, rows[1].project_code, rows[1].end_date) == (
        0, "", dt.date(2023, 2, 1),
    )
    assert ExchangeFilter(kind="official_delegation", direction="outgoing", year=2024,
                          partner_id=kiss, project_id=project, text="KISSINGEN").matches(row)
    assert not ExchangeFilter(year=2023).matches(row)
    assert [r.id for r in rows if ExchangeFilter(partner_id=kiss, year=2023).matches(r)] == [other]
    with session_scope(session_factory) as s:
        assert [r.id for r in list_exchanges(s, year=2023)] == [other]
        assert [r.id for r in list_exchanges(s, exchange_ids=[ex])] == [ex]
        assert [r.id for r in list_exchanges(s, project_id=project)] == [ex]
        assert list_exchanges(s, project_id=project, year=2023) == []


def test_timeline_by_month(session_factory, ids):
    ndiag = ids[0]
    with session_scope(session_factory) as s:
        may = create_exchange(s, _good(ndiag))
        dec = create_exchange(s, _good(ndiag, start_date=dt.date(2023, 12, 28),
                                       end_date=dt.date(2024, 1, 3)))
        may2 = create_exchange(s, _good(ndiag, start_date=dt.date(2024, 5, 2), end_date=None))
        set_participants(s, may, [], [CountData("male", "26-64", 4)])
        create_exchange(s, _good(ndiag, start_date=dt.date(2025, 1, 1), end_date=None))
    with session_scope(session_factory) as s:
        months = exchange_timeline(s, 2024)
    assert [m.month for m in months] == list(range(1, 13))
    assert [r.id for r in months[0].exchanges] == [dec]
    assert [r.id for r in months[4].exchanges] == [may2, may]
    assert months[4].participant_total == 4
    assert sum(len(m.exchanges) for m in months) == 3


def test_possible_duplicates(session_factory, ids):
    ndiag, kiss, _project = ids
    with session_scope(session_factory) as s:
        ex = create_exchange(s, _good(ndiag))
        create_exchange(s, _good(kiss))
    with session_scope(session_factory) as s:
        typed = _good(ndiag, start_date=dt.date(2024, 5, 20), end_date=None, title="Autre")
        assert [r.id for r in find_possible_duplicates(s, typed)] == [ex]
        assert find_possible_duplicates(s, typed, exclude_id=ex) == []
        assert find_possible_duplicates(s, replace(typed, start_date=dt.date(2024, 5, 21))) == []
        both = replace(typed, partner_ids=(ndiag, kiss))
        assert len(find_possible_duplicates(s, both)) == 2
        assert find_possible_duplicates(s, replace(typed, partner_ids=())) == []


def test_delete_and_restore_whole_exchange(session_factory, ids):
    ndiag, kiss, project = ids
    with session_scope(session_factory) as s:
        ex = create_exchange(s, _good(ndiag, partner_ids=(ndiag, kiss), project_id=project))
        set_participants(s, ex, [PersonData(last_name="Diop")], [CountData("male", "65+", 2)])
        doc = add_attachment(s, "compte-rendu.pdf", b"%PDF")
        attach_to_exchange(s, ex, doc)
    with session_scope(session_factory) as s:
        full = get_exchange_full(s, ex)
        snapshot = delete_exchange(s, ex)
        assert snapshot == full
        assert snapshot.document_ids == (doc,) and len(snapshot.persons) == 1
    with session_scope(session_factory) as s:
        assert s.scalars(select(ExchangePartner)).all() == []
        assert s.get(Attachment, doc) is not None
        deleted = {e.entity for e in s.scalars(
            select(AuditEntry).where(AuditEntry.action == "deleted"))}
        assert deleted == {"exchange", "exchange_partner", "participant", "participant_count",
                           "exchange_document"}
        restore_exchange(s, snapshot)
    with session_scope(session_factory) as s:
        assert get_exchange_full(s, ex) == full


def test_documents(session_factory, ids):
    ndiag = ids[0]
    with session_scope(session_factory) as s:
        ex = create_exchange(s, _good(ndiag))
        b = add_attachment(s, "b.jpg", b"b")
        a = add_attachment(s, "A.jpg", b"a")
        for doc in (b, a, a):
            attach_to_exchange(s, ex, doc)
    with session_scope(session_factory) as s:
        assert [d.filename for d in list_exchange_documents(s, ex)] == ["A.jpg", "b.jpg"]
        detach_from_exchange(s, ex, a)
        detach_from_exchange(s, ex, a)
        with pytest.raises(NotFoundError):
            attach_to_exchange(s, ex, "nope")
        with pytest.raises(NotFoundError) as info:
            attach_to_exchange(s, "nope", b)
        assert info.value.message == "This exchange no longer exists."
    with session_scope(session_factory) as s:
        assert [d.id for d in list_exchange_documents(s, ex)] == [b]


def test_missing_exchange(session_factory, ids):
    with session_scope(session_factory) as s:
        for call in (get_exchange, get_exchange_full, delete_exchange):
            with pytest.raises(NotFoundError):
                call(s, "nope")
        with pytest.raises(NotFoundError):
            update_exchange(s, "nope", _good(ids[0]))
