"""The dashboard: figures read off the GUI thread, equal to the service; numbers open lists."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

import pytest
from indicator_ui_support import IndicatorSeed, period, seed_indicators

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLineEdit, QPushButton, QToolButton

from coopdesk.services import dashboard as dashboard_service
from coopdesk.services.dashboard import DashboardSummary, dashboard
from coopdesk.services.measurements import MeasurementData, create_measurement
from coopdesk.ui import dashboard_worker
from coopdesk.ui.context import AppContext
from coopdesk.ui.dashboard_page import DashboardPage
from coopdesk.ui.dashboard_tiles import FigureButton, figure_name
from coopdesk.ui.dialogs.measurement_dialog import MeasurementDialog
from coopdesk.ui.exchanges_page import ExchangesPage
from coopdesk.ui.indicator_labels import STATUS_COLOURS
from coopdesk.ui.indicator_page import IndicatorsPage
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.models import indicator_table_model as it
from coopdesk.ui.models.row_table_model import ID_ROLE
from coopdesk.ui.projects_page import ProjectsPage

THIS_YEAR = dt.date.today().year


@pytest.fixture
def seed(app_context: AppContext) -> IndicatorSeed:
    return app_context.run(seed_indicators)


def wait_loaded(qtbot, page: DashboardPage) -> DashboardSummary:
    qtbot.waitUntil(lambda: page.summary is not None and not page.is_loading(), timeout=10000)
    assert page.summary is not None
    return page.summary


@pytest.fixture
def page(qtbot, app_context: AppContext, seed: IndicatorSeed) -> DashboardPage:
    widget = DashboardPage(app_context)
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    wait_loaded(qtbot, widget)
    return widget


@pytest.fixture
def window(qtbot, app_context: AppContext, settings: QSettings, seed) -> MainWindow:
    main = MainWindow(app_context, settings)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    dashboard_page = main.pages["dashboard"]
    assert isinstance(dashboard_page, DashboardPage)
    wait_loaded(qtbot, dashboard_page)
    return main


def button(page: DashboardPage, key: str) -> FigureButton:
    found = page.findChild(FigureButton, figure_name(key))
    assert found is not None, key
    return found


def visible_ids(list_widget) -> set[str]:
    proxy = list_widget.proxy
    return {proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())}


def test_figures_equal_the_dashboard_service(
    page: DashboardPage, app_context: AppContext
) -> None:
    assert page.objectName() == "dashboardPage"
    assert page.year_combo.objectName() == "dashboardYearCombo"
    assert page.year_combo.currentData() == THIS_YEAR
    expected = app_context.run(lambda s: dashboard(s, THIS_YEAR))
    decimal = app_context.formatter.decimal
    figures = [
        expected.active_partnerships,
        expected.projects,
        *expected.projects_by_status,
        expected.exchanges,
        expected.participants,
        expected.minors,
        *expected.exchanges_by_direction,
        *expected.indicators_by_status,
        *expected.upcoming.counts,
    ]
    for figure in figures:
        shown = button(page, figure.key)
        assert shown.text() in (decimal(figure.value), f"{figure.label}: {decimal(figure.value)}")
        if shown.isEnabled():
            assert shown.drill() == figure.drill
    assert button(page, "exchanges").text() == "1"
    assert button(page, "participants").text() == "5"
    assert button(page, "indicators.at_risk").text() == "1"
    assert button(page, "indicators.on_track").text() == "1"
    assert button(page, "indicators.off_track").text() == "0"
    assert not button(page, "indicators.off_track").isEnabled()  # nothing behind a zero
    assert button(page, "indicators.no_data").text() == "No measurement yet: 1"
    assert button(page, "projects.2").text() == "Implementation: 1"
    assert button(page, "projects.1").isHidden()
    assert page.sex_chart.bar_values() == [[f.value for f in expected.participants_by_sex]]
    assert page.sex_chart.bar_values() == [[3, 2, 0, 0]]
    assert page.age_chart.bar_values() == [
        [f.value for f in expected.participants_by_age_group]
    ]
    assert page.indicators.chart.pie_values() == {
        "On track": 1.0,
        "At risk": 1.0,
        "No measurement yet": 1.0,
    }
    at_risk = page.indicators.buttons["at_risk"]
    assert at_risk.objectName() == "indicatorsAtRiskButton"
    assert STATUS_COLOURS["at_risk"] in at_risk.styleSheet()
    assert page.indicators.rule_label.toolTip() == expected.status_rule
    assert page.budget.planned_button.text() == "€0"
    assert page.budget.rate_label.text() == "No budget planned for this year."
    assert page.upcoming.list.count() == len(expected.upcoming.items) > 0


def test_figures_are_read_off_the_gui_thread(
    qtbot, app_context: AppContext, seed, monkeypatch
) -> None:
    threads: list[int] = []

    def spy(session, year, **kwargs):
        threads.append(threading.get_ident())
        return dashboard_service.dashboard(session, year, **kwargs)

    monkeypatch.setattr(dashboard_worker, "dashboard", spy)
    page = DashboardPage(app_context)
    qtbot.addWidget(page)
    assert page.loading_label.text() == "Loading…"
    assert page.is_loading() and page.summary is None
    with qtbot.waitSignal(page.loaded, timeout=10000):
        pass
    assert threads and threads[0] != threading.get_ident()
    assert not page.loading_label.isVisibleTo(page)


def test_reloads_after_a_change_and_another_year(
    qtbot, page: DashboardPage, app_context: AppContext, seed: IndicatorSeed
) -> None:
    start, end = period(2023)
    app_context.run(
        lambda s: create_measurement(s, seed.population, MeasurementData(start, end, Decimal(185)))
    )
    with qtbot.waitSignal(page.loaded, timeout=10000):
        app_context.events.changed.emit("measurement")
    assert button(page, "indicators.at_risk").text() == "0"
    assert button(page, "indicators.on_track").text() == "2"
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.set_year(2022)
    assert page.summary is not None and page.summary.year == 2022
    expected = app_context.run(lambda s: dashboard(s, 2022))
    assert button(page, "exchanges").text() == str(expected.exchanges.value) == "0"
    assert page.findChild(type(page.loading_label), "projectsButtonCaption").text() == (
        "Projects in 2022"
    )


def test_an_upcoming_item_opens_its_record(qtbot, page: DashboardPage, seed) -> None:
    items = page.upcoming.list
    assert items.item(0).text().startswith("Overdue since")
    with qtbot.waitSignal(page.drilldown_requested) as blocker:
        items.itemActivated.emit(items.item(0))
    area, filters, ids = blocker.args
    assert area == "indicators" and filters == {} and len(ids) == 1


def test_numbers_open_their_lists_in_the_main_window(
    qtbot, window: MainWindow, seed: IndicatorSeed
) -> None:
    home = window.pages["dashboard"]
    assert window.stack.currentWidget() is home  # the home screen
    qtbot.mouseClick(button(home, "projects"), Qt.MouseButton.LeftButton)
    projects = window.pages["projects"]
    assert isinstance(projects, ProjectsPage)
    assert window.stack.currentWidget() is projects
    assert projects.year_filter.currentData() == str(THIS_YEAR)
    assert visible_ids(projects.list) == {seed.project}
    window.areas.setCurrentRow(0)
    qtbot.mouseClick(button(home, "exchanges.direction.outgoing"), Qt.MouseButton.LeftButton)
    exchanges = window.pages["exchanges"]
    assert isinstance(exchanges, ExchangesPage)
    assert window.stack.currentWidget() is exchanges
    assert exchanges.selected_year() == THIS_YEAR
    assert exchanges.direction_filter.currentData() == "outgoing"
    assert exchanges.list.visible_count() == 1
    page = window.open_area("exchanges", {}, [])
    assert page is exchanges and exchanges.list.visible_count() == 0
    assert exchanges.selected_year() is None
    assert window.open_area("no-such-area", {}) is None


def test_at_risk_count_opens_exactly_those_indicators(
    qtbot, window: MainWindow, seed: IndicatorSeed
) -> None:
    home = window.pages["dashboard"]
    qtbot.mouseClick(button(home, "indicators.at_risk"), Qt.MouseButton.LeftButton)
    area = window.pages["indicators"]
    assert isinstance(area, IndicatorsPage)
    assert window.stack.currentWidget() is area
    assert visible_ids(area.list) == {seed.population}
    assert area.drilldown.isVisibleTo(area)
    assert area.panel.current_indicator().id == seed.population
    assert "3 indicator(s)" in window.counts_label.text()  # counted once read


def test_done_when_at_risk_to_measurement_to_new_status(
    qtbot, window: MainWindow, app_context: AppContext, seed: IndicatorSeed
) -> None:
    """Clicks the "at risk" count to reach the indicator behind it, records a new measurement
    with a breakdown by sex, and sees progress and status change (keyboard only)."""
    home = window.pages["dashboard"]
    at_risk = button(home, "indicators.at_risk")
    at_risk.setFocus()
    qtbot.keyClick(at_risk, Qt.Key.Key_Space)
    area = window.pages["indicators"]
    assert isinstance(area, IndicatorsPage) and window.stack.currentWidget() is area
    panel = area.panel
    row = panel.current_indicator()
    assert row is not None and row.code == "EAU-POP"
    assert panel.list.proxy.index(0, it.STATUS).data() == "At risk"
    assert panel.list.proxy.index(0, it.PROGRESS).data() == "45%"
    new = panel.measurements.findChild(QToolButton, "newMeasurementButton")
    new.setFocus()
    qtbot.keyClick(new, Qt.Key.Key_Space)
    dialog = panel.measurements.findChild(MeasurementDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.value_edit, "185")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "breakdown_sex_female"), "100")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "breakdown_sex_male"), "80")
    assert dialog.findChild(type(dialog.gap_label), "measurementGapLabel").text() == (
        "The values by sex add up to 180 instead of 185 (difference: -5)."
    )
    ok = dialog.findChild(QPushButton, "dialogOkButton")
    ok.setFocus()
    qtbot.keyClick(ok, Qt.Key.Key_Space)
    assert not dialog.isVisible()
    assert panel.list.proxy.index(0, it.STATUS).data() == "On track"
    assert panel.list.proxy.index(0, it.STATUS).data(Qt.ItemDataRole.ForegroundRole) == QColor(
        STATUS_COLOURS["on_track"]
    )
    assert panel.list.proxy.index(0, it.PROGRESS).data() == "85%"
    assert panel.measurements.status_label.text() == "On track"
    assert "add up to 180 instead of 185" in panel.measurements.notice.text()
    # Back home, the figures follow.
    window.areas.setCurrentRow(0)
    qtbot.waitUntil(lambda: button(home, "indicators.on_track").text() == "2", timeout=10000)
    assert button(home, "indicators.at_risk").text() == "0"
    app_context.undo_stack.undo()
    qtbot.waitUntil(lambda: button(home, "indicators.at_risk").text() == "1", timeout=10000)
    window.open_area("indicators", {}, [seed.population])  # read again when shown
    assert panel.list.proxy.index(0, it.STATUS).data() == "At risk"
