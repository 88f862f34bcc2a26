"""Measurements: the dialog (breakdowns with their live gap, rating, evidence), the list, undo."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from indicator_ui_support import IndicatorSeed, seed_indicators

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QLineEdit, QPushButton, QToolButton

from coopdesk.services.indicators import IndicatorData, create_indicator
from coopdesk.services.measurements import get_measurement, list_measurements
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.measurement_dialog import MeasurementDialog, field_key
from coopdesk.ui.indicator_labels import STATUS_COLOURS
from coopdesk.ui.indicator_panel import IndicatorsPanel
from coopdesk.ui.measurement_panel import suggested_period
from coopdesk.ui.models import indicator_table_model as it
from coopdesk.ui.models import measurement_table_model as mt


@pytest.fixture
def seed(app_context: AppContext) -> IndicatorSeed:
    return app_context.run(seed_indicators)


@pytest.fixture
def panel(qtbot, app_context: AppContext, seed: IndicatorSeed) -> IndicatorsPanel:
    widget = IndicatorsPanel(app_context)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    widget.set_project(seed.project)
    assert widget.list.select_id(seed.population)
    return widget


def status_of(panel: IndicatorsPanel, indicator_id: str, role: int = 0) -> object:
    proxy, model = panel.list.proxy, panel.list.model
    row = proxy.mapFromSource(model.index(model.row_of_id(indicator_id) or 0, it.STATUS)).row()
    return proxy.index(row, it.STATUS).data(role)


def edit(dialog: MeasurementDialog, name: str) -> QLineEdit:
    found = dialog.findChild(QLineEdit, name)
    assert found is not None, name
    return found


def new_dialog(panel: IndicatorsPanel) -> MeasurementDialog:
    button = panel.findChild(QToolButton, "newMeasurementButton")
    assert button is not None and button.isEnabled()
    button.click()
    dialogs = [d for d in panel.findChildren(MeasurementDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def measured(app_context: AppContext, indicator_id: str) -> list[tuple[int, Decimal | None]]:
    rows = app_context.run(lambda s: list_measurements(s, indicator_id))
    return [(r.period_end.year, r.value) for r in rows]


def test_breakdown_that_does_not_add_up_is_shown_live_and_saved(
    qtbot, panel: IndicatorsPanel, app_context: AppContext, seed: IndicatorSeed
) -> None:
    dialog = new_dialog(panel)
    assert dialog.objectName() == "measurementDialog"
    assert dialog.windowTitle() == "New measurement of EAU-POP"
    # The next period after the latest measurement (2022), its source kept.
    assert dialog.start_edit.date() == QDate(2023, 1, 1)
    assert dialog.end_edit.date() == QDate(2023, 12, 31)
    assert dialog.source_edit.text() == "Recensement"
    assert set(dialog.breakdown_edits) == {"sex"}
    assert dialog.focusWidget() is dialog.value_edit
    qtbot.keyClicks(dialog.value_edit, "218")
    qtbot.keyClicks(edit(dialog, "breakdown_sex_female"), "120")
    qtbot.keyClicks(edit(dialog, "breakdown_sex_male"), "90")
    gap = dialog.findChild(type(dialog.gap_label), "measurementGapLabel")
    assert gap is dialog.gap_label and gap.isVisible()
    assert dialog.gap_text() == (
        "The values by sex add up to 210 instead of 218 (difference: -8)."
    )
    qtbot.keyClicks(edit(dialog, "breakdown_sex_unknown"), "8")
    assert dialog.gap_text() == ""
    edit(dialog, "breakdown_sex_unknown").clear()
    assert "difference: -8" in dialog.gap_text()
    qtbot.mouseClick(dialog.findChild(QPushButton, "dialogOkButton"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.saved is not None and [g.difference for g in dialog.saved.gaps] == [-8]
    assert measured(app_context, seed.population) == [(2023, 218), (2022, 145)]
    stored = app_context.run(lambda s: get_measurement(s, dialog.record_id))
    assert stored.disaggregated == {"sex": {"female": 120, "male": 90}}
    measurements = panel.measurements
    assert measurements.list.current_id() == dialog.record_id
    assert "add up to 210 instead of 218" in measurements.notice.text()
    index = measurements.list.proxy.index(0, mt.BREAKDOWN)
    assert index.data() == "Sex: Female 120, Male 90"
    assert index.data(Qt.ItemDataRole.DecorationRole) == QColor(mt.GAP_COLOUR)
    assert "difference: -8" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_breakdown_that_adds_up_shows_no_gap(
    qtbot, panel: IndicatorsPanel, app_context: AppContext, seed: IndicatorSeed
) -> None:
    dialog = new_dialog(panel)
    qtbot.keyClicks(dialog.value_edit, "1,210")
    qtbot.keyClicks(edit(dialog, "breakdown_sex_female"), "1,000")
    qtbot.keyClicks(edit(dialog, "breakdown_sex_male"), "210")
    assert dialog.gap_text() == "" and dialog.gap_label.isHidden()
    dialog.accept()
    assert dialog.saved is not None and dialog.saved.gaps == ()
    assert measured(app_context, seed.population)[0] == (2023, 1210)
    assert panel.measurements.notice.isHidden()
    index = panel.measurements.list.proxy.index(0, mt.BREAKDOWN)
    assert index.data(Qt.ItemDataRole.DecorationRole) is None


def test_progress_and_status_change_after_a_new_measurement(
    qtbot, panel: IndicatorsPanel, seed: IndicatorSeed
) -> None:
    assert status_of(panel, seed.population) == "At risk"
    assert status_of(panel, seed.population, Qt.ItemDataRole.ForegroundRole) == QColor(
        STATUS_COLOURS["at_risk"]
    )
    dialog = new_dialog(panel)
    qtbot.keyClicks(dialog.value_edit, "185")
    dialog.accept()
    assert status_of(panel, seed.population) == "On track"
    assert status_of(panel, seed.population, Qt.ItemDataRole.ForegroundRole) == QColor(
        STATUS_COLOURS["on_track"]
    )
    row = panel.current_indicator()
    assert row is not None and row.progress.progress == Decimal("0.85")
    measurements = panel.measurements
    assert measurements.status_label.text() == "On track"
    assert "Progress 85%" in measurements.progress_label.text()
    assert measurements.progress_bar.value() == 850
    assert measurements.chart.values("measured") == [145.0, 185.0]


def test_measurement_outside_the_project_dates_is_refused_inline(
    qtbot, panel: IndicatorsPanel, app_context: AppContext, seed: IndicatorSeed
) -> None:
    dialog = new_dialog(panel)
    dialog.start_edit.setDate(QDate(2019, 1, 1))
    dialog.end_edit.setDate(QDate(2019, 12, 31))
    qtbot.keyClicks(dialog.value_edit, "120")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error_text("period_start") == (
        "A measurement outside the project's dates cannot be recorded: the project runs "
        "from 1 Jan 2020 to 31 Dec 2030."
    )
    assert measured(app_context, seed.population) == [(2022, 145)]
    assert app_context.undo_stack.count() == 0
    dialog.done(0)


def test_typing_errors_show_under_their_fields(
    qtbot, panel: IndicatorsPanel, app_context: AppContext
) -> None:
    dialog = new_dialog(panel)
    dialog.accept()
    assert dialog.error_text("value") == "Enter the value."
    qtbot.keyClicks(dialog.value_edit, "200")
    qtbot.keyClicks(edit(dialog, "breakdown_sex_female"), "a hundred")
    dialog.accept()
    assert dialog.error_text("disaggregated.sex") == (
        "Female: Enter a number, for example 1,234.5."
    )
    assert app_context.undo_stack.count() == 0
    dialog.done(0)


def test_edit_and_delete_a_measurement_with_undo(
    qtbot, panel: IndicatorsPanel, app_context: AppContext, seed: IndicatorSeed, answer_yes
) -> None:
    measurements = panel.measurements
    assert measurements.list.table.objectName() == "measurementsTable"
    assert measurements.list.select_id(seed.population_2022)
    dialog = measurements.edit_measurement()
    assert dialog is not None and dialog.windowTitle() == "Edit measurement of EAU-POP"
    assert dialog.value_edit.text() == "145"
    assert edit(dialog, "breakdown_sex_female").text() == "80"
    dialog.value_edit.setText("150")
    dialog.accept()
    assert measured(app_context, seed.population) == [(2022, 150)]
    app_context.undo_stack.undo()
    assert measured(app_context, seed.population) == [(2022, 145)]
    measurements.list.select_id(seed.population_2022)
    measurements.list.table.setFocus()
    qtbot.keyClick(measurements.list.table, Qt.Key.Key_Delete)
    assert answer_yes[-1] == (
        "Delete the measurement for 01/01/2022 to 31/12/2022? You can undo this with Ctrl+Z."
    )
    assert measured(app_context, seed.population) == []
    assert status_of(panel, seed.population) == "No measurement yet"
    app_context.undo_stack.undo()
    assert measured(app_context, seed.population) == [(2022, 145)]
    assert status_of(panel, seed.population) == "At risk"


def test_qualitative_indicator_takes_a_rating_and_a_reason(
    qtbot, panel: IndicatorsPanel, app_context: AppContext, seed: IndicatorSeed
) -> None:
    panel.list.select_id(seed.satisfaction)
    dialog = new_dialog(panel)
    assert dialog.rating_combo.isVisibleTo(dialog) and not dialog.value_edit.isVisibleTo(dialog)
    assert dialog.breakdown_edits == {}
    dialog.accept()
    assert dialog.error_text("rating") == "Choose a rating from 1 to 5."
    dialog.rating_combo.setCurrentIndex(dialog.rating_combo.findData(3))
    qtbot.keyClicks(dialog.narrative_edit, "Fewer breakdowns")
    dialog.accept()
    assert not dialog.isVisible()
    rows = app_context.run(lambda s: list_measurements(s, seed.satisfaction))
    assert [(r.rating, r.narrative) for r in rows] == [(3, "Fewer breakdowns")]
    measurements = panel.measurements
    assert measurements.list.proxy.index(0, mt.VALUE).data() == "3 / 5"
    assert measurements.list.proxy.index(0, mt.BREAKDOWN).data() == "Fewer breakdowns"
    assert measurements.chart.values("measured") == [3.0]


def test_evidence_files_are_attached(
    qtbot, tmp_path: Path, panel: IndicatorsPanel, app_context: AppContext, monkeypatch
) -> None:
    sheet = tmp_path / "fiche-enquete.pdf"
    sheet.write_bytes(b"%PDF-1.4 survey")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(sheet)], ""))
    dialog = new_dialog(panel)
    qtbot.keyClicks(dialog.value_edit, "190")
    qtbot.mouseClick(dialog.evidence.attach_button, Qt.MouseButton.LeftButton)
    assert dialog.evidence.list.item(0).text() == "fiche-enquete.pdf"
    assert dialog.has_changes()
    dialog.accept()
    stored = app_context.run(lambda s: get_measurement(s, dialog.record_id))
    assert len(stored.evidence_ids) == 1
    assert panel.measurements.list.proxy.index(0, mt.EVIDENCE).data() == "1"
    again = panel.measurements.edit_measurement()
    assert again is not None and again.evidence.list.item(0).text() == "fiche-enquete.pdf"
    again.evidence.list.setCurrentRow(0)
    again.evidence.remove_button.click()
    again.accept()
    assert app_context.run(lambda s: get_measurement(s, dialog.record_id)).evidence_ids == ()


def test_computed_indicator_has_no_typed_measurements(
    qtbot, app_context: AppContext, seed: IndicatorSeed
) -> None:
    computed = app_context.run(
        lambda s: create_indicator(
            s,
            seed.project,
            IndicatorData(
                code="ECH-NB", name={"en": "Exchanges held"}, computed_source="exchanges_held"
            ),
        )
    )
    panel = IndicatorsPanel(app_context)
    qtbot.addWidget(panel)
    panel.set_project(seed.project)
    panel.list.select_id(computed)
    measurements = panel.measurements
    assert not measurements.new_action.isEnabled()
    assert measurements.new_measurement() is None
    assert "computed from the database (Exchanges held)" in (
        measurements.list.panel.message() or ""
    )


def test_suggested_period_follows_the_frequency() -> None:
    today = dt.date(2026, 5, 10)
    assert suggested_period("quarterly", [], today) == (dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert suggested_period("annual", [], today) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert field_key("65+") == "65_plus" and field_key("0-11") == "0_11"


def test_measurement_model(qtmodeltester, app_context: AppContext, seed: IndicatorSeed) -> None:
    model = mt.MeasurementTableModel(app_context.formatter)
    model.set_rows(app_context.run(lambda s: list_measurements(s, seed.population)))
    qtmodeltester.check(model)
    assert model.index(0, mt.PERIOD).data() == "01/01/2022 – 31/12/2022"
    assert model.index(0, mt.VALUE).data() == "145"
    assert model.index(0, mt.BREAKDOWN).data() == "Sex: Female 80, Male 65"
    assert model.index(0, mt.SOURCE).data() == "Recensement"
    assert model.headerData(mt.RECORDED_BY, Qt.Orientation.Horizontal) == "Recorded by"
