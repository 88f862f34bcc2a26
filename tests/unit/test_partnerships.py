from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import event, select

from coopdesk.services.attachments import add_attachment, attach_to_partnership
from coopdesk.services.errors import InUseError, NotFoundError, ValidationError
from coopdesk.services.organisations import OrganisationData, create_organisation
from coopdesk.services.partnerships import (
    PartnershipData,
    create_partnership,
    delete_partnership,
    get_partnership,
    list_partnerships,
    partnership_title,
    update_partnership,
    validate_partnership,
)
from coopdesk.store.db import session_scope
from coopdesk.store.models import (
    Attachment,
    AuditEntry,
    Partnership,
    PartnershipDocument,
    Project,
    ProjectPartnership,
)

TODAY = dt.date.today()
TOMORROW = TODAY + dt.timedelta(days=1)


def _org(session_factory, name: str = "Stadt Bad Kissingen", country: str = "DE") -> str:
    with session_scope(session_factory) as s:
        data = OrganisationData(name=name, kind="local_authority", country=country)
        return create_organisation(s, data)


def _good(org_id: str) -> PartnershipData:
    return PartnershipData(
        organisation_id=org_id,
        kind="twinning_charter",
        title={"fr": "Charte de jumelage", "de": "Partnerschaftsurkunde"},
        status="active",
        signed_on=dt.date(1996, 5, 4),
        valid_until=None,
        deliberation_number="1996-042",
        deliberation_date=dt.date(1996, 3, 28),
    )


def _errors(data: PartnershipData) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        validate_partnership(data)
    assert all(e.message.strip() for e in info.value.errors)
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


def test_create_list_update_delete(session_factory):
    org_id = _org(session_factory)
    with session_scope(session_factory) as s:
        pid = create_partnership(
            s, replace(_good(org_id), title={"fr": " Charte ", "de": "  ", "it": ""})
        )
    with session_scope(session_factory) as s:
        rows = list_partnerships(s)
        assert len(rows) == 1
        row = rows[0]
        assert (row.id, row.partner_name, row.partner_country) == (pid, "Stadt Bad Kissingen", "DE")
        assert row.title == {"fr": "Charte"}
        assert (row.document_count, row.project_count) == (0, 0)
        assert "charte" in row.search_text and "1996-042" in row.search_text
        assert get_partnership(s, pid).title == {"fr": "Charte"}
        update_partnership(s, pid, replace(_good(org_id), status="ended"))
    with session_scope(session_factory) as s:
        data = get_partnership(s, pid)
        assert data == replace(_good(org_id), status="ended")
        assert delete_partnership(s, pid) == []
    with session_scope(session_factory) as s:
        assert list_partnerships(s) == []
        actions = [
            e.action
            for e in s.scalars(
                select(AuditEntry)
                .where(AuditEntry.entity == "partnership")
                .order_by(AuditEntry.seq)
            )
        ]
        assert actions == ["created", "updated", "deleted"]


def test_create_with_given_id(session_factory):
    org_id = _org(session_factory)
    with session_scope(session_factory) as s:
        assert create_partnership(s, _good(org_id), partnership_id="p-1") == "p-1"
    with session_scope(session_factory) as s:
        assert get_partnership(s, "p-1").kind == "twinning_charter"


def test_partnership_title_fallbacks():
    title = {"fr": "Charte", "de": "Urkunde", "wo": " "}
    assert partnership_title(title, "de") == "Urkunde"
    assert partnership_title(title, "wo") == "Charte"
    assert partnership_title({"de": "", "it": "Carta"}, "en") == "Carta"
    assert partnership_title({}, "fr") == ""


def test_validation_lists_every_bad_field_and_writes_nothing(session_factory):
    org_id = _org(session_factory)
    bad = PartnershipData(
        organisation_id="missing",
        kind="treaty",
        title={"fr": "  "},
        status="alive",
        signed_on=dt.date(2020, 1, 1),
        valid_until=dt.date(2019, 12, 31),
        deliberation_number="D-12",
    )
    with pytest.raises(ValidationError) as info, session_scope(session_factory) as s:
        create_partnership(s, bad)
    errors = {e.field: e.message for e in info.value.errors}
    assert errors == {
        "organisation_id": "Choose a partner from the list.",
        "kind": "Choose a value from the list.",
        "status": "Choose a value from the list.",
        "title": "Enter the title in at least one language.",
        "valid_until": "The end of validity must be after the signature date.",
        "deliberation_date": "Enter the date of the council deliberation.",
    }
    with session_scope(session_factory) as s:
        assert s.scalars(select(Partnership)).all() == []
        assert s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "partnership")
        ).all() == []
    assert org_id


