"""The project's Budget tab: totals, lines, funding plan, journal, warnings, charts."""

from __future__ import annotations

import pytest
from budget_ui_support import BudgetSeed, seed_budget

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableView, QToolButton, QWidget

from coopdesk.i18n.formatting import Formatter
from coopdesk.services.budget_summary import project_summary
from coopdesk.ui.budget_panel import BudgetPanel
from coopdesk.ui.context import AppContext
from coopdesk.ui.models import budget_line_table_model as bl
from coopdesk.ui.models import funding_source_table_model as fs
from coopdesk.ui.models import transaction_table_model as tm
from coopdesk.ui.projects_page import ProjectsPage


@pytest.fixture
def seed(app_context: AppContext) -> BudgetSeed:
    return app_context.run(seed_budget)


@pytest.fixture
def panel(qtbot, app_context: AppContext, seed: BudgetSeed) -> BudgetPanel:
    app_context.formatter = Formatter("fr")
    page = ProjectsPage(app_context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    assert page.list.select_id(seed.project)
    page.view.setCurrentWidget(page.view.budget)
    return page.view.budget


def texts(table_list, col: int) -> list[str]:
    proxy = table_list.proxy
    return [proxy.index(r, col).data() for r in range(proxy.rowCount())]


def test_the_tab_has_its_widgets(panel: BudgetPanel) -> None:
    view = panel.parentWidget().parentWidget()
    assert view.tabText(view.indexOf(panel)) == "Budget"
    for name, kind in [
        ("budgetTab", BudgetPanel),
        ("budgetYearCombo", QComboBox),
        ("budgetLinesTable", QTableView),
        ("newBudgetLineButton", QToolButton),
        ("fundingTable", QTableView),
        ("newFundingButton", QToolButton),
        ("transactionsTable", QTableView),
        ("newTransactionButton", QToolButton),
        ("transactionKindFilter", QComboBox),
        ("budgetWarnings", QWidget),
        ("budgetCharts", QWidget),
        ("historyTable", QTableView),
        ("receiptsTable", QTableView),
    ]:
        found = panel if panel.objectName() == name else panel.findChild(kind, name)
        assert found is not None, name
    assert [panel.sections.tabText(i) for i in range(panel.sections.count())] == [
        "Budget lines (3)",
        "Funding plan (2)",
        "Transactions (4)",
        "Charts",
        "History",
    ]


def test_totals_equal_the_project_summary(
    panel: BudgetPanel, app_context: AppContext, seed: BudgetSeed
) -> None:
    fmt = app_context.formatter
    summary = app_context.run(lambda s: project_summary(s, seed.project, fmt=fmt))
    totals = panel.totals
    assert totals.text_of("planned") == fmt.money(summary.planned) == "4\u202f500,00\u00a0€"
    assert totals.text_of("committed") == fmt.money(summary.committed)
    assert totals.text_of("spent") == fmt.money(summary.spent) == "1\u202f700,00\u00a0€"
    assert totals.text_of("remaining") == fmt.money(summary.remaining)
    assert totals.text_of("rate") == fmt.percent(summary.execution_rate) == "37,8\u00a0%"
    assert totals.text_of("fundingCommitted") == fmt.money(summary.funding_committed)
    assert totals.text_of("fundingReceived") == fmt.money(summary.funding_received)
    assert totals.cofinancing.text() == (
        "Ministry grant (DAECT) 60\u00a0% · Water agency (1 % water) 40\u00a0%"
    )
    assert texts(panel.lines.list, bl.LABEL) == [
        "Missions techniques",
        "Forages",
        "Formation des fontainiers",
    ]
    assert texts(panel.funding.list, fs.LABEL) == ["Appel DAECT", ""]
    assert texts(panel.transactions.list, tm.REF) == [
        "Titre 2025-0001",
        "",
        "Mandat 2025-0002",
        "Mandat 2025-0001",
    ]
    # One year: that year's figures, lines, sources and transactions only.
    panel.year_combo.set_year(2026)
    year = summary.years[1]
    assert totals.text_of("planned") == fmt.money(year.planned) == "2\u202f500,00\u00a0€"
    assert texts(panel.lines.list, bl.LABEL) == ["Formation des fontainiers"]
    assert panel.lines.list.table.isColumnHidden(bl.YEAR)
    assert panel.funding.list.total_count() == 0
    assert panel.transactions.list.total_count() == 0
    assert totals.cofinancing.text() == "No funding yet"
    assert [panel.year_combo.itemText(i) for i in range(panel.year_combo.count())] == [
        "All years",
        "2026",
        "2025",
    ]


def test_warnings_banner_shows_the_overspent_line(qtbot, panel: BudgetPanel, seed) -> None:
    banner = panel.warnings
    assert banner.isVisible()
    assert banner.title.text() == "2 warning(s) to look at"
    assert banner.messages() == [
        "Budget line Missions techniques of 2025 is overspent by 200,00\u00a0€.",
        "Funding Agence de l'eau of 2025 covers 50\u00a0% of the planned budget, above its "
        "cap of 40\u00a0%.",
    ]
    # Enter on a warning shows its line.
    banner.list.setCurrentRow(0)
    banner.list.setFocus()
    qtbot.keyClick(banner.list, Qt.Key.Key_Return)
    assert panel.sections.currentWidget() is panel.lines
    assert panel.lines.list.current_id() == seed.missions
    assert panel.lines.list.proxy.index(0, bl.REMAINING).data(Qt.ItemDataRole.ForegroundRole)
    panel.year_combo.set_year(2026)
    assert not banner.isVisible()


def test_journal_filters_and_sorts(qtbot, panel: BudgetPanel) -> None:
    journal = panel.transactions.list
    kind = panel.transactions.kind_filter
    kind.setCurrentIndex(kind.findData("expense"))
    assert texts(journal, tm.COUNTERPARTY) == ["Forages du Sine", "Air Sénégal"]
    kind.setCurrentIndex(0)
    assert journal.search is not None
    qtbot.keyClicks(journal.search, "senegal")
    assert texts(journal, tm.COUNTERPARTY) == ["Air Sénégal"]
    journal.search.clear()
    journal.table.sortByColumn(tm.EUR, Qt.SortOrder.DescendingOrder)
    assert texts(journal, tm.EUR) == [
        "1\u202f200,00\u00a0€",
        "500,00\u00a0€",
        "500,00\u00a0€",
        "300,00\u00a0€",
    ]


def test_charts_draw_the_summary_figures(panel: BudgetPanel) -> None:
    panel.sections.setCurrentWidget(panel.charts)
    charts = panel.charts
    assert charts.bar_values(charts.groups_view) == {
        "Planned": [1000.0, 1000.0, 2500.0],
        "Spent": [1200.0, 500.0, 0.0],
    }
    assert charts.bar_values(charts.years_view) == {
        "Planned": [2000.0, 2500.0],
        "Spent": [1700.0, 0.0],
    }
    assert charts.pie_values() == {
        "Ministry grant (DAECT) (60\u00a0%)": 1500.0,
        "Water agency (1 % water) (40\u00a0%)": 1000.0,
    }
    assert "Ministry grant (DAECT) (60\u00a0%)" in charts.funding_legend.text()
    # A year: that year's lines, every year still on the second chart.
    panel.year_combo.set_year(2025)
    assert charts.bar_values(charts.groups_view)["Spent"] == [1200.0, 500.0]
    assert charts.bar_values(charts.years_view)["Planned"] == [2000.0, 2500.0]


def test_read_only_database_offers_no_change(qtbot, app_context: AppContext, seed) -> None:
    app_context.readonly = True
    page = ProjectsPage(app_context)
    qtbot.addWidget(page)
    page.show()
    page.list.select_id(seed.project)
    page.view.setCurrentWidget(page.view.budget)
    panel = page.view.budget
    for section in (panel.lines, panel.funding, panel.transactions):
        assert not section.new_action.isEnabled()
        section.list.table.selectRow(0)
        assert section.edit_action.isEnabled() and not section.delete_action.isEnabled()
    assert not panel.transactions.receipts.add_action.isEnabled()


def test_hidden_tab_reads_nothing_until_shown(qtbot, app_context: AppContext, seed) -> None:
    page = ProjectsPage(app_context)
    qtbot.addWidget(page)
    page.show()
    page.list.select_id(seed.project)
    panel = page.view.budget
    assert panel.project_id() == seed.project
    assert panel.summary is None  # the Overview tab is shown: nothing read yet
    page.view.setCurrentWidget(panel)
    assert panel.summary is not None and panel.lines.list.total_count() == 3
    page.list.select_id(seed.other)
    assert texts(panel.lines.list, bl.LABEL) == ["Animation"]
