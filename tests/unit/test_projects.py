from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import event, select

from coopdesk.exchange import apd_data
from coopdesk.services.attachments import add_attachment
from coopdesk.services.errors import InUseError, NotFoundError, ValidationError
from coopdesk.services.exchanges import ExchangeData, create_exchange, get_exchange
from coopdesk.services.organisations import OrganisationData, create_organisation
from coopdesk.services.partnerships import PartnershipData, create_partnership
from coopdesk.services.project_list import ProjectFilter, list_projects, project_years
from coopdesk.services.project_parts import (
    attach_to_project,
    link_partnership,
    list_project_documents,
    list_project_organisations,
    list_project_partnerships,
    set_organisation_roles,
)
from coopdesk.services.projects import (
    APD_CHANNELS,
    POLICY_MARKERS,
    ProjectData,
    create_project,
    delete_confirmation,
    delete_project,
    get_project,
    restore_project,
    suggest_project_code,
    update_project,
    validate_project,
)
from coopdesk.services.risks import RiskData, create_risk, list_risks
from coopdesk.store.db import session_scope
from coopdesk.store.models import (
    AuditEntry,
    BudgetLine,
    Indicator,
    MoneyTransaction,
    Project,
    ProjectOrganisation,
    Risk,
)

TODAY = dt.date.today()
TOMORROW = TODAY + dt.timedelta(days=1)

GOOD = ProjectData(
    code="SN-EAU-2024",
    title={"fr": "Forages à Ndiaganiao", "en": "Boreholes in Ndiaganiao"},
    summary={"fr": "Trois forages et un château d'eau."},
    theme="water",
    dac_sector="14030",
    sdgs=(6, 3),
    status=2,
    planned_start=dt.date(2024, 1, 1),
    planned_end=dt.date(2026, 12, 31),
    actual_start=dt.date(2024, 3, 1),
    location_place="Ndiaganiao",
    location_country="sn",
)


def _org(session_factory, name: str = "Commune de Ndiaganiao", country: str = "SN") -> str:
    with session_scope(session_factory) as s:
        return create_organisation(
            s, OrganisationData(name=name, kind="local_authority", country=country)
        )


def _errors(data: ProjectData) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        validate_project(data)
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


def test_create_get_update_delete_round_trip(session_factory):
    with session_scope(session_factory) as s:
        pid = create_project(s, replace(GOOD, title={**GOOD.title, "de": "  "}))
    with session_scope(session_factory) as s:
        data = get_project(s, pid)
        assert data == replace(GOOD, sdgs=(3, 6), location_country="SN")
        update_project(s, pid, replace(data, status=3, lessons_learned={"fr": "Impliquer"}))
    with session_scope(session_factory) as s:
        assert get_project(s, pid).status == 3
        assert get_project(s, pid).lessons_learned == {"fr": "Impliquer"}
        snapshot = delete_project(s, pid)
        assert snapshot.exchange_ids == ()
    with session_scope(session_factory) as s:
        assert list_projects(s) == []
        actions = [
            e.action
            for e in s.scalars(
                select(AuditEntry).where(AuditEntry.entity == "project").order_by(AuditEntry.seq)
            )
        ]
        assert actions == ["created", "updated", "deleted"]


def test_each_rule_with_its_field_and_message():
    validate_project(GOOD)
    validate_project(ProjectData(code="P-1", title={"fr": "Minimal"}))
    validate_project(replace(GOOD, status=4, actual_end=TODAY))
    assert _errors(replace(GOOD, code=" ")) == {"code": "This field is required."}
    assert _errors(replace(GOOD, code="X" * 31)) == {"code": "At most 30 characters."}
    assert _errors(replace(GOOD, title={"fr": " "})) == {
        "title": "Enter the title in at least one language."
    }
    assert _errors(replace(GOOD, title={"fr": "x" * 301})) == {"title": "At most 300 characters."}
    assert _errors(replace(GOOD, summary={"xx-bad": "text"})) == {
        "summary": "Choose languages from the list."
    }
    assert _errors(replace(GOOD, theme="space")) == {"theme": "Choose a theme from the list."}
    assert _errors(replace(GOOD, dac_sector="14039")) == {
        "dac_sector": "Choose a DAC sector from the list."
    }
    assert _errors(replace(GOOD, sdgs=(0, 6))) == {"sdgs": "Choose the goals from the list."}
    assert _errors(replace(GOOD, sdgs=(18,))) == {"sdgs": "Choose the goals from the list."}
    assert _errors(replace(GOOD, status=7)) == {"status": "Choose a value from the list."}
    assert _errors(replace(GOOD, planned_end=dt.date(2023, 12, 31))) == {
        "planned_end": "The planned end must be on or after the planned start."
    }
    assert _errors(replace(GOOD, actual_end=dt.date(2024, 2, 1))) == {
        "actual_end": "The actual end must be on or after the actual start."
    }
    assert _errors(replace(GOOD, actual_start=None, actual_end=dt.date(2024, 2, 1))) == {
        "actual_start": "An actual end date needs an actual start date."
    }
    assert _errors(replace(GOOD, actual_start=TOMORROW)) == {
        "actual_start": "The actual start cannot be in the future."
    }
    assert _errors(replace(GOOD, actual_end=TOMORROW)) == {
        "actual_end": "The actual end cannot be in the future."
    }
    assert _errors(replace(GOOD, status=4)) == {
        "actual_end": "Enter the actual end date of a closed project."
    }
    assert _errors(replace(GOOD, location_country="XX")) == {
        "location_country": "Choose a country from the list."
    }
    assert _errors(replace(GOOD, location_place="x" * 201)) == {
        "location_place": "At most 200 characters."
    }


