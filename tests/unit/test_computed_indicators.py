from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import event

from coopdesk.services.computed_indicators import (
    COMPUTED_SOURCES,
    computed_choices,
    computed_definition,
    computed_label,
    computed_series,
    eur_minor,
)
from coopdesk.services.errors import NotFoundError
from coopdesk.services.exchanges import ExchangeData, create_exchange
from coopdesk.services.indicator_list import list_indicators, progress_by_indicator
from coopdesk.services.indicators import IndicatorData, create_indicator
from coopdesk.services.organisations import OrganisationData, create_organisation
from coopdesk.services.participants import CountData, PersonData, set_participants
from coopdesk.services.progress import IndicatorStatus
from coopdesk.services.projects import ProjectData, create_project
from coopdesk.store.db import session_scope
from coopdesk.store.models import BudgetLine, MoneyTransaction

D = Decimal
AS_OF = dt.date(2025, 6, 30)


def _indicator(s, project: str, code: str, key: str, frequency: str, **values) -> str:
    return create_indicator(
        s, project,
        IndicatorData(code=code, name={"en": code}, computed_source=key, frequency=frequency,
                      baseline_date=dt.date(2024, 1, 1), target_date=dt.date(2025, 12, 31),
                      **values),
    )


@pytest.fixture
def world(session_factory) -> dict[str, str]:
    with session_scope(session_factory) as s:
        org = create_organisation(
            s, OrganisationData(name="Stadt Hameln", kind="local_authority", country="DE")
        )
        project = create_project(
            s,
            ProjectData(code="DE-JEU", title={"fr": "Échanges"}, planned_start=dt.date(2024, 1, 1),
                        planned_end=dt.date(2025, 12, 31)),
        )
        other = create_project(s, ProjectData(code="OTHER", title={"fr": "Autre"}))
        exchanges = {}
        for day, pid in ((dt.date(2024, 2, 3), project), (dt.date(2024, 2, 20), project),
                         (dt.date(2024, 5, 2), project), (dt.date(2024, 8, 30), project),
                         (dt.date(2025, 1, 15), project), (dt.date(2024, 2, 3), other)):
            exchanges[day, pid] = create_exchange(
                s,
                ExchangeData(kind="youth_exchange", direction="incoming", title=f"Visit {day}",
                             start_date=day, partner_ids=(org,), project_id=pid),
            )
        set_participants(
            s, exchanges[dt.date(2024, 2, 3), project],
            [PersonData(last_name="Diop", sex="female", age_group="26-64"),
             PersonData(last_name="Weber", sex="male", age_group="12-17", is_minor=True,
                        consent_given=True, consent_date=dt.date(2024, 1, 10))],
            [CountData("female", "12-17", 10), CountData("male", "26-64", 5)],
        )
        set_participants(s, exchanges[dt.date(2024, 8, 30), project], [],
                         [CountData("female", "65+", 3)])
        set_participants(s, exchanges[dt.date(2024, 2, 3), other], [],
                         [CountData("female", "0-11", 50)])
        for year, currency, minor in ((2024, "EUR", 1_000_000), (2025, "XOF", 6_559_570)):
            s.add(BudgetLine(project_id=project, year=year, category="travel",
                             planned_minor=minor, currency=currency))
        s.add(BudgetLine(project_id=other, year=2024, category="travel", planned_minor=100,
                         currency="EUR"))
        for day, kind, currency, minor, rate in (
            (dt.date(2024, 3, 5), "expense", "EUR", 200_000, None),
            (dt.date(2024, 7, 9), "expense", "XOF", 655_957, D("655.957")),
            (dt.date(2024, 11, 2), "expense", "BRL", 600_000, D("6")),
            (dt.date(2024, 11, 3), "income", "EUR", 900_000, None),
            (dt.date(2024, 11, 4), "commitment", "EUR", 900_000, None),
            (dt.date(2025, 8, 1), "expense", "EUR", 900_000, None),
        ):
            s.add(MoneyTransaction(project_id=project, kind=kind, date=day, amount_minor=minor,
                                   currency=currency, rate_to_eur=rate))
        s.flush()
        ids = {
            "project": project,
            "held": _indicator(s, project, "HELD", "exchanges_held", "quarterly",
                               baseline_value=D(0), target_value=D(2)),
            "total": _indicator(s, project, "TOTAL", "participants_total", "semiannual"),
            "female": _indicator(s, project, "FEMALE", "participants_female", "semiannual"),
            "minors": _indicator(s, project, "MINORS", "participants_minors", "semiannual"),
            "budget": _indicator(s, project, "BUDGET", "budget_executed_rate", "semiannual",
                                 baseline_value=D(0), target_value=D(100)),
            "typed": create_indicator(s, project, IndicatorData(code="T", name={"en": "T"})),
        }
    return ids


