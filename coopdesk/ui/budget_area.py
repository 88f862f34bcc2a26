"""The "Budget" area: the whole commune's budget per year and per project, read off-thread."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from coopdesk.services.budget_figures import CommuneBudgetSummary
from coopdesk.ui.budget_charts import MAX_BARS, BudgetCharts, commune_chart_data
from coopdesk.ui.budget_loader import CommuneBudget, CommuneBudgetLoader
from coopdesk.ui.budget_widgets import BudgetTotals, WarningsBanner, YearComboBox
from coopdesk.ui.context import AppContext
from coopdesk.ui.models.budget_commune_table_model import (
    TITLE,
    CommuneProjectTableModel,
    CommuneYearTableModel,
    project_items,
    year_items,
)
from coopdesk.ui.models.funding_kind_table_model import FundingKindTableModel, kind_items
from coopdesk.ui.widgets.record_list import RecordList

WATCHED_TABLES = frozenset(
    {"budget_line", "funding_source", "money_transaction", "project", "organisation"}
)
PROJECTS, YEARS, FUNDING, CHARTS = range(4)


def default_year(years: tuple[int, ...], today: dt.date | None = None) -> int | None:
    """The current year when it has budget data, else the latest year before it, else any."""
    current = (today or dt.date.today()).year
    if not years or current in years:
        return current
    earlier = [y for y in years if y < current]
    return max(earlier) if earlier else min(years)


class BudgetPage(QWidget):
    """Totals, warnings and tables of one year (the current one first) or of all years."""

    # A project double-clicked in the projects table (its id).
    project_activated = Signal(str)
    # The page shows a new result (after a load).
    loaded = Signal()
    status_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetArea")
        self.context = context
        fmt = context.formatter
        self.data: CommuneBudget | None = None
        self._stale = True
        self._first = True
        self.loader = CommuneBudgetLoader(context.session_factory, fmt, self)
        self.year_combo = YearComboBox("communeYearCombo", self)
        year_label = QLabel(self.tr("&Year"), self)
        year_label.setBuddy(self.year_combo)
        self.status = QLabel(self)
        self.status.setObjectName("communeBudgetStatus")
        self.status.setStyleSheet("color: palette(placeholder-text);")
        self.totals = BudgetTotals(fmt, self)
        self.totals.setObjectName("communeBudgetTotals")
        self.totals.set_cofinancing_visible(False)  # the "Co-financing" tab shows it
        self.warnings = WarningsBanner(self, max_rows=5)
        self.warnings.setObjectName("communeBudgetWarnings")
        self.projects = RecordList(
            CommuneProjectTableModel(fmt, fmt.language, self),
            "communeBudgetTable",
            search_name="communeBudgetSearch",
            stretch_column=TITLE,
        )
        assert self.projects.search is not None
        self.projects.table.max_column_width = 150  # nine columns fit without scrolling at 1280 px
        self.projects.search.setPlaceholderText(self.tr("Search projects…"))
        self.projects.set_texts(
            empty=self.tr("No budget recorded for this period."),
            no_match=self.tr("No project matches the search."),
            count=lambda _visible, total: self.tr("%n project(s) with a budget", "", total),
        )
        self.years = RecordList(CommuneYearTableModel(fmt, self), "communeYearsTable")
        self.years.table.max_column_width = 150
        self.years.set_texts(empty=self.tr("No budget recorded."), no_match="", count=lambda *_: "")
        self.kinds = RecordList(FundingKindTableModel(fmt, self), "communeFundingTable")
        self.kinds.set_texts(
            empty=self.tr("No funding recorded."), no_match="", count=lambda *_: ""
        )
        self.charts = BudgetCharts(fmt, self)
        self.charts.setObjectName("communeBudgetCharts")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("communeBudgetTabs")
        self.tabs.addTab(self.projects, self.tr("Per project"))
        self.tabs.addTab(self.years, self.tr("Per year"))
        self.tabs.addTab(self.kinds, self.tr("Co-financing"))
        self.tabs.addTab(self.charts, self.tr("Charts"))
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year_combo)
        top.addWidget(self.status)
        top.addSpacing(18)
        top.addWidget(self.totals, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.warnings)
        layout.addWidget(self.tabs, 1)
        self.year_combo.currentIndexChanged.connect(self._on_year_combo_changed)
        self.projects.activated.connect(self._on_projects_activated)
        self.warnings.warning_activated.connect(self._on_warnings_activated)
        self.loader.loaded.connect(self._on_loader_loaded)
        self.loader.failed.connect(self._on_loader_failed)
        context.events.changed.connect(self._on_events_changed)

    # --- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the chosen year again, off the GUI thread (the current year the first time)."""
        self._stale = False
        year = default_year(()) if self._first else self.year_combo.year()
        self.status.setText(self.tr("Loading…"))
        self.loader.start(year)

    def is_loading(self) -> bool:
        return self.loader.is_loading()

    def _on_loader_loaded(self, result: object) -> None:
        assert isinstance(result, CommuneBudget)
        if self._first:
            self._first = False
            wanted = default_year(result.years)
            if wanted != result.year:  # no budget this year: show the latest year instead
                self.year_combo.set_years(result.years, select=wanted)
                self.loader.start(wanted)
                return
        self.year_combo.set_years(result.years, select=result.year)
        if result.year is not None and self.year_combo.year() != result.year:
            self.year_combo.set_years((*result.years, result.year), select=result.year)
        self.status.clear()
        self.data = result
        self._show(result.summary)
        self.loaded.emit()
        self.status_changed.emit()

    def _on_loader_failed(self, message: str) -> None:
        self.status.setText(self.tr("Not loaded: {reason}").format(reason=message))

    def _show(self, summary: CommuneBudgetSummary) -> None:
        lang = self.context.formatter.language
        self.totals.set_figures(
            summary, summary.funding_committed, summary.funding_received, summary.kinds
        )
        self.warnings.set_warnings(summary.warnings)
        self.projects.set_rows(project_items(summary.projects, lang))
        self.years.set_rows(year_items(summary.years))
        self.kinds.set_rows(kind_items(summary.kinds))
        if len(summary.projects) > MAX_BARS:
            title = self.tr("Planned and spent: the %n largest projects", "", MAX_BARS)
        else:
            title = self.tr("Planned and spent per project")
        self.charts.set_data(commune_chart_data(summary), title)

    def status_text(self) -> str:
        if self.data is None:
            return ""
        return self.tr("%n project(s) with a budget", "", len(self.data.summary.projects))

    # --- slots ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_year_combo_changed(self, _index: int) -> None:
        self.reload()

    def _on_events_changed(self, table: str) -> None:
        if table not in WATCHED_TABLES:
            return
        self._stale = True
        if self.isVisible():
            self.reload()

    def _on_projects_activated(self) -> None:
        project_id = self.projects.current_id()
        if project_id is not None:
            self.project_activated.emit(project_id)

    def _on_warnings_activated(self, warning: object) -> None:
        project_id = getattr(warning, "project_id", None)
        if project_id:
            self.tabs.setCurrentWidget(self.projects)
            self.projects.select_id(project_id)
            self.projects.table.setFocus(Qt.FocusReason.OtherFocusReason)
