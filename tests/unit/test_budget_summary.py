from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from budget_support import eur, line, project, source, tx

from coopdesk.domain.money import Money
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.budget_conversion import eur_cents, transaction_totals
from coopdesk.services.budget_summary import commune_summary, project_summary
from coopdesk.services.errors import NotFoundError
from coopdesk.store.db import session_scope
from coopdesk.store.models import MoneyTransaction, Municipality

FMT = Formatter("en")


@pytest.fixture
def data(session_factory):
    """Two projects; the water one has hand-checked figures for 2024."""
    with session_scope(session_factory) as s:
        water = project(s, "EAU-1", theme="water")
        school = project(s, "EDU-1", theme="education")
        l1 = line(s, water, "1000", category="travel", label="Missions")
        l2 = line(s, water, "5000", category="works", label="Forage")
        l3 = line(s, water, "200", year=2025, category="other")
        tx(s, water, "600", line_id=l1)
        tx(s, water, "655957", currency="XOF", line_id=l1)  # 1 000 euros
        tx(s, water, "200", kind="commitment", line_id=l1)
        tx(s, water, "630", currency="BRL", rate="6.30", line_id=l2)  # 100 euros
        tx(s, water, "50", day=dt.date(2024, 8, 1))  # not allocated to a line
        own = source(s, water, "3000", "3000", kind="own_budget")
        grant = source(s, water, "4500", "5000", kind="ministry_grant", cap=7000, label="DAECT")
        agency = source(s, water, "655957", kind="water_agency", currency="XOF")
        tx(s, water, "5000", kind="income", source_id=grant)
        line(s, school, "300", category="training")
        source(s, school, "10000", kind="own_budget")
        tx(s, school, "400", line_id=None, day=dt.date(2025, 2, 1))
    return {
        "water": water,
        "school": school,
        "l1": l1,
        "l2": l2,
        "l3": l3,
        "own": own,
        "grant": grant,
        "agency": agency,
    }


def test_project_year_figures(session_factory, data):
    with session_scope(session_factory) as s:
        p = project_summary(s, data["water"], fmt=FMT)
    assert [y.year for y in p.years] == [2024, 2025]
    y = p.years[0]
    assert (y.planned, y.committed, y.spent, y.remaining) == (
        eur("6000"),
        eur("200"),
        eur("1750"),
        eur("4250"),
    )
    assert y.execution_rate == Decimal(1750) / Decimal(6000)
    assert (y.income, y.funding_committed, y.funding_received) == (
        eur("5000"),
        eur("8500"),
        eur("8000"),
    )
    lines = {ln.budget_line_id: ln for ln in y.lines}
    assert [ln.label for ln in y.lines] == ["Missions", "Forage", "Not allocated to a budget line"]
    assert (lines[data["l1"]].spent, lines[data["l1"]].committed) == (eur("1600"), eur("200"))
    assert lines[data["l1"]].remaining == eur("-600")
    assert lines[data["l1"]].transaction_count == 3
    assert lines[data["l2"]].spent == eur("100")
    assert lines[None].spent == eur("50") and lines[None].planned == eur("0")
    assert lines[None].execution_rate is None
    sources = {src.funding_source_id: src for src in y.sources}
    grant = sources[data["grant"]]
    assert grant.name == "DAECT" and grant.income_eur == eur("5000")
    assert grant.committed_share == Decimal(4500) / Decimal(8500)
    assert grant.received_share == Decimal(5000) / Decimal(8000)
    assert grant.budget_share == Decimal("0.75")
    agency = sources[data["agency"]]
    assert agency.committed == Money(655_957, "XOF") and agency.committed_eur == eur("1000")
    assert [k.kind for k in y.kinds] == ["own_budget", "ministry_grant", "water_agency"]
    assert sum(k.committed_share for k in y.kinds) == pytest.approx(Decimal(1))
    assert p.years[1].planned == eur("200") and p.years[1].spent == eur("0")
    assert p.planned == eur("6200") and p.spent == eur("1750")


def test_project_warnings(session_factory, data):
    with session_scope(session_factory) as s:
        p = project_summary(s, data["water"], fmt=FMT)
    found = {(w.kind, w.budget_line_id or w.funding_source_id): w for w in p.warnings}
    assert set(found) == {
        ("line_overspent", data["l1"]),
        ("source_over_cap", data["grant"]),
        ("received_over_committed", data["grant"]),
    }
    over = found[("line_overspent", data["l1"])]
    assert over.message == "Budget line Missions of 2024 is overspent by €600.00."
    assert over.excess == eur("600") and over.year == 2024 and over.project_id == data["water"]
    cap = found[("source_over_cap", data["grant"])]
    assert cap.message == (
        "Funding DAECT of 2024 covers 75% of the planned budget, above its cap of 70%."
    )
    assert cap.excess == eur("300")
    received = found[("received_over_committed", data["grant"])]
    assert received.message == (
        "Funding DAECT of 2024: €500.00 received beyond the €4,500.00 committed."
    )


