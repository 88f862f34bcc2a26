"""The Budget area: the commune's totals per year and per project, read off the GUI thread."""

from __future__ import annotations

import datetime as dt

import pytest
from budget_ui_support import BudgetSeed, money, seed_budget

from PySide6.QtWidgets import QComboBox, QTableView

from coopdesk.i18n.formatting import Formatter
from coopdesk.services.budget_summary import commune_summary
from coopdesk.services.transactions import TransactionData, create_transaction
from coopdesk.ui.areas import STAFF_AREAS
from coopdesk.ui.budget_area import BudgetPage, default_year
from coopdesk.ui.budget_loader import load_commune_budget
from coopdesk.ui.context import AppContext
from coopdesk.ui.models import budget_commune_table_model as cm
from coopdesk.ui.models import funding_kind_table_model as fk

FR = Formatter("fr")


@pytest.fixture
def seed(app_context: AppContext) -> BudgetSeed:
    return app_context.run(seed_budget)


@pytest.fixture
def area(qtbot, app_context: AppContext, seed: BudgetSeed) -> BudgetPage:
    app_context.formatter = FR
    page = BudgetPage(app_context)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()  # the first load starts when the area is first shown
    return page


def texts(table_list, col: int) -> list[str]:
    proxy = table_list.proxy
    return [proxy.index(r, col).data() for r in range(proxy.rowCount())]


def choose_year(qtbot, page: BudgetPage, year: int | None) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.year_combo.set_year(year)


def test_area_is_listed_after_projects() -> None:
    keys = [area.key for area in STAFF_AREAS]
    assert keys.index("budget") > keys.index("projects")
    assert STAFF_AREAS[keys.index("budget")].title == "Budget"


def test_default_year_is_the_current_one_else_the_latest_before() -> None:
    today = dt.date(2026, 5, 1)
    assert default_year((2024, 2025, 2026), today) == 2026
    assert default_year((2019, 2020, 2030), today) == 2020
    assert default_year((2030, 2031), today) == 2030
    assert default_year((), today) == 2026


def test_totals_per_year_and_project_equal_the_commune_summary(
    qtbot, area: BudgetPage, app_context: AppContext
) -> None:
    assert area.objectName() == "budgetArea"
    assert area.findChild(QTableView, "communeBudgetTable") is area.projects.table
    assert area.findChild(QComboBox, "communeYearCombo") is area.year_combo
    # Nothing budgeted in the current year: the latest year before it is shown.
    assert area.year_combo.year() == default_year((2025, 2026))
    choose_year(qtbot, area, 2025)
    summary = app_context.run(lambda s: commune_summary(s, year=2025, fmt=FR))
    totals = area.totals
    assert totals.text_of("planned") == FR.money(summary.planned) == "2\u202f400,00\u00a0€"
    assert totals.text_of("spent") == FR.money(summary.spent)
    assert totals.text_of("remaining") == FR.money(summary.remaining)
    assert totals.text_of("rate") == FR.percent(summary.execution_rate)
    assert totals.text_of("fundingCommitted") == FR.money(summary.funding_committed)
    assert texts(area.projects, cm.CODE) == [p.code for p in summary.projects]
    assert texts(area.projects, cm.PLANNED) == [FR.money(p.planned) for p in summary.projects]
    assert texts(area.projects, cm.SPENT) == [FR.money(p.spent) for p in summary.projects]
    assert texts(area.projects, cm.RATE) == ["0\u00a0%", "85\u00a0%"]
    assert texts(area.years, cm.YEAR) == ["2025"]
    assert texts(area.kinds, fk.COMMITTED_SHARE) == ["60\u00a0%", "40\u00a0%"]
    assert area.warnings.messages() == [w.message for w in summary.warnings]
    assert area.status_text() == "2 project(s) with a budget"
    # Every year.
    choose_year(qtbot, area, None)
    everything = app_context.run(lambda s: commune_summary(s, fmt=FR))
    assert totals.text_of("planned") == FR.money(everything.planned) == "4\u202f900,00\u00a0€"
    assert texts(area.years, cm.YEAR) == ["2025", "2026"]
    assert texts(area.years, cm.PLANNED) == [FR.money(y.planned) for y in everything.years]
    assert [area.year_combo.itemText(i) for i in range(area.year_combo.count())] == [
        "All years",
        "2026",
        "2025",
    ]


def test_charts_of_the_commune(qtbot, area: BudgetPage) -> None:
    choose_year(qtbot, area, None)
    charts = area.charts
    assert charts.bar_values(charts.groups_view) == {
        "Planned": [400.0, 4500.0],
        "Spent": [0.0, 1700.0],
    }
    assert charts.bar_values(charts.years_view) == {
        "Planned": [2400.0, 2500.0],
        "Spent": [1700.0, 0.0],
    }
    assert sorted(charts.pie_values().values()) == [1000.0, 1500.0]


def test_area_follows_changes(qtbot, area: BudgetPage, app_context, seed) -> None:
    choose_year(qtbot, area, 2025)
    data = TransactionData(
        kind="expense", date=dt.date(2025, 9, 1), amount=money("100"), budget_line_id=seed.works
    )
    app_context.run(lambda s: create_transaction(s, seed.project, data))
    with qtbot.waitSignal(area.loaded, timeout=10_000):
        app_context.events.changed.emit("money_transaction")
    assert area.totals.text_of("spent") == "1\u202f800,00\u00a0€"


def test_double_click_asks_for_the_project(qtbot, area: BudgetPage, seed) -> None:
    choose_year(qtbot, area, 2025)
    assert area.projects.select_id(seed.project)
    with qtbot.waitSignal(area.project_activated) as blocker:
        area.projects.activated.emit()
    assert blocker.args == [seed.project]


def test_loader_uses_its_own_session(app_context: AppContext, seed: BudgetSeed) -> None:
    result = load_commune_budget(app_context.session_factory, 2026, FR)
    assert (result.year, result.years) == (2026, (2025, 2026))
    assert result.summary.planned == money("2500")
