from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import event

from coopdesk.domain.money import Money
from coopdesk.services.dashboard import dashboard
from coopdesk.services.dashboard_upcoming import add_months
from coopdesk.services.exchange_list import ExchangeFilter, list_exchanges
from coopdesk.services.exchanges import ExchangeData, create_exchange
from coopdesk.services.indicator_list import IndicatorFilter, list_indicators
from coopdesk.services.indicators import IndicatorData, create_indicator
from coopdesk.services.measurements import MeasurementData, create_measurement
from coopdesk.services.organisations import OrganisationData, create_organisation
from coopdesk.services.participants import CountData, PersonData, set_participants
from coopdesk.services.partnerships import PartnershipData, create_partnership
from coopdesk.services.project_list import ProjectFilter, list_projects
from coopdesk.services.projects import ProjectData, create_project
from coopdesk.store.db import session_scope
from coopdesk.store.models import BudgetLine, FundingSource, MoneyTransaction

D = Decimal
TODAY = dt.date(2025, 6, 15)
YEAR = 2025


def _partnership(s, org: str, status: str, until: dt.date | None, title: str) -> str:
    return create_partnership(
        s,
        PartnershipData(organisation_id=org, kind="twinning_charter", title={"fr": title},
                        status=status, signed_on=dt.date(2015, 5, 1), valid_until=until),
    )


def _project(s, code: str, status: int, start, end=None, actual=(None, None)) -> str:
    return create_project(
        s,
        ProjectData(code=code, title={"fr": code}, status=status, planned_start=start,
                    planned_end=end, actual_start=actual[0], actual_end=actual[1]),
    )


def _indicator(s, project: str, code: str, frequency: str = "annual") -> str:
    return create_indicator(
        s, project,
        IndicatorData(code=code, name={"fr": code}, baseline_value=D(0),
                      baseline_date=dt.date(2024, 1, 1), target_value=D(100),
                      target_date=dt.date(2026, 1, 1), frequency=frequency),
    )


def _measure(s, indicator: str, start: dt.date, end: dt.date, value: int) -> None:
    create_measurement(s, indicator, MeasurementData(start, end, value=D(value)))


@pytest.fixture
def world(session_factory) -> dict[str, str]:
    with session_scope(session_factory) as s:
        org = create_organisation(
            s, OrganisationData(name="Commune de Ndiaganiao", kind="local_authority", country="SN")
        )
        ids = {
            "renew": _partnership(s, org, "active", TODAY + dt.timedelta(days=40), "Charte"),
            "expired": _partnership(s, org, "active", TODAY - dt.timedelta(days=10), "Pacte"),
            "later": _partnership(s, org, "active", dt.date(2030, 1, 1), "Convention"),
            "open": _partnership(s, org, "active", None, "Amitié"),
            "ended": _partnership(s, org, "ended", dt.date(2020, 1, 1), "Ancienne"),
            "draft": _partnership(s, org, "draft", None, "Projet"),
        }
        p1 = _project(s, "P1", 2, dt.date(2024, 1, 1), dt.date(2026, 12, 31))
        p2 = _project(s, "P2", 4, dt.date(2022, 1, 1), dt.date(2023, 12, 31),
                      (dt.date(2022, 1, 1), dt.date(2023, 12, 31)))
        _project(s, "P3", 1, dt.date(2025, 9, 1))
        _project(s, "P4", 2, dt.date(2023, 1, 1))
        _project(s, "P5", 2, None)
        ids |= {"p1": p1, "p2": p2, "org": org}
        for day, kind, direction in (
            (dt.date(2025, 3, 2), "school_exchange", "incoming"),
            (dt.date(2025, 5, 20), "technical_mission", "outgoing"),
            (dt.date(2024, 11, 5), "school_exchange", "incoming"),
            (dt.date(2025, 9, 1), "cultural_event", "outgoing"),
        ):
            ids[f"ex-{day}"] = create_exchange(
                s,
                ExchangeData(kind=kind, direction=direction, title=f"Ex {day}", start_date=day,
                             partner_ids=(org,), project_id=p1),
            )
        set_participants(
            s, ids["ex-2025-03-02"],
            [PersonData(last_name="Diop", sex="female", age_group="26-64"),
             PersonData(last_name="Sarr", sex="male", age_group="12-17", is_minor=True,
                        consent_given=True, consent_date=dt.date(2025, 1, 5))],
            [CountData("female", "12-17", 12)],
        )
        set_participants(s, ids["ex-2024-11-05"], [], [CountData("male", "26-64", 40)])
        _money(s, p1, p2)
        ids["on"] = _indicator(s, p1, "ON")
        _measure(s, ids["on"], dt.date(2024, 1, 1), dt.date(2024, 12, 31), 55)
        ids["off"] = _indicator(s, p1, "OFF", "quarterly")
        _measure(s, ids["off"], dt.date(2024, 10, 1), dt.date(2024, 12, 31), 10)
        ids["risk"] = _indicator(s, p1, "RISK")
        _measure(s, ids["risk"], dt.date(2024, 1, 1), dt.date(2024, 12, 31), 35)
        ids["none"] = _indicator(s, p1, "NONE")
        ids["closed"] = _indicator(s, p2, "CLOSED")
        ids["computed"] = create_indicator(
            s, p1, IndicatorData(code="EX", name={"fr": "EX"}, computed_source="exchanges_held")
        )
    return ids