def test_refusal_lists_every_field_and_writes_nothing(session_factory):
    bad = replace(GOOD, code="", title={}, theme="x", status=0, planned_end=dt.date(2000, 1, 1))
    with pytest.raises(ValidationError) as info, session_scope(session_factory) as s:
        create_project(s, bad)
    assert [e.field for e in info.value.errors] == [
        "code", "title", "theme", "status", "planned_end",
    ]
    with session_scope(session_factory) as s:
        assert s.scalars(select(Project)).all() == []
        assert s.scalars(select(AuditEntry)).all() == []


def test_code_is_unique_ignoring_case(session_factory):
    with session_scope(session_factory) as s:
        pid = create_project(s, GOOD)
    with pytest.raises(ValidationError) as info, session_scope(session_factory) as s:
        create_project(s, replace(GOOD, code=" sn-eau-2024 "))
    assert info.value.for_field("code") == "Another project already has the code sn-eau-2024."
    with session_scope(session_factory) as s:
        update_project(s, pid, replace(GOOD, code="sn-eau-2024"))  # its own code
        assert [p.code for p in s.scalars(select(Project))] == ["sn-eau-2024"]


def test_suggest_project_code(session_factory):
    with session_scope(session_factory) as s:
        assert suggest_project_code(s, country="sn", theme="water", year=2026) == "SN-EAU-2026"
        assert suggest_project_code(s, year=2026) == "P-2026-01"
        assert suggest_project_code(s, theme="culture", year=2026) == "CUL-2026"
        create_project(s, replace(GOOD, code="SN-EAU-2026"))
        create_project(s, replace(GOOD, code="sn-eau-2026-2"))
        create_project(s, replace(GOOD, code="P-2026-01"))
    with session_scope(session_factory) as s:
        assert suggest_project_code(s, country="SN", theme="water", year=2026) == "SN-EAU-2026-3"
        assert suggest_project_code(s, year=2026) == "P-2026-02"
        assert suggest_project_code(s, year=2027) == "P-2027-01"


def test_project_years():
    assert project_years(None, None, 2) == ()
    assert project_years(dt.date(2022, 5, 1), dt.date(2024, 1, 1), 4) == (2022, 2023, 2024)
    assert project_years(dt.date(2022, 5, 1), None, 2, today=dt.date(2023, 6, 1)) == (2022, 2023)
    assert project_years(dt.date(2022, 5, 1), None, 5, today=dt.date(2025, 6, 1)) == (2022,)
    assert project_years(dt.date(2024, 5, 1), dt.date(2023, 1, 1), 2) == (2024,)


