from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from coopdesk.services.attachments import add_attachment
from coopdesk.services.errors import NotFoundError, ValidationError
from coopdesk.services.organisations import OrganisationData, create_organisation
from coopdesk.services.partnerships import PartnershipData, create_partnership
from coopdesk.services.project_parts import (
    attach_to_project,
    detach_from_project,
    link_partnership,
    list_project_documents,
    list_project_organisations,
    list_project_partnerships,
    set_organisation_roles,
    unlink_partnership,
)
from coopdesk.services.projects import ProjectData, create_project
from coopdesk.services.risks import (
    RiskData,
    create_risk,
    delete_risk,
    get_risk,
    list_risks,
    update_risk,
    validate_risk,
)
from coopdesk.store.db import session_scope
from coopdesk.store.models import Attachment, AuditEntry, ProjectOrganisation, Risk


@pytest.fixture
def ids(session_factory):
    with session_scope(session_factory) as s:
        project = create_project(s, ProjectData(code="P-1", title={"fr": "Projet"}))
        org = create_organisation(
            s, OrganisationData(name="Agence de l'eau", kind="state_agency", country="FR")
        )
        other = create_organisation(
            s, OrganisationData(name="ASCODE", kind="ngo", country="SN")
        )
    return project, org, other


def test_an_organisation_may_hold_several_roles(session_factory, ids):
    project, org, other = ids
    with session_scope(session_factory) as s:
        assert set_organisation_roles(s, project, org, [1, 2]) == ()
        assert set_organisation_roles(s, project, other, {4}) == ()
    with session_scope(session_factory) as s:
        rows = list_project_organisations(s, project)
        assert [(r.name, r.roles) for r in rows] == [("Agence de l'eau", (1, 2)), ("ASCODE", (4,))]
        assert rows[1].country == "SN" and rows[1].kind == "ngo"
        assert set_organisation_roles(s, project, org, [2, 3]) == (1, 2)
    with session_scope(session_factory) as s:
        assert list_project_organisations(s, project)[0].roles == (2, 3)
        assert set_organisation_roles(s, project, other, []) == (4,)
    with session_scope(session_factory) as s:
        assert [r.organisation_id for r in list_project_organisations(s, project)] == [org]
        entries = s.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "project_organisation")
        ).all()
        # 3 created at first, then only the changes: -1 +3, then -4.
        assert sorted(entries) == ["created"] * 4 + ["deleted"] * 2


def test_roles_validation_writes_nothing(session_factory, ids):
    project, org, _other = ids
    with pytest.raises(ValidationError) as info, session_scope(session_factory) as s:
        set_organisation_roles(s, project, "missing", [5])
    assert {e.field: e.message for e in info.value.errors} == {
        "organisation_id": "Choose a partner from the list.",
        "roles": "Choose a value from the list.",
    }
    with session_scope(session_factory) as s:
        assert s.scalars(select(ProjectOrganisation)).all() == []
        with pytest.raises(NotFoundError):
            set_organisation_roles(s, "nope", org, [1])


def test_partnership_links(session_factory, ids):
    project, org, other = ids
    with session_scope(session_factory) as s:
        p1 = create_partnership(
            s, PartnershipData(organisation_id=other, kind="mou", title={"fr": "Protocole"},
                               signed_on=dt.date(2020, 1, 1))
        )
        p2 = create_partnership(
            s, PartnershipData(organisation_id=org, kind="cooperation_convention",
                               title={"fr": "Convention"})
        )
        link_partnership(s, project, p1)
        link_partnership(s, project, p1)
        link_partnership(s, project, p2)
    with session_scope(session_factory) as s:
        rows = list_project_partnerships(s, project)
        assert [(r.partner_name, r.title) for r in rows] == [
            ("Agence de l'eau", {"fr": "Convention"}),
            ("ASCODE", {"fr": "Protocole"}),
        ]
        unlink_partnership(s, project, p2)
        unlink_partnership(s, project, p2)
    with session_scope(session_factory) as s:
        assert [r.id for r in list_project_partnerships(s, project)] == [p1]
        with pytest.raises(NotFoundError) as info:
            link_partnership(s, project, "nope")
        assert info.value.message == "This partnership no longer exists."


def test_documents(session_factory, ids):
    project = ids[0]
    with session_scope(session_factory) as s:
        doc = add_attachment(s, "convention.pdf", b"%PDF-1.4")
        attach_to_project(s, project, doc)
        attach_to_project(s, project, doc)
    with session_scope(session_factory) as s:
        assert [d.filename for d in list_project_documents(s, project)] == ["convention.pdf"]
        detach_from_project(s, project, doc)
        with pytest.raises(NotFoundError) as info:
            attach_to_project(s, project, "nope")
        assert info.value.message == "This document no longer exists."
    with session_scope(session_factory) as s:
        assert list_project_documents(s, project) == []
        assert s.get(Attachment, doc) is not None


def test_risks_round_trip_and_order(session_factory, ids):
    project = ids[0]
    with session_scope(session_factory) as s:
        low = create_risk(s, project, RiskData(" Pluies ", likelihood=1, impact=2))
        high = create_risk(
            s, project, RiskData("Forage sec", 3, 3, mitigation="Étude", owner="Service eau")
        )
    with session_scope(session_factory) as s:
        rows = list_risks(s, project)
        assert [(r.id, r.score) for r in rows] == [(high, 9), (low, 2)]
        assert "etude" in rows[0].search_text
        assert get_risk(s, low) == RiskData("Pluies", likelihood=1, impact=2)
        update_risk(s, low, RiskData("Pluies", likelihood=3, impact=1))
    with session_scope(session_factory) as s:
        assert get_risk(s, low).likelihood == 3
        data = get_risk(s, high)
        assert delete_risk(s, high) == project
    with session_scope(session_factory) as s:
        create_risk(s, project, data, risk_id=high)  # undo
    with session_scope(session_factory) as s:
        assert get_risk(s, high) == data
        with pytest.raises(NotFoundError) as info:
            get_risk(s, "nope")
        assert info.value.message == "This risk no longer exists."
        with pytest.raises(NotFoundError):
            create_risk(s, "nope", data)


def test_risk_rules(session_factory, ids):
    good = RiskData("Retard", likelihood=2, impact=2)
    validate_risk(good)
    with pytest.raises(ValidationError) as info:
        validate_risk(RiskData(" ", likelihood=0, impact=4, owner="x" * 151))
    assert {e.field: e.message for e in info.value.errors} == {
        "description": "This field is required.",
        "likelihood": "Choose a value from the list.",
        "impact": "Choose a value from the list.",
        "owner": "At most 150 characters.",
    }
    with pytest.raises(ValidationError), session_scope(session_factory) as s:
        create_risk(s, ids[0], replace(good, impact=0))
    with session_scope(session_factory) as s:
        assert s.scalars(select(Risk)).all() == []
