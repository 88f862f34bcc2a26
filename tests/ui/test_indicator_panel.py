"""The project's Indicators tab: list, progress and status, the indicator dialog, the library."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from indicator_ui_support import IndicatorSeed, seed_indicators

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLineEdit, QPushButton, QToolButton

from coopdesk.i18n.formatting import Formatter
from coopdesk.services.indicator_list import list_indicators
from coopdesk.services.indicators import delete_indicator, get_indicator
from coopdesk.services.progress import status_rule
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.indicator_dialog import IndicatorDialog
from coopdesk.ui.dialogs.library_dialog import LibraryDialog
from coopdesk.ui.indicator_chart import BASELINE, EXPECTED, MEASURED, TARGET
from coopdesk.ui.indicator_labels import STATUS_COLOURS
from coopdesk.ui.indicator_page import IndicatorsPage
from coopdesk.ui.indicator_panel import IndicatorsPanel
from coopdesk.ui.models import indicator_table_model as it
from coopdesk.ui.projects_page import ProjectsPage


@pytest.fixture
def seed(app_context: AppContext) -> IndicatorSeed:
    return app_context.run(seed_indicators)


@pytest.fixture
def page(qtbot, app_context: AppContext, seed: IndicatorSeed) -> ProjectsPage:
    widget = ProjectsPage(app_context)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    assert widget.list.select_id(seed.project)
    widget.view.setCurrentWidget(widget.view.indicators)
    return widget


@pytest.fixture
def panel(page: ProjectsPage) -> IndicatorsPanel:
    return page.view.indicators


def column(panel: IndicatorsPanel, col: int, role: int = Qt.ItemDataRole.DisplayRole) -> list:
    proxy = panel.list.proxy
    return [proxy.index(r, col).data(role) for r in range(proxy.rowCount())]


def codes(app_context: AppContext, project_id: str) -> list[str]:
    return [r.code for r in app_context.run(lambda s: list_indicators(s, project_id=project_id))]


def test_tab_lists_indicators_with_progress_and_coloured_status(
    page: ProjectsPage, panel: IndicatorsPanel
) -> None:
    view = page.view
    assert panel.objectName() == "indicatorsTab"
    assert panel.list.table.objectName() == "indicatorsTable"
    assert view.tabText(view.indexOf(panel)) == "Indicators (3)"
    assert panel.list.table.isColumnHidden(it.PROJECT)
    assert column(panel, it.CODE) == ["EAU-OUV", "EAU-POP", "EAU-SAT"]
    assert column(panel, it.NAME) == ["Water points", "Population served", "Satisfaction"]
    assert column(panel, it.BASELINE) == ["0", "100", "2 / 5"]
    assert column(panel, it.LATEST) == ["8", "145", ""]
    assert column(panel, it.PROGRESS) == ["80%", "45%", ""]
    assert column(panel, it.PROGRESS, it.PROGRESS_ROLE) == [0.8, 0.45, None]
    assert column(panel, it.STATUS) == ["On track", "At risk", "No measurement yet"]
    colours = column(panel, it.STATUS, Qt.ItemDataRole.DecorationRole)
    assert colours == [
        QColor(STATUS_COLOURS[s]) for s in ("on_track", "at_risk", "no_data")
    ]
    assert column(panel, it.KIND)[2] == "Qualitative (rating)"


def test_status_rule_is_shown_near_the_progress(qtbot, panel: IndicatorsPanel, seed) -> None:
    panel.list.select_id(seed.population)
    measurements = panel.measurements
    assert measurements.status_label.text() == "At risk"
    assert measurements.progress_label.text() == (
        "Latest value: 145 people (period ending 31/12/2022). Progress 45%, expected 60%."
    )
    rule = measurements.rule_label
    assert rule.objectName() == "statusRuleLabel"
    assert rule.toolTip() == status_rule()
    assert measurements.rule_text.isHidden()
    rule.linkActivated.emit("#rule")
    assert measurements.rule_text.isVisible() and measurements.rule_text.text() == status_rule()


def test_chart_shows_values_baseline_target_and_expected_path(panel: IndicatorsPanel, seed):
    panel.list.select_id(seed.population)
    chart = panel.measurements.chart
    assert chart.objectName() == "indicatorChart"
    assert chart.values(MEASURED) == [145.0]
    assert chart.values(BASELINE) == [100.0, 100.0]
    assert chart.values(TARGET) == [200.0, 200.0]
    assert chart.values(EXPECTED) == [100.0, 200.0]
    assert chart.chart().title() == "EAU-POP: values over time"
    panel.list.select_id(seed.satisfaction)
    assert chart.values(MEASURED) == []
    assert chart.line(MEASURED) is None
    assert chart.values(TARGET) == [4.0, 4.0]
    assert chart.chart().title() == "EAU-SAT: no measurement yet"


def fill(qtbot, dialog: IndicatorDialog, code: str, name: str) -> None:
    qtbot.keyClicks(dialog.code_edit, code)
    editor = dialog.name_edit.editor("fr")
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, name)


def test_new_indicator_with_intermediate_targets_then_undo(
    qtbot, panel: IndicatorsPanel, app_context: AppContext, seed: IndicatorSeed
) -> None:
    new_button = panel.findChild(QToolButton, "newIndicatorButton")
    assert new_button is not None and new_button.isEnabled()
    qtbot.mouseClick(new_button, Qt.MouseButton.LeftButton)
    dialog = panel.last_dialog
    assert isinstance(dialog, IndicatorDialog) and dialog.objectName() == "indicatorDialog"
    fill(qtbot, dialog, "EAU-FEM", "Part des femmes dans les comites")
    qtbot.keyClicks(dialog.unit_edit, "%")
    qtbot.keyClicks(dialog.baseline_edit, "15.5")
    dialog.baseline_date_edit.set_date(dt.date(2020, 1, 1))
    qtbot.keyClicks(dialog.target_edit, "45")
    dialog.target_date_edit.set_date(dt.date(2024, 12, 31))
    dialog.dimension_checks["place"].setChecked(True)
    qtbot.mouseClick(dialog.targets_edit.add_button, Qt.MouseButton.LeftButton)
    dialog.targets_edit.widget_at(0, "start").setDate(dt.date(2022, 1, 1))
    dialog.targets_edit.widget_at(0, "end").setDate(dt.date(2022, 12, 31))
    qtbot.keyClicks(dialog.targets_edit.widget_at(0, "value"), "30")
    qtbot.mouseClick(dialog.findChild(QPushButton, "dialogOkButton"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    stored = app_context.run(lambda s: get_indicator(s, dialog.record_id))
    assert stored.baseline_value == Decimal("15.5") and stored.target_value == 45
    assert stored.disaggregations == ("place",)
    assert [(t.period_start.year, t.value) for t in stored.targets] == [(2022, 30)]
    assert stored.name == {"fr": "Part des femmes dans les comites"}
    assert panel.list.current_id() == dialog.record_id
    assert page_tab_text(panel) == "Indicators (4)"
    app_context.undo_stack.undo()
    assert codes(app_context, seed.project) == ["EAU-OUV", "EAU-POP", "EAU-SAT"]
    assert page_tab_text(panel) == "Indicators (3)"
    app_context.undo_stack.redo()
    assert "EAU-FEM" in codes(app_context, seed.project)


def page_tab_text(panel: IndicatorsPanel) -> str:
    tabs = panel.parent()
    while tabs is not None and not hasattr(tabs, "tabText"):
        tabs = tabs.parent()
    assert tabs is not None
    return tabs.tabText(tabs.indexOf(panel))


def test_errors_are_shown_inline_and_nothing_is_written(
    qtbot, panel: IndicatorsPanel, app_context: AppContext, seed: IndicatorSeed
) -> None:
    dialog = panel.new_indicator()
    assert dialog is not None
    fill(qtbot, dialog, "EAU-X", "Essai")
    qtbot.keyClicks(dialog.baseline_edit, "50")
    dialog.baseline_date_edit.set_date(dt.date(2020, 1, 1))
    qtbot.keyClicks(dialog.target_edit, "50")
    dialog.target_date_edit.set_date(dt.date(2024, 1, 1))
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error_text("target_value") == "The target must differ from the baseline."
    dialog.target_edit.clear()
    qtbot.keyClicks(dialog.target_edit, "many")
    dialog.accept()
    assert dialog.error_text("target_value") == "Enter a number, for example 1,234.5."
    assert dialog.target_edit.property("invalid") is True
    qtbot.mouseClick(dialog.targets_edit.add_button, Qt.MouseButton.LeftButton)
    dialog.accept()
    assert dialog.error_text("targets") == "Row 1: This field is required."
    assert codes(app_context, seed.project) == ["EAU-OUV", "EAU-POP", "EAU-SAT"]
    assert app_context.undo_stack.count() == 0
    dialog.done(0)


def test_duplicate_code_and_missing_name(qtbot, panel: IndicatorsPanel, app_context) -> None:
    dialog = panel.new_indicator()
    assert dialog is not None
    qtbot.keyClicks(dialog.code_edit, "eau-pop")
    dialog.accept()
    assert dialog.error_text("code") == (
        "Another indicator of this project already has the code eau-pop."
    )
    assert dialog.error_text("name") == "Enter the name in at least one language."
    assert app_context.undo_stack.count() == 0
    dialog.done(0)


def test_kind_and_computed_source_enable_the_right_fields(panel: IndicatorsPanel) -> None:
    dialog = panel.new_indicator()
    assert dialog is not None
    assert not dialog.scale_spin.isEnabled() and dialog.dimensions.isEnabled()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("qualitative"))
    assert dialog.scale_spin.isEnabled() and not dialog.dimensions.isEnabled()
    assert dialog.collect().rating_scale_max == 5
    dialog.computed_combo.setCurrentIndex(dialog.computed_combo.findData("exchanges_held"))
    assert dialog.kind_combo.currentData() == "quantitative"
    assert not dialog.kind_combo.isEnabled()
    assert dialog.computed_note.isVisibleTo(dialog)
    assert "never typed" in dialog.computed_note.text()
    assert dialog.collect().computed_source == "exchanges_held"
    dialog.done(0)


def test_new_indicator_from_the_library(
    qtbot, panel: IndicatorsPanel, app_context: AppContext, seed: IndicatorSeed
) -> None:
    library = panel.from_library()
    assert isinstance(library, LibraryDialog)
    qtbot.keyClicks(library.search, "boreholes")
    assert library.visible_keys() == ["water_points"]
    assert "Boreholes, standpipes" in library.details.text()
    qtbot.keyClick(library.search, Qt.Key.Key_Return)
    dialog = panel.last_dialog
    assert isinstance(dialog, IndicatorDialog)
    assert dialog.windowTitle() == "New indicator from the library"
    assert dialog.code_edit.text() == "EAU-OUV-2"  # EAU-OUV is taken
    assert dialog.name_edit.languages() == ["fr", "en"]
    assert dialog.frequency_combo.currentData() == "quarterly"
    assert dialog.dimension_checks["place"].isChecked()
    qtbot.keyClicks(dialog.baseline_edit, "3")
    dialog.baseline_date_edit.set_date(dt.date(2021, 1, 1))
    qtbot.keyClicks(dialog.target_edit, "12")
    dialog.target_date_edit.set_date(dt.date(2026, 12, 31))
    dialog.accept()
    assert not dialog.isVisible()
    stored = app_context.run(lambda s: get_indicator(s, dialog.record_id))
    assert stored.name["en"] == "Functional water points"
    assert stored.unit == "water points"
    assert codes(app_context, seed.project) == ["EAU-OUV", "EAU-OUV-2", "EAU-POP", "EAU-SAT"]


def test_library_is_keyboard_searchable(qtbot, panel: IndicatorsPanel) -> None:
    library = panel.from_library()
    assert library is not None
    qtbot.keyClicks(library.search, "dechets")  # accents ignored
    visible = library.visible_keys()
    assert set(visible) == {"waste_collected", "waste_recycled"}
    qtbot.keyClick(library.search, Qt.Key.Key_Down)
    assert library.key() == visible[1]
    qtbot.keyClicks(library.search, " nothing like this")
    assert library.key() is None
    assert library.details.text() == "No indicator matches the search."
    library.done(0)


def test_edit_then_delete_with_undo(
    qtbot, panel: IndicatorsPanel, app_context: AppContext, seed: IndicatorSeed, answer_yes
) -> None:
    panel.list.select_id(seed.population)
    dialog = panel.edit_indicator()
    assert dialog is not None and dialog.windowTitle() == "Edit indicator"
    assert dialog.baseline_edit.text() == "100" and dialog.target_edit.text() == "200"
    assert dialog.dimension_checks["sex"].isChecked()
    dialog.unit_edit.setText("inhabitants")
    dialog.accept()
    assert app_context.run(lambda s: get_indicator(s, seed.population)).unit == "inhabitants"
    app_context.undo_stack.undo()
    assert app_context.run(lambda s: get_indicator(s, seed.population)).unit == "people"
    panel.list.table.setFocus()
    qtbot.keyClick(panel.list.table, Qt.Key.Key_Delete)
    assert answer_yes[-1].startswith("Delete the indicator EAU-POP and its")  # measurements
    assert answer_yes[-1].endswith("? You can undo this with Ctrl+Z.")
    assert codes(app_context, seed.project) == ["EAU-OUV", "EAU-SAT"]
    app_context.undo_stack.undo()
    rows = app_context.run(lambda s: list_indicators(s, project_id=seed.project))
    assert [(r.code, r.measurement_count) for r in rows][1] == ("EAU-POP", 1)
    assert column(panel, it.STATUS)[1] == "At risk"


def test_read_only_database_offers_no_change(qtbot, app_context: AppContext, seed) -> None:
    app_context.readonly = True
    panel = IndicatorsPanel(app_context)
    qtbot.addWidget(panel)
    panel.set_project(seed.project)
    panel.list.select_id(seed.population)
    assert not panel.new_action.isEnabled() and not panel.library_action.isEnabled()
    assert not panel.delete_action.isEnabled() and panel.edit_action.isEnabled()
    assert not panel.measurements.new_action.isEnabled()
    assert panel.from_library() is None


def test_indicators_area_filters_and_drilldown(
    qtbot, app_context: AppContext, seed: IndicatorSeed
) -> None:
    area = IndicatorsPage(app_context)
    qtbot.addWidget(area)
    panel = area.panel
    assert area.objectName() == "indicatorsPage"
    assert not panel.list.table.isColumnHidden(it.PROJECT)
    assert panel.findChild(QToolButton, "newIndicatorButton").isHidden()
    assert area.status_text() == "" and panel.list.total_count() == 0  # read when first shown
    area.show()
    assert area.status_text() == "3 indicator(s)"
    assert [area.project_filter.itemText(i) for i in range(area.project_filter.count())] == [
        "All projects",
        "EAU-SN-01",
    ]
    area.apply_drilldown({"status": "on_track"})
    assert column(panel, it.CODE) == ["EAU-OUV"]
    assert area.drilldown.isHidden()
    assert panel.list.current_id() == seed.points
    area.apply_drilldown({"status": "on_track"}, [seed.population, seed.satisfaction])
    assert column(panel, it.CODE) == ["EAU-POP", "EAU-SAT"]  # exact ids, status not re-judged
    assert area.status_filter.currentIndex() == 0
    assert area.drilldown.label.text() == (
        "Showing the 2 indicator(s) behind a dashboard number."
    )
    qtbot.mouseClick(area.drilldown.show_all_button, Qt.MouseButton.LeftButton)
    assert len(column(panel, it.CODE)) == 3 and area.drilldown.isHidden()
    area.hide()
    app_context.run(lambda s: delete_indicator(s, seed.satisfaction))
    app_context.events.changed.emit("indicator")
    assert len(column(panel, it.CODE)) == 3  # hidden: read again when shown
    area.show()
    assert column(panel, it.CODE) == ["EAU-OUV", "EAU-POP"]


def test_indicator_model(qtmodeltester, app_context: AppContext, seed) -> None:
    model = it.IndicatorTableModel(app_context.formatter)
    model.set_rows(app_context.run(lambda s: list_indicators(s, language="en")))
    qtmodeltester.check(model)
    assert model.headerData(it.PROGRESS, Qt.Orientation.Horizontal) == "Progress"
    index = model.index(1, it.LATEST)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Measured for the period ending 31/12/2022"
    assert model.index(1, it.STATUS).data(it.STATUS_ROLE) == "at_risk"


def test_numbers_are_typed_the_way_the_ui_language_writes_them(
    qtbot, app_context: AppContext, seed: IndicatorSeed
) -> None:
    app_context.formatter = Formatter("fr")
    panel = IndicatorsPanel(app_context)
    qtbot.addWidget(panel)
    panel.set_project(seed.project)
    dialog = panel.new_indicator()
    assert dialog is not None
    fill(qtbot, dialog, "EAU-VOL", "Volume distribue")
    qtbot.keyClicks(dialog.baseline_edit, "1 234,5")
    dialog.baseline_date_edit.set_date(dt.date(2020, 1, 1))
    qtbot.keyClicks(dialog.target_edit, "2 000")
    dialog.target_date_edit.set_date(dt.date(2024, 12, 31))
    dialog.accept()
    stored = app_context.run(lambda s: get_indicator(s, dialog.record_id))
    assert (stored.baseline_value, stored.target_value) == (Decimal("1234.5"), 2000)
    panel.list.select_id(dialog.record_id)
    again = panel.edit_indicator()
    assert again is not None and again.baseline_edit.text() == "1234,5"
    again.done(0)