def test_list_rows_carry_filter_values_in_four_queries(session_factory):
    ndiag = _org(session_factory)
    kiss = _org(session_factory, "Stadt Bad Kissingen", "DE")
    with session_scope(session_factory) as s:
        pid = create_project(s, GOOD)
        other = create_project(
            s, ProjectData(code="A-1", title={"de": "Jugend"}, theme="education", status=1)
        )
        set_organisation_roles(s, pid, ndiag, [1, 4])
        partnership = create_partnership(
            s, PartnershipData(organisation_id=kiss, kind="twinning_charter", title={"fr": "C"})
        )
        link_partnership(s, pid, partnership)
        for day in (1, 2):
            create_exchange(
                s,
                ExchangeData(
                    kind="technical_mission", direction="outgoing", title="Mission",
                    start_date=dt.date(2024, 5, day), partner_ids=(ndiag,), project_id=pid,
                ),
            )
    with session_scope(session_factory) as s:
        rows, selects = _selects(s, lambda: list_projects(s, language="en"))
    assert selects == 4
    assert [r.code for r in rows] == ["A-1", "SN-EAU-2024"]
    row = rows[1]
    assert row.title == "Boreholes in Ndiaganiao"
    assert rows[0].title == "Jugend"  # no English, no French: the first one
    assert row.partner_names == ("Commune de Ndiaganiao", "Stadt Bad Kissingen")
    assert row.partner_ids == (ndiag, kiss)
    assert row.countries == ("DE", "SN")
    assert row.years[:3] == (2024, 2025, 2026)
    assert (row.exchange_count, row.status, row.theme, row.sdgs) == (2, 2, "water", (3, 6))
    assert "forages" in row.search_text and "kissingen" in row.search_text
    assert ProjectFilter(partner_id=kiss).matches(row)
    assert not ProjectFilter(partner_id=kiss).matches(rows[0])
    assert ProjectFilter(country="SN", year=2025, theme="water", status=2).matches(row)
    assert not ProjectFilter(year=2023).matches(row)
    assert ProjectFilter(text="NDIAGANIAO forage").matches(row)
    assert not ProjectFilter(text="kissingen").matches(rows[0])
    assert other


@pytest.mark.parametrize(
    ("model", "key", "message"),
    [
        (BudgetLine, "budget_lines", "1 budget line"),
        (Indicator, "indicators", "1 indicator"),
        (MoneyTransaction, "transactions", "1 transaction"),
    ],
)
def test_delete_refused_while_money_or_indicators_refer(session_factory, model, key, message):
    with session_scope(session_factory) as s:
        pid = create_project(s, GOOD)
        values = {
            BudgetLine: {"year": 2024, "category": "works", "planned_minor": 100},
            Indicator: {"code": "I1"},
            MoneyTransaction: {"kind": "expense", "date": TODAY, "amount_minor": 100},
        }[model]
        s.add(model(project_id=pid, **values))
    with pytest.raises(InUseError) as info, session_scope(session_factory) as s:
        delete_project(s, pid)
    assert info.value.references == {key: 1}
    assert info.value.message.startswith(
        f"SN-EAU-2024 cannot be deleted: it is still referred to by {message}"
    )
    with session_scope(session_factory) as s:
        assert s.get(Project, pid) is not None


def test_delete_unlinks_exchanges_and_undo_restores_everything(session_factory):
    org = _org(session_factory)
    with session_scope(session_factory) as s:
        pid = create_project(s, GOOD)
        set_organisation_roles(s, pid, org, [2, 4])
        partnership = create_partnership(
            s, PartnershipData(organisation_id=org, kind="mou", title={"fr": "Protocole"})
        )
        link_partnership(s, pid, partnership)
        risk_id = create_risk(s, pid, RiskData("Forage sec", likelihood=3, impact=3))
        doc = add_attachment(s, "plan.pdf", b"%PDF")
        attach_to_project(s, pid, doc)
        exchange = create_exchange(
            s,
            ExchangeData(
                kind="technical_mission", direction="outgoing", title="Mission",
                start_date=dt.date(2024, 5, 1), partner_ids=(org,), project_id=pid,
            ),
        )
    with session_scope(session_factory) as s:
        question = delete_confirmation(s, pid)
        assert question.startswith("Delete the project SN-EAU-2024? Its 1 exchange")
        assert question.endswith(" will be kept but unlinked.")
        snapshot = delete_project(s, pid)
    assert snapshot.exchange_ids == (exchange,)
    with session_scope(session_factory) as s:
        assert get_exchange(s, exchange).project_id is None
        assert s.scalars(select(Risk)).all() == []
        assert s.scalars(select(ProjectOrganisation)).all() == []
        deleted = {
            e.entity
            for e in s.scalars(select(AuditEntry).where(AuditEntry.action == "deleted"))
        }
        assert deleted == {
            "project", "project_organisation", "project_partnership", "risk", "project_document",
        }
        assert delete_confirmation(s, create_project(s, replace(GOOD, code="B"))) == (
            "Delete the project B?"
        )
    with session_scope(session_factory) as s:
        restore_project(s, snapshot)
    with session_scope(session_factory) as s:
        assert get_project(s, pid) == snapshot.data
        assert get_exchange(s, exchange).project_id == pid
        assert [r.roles for r in list_project_organisations(s, pid)] == [(2, 4)]
        assert [p.id for p in list_project_partnerships(s, pid)] == [partnership]
        assert [r.id for r in list_risks(s, pid)] == [risk_id]
        assert [d.id for d in list_project_documents(s, pid)] == [doc]