def _values(session_factory, indicator_id: str) -> list[tuple[str, Decimal]]:
    with session_scope(session_factory) as s:
        points = computed_series(s, indicator_id, as_of=AS_OF)
    return [(f"{p.period_start:%Y-%m}", p.value) for p in points]


def test_exchanges_held_per_quarter(session_factory, world):
    assert _values(session_factory, world["held"]) == [
        ("2024-01", 2), ("2024-04", 1), ("2024-07", 1), ("2024-10", 0), ("2025-01", 1),
        ("2025-04", 0),
    ]


def test_participants_per_half_year(session_factory, world):
    # February 2024: 2 listed + 15 counted; August 2024: 3 counted; the other project's 50
    # children do not count.
    assert _values(session_factory, world["total"]) == [("2024-01", 17), ("2024-07", 3),
                                                        ("2025-01", 0)]
    assert _values(session_factory, world["female"]) == [("2024-01", 11), ("2024-07", 3),
                                                         ("2025-01", 0)]
    assert _values(session_factory, world["minors"]) == [("2024-01", 11), ("2024-07", 0),
                                                         ("2025-01", 0)]


def test_budget_executed_rate_is_cumulative_in_euros(session_factory, world):
    # Planned: 10,000 EUR + 6,559,570 XOF (10,000 EUR). Spent: 2,000 EUR by June 2024, then
    # 1,000 EUR in XOF and 1,000 EUR in BRL at 6; income and commitments do not count.
    assert _values(session_factory, world["budget"]) == [
        ("2024-01", D("10.0")), ("2024-07", D("20.0")), ("2025-01", D("20.0"))
    ]
    assert eur_minor(655_957, "XOF", None) == 100_000
    assert eur_minor(600_000, "BRL", D(6)) == 100_000
    assert eur_minor(600_000, "BRL", None) is None


def test_not_computed_and_missing(session_factory, world):
    assert _values(session_factory, world["typed"]) == []
    with session_scope(session_factory) as s, pytest.raises(NotFoundError):
        computed_series(s, "nope")


def test_progress_of_computed_indicators(session_factory, world):
    with session_scope(session_factory) as s:
        progress = progress_by_indicator(s, project_id=world["project"], as_of=AS_OF)
        held = progress[world["held"]]
        assert (held.latest_value, held.latest_date) == (0, dt.date(2025, 6, 30))
        assert held.status == IndicatorStatus.OFF_TRACK
        budget = progress[world["budget"]]
        assert budget.latest_value == D("20.0") and budget.status == IndicatorStatus.OFF_TRACK
        assert progress[world["total"]].status == IndicatorStatus.NO_TARGET
        rows = {r.code: r for r in list_indicators(s, project_id=world["project"], as_of=AS_OF)}
        assert rows["HELD"].progress == held
        assert rows["HELD"].measurement_count == 0


def test_many_computed_indicators_cost_the_same_queries(session_factory, world):
    def statements(as_of: dt.date) -> int:
        with session_scope(session_factory) as s:
            engine = s.get_bind()
            seen: list[str] = []

            def count(*args: object) -> None:
                seen.append(str(args[2]))

            event.listen(engine, "before_cursor_execute", count)
            try:
                progress_by_indicator(s, as_of=as_of)
            finally:
                event.remove(engine, "before_cursor_execute", count)
            return len(seen)

    before = statements(AS_OF)
    with session_scope(session_factory) as s:
        for n in range(8):
            key = list(COMPUTED_SOURCES)[n % len(COMPUTED_SOURCES)]
            _indicator(s, world["project"], f"MORE-{n}", key, "monthly")
    assert statements(AS_OF) == before


def test_labels():
    assert computed_label("exchanges_held") == "Exchanges held"
    assert computed_label("unknown") == "unknown"
    assert computed_definition("budget_executed_rate").startswith("Expenses from the start")
    assert [k for k, _label in computed_choices()] == list(COMPUTED_SOURCES)