def test_year_overspent_and_missing_rate(session_factory, data):
    with session_scope(session_factory) as s:
        s.add(
            MoneyTransaction(
                project_id=data["school"],
                kind="expense",
                date=dt.date(2024, 3, 1),
                amount_minor=100,
                currency="BRL",
                rate_to_eur=None,
            )
        )
    with session_scope(session_factory) as s:
        p = project_summary(s, data["school"], fmt=FMT)
    kinds = {(w.kind, w.year): w for w in p.warnings}
    assert set(kinds) == {("missing_rate", 2024), ("year_overspent", 2025)}
    assert kinds[("year_overspent", 2025)].message == (
        "Project EDU-1 is overspent by €400.00 in 2025."
    )
    assert kinds[("missing_rate", 2024)].message.startswith("Project EDU-1, 2024: 1 transaction")
    assert p.years[0].unconverted_count == 1 and p.unconverted_count == 1


def test_water_ceiling(session_factory, data):
    with session_scope(session_factory) as s:
        c = commune_summary(s, fmt=FMT)
    # No water budget entered: asked for, in the years with own water funding only.
    assert [(w.kind, w.year) for w in c.warnings if w.kind.startswith("water")] == [
        ("water_budget_missing", 2024)
    ]
    water_2024 = c.years[0].water
    assert water_2024.own_water == eur("3000") and water_2024.ceiling is None
    assert water_2024.project_ids == (data["water"],)  # the school's own budget is not water
    with session_scope(session_factory) as s:
        s.add(Municipality(name="Saint-Ligier", water_budget_minor=eur("250000").minor))
    with session_scope(session_factory) as s:
        c = commune_summary(s, fmt=FMT)
    water = [w for w in c.warnings if w.kind.startswith("water")]
    assert [(w.kind, w.year, w.excess) for w in water] == [
        ("water_ceiling_exceeded", 2024, eur("500"))
    ]
    assert water[0].message == (
        "In 2024 the commune's own funding of water projects (€3,000.00) is above 1 % of its "
        "water and sanitation budget (€2,500.00), the limit of the Oudin-Santini law."
    )
    check = c.years[0].water
    assert (check.ceiling, check.headroom, check.exceeded) == (eur("2500"), eur("-500"), True)
    with session_scope(session_factory) as s:
        s.query(Municipality).update({"water_budget_minor": eur("300000").minor})
    with session_scope(session_factory) as s:
        c = commune_summary(s, fmt=FMT)
    # Exactly 1 %: allowed.
    assert not [w for w in c.warnings if w.kind.startswith("water")]
    assert c.years[0].water.headroom == eur("0")


def test_commune_totals_add_up(session_factory, data):
    with session_scope(session_factory) as s:
        c = commune_summary(s, fmt=FMT)
        detailed = commune_summary(s, fmt=FMT, detail=True)
        only_2024 = commune_summary(s, year=2024, fmt=FMT)
    assert [p.code for p in c.projects] == ["EAU-1", "EDU-1"]
    assert c.planned == eur("6500") and c.spent == eur("2150") and c.committed == eur("200")
    assert c.funding_committed == eur("18500") and c.income == eur("5000")
    assert [y.year for y in c.years] == [2024, 2025]
    for name in ("planned", "committed", "spent", "income", "funding_committed"):
        total = getattr(c, name).minor
        assert sum(getattr(p, name).minor for p in c.projects) == total
        assert sum(getattr(y, name).minor for y in c.years) == total
    assert c.projects[0].years[0].lines == () and detailed.projects[0].years[0].lines
    assert detailed.planned == c.planned and detailed.warnings == c.warnings
    assert only_2024.years == c.years[:1]
    assert [k.kind for k in c.kinds][:2] == ["own_budget", "ministry_grant"]
    assert c.kinds[0].committed_eur == eur("13000") and c.kinds[0].source_count == 2


def test_rates_too_precise_for_sql_are_converted_in_python(session_factory, data):
    rate = Decimal("6.1234567891")
    with session_scope(session_factory) as s:
        tx_id = tx(
            s, data["school"], "10000000", currency="BRL", rate=str(rate), day=dt.date(2025, 1, 5)
        )
    with session_scope(session_factory) as s:
        p = project_summary(s, data["school"], fmt=FMT)
        totals = transaction_totals(s, project_ids=[data["school"]])
    expected = eur_cents(1_000_000_000, "BRL", rate)
    assert expected == Money(1_000_000_000, "BRL").to_eur(rate).minor
    assert p.years[-1].spent.minor == 40_000 + expected
    assert sum(b.expense for b in totals.by_project_year.values()) == 40_000 + expected
    assert tx_id


def test_many_rates_are_summed_in_chunks(session_factory, data, monkeypatch):
    with session_scope(session_factory) as s:
        for n in range(5):
            tx(s, data["school"], "100", currency="BRL", rate=f"6.{n}", day=dt.date(2025, 3, 1))
    with session_scope(session_factory) as s:
        whole = commune_summary(s, fmt=FMT)
        monkeypatch.setattr("coopdesk.services.budget_conversion.RATES_PER_QUERY", 2)
        chunked = commune_summary(s, fmt=FMT)
    assert chunked == whole
    brl = sum(eur_cents(10_000, "BRL", Decimal(f"6.{n}")) or 0 for n in range(5))
    assert whole.projects[1].years[-1].spent.minor == 40_000 + brl


def test_empty_and_missing_projects(session_factory):
    with session_scope(session_factory) as s:
        pid = project(s)
        p = project_summary(s, pid)
        assert p.years == () and p.planned == eur("0") and p.execution_rate is None
        with pytest.raises(NotFoundError):
            project_summary(s, "nope")
        c = commune_summary(s)
        assert c.projects == () and c.spent == eur("0") and c.warnings == ()