def _money(s, p1: str, p2: str) -> None:
    for pid, year, currency, minor in ((p1, 2025, "EUR", 1_000_000), (p1, 2025, "XOF", 655_957),
                                       (p1, 2024, "EUR", 500_000), (p2, 2025, "USD", 100)):
        s.add(BudgetLine(project_id=pid, year=year, category="travel", planned_minor=minor,
                         currency=currency))
    for day, kind, currency, minor, rate in (
        (dt.date(2025, 2, 1), "expense", "EUR", 123_456, None),
        (dt.date(2025, 3, 1), "expense", "XOF", 327_979, D("655.957")),
        (dt.date(2025, 4, 1), "expense", "XOF", 327_979, D("655.957")),
        # 100 BRL at 6 per euro is 16.67 EUR: each expense is rounded on its own.
        (dt.date(2025, 5, 1), "expense", "BRL", 10_000, D(6)),
        (dt.date(2025, 5, 2), "expense", "BRL", 10_000, D(6)),
        (dt.date(2025, 5, 3), "expense", "USD", 10_000, None),
        (dt.date(2024, 12, 31), "expense", "EUR", 999_999, None),
        (dt.date(2025, 5, 4), "income", "EUR", 999_999, None),
    ):
        s.add(MoneyTransaction(project_id=p1, kind=kind, date=day, amount_minor=minor,
                               currency=currency, rate_to_eur=rate))
    for kind, currency, committed, received in (
        ("own_budget", "EUR", 500_000, 500_000),
        ("ministry_grant", "EUR", 300_000, 150_000),
        ("partner_contribution", "XOF", 655_957, 0),
    ):
        s.add(FundingSource(project_id=p1, year=2025, kind=kind, currency=currency,
                            committed_minor=committed, received_minor=received))
    s.add(FundingSource(project_id=p1, year=2024, kind="eu", committed_minor=10**9))
    s.flush()


def _summary(session_factory):
    with session_scope(session_factory) as s:
        return dashboard(s, YEAR, today=TODAY)


def test_partnerships_and_projects(session_factory, world):
    d = _summary(session_factory)
    assert d.active_partnerships.value == 4
    assert d.active_partnerships.drill.filters == {"status": "active"}
    assert {f.key: f.value for f in d.partnerships_by_status} == {
        "partnerships.draft": 1, "partnerships.active": 4, "partnerships.suspended": 0,
        "partnerships.ended": 1,
    }
    assert d.projects.value == 3
    assert {f.key: f.value for f in d.projects_by_status if f.value} == {
        "projects.1": 1, "projects.2": 2
    }
    # Each number opens exactly the projects the projects list shows with its filters.
    with session_scope(session_factory) as s:
        rows = list_projects(s)
    for figure in (d.projects, *d.projects_by_status):
        assert figure.drill.area == "projects"
        wanted = ProjectFilter(**figure.drill.filters)  # type: ignore[arg-type]
        assert sum(wanted.matches(r) for r in rows) == figure.value, figure.key


def test_exchanges_and_participants(session_factory, world):
    d = _summary(session_factory)
    assert d.exchanges.value == 3
    assert d.participants.value == 14 and d.minors.value == 13
    assert {f.key: f.value for f in d.participants_by_sex if f.value} == {
        "participants.sex.female": 13, "participants.sex.male": 1
    }
    assert {f.key: f.value for f in d.participants_by_age_group if f.value} == {
        "participants.age.12-17": 13, "participants.age.26-64": 1
    }
    assert {f.key: f.value for f in d.exchanges_by_kind if f.value} == {
        "exchanges.kind.school_exchange": 1, "exchanges.kind.technical_mission": 1,
        "exchanges.kind.cultural_event": 1,
    }
    with session_scope(session_factory) as s:
        rows = list_exchanges(s)
    for figure in (d.exchanges, *d.exchanges_by_kind, *d.exchanges_by_direction):
        wanted = ExchangeFilter(**figure.drill.filters)  # type: ignore[arg-type]
        assert sum(wanted.matches(r) for r in rows) == figure.value, figure.key