def test_each_rule():
    good = _good("org")
    validate_partnership(good)
    validate_partnership(replace(good, valid_until=good.signed_on))
    validate_partnership(replace(good, deliberation_number="", deliberation_date=None))
    validate_partnership(replace(good, status="draft", signed_on=TOMORROW, valid_until=None))
    assert _errors(replace(good, organisation_id=" ")) == {
        "organisation_id": "Choose a partner from the list."
    }
    assert _errors(replace(good, title={"xx-bad": "Charte"})) == {
        "title": "Choose the title's languages from the list."
    }
    assert _errors(replace(good, title={"fr": "x" * 301})) == {
        "title": "At most 300 characters."
    }
    assert _errors(replace(good, signed_on=TOMORROW)) == {
        "signed_on": "The signature date of an active partnership cannot be in the future."
    }
    assert _errors(replace(good, deliberation_number=" ")) == {
        "deliberation_number": "Enter the number of the council deliberation."
    }
    assert _errors(replace(good, deliberation_date=TOMORROW)) == {
        "deliberation_date": "The deliberation date cannot be in the future."
    }
    assert _errors(replace(good, deliberation_number="D" * 51)) == {
        "deliberation_number": "At most 50 characters."
    }


def test_update_refused_keeps_the_row(session_factory):
    org_id = _org(session_factory)
    with session_scope(session_factory) as s:
        pid = create_partnership(s, _good(org_id))
    with pytest.raises(ValidationError) as info, session_scope(session_factory) as s:
        update_partnership(s, pid, replace(_good(org_id), organisation_id="missing"))
    assert [e.field for e in info.value.errors] == ["organisation_id"]
    with session_scope(session_factory) as s:
        assert get_partnership(s, pid) == _good(org_id)


def test_list_counts_sorting_and_query_count(session_factory):
    kissingen = _org(session_factory)
    ndiag = _org(session_factory, "Commune de Ndiaganiao", "SN")
    with session_scope(session_factory) as s:
        old = create_partnership(s, _good(kissingen))
        new = create_partnership(
            s, replace(_good(kissingen), kind="mou", signed_on=dt.date(2022, 1, 1))
        )
        undated = create_partnership(
            s, replace(_good(ndiag), kind="friendship_pact", signed_on=None)
        )
        docs = [add_attachment(s, f"doc{i}.pdf", f"content {i}".encode()) for i in range(3)]
        for doc in docs:
            attach_to_partnership(s, new, doc)
        attach_to_partnership(s, old, docs[0])
        for code in ("P1", "P2"):
            project = Project(code=code, title={"fr": code})
            s.add(project)
            s.flush()
            s.add(ProjectPartnership(project_id=project.id, partnership_id=new))
    with session_scope(session_factory) as s:
        rows, selects = _selects(s, lambda: list_partnerships(s))
    assert selects == 3
    assert [r.id for r in rows] == [undated, new, old]
    counts = {r.id: (r.document_count, r.project_count) for r in rows}
    assert counts == {new: (3, 2), old: (1, 0), undated: (0, 0)}


def test_delete_refused_while_a_project_refers(session_factory):
    org_id = _org(session_factory)
    with session_scope(session_factory) as s:
        pid = create_partnership(s, _good(org_id))
        project = Project(code="P1", title={"fr": "x"})
        s.add(project)
        s.flush()
        s.add(ProjectPartnership(project_id=project.id, partnership_id=pid))
    with pytest.raises(InUseError) as info, session_scope(session_factory) as s:
        delete_partnership(s, pid)
    assert info.value.references == {"projects": 1}
    assert info.value.message.startswith(
        "Charte de jumelage cannot be deleted: it is still referred to by 1 project"
    )
    with session_scope(session_factory) as s:
        assert s.get(Partnership, pid) is not None
        assert s.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "partnership", AuditEntry.action == "deleted"
            )
        ).all() == []


def test_delete_returns_linked_documents_and_keeps_them(session_factory):
    org_id = _org(session_factory)
    with session_scope(session_factory) as s:
        pid = create_partnership(s, _good(org_id))
        docs = sorted(add_attachment(s, f"d{i}.pdf", bytes([i + 1])) for i in range(2))
        for doc in docs:
            attach_to_partnership(s, pid, doc)
    with session_scope(session_factory) as s:
        data = get_partnership(s, pid)
        assert sorted(delete_partnership(s, pid)) == docs
    with session_scope(session_factory) as s:
        assert s.scalars(select(PartnershipDocument)).all() == []
        assert sorted(s.scalars(select(Attachment.id))) == docs
        deleted_links = s.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "partnership_document", AuditEntry.action == "deleted"
            )
        ).all()
        assert len(deleted_links) == 2
    # Undo: re-create with the same id and link the documents again.
    with session_scope(session_factory) as s:
        create_partnership(s, data, partnership_id=pid)
        for doc in docs:
            attach_to_partnership(s, pid, doc)
    with session_scope(session_factory) as s:
        assert list_partnerships(s)[0].document_count == 2


def test_missing_partnership(session_factory):
    org_id = _org(session_factory)
    with session_scope(session_factory) as s:
        with pytest.raises(NotFoundError) as info:
            get_partnership(s, "nope")
        assert info.value.message == "This partnership no longer exists."
        with pytest.raises(NotFoundError):
            update_partnership(s, "nope", _good(org_id))
        with pytest.raises(NotFoundError):
            delete_partnership(s, "nope")
