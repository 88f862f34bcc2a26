"""The "Budget" tab of a project: totals, warnings, lines, funding, journal, charts, history."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from coopdesk.services.budget_figures import ProjectBudgetSummary, YearSummary
from coopdesk.services.budget_lines import budget_years
from coopdesk.services.budget_summary import project_summary
from coopdesk.services.budget_warnings import BudgetWarning
from coopdesk.services.funding import FundingSourceRow, list_funding_sources
from coopdesk.services.transactions import TransactionRow, list_transactions
from coopdesk.ui.budget_charts import BudgetCharts, project_chart_data
from coopdesk.ui.budget_history_panel import BudgetHistoryPanel
from coopdesk.ui.budget_sections import BudgetSection, funding_section, lines_section
from coopdesk.ui.budget_transactions_section import TransactionsSection
from coopdesk.ui.budget_widgets import BudgetTotals, WarningsBanner, YearComboBox
from coopdesk.ui.context import AppContext
from coopdesk.ui.models import budget_line_table_model as bl
from coopdesk.ui.models import funding_source_table_model as fs
from coopdesk.ui.models.budget_line_table_model import line_items
from coopdesk.ui.models.funding_source_table_model import funding_items

# Tables whose changes alter what the tab shows.
WATCHED_TABLES = frozenset(
    {"budget_line", "funding_source", "money_transaction", "transaction_receipt", "organisation"}
)
LINES, FUNDING, TRANSACTIONS, CHARTS, HISTORY = range(5)

_Loaded = tuple[ProjectBudgetSummary, list[FundingSourceRow], list[TransactionRow], list[int]]


class BudgetPanel(QWidget):
    """Reads the project's budget when shown (a hidden tab only notes that it is stale)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetTab")
        self.context = context
        self._project_id: str | None = None
        self._stale = False
        self._charts_stale = False
        self.summary: ProjectBudgetSummary | None = None
        fmt = context.formatter
        self.year_combo = YearComboBox("budgetYearCombo", self)
        year_label = QLabel(self.tr("&Year"), self)
        year_label.setBuddy(self.year_combo)
        self.totals = BudgetTotals(fmt, self)
        self.warnings = WarningsBanner(self, max_rows=3)
        self.lines = lines_section(context, self)
        self.funding = funding_section(context, self)
        self.transactions = TransactionsSection(context, self)
        self.charts = BudgetCharts(fmt, self)
        self.history = BudgetHistoryPanel(context, self)
        self.sections = QTabWidget(self)
        self.sections.setObjectName("budgetSections")
        for widget in (self.lines, self.funding, self.transactions, self.charts, self.history):
            self.sections.addTab(widget, "")
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year_combo)
        top.addSpacing(18)
        top.addWidget(self.totals, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.warnings)
        layout.addWidget(self.sections, 1)
        self.year_combo.currentIndexChanged.connect(self._on_year_combo_changed)
        self.sections.currentChanged.connect(self._on_sections_current_changed)
        self.warnings.warning_activated.connect(self._on_warnings_activated)
        for section in self._record_sections():
            section.record_selected.connect(self.history.set_record)
            section.history_requested.connect(self._on_section_history_requested)
        context.events.changed.connect(self._on_events_changed)
        self._update_tab_texts()

    def _record_sections(self) -> tuple[BudgetSection, ...]:
        return (self.lines, self.funding, self.transactions)

    # --- data -----------------------------------------------------------------------------

    def set_project(self, project_id: str | None) -> None:
        """Show this project's budget (read now if shown, else when next shown)."""
        if project_id != self._project_id:
            self.history.set_record(None, None, "")
        self._project_id = project_id
        for section in self._record_sections():
            section.set_project(project_id, self.year_combo.year())
        self._stale = True
        if self.isVisible():
            self.reload()

    def project_id(self) -> str | None:
        return self._project_id

    def year(self) -> int | None:
        return self.year_combo.year()

    def reload(self) -> None:
        """Read the summary, sources and journal again, keeping the selections."""
        self._stale = False
        pid, fmt = self._project_id, self.context.formatter
        if pid is None:
            self.summary = None
            self._show(None, [], [])
            return

        chosen = self.year_combo.year()

        def load(session: Session) -> _Loaded:
            summary = project_summary(session, pid, fmt=fmt)
            # Years of lines and sources, and of spending booked on neither.
            years = sorted({*budget_years(session, pid), *(y.year for y in summary.years)})
            year = chosen if chosen in years else None  # as set_years will choose
            return (
                summary,
                list_funding_sources(session, pid, year=year),
                list_transactions(session, pid, year=year),
                years,
            )

        summary, sources, transactions, years = self.context.run(load)
        self.year_combo.set_years(years)
        self.summary = summary
        self._show(summary, sources, transactions)

    def _show(
        self,
        summary: ProjectBudgetSummary | None,
        sources: list[FundingSourceRow],
        transactions: list[TransactionRow],
    ) -> None:
        year = self.year_combo.year()
        for section in self._record_sections():
            section.set_project(self._project_id, year)
        years: list[YearSummary] = []
        warnings: list[BudgetWarning] = []
        if summary is not None:
            years = [y for y in summary.years if year is None or y.year == year]
            warnings = [w for w in summary.warnings if year is None or w.year == year]
        self.lines.list.table.setColumnHidden(bl.YEAR, year is not None)
        self.funding.list.table.setColumnHidden(fs.YEAR, year is not None)
        self.lines.set_rows(line_items(years))
        self.funding.set_rows(funding_items(years, sources))
        self.transactions.set_rows(transactions)
        self.warnings.set_warnings(warnings)
        if summary is None:
            self.totals.set_figures(None)
        elif year is None:
            self.totals.set_figures(
                summary, summary.funding_committed, summary.funding_received, summary.kinds
            )
        elif years:
            y = years[0]
            self.totals.set_figures(y, y.funding_committed, y.funding_received, y.kinds)
        else:
            self.totals.set_figures(None)
        self._charts_stale = True
        if self.sections.currentWidget() is self.charts:
            self.update_charts()
        self.history.reload()
        self._update_tab_texts()

    def update_charts(self) -> None:
        """Redraw the charts from the summary read last."""
        self._charts_stale = False
        if self.summary is None:
            return
        year = self.year_combo.year()
        title = (
            self.tr("Planned and spent per line")
            if year is not None
            else self.tr("Planned and spent per line, all years")
        )
        self.charts.set_data(project_chart_data(self.summary, year), title)

    def _update_tab_texts(self) -> None:
        counts = (
            (LINES, self.tr("Budget lines (%n)", "", self.lines.list.total_count())),
            (FUNDING, self.tr("Funding plan (%n)", "", self.funding.list.total_count())),
            (
                TRANSACTIONS,
                self.tr("Transactions (%n)", "", self.transactions.list.total_count()),
            ),
            (CHARTS, self.tr("Charts")),
            (HISTORY, self.tr("History")),
        )
        for index, text in counts:
            self.sections.setTabText(index, text)

    # --- slots ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_year_combo_changed(self, _index: int) -> None:
        self.reload()

    def _on_sections_current_changed(self, _index: int) -> None:
        if self.sections.currentWidget() is self.charts and self._charts_stale:
            self.update_charts()

    def _on_section_history_requested(self) -> None:
        self.sections.setCurrentWidget(self.history)

    def _on_warnings_activated(self, warning: object) -> None:
        """Show the line or funding source a warning is about."""
        if not isinstance(warning, BudgetWarning):
            return
        if warning.budget_line_id:
            self.sections.setCurrentWidget(self.lines)
            self.lines.list.select_id(warning.budget_line_id)
            self.lines.list.table.setFocus()
        elif warning.funding_source_id:
            self.sections.setCurrentWidget(self.funding)
            self.funding.list.select_id(warning.funding_source_id)
            self.funding.list.table.setFocus()

    def _on_events_changed(self, table: str) -> None:
        if table not in WATCHED_TABLES or self._project_id is None:
            return
        self._stale = True
        if self.isVisible():
            self.reload()
            if table == "transaction_receipt":
                self.transactions.reload_receipts()


def add_budget_tab(view: Any) -> BudgetPanel:
    """Add the Budget tab to a project view (a QTabWidget) and follow its project.

    The view's ``set_project`` is wrapped so that the tab follows the project it shows:
    a one-line integration in ``ProjectView.__init__`` (before its ``set_project(None)``).
    """
    assert isinstance(view, QTabWidget)
    panel = BudgetPanel(view.context, view)
    panel.setContentsMargins(0, 0, 0, 0)
    view.addTab(panel, panel.tr("Budget"))
    shown = view.set_project

    def set_project(row: Any) -> None:
        shown(row)
        panel.set_project(None if row is None else row.id)

    view.set_project = set_project  # type: ignore[method-assign]
    return panel