def test_budget_in_euros(session_factory, world):
    b = _summary(session_factory).budget
    assert b.planned.amount == Money(1_100_000, "EUR")
    # 1,234.56 + 2 × 500.00 (XOF) + 2 × 16.67 (BRL); the USD expense has no rate.
    assert b.spent.amount == Money(226_790, "EUR")
    assert b.execution_rate == D(226_790) / D(1_100_000)
    assert b.unconverted == 2
    assert b.committed.amount == Money(900_000, "EUR")
    assert b.received.amount == Money(650_000, "EUR")
    assert b.cofinancing.amount == Money(400_000, "EUR")
    assert b.cofinancing_share == D(4) / D(9)
    assert [(f.key, f.amount.minor) for f in b.by_funding_kind] == [
        ("funding.own_budget", 500_000), ("funding.ministry_grant", 300_000),
        ("funding.partner_contribution", 100_000),
    ]
    assert b.by_funding_kind[1].label == "Ministry grant (DAECT)"
    assert b.spent.drill.area == "budget" and b.spent.drill.filters == {"year": 2025}


def test_indicator_statuses_with_the_ids_behind_them(session_factory, world):
    d = _summary(session_factory)
    assert d.indicators_as_of == TODAY
    by_status = {f.key: f for f in d.indicators_by_status}
    assert by_status["indicators.on_track"].drill.ids == (world["on"],)
    assert by_status["indicators.off_track"].drill.ids == (world["off"],)
    assert by_status["indicators.at_risk"].drill.ids == (world["risk"],)
    assert by_status["indicators.no_data"].drill.ids == (world["none"],)
    # The computed indicator has no baseline or target.
    assert by_status["indicators.no_target"].drill.ids == (world["computed"],)
    # P2 is closed before 2025: its indicator is not counted.
    assert world["closed"] not in {i for f in d.indicators_by_status for i in f.drill.ids or ()}
    with session_scope(session_factory) as s:
        rows = list_indicators(s, as_of=d.indicators_as_of)
    for figure in d.indicators_by_status:
        wanted = IndicatorFilter(status=str(figure.drill.filters["status"]),
                                 ids=frozenset(figure.drill.ids or ()))
        assert sum(wanted.matches(r) for r in rows) == figure.value
    assert "points below the expected progress" in d.status_rule


def test_upcoming_items(session_factory, world):
    up = _summary(session_factory).upcoming
    counts = {f.key: f for f in up.counts}
    assert set(counts["agreement_renewal"].drill.ids or ()) == {world["renew"], world["expired"]}
    # OFF: quarterly, measured to December 2024: March 2025 is due. NONE: never measured.
    # ON and RISK: the 2025 measurement is due at the end of December, beyond three months.
    assert set(counts["measurement_due"].drill.ids or ()) == {world["off"], world["none"]}
    assert counts["exchange_planned"].drill.ids == (world["ex-2025-09-01"],)
    assert [(i.kind, i.date, i.overdue) for i in up.items] == [
        ("measurement_due", dt.date(2024, 12, 31), True),
        ("measurement_due", dt.date(2025, 3, 31), True),
        ("agreement_renewal", TODAY - dt.timedelta(days=10), True),
        ("agreement_renewal", TODAY + dt.timedelta(days=40), False),
        ("exchange_planned", dt.date(2025, 9, 1), False),
    ]
    renewal = up.items[3]
    assert (renewal.title, renewal.detail) == ("Charte", "Commune de Ndiaganiao")
    assert up.items[0].detail == "P1"


def test_later_years_and_no_data(session_factory, world):
    with session_scope(session_factory) as s:
        empty = dashboard(s, 2031, today=TODAY)
    assert empty.exchanges.value == 0 and empty.participants.value == 0
    assert empty.budget.execution_rate is None and empty.budget.cofinancing_share is None
    # A future year: only projects running into it (P1 ends in 2026), judged today.
    assert empty.projects.value == 0
    assert empty.indicators_as_of == TODAY


def test_add_months():
    assert add_months(dt.date(2025, 11, 30), 3) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)


def test_queries_do_not_grow_with_the_data(session_factory, world):
    def statements() -> int:
        with session_scope(session_factory) as s:
            engine = s.get_bind()
            seen: list[object] = []

            def count(*args: object) -> None:
                seen.append(args[2])

            event.listen(engine, "before_cursor_execute", count)
            try:
                dashboard(s, YEAR, today=TODAY)
            finally:
                event.remove(engine, "before_cursor_execute", count)
            return len(seen)

    before = statements()
    with session_scope(session_factory) as s:
        for n in range(5):
            pid = _project(s, f"MORE-{n}", 2, dt.date(2025, 1, 1), dt.date(2025, 12, 31))
            ind = _indicator(s, pid, "I")
            _measure(s, ind, dt.date(2025, 1, 1), dt.date(2025, 3, 31), 5)
            create_indicator(s, pid, IndicatorData(code="C", name={"fr": "C"},
                                                   computed_source="exchanges_held"))
            create_exchange(s, ExchangeData(kind="remote_meeting", direction="remote",
                                            title="Visio", start_date=dt.date(2025, 2, 2),
                                            partner_ids=(world["org"],), project_id=pid))
    assert statements() == before