def test_missing_project(session_factory):
    with session_scope(session_factory) as s:
        with pytest.raises(NotFoundError) as info:
            get_project(s, "nope")
        assert info.value.message == "This project no longer exists."
        with pytest.raises(NotFoundError):
            update_project(s, "nope", GOOD)
        with pytest.raises(NotFoundError):
            delete_project(s, "nope")
        with pytest.raises(NotFoundError):
            delete_confirmation(s, "nope")


# --- APD declaration fields (issue 7) ---------------------------------------------------------

WATER_MARKERS = {"gender": 1, "environment": 1, "biodiversity": 0, "nutrition": 1}


def test_apd_fields_round_trip_are_audited_and_survive_delete_undo(session_factory):
    with session_scope(session_factory) as s:
        pid = create_project(s, GOOD)
        assert (get_project(s, pid).apd_channel, get_project(s, pid).policy_markers) == (
            "direct", {}
        )
        update_project(s, pid, replace(GOOD, policy_markers=WATER_MARKERS, apd_channel=" ngo "))
    with session_scope(session_factory) as s:
        row = s.get(Project, pid)
        assert (row.apd_channel, row.policy_markers) == ("ngo", WATER_MARKERS)
        data = get_project(s, pid)
        assert (data.apd_channel, data.policy_markers) == ("ngo", WATER_MARKERS)
        changes = s.scalars(
            select(AuditEntry.changes).where(AuditEntry.action == "updated")
        ).one()
        assert changes == {"apd_channel": ["direct", "ngo"], "policy_markers": [{}, WATER_MARKERS]}
        snapshot = delete_project(s, pid)
    with session_scope(session_factory) as s:
        restore_project(s, snapshot)
    with session_scope(session_factory) as s:
        row = s.get(Project, pid)
        assert (row.apd_channel, row.policy_markers) == ("ngo", WATER_MARKERS)


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        (
            {"apd_channel": "bilateral"},
            "apd_channel",
            "Choose the APD channel from the list: direct, through an association or NGO,"
            " or through a multilateral organisation.",
        ),
        ({"apd_channel": ""}, "apd_channel", None),
        (
            {"policy_markers": {"environment": 3}},
            "policy_markers",
            "Score the policy marker Environment 0 (not targeted), 1 (significant objective)"
            " or 2 (principal objective).",
        ),
        ({"policy_markers": {"gender": -1}}, "policy_markers", None),
        ({"policy_markers": {"gender": True}}, "policy_markers", None),
        ({"policy_markers": {"gender": 1.0}}, "policy_markers", None),
        ({"policy_markers": {"gender": "1"}}, "policy_markers", None),
        ({"policy_markers": {"gender": None}}, "policy_markers", None),
        (
            {"policy_markers": {"climate": 1}},
            "policy_markers",
            "climate is not an OECD policy marker.",
        ),
        (
            {"policy_markers": [("gender", 1)]},
            "policy_markers",
            "Give each policy marker a score of 0, 1 or 2.",
        ),
    ],
)
def test_apd_fields_out_of_the_lists_are_refused(session_factory, changes, field, message):
    assert list(_errors(replace(GOOD, **changes))) == [field]
    if message is not None:
        assert _errors(replace(GOOD, **changes)) == {field: message}
    with session_scope(session_factory) as s:
        pid = create_project(s, GOOD)
    with pytest.raises(ValidationError) as info, session_scope(session_factory) as s:
        update_project(s, pid, replace(GOOD, **changes))
    assert [e.field for e in info.value.errors] == [field]
    with session_scope(session_factory) as s:
        row = s.get(Project, pid)
        assert (row.apd_channel, row.policy_markers) == ("direct", {})


def test_every_score_and_channel_is_accepted_and_keys_match_the_declaration():
    for channel in APD_CHANNELS:
        for score in (0, 1, 2):
            markers = dict.fromkeys(POLICY_MARKERS, score)
            validate_project(replace(GOOD, apd_channel=channel, policy_markers=markers))
    assert APD_CHANNELS == apd_data.CHANNELS
    assert POLICY_MARKERS == apd_data.MARKERS
