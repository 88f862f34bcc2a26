"""The "Dashboard" area, the home screen: a year's figures in tiles; every number opens its list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coopdesk.services.dashboard import DashboardSummary
from coopdesk.services.dashboard_upcoming import DrillDown, Figure
from coopdesk.services.exchange_years import exchange_years
from coopdesk.ui.context import AppContext
from coopdesk.ui.dashboard_sections import BudgetTile, IndicatorsTile, UpcomingTile
from coopdesk.ui.dashboard_tiles import FigureButton, SmallChart, Tile, figure_name, headline
from coopdesk.ui.dashboard_worker import DashboardLoader

# Reload after data changes, once they stop coming for this long (an import sends many).
RELOAD_DELAY_MS = 150
_COLOURS = ("#1565c0", "#6a1b9a", "#00838f", "#ef6c00", "#2e7d32", "#ad1457", "#757575")


class DashboardPage(QWidget):
    """Loads its figures off the GUI thread; shows "Loading…" meanwhile."""

    # A number was clicked: area, filters (a dict) and ids (a tuple or None).
    drilldown_requested = Signal(str, object, object)
    # New figures are shown.
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self.context = context
        self.summary: DashboardSummary | None = None
        self._dirty = True
        self.loader = DashboardLoader(context.session_factory, context.db_path, self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RELOAD_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("dashboardYearCombo")
        self.year_combo.setAccessibleName(self.tr("Year"))
        self.loading_label = QLabel(self.tr("Loading…"), self)
        self.loading_label.setObjectName("dashboardLoadingLabel")
        self.loading_label.setStyleSheet("color: palette(placeholder-text);")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("dashboardErrorLabel")
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.figures: dict[str, FigureButton] = {}
        self._build()
        self.year_combo.currentIndexChanged.connect(self.reload)
        self.loader.loaded.connect(self._on_loader_loaded)
        self.loader.failed.connect(self._on_loader_failed)
        context.events.changed.connect(self._on_events_changed)
        self._fill_years()
        self.reload()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        title = QLabel(self.tr("Dashboard"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() + 5)
        font.setBold(True)
        title.setFont(font)
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year_combo)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(16)
        header.addWidget(year_label)
        header.addWidget(self.year_combo)
        header.addWidget(self.loading_label)
        header.addStretch(1)
        grid = QGridLayout()
        grid.setSpacing(10)
        grid.addWidget(self._projects_tile(), 0, 0)
        grid.addWidget(self._exchanges_tile(), 0, 1, 1, 2)
        self.budget = BudgetTile(self.context.formatter, self)
        self.indicators = IndicatorsTile(self.context.formatter, self)
        self.upcoming = UpcomingTile(self.context.formatter, self)
        for column, tile in enumerate((self.budget, self.indicators, self.upcoming)):
            grid.addWidget(tile, 1, column)
            for button in tile.findChildren(FigureButton):
                self._register(button)
        self.upcoming.drill_requested.connect(self._on_drill_requested)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        for row in range(2):
            grid.setRowStretch(row, 1)
        content = QWidget(self)
        content.setObjectName("dashboardContent")
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(grid)
        scroll = QScrollArea(self)
        scroll.setObjectName("dashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.error_label)
        layout.addWidget(scroll, 1)

    def _register(self, button: FigureButton) -> FigureButton:
        self.figures[button.objectName()] = button
        button.drill_requested.connect(self._on_drill_requested)
        return button

    def _button(self, key: str, big: bool = False) -> FigureButton:
        return self._register(FigureButton(figure_name(key), big=big, parent=self))

    def _projects_tile(self) -> Tile:
        tile = Tile("projectsTile", self.tr("Partnerships and projects"), self)
        row = QHBoxLayout()
        self.partnerships_button = self._button("partnerships.active", big=True)
        self.projects_button = self._button("projects", big=True)
        row.addWidget(headline(self.partnerships_button, self.tr("Active partnerships"), tile))
        row.addWidget(headline(self.projects_button, "", tile))
        tile.body.addLayout(row)
        self.projects_chart = SmallChart("projectsChart", tile, height=90)
        tile.body.addWidget(self.projects_chart, 1)
        self.status_buttons = [self._button(f"projects.{n}") for n in range(1, 7)]
        for button in self.status_buttons:
            tile.body.addWidget(button)
        tile.body.addStretch(1)
        return tile

    def _exchanges_tile(self) -> Tile:
        tile = Tile("exchangesTile", self.tr("Exchanges and participants"), self)
        row = QHBoxLayout()
        self.exchanges_button = self._button("exchanges", big=True)
        self.participants_button = self._button("participants", big=True)
        self.minors_button = self._button("participants.minors", big=True)
        for button, caption in (
            (self.exchanges_button, ""),
            (self.participants_button, self.tr("Participants")),
            (self.minors_button, self.tr("of them minors")),
        ):
            row.addWidget(headline(button, caption, tile))
        row.addStretch(1)
        tile.body.addLayout(row)
        self.direction_buttons = [
            self._button(f"exchanges.direction.{d}") for d in ("incoming", "outgoing", "remote")
        ]
        directions = QHBoxLayout()
        for button in self.direction_buttons:
            directions.addWidget(button)
        directions.addStretch(1)
        tile.body.addLayout(directions)
        charts = QHBoxLayout()
        self.sex_chart = SmallChart("participantsBySexChart", tile)
        self.age_chart = SmallChart("participantsByAgeChart", tile)
        for chart in (self.sex_chart, self.age_chart):
            chart.bar_clicked.connect(lambda *_a: self._drill_figure(self.participants_button))
            charts.addWidget(chart, 1)
        tile.body.addLayout(charts, 1)
        return tile

    # --- data -----------------------------------------------------------------------------

    def year(self) -> int:
        return int(self.year_combo.currentData() or dt.date.today().year)

    def set_year(self, year: int) -> None:
        index = self.year_combo.findData(year)
        if index < 0:
            self.year_combo.addItem(str(year), year)
            index = self.year_combo.count() - 1
        self.year_combo.setCurrentIndex(index)

    def _fill_years(self) -> None:
        this_year = dt.date.today().year
        chosen = int(self.year_combo.currentData() or this_year)
        years = self.context.run(exchange_years)
        wanted = sorted({*years, this_year, this_year + 1, chosen}, reverse=True)
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in wanted:
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(chosen)))
        self.year_combo.blockSignals(False)

    def reload(self, *_args: object) -> None:
        """Read the chosen year's figures again, off the GUI thread."""
        self._dirty = False
        self.loading_label.show()
        self.loader.load(self.year())

    def is_loading(self) -> bool:
        return not self.loading_label.isHidden() or self.loader.is_loading()

    def _show(self, summary: DashboardSummary) -> None:
        self.summary = summary
        for button, figure in (
            (self.partnerships_button, summary.active_partnerships),
            (self.projects_button, summary.projects),
            (self.exchanges_button, summary.exchanges),
            (self.participants_button, summary.participants),
            (self.minors_button, summary.minors),
        ):
            self._set(button, figure)
        year = summary.year
        self._caption(self.projects_button, self.tr("Projects in {year}").format(year=year))
        self._caption(self.exchanges_button, self.tr("Exchanges in {year}").format(year=year))
        for button, figure in zip(self.status_buttons, summary.projects_by_status, strict=True):
            self._set(button, figure)
            button.setVisible(figure.value > 0)
        shown = [f for f in summary.projects_by_status if f.value]
        self.projects_chart.set_bars(
            [f.label for f in shown],
            [("", [f.value for f in shown], _COLOURS[0])],
            horizontal=True,
        )
        for button, figure in zip(
            self.direction_buttons, summary.exchanges_by_direction, strict=True
        ):
            self._set(button, figure)
        self._bars(self.sex_chart, self.tr("By sex"), summary.participants_by_sex, 1)
        self._bars(self.age_chart, self.tr("By age group"), summary.participants_by_age_group, 2)
        self.budget.show_summary(summary, self._available)
        self.indicators.show_summary(summary, self._available)
        self.upcoming.show_summary(summary, self._available)

    def _caption(self, button: FigureButton, text: str) -> None:
        label = self.findChild(QLabel, f"{button.objectName()}Caption")
        if label is not None:
            label.setText(text)

    def _set(self, button: FigureButton, figure: Figure) -> None:
        drill = figure.drill if self._available(figure.drill.area) else None
        button.set_figure(self.context.formatter.decimal(figure.value), figure.label, drill)

    def _bars(self, chart: SmallChart, name: str, figures: Sequence[Figure], colour: int) -> None:
        values = [f.value for f in figures]
        chart.set_bars(
            [f.label for f in figures], [(name, values, _COLOURS[colour])], horizontal=True
        )
        chart.chart().setTitle(name)

    def _available(self, area: str) -> bool:
        """Whether the window has the area a number opens (a page alone: assume so)."""
        pages = getattr(self.window(), "pages", None)
        return not isinstance(pages, dict) or not pages or area in pages

    # --- slots ----------------------------------------------------------------------------

    def _on_loader_loaded(self, summary: object) -> None:
        assert isinstance(summary, DashboardSummary)
        self.loading_label.hide()
        self.error_label.hide()
        self._show(summary)
        self.loaded.emit()

    def _on_loader_failed(self, message: str) -> None:
        self.loading_label.hide()
        self.error_label.setText(
            self.tr("The dashboard could not be read: {message}").format(message=message)
        )
        self.error_label.show()

    def _drill_figure(self, button: FigureButton) -> None:
        drill = button.drill()
        if drill is not None:
            self._on_drill_requested(drill)

    def _on_drill_requested(self, drill: object) -> None:
        """Open the list behind a number in the main window (when there is one)."""
        assert isinstance(drill, DrillDown)
        self.drilldown_requested.emit(drill.area, dict(drill.filters), drill.ids)
        open_area = getattr(self.window(), "open_area", None)
        if self.window() is not self and callable(open_area):
            open_area(drill.area, dict(drill.filters), drill.ids)

    def _on_events_changed(self, _table: str) -> None:
        self._dirty = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._fill_years()
            self._timer.start()
