"""The project dialog: suggested code, theme and sector, inline errors, keyboard use."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton

from coopdesk.domain.money import Money
from coopdesk.exchange.apd_export import export_apd
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.project_list import list_projects
from coopdesk.services.projects import get_project
from coopdesk.services.transactions import TransactionData, create_transaction
from coopdesk.store.models import AuditEntry, Municipality, Project
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.project_dialog import ProjectDialog
from coopdesk.ui.project_overview import ProjectOverview

Seed = Callable[..., str]
YEAR = dt.date.today().year


@pytest.fixture
def dialog(qtbot, app_context: AppContext, add_project: Seed) -> ProjectDialog:
    """A new project's dialog, opened beside an existing project EAU-SN-01."""
    add_project("EAU-SN-01", "Accès à l'eau potable", theme="water")
    widget = ProjectDialog(app_context)
    qtbot.addWidget(widget)
    widget.open()
    return widget


def choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_code_is_suggested_until_the_user_types_one(dialog: ProjectDialog) -> None:
    assert dialog.code_edit.text() == f"P-{YEAR}-01"
    choose(dialog.theme_combo, "water")
    assert dialog.code_edit.text() == f"EAU-{YEAR}"
    dialog.country_combo.set_code("SN")
    assert dialog.code_edit.text() == f"SN-EAU-{YEAR}"
    dialog.planned_start_edit.set_date(dt.date(2030, 2, 1))
    assert dialog.code_edit.text() == "SN-EAU-2030"
    dialog.code_edit.setText("MINE")
    choose(dialog.theme_combo, "energy")
    assert dialog.code_edit.text() == "MINE"
    dialog.code_edit.clear()  # an emptied code is suggested again
    dialog.country_combo.set_code("ML")
    assert dialog.code_edit.text() == "ML-ENR-2030"
    dialog.done(0)


def test_sector_follows_the_theme_unless_changed(dialog: ProjectDialog) -> None:
    choose(dialog.theme_combo, "water")
    choose(dialog.theme_combo, "energy")
    assert dialog.sector_picker.code() == "23210"
    dialog.sector_picker.set_code("14021")  # the expert's own choice
    choose(dialog.theme_combo, "health")
    assert dialog.sector_picker.code() == "14021"
    dialog.done(0)


def test_errors_are_shown_inline_and_nothing_is_written(
    qtbot, dialog: ProjectDialog, app_context: AppContext
) -> None:
    dialog.planned_start_edit.set_date(dt.date(2024, 6, 1))
    dialog.planned_end_edit.set_date(dt.date(2024, 1, 1))
    dialog.code_edit.clear()
    qtbot.mouseClick(dialog.findChild(QPushButton, "dialogOkButton"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_text("code") == "This field is required."
    assert dialog.error_text("title") == "Enter the title in at least one language."
    assert dialog.error_text("planned_end") == (
        "The planned end must be on or after the planned start."
    )
    assert dialog.code_edit.property("invalid") is True
    assert dialog.focusWidget() is dialog.code_edit
    # A code another project has (case aside) is refused too.
    dialog.code_edit.setText("eau-sn-01")
    dialog.title_edit.line_edit("fr").setText("Doublon")
    dialog.planned_end_edit.set_date(None)
    dialog.accept()
    assert dialog.error_text("code") == "Another project already has the code eau-sn-01."
    assert dialog.error_text("planned_end") is None
    assert len(app_context.run(list_projects)) == 1
    assert app_context.undo_stack.count() == 0
    dialog.done(0)


def test_enter_saves(qtbot, dialog: ProjectDialog, app_context: AppContext) -> None:
    qtbot.keyClicks(dialog.title_edit.line_edit("fr"), "Jardins partages")
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert f"P-{YEAR}-01" in {r.code for r in app_context.run(list_projects)}


def test_tab_goes_through_the_form_in_reading_order(dialog: ProjectDialog) -> None:
    order: list[str] = []
    widget = dialog.code_edit.nextInFocusChain()
    while widget is not dialog.code_edit:
        focusable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if focusable and widget.isVisibleTo(dialog) and widget.isEnabled():
            name = widget.objectName()
            if name and name not in order:
                order.append(name)
        widget = widget.nextInFocusChain()
    assert order == [
        "projectThemeCombo",
        "sectorExpertCheck",
        "projectApdChannelCombo",
        "projectMarker_gender",
        "projectMarker_environment",
        "projectMarker_biodiversity",
        "projectMarker_nutrition",
        "projectStatusCombo",
        "noDateCheck",
        "projectPlaceEdit",
        "projectCountryCombo",
        "text_fr",
        "addLanguageCombo",
        "addLanguageButton",
        "projectSdgPicker",
        "dialogOkButton",
        "dialogCancelButton",
    ]
    dialog.done(0)


# --- APD declaration fields ------------------------------------------------------------------

SENEGAL_WATER = {"gender": 1, "environment": 1, "biodiversity": 0, "nutrition": 1}


@pytest.fixture
def water_project(app_context: AppContext, add_project: Seed) -> str:
    """A Senegal water project with 1,000 € spent in 2025, in a municipality's database."""
    project_id = add_project(
        "EAU-SN-01",
        "Accès à l'eau potable",
        theme="water",
        dac_sector="14030",
        location_country="SN",
        planned_start=dt.date(2025, 1, 1),
        planned_end=dt.date(2026, 12, 31),
    )

    def seed(session) -> None:
        session.add(Municipality(name="Sainte-Aurèle", insee_code="45347"))
        spent = TransactionData(
            kind="expense", date=dt.date(2025, 4, 2), amount=Money(100000, "EUR")
        )
        create_transaction(session, project_id, spent)

    app_context.run(seed)
    return project_id


def _stored(app_context: AppContext, project_id: str) -> tuple[str, dict[str, int]]:
    def read(session) -> tuple[str, dict[str, int]]:
        row = session.get(Project, project_id)
        return row.apd_channel, dict(row.policy_markers)

    return app_context.run(read)


def _declared_channel(app_context: AppContext, tmp_path: Path) -> tuple[str, str, dict]:
    """Channel, its label in the XLSX sheet, and markers of EAU-SN-01 in the 2025 declaration."""
    out = tmp_path / "apd.xlsx"
    dec = app_context.run(lambda s: export_apd(s, 2025, out, language="en"))
    row = next(r for r in dec.rows if r.code == "EAU-SN-01")
    cells = [c for r in load_workbook(out).worksheets[0].iter_rows(values_only=True) for c in r]
    assert row.channel_label in cells
    return row.channel, row.channel_label, row.markers


def test_apd_fields_are_saved_declared_audited_and_undone(
    qtbot, app_context: AppContext, water_project: str, tmp_path: Path
) -> None:
    assert _stored(app_context, water_project) == ("direct", {})
    dialog = ProjectDialog(app_context, water_project)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.apd_group.title() == "APD declaration"
    assert dialog.apd_channel_combo.currentData() == "direct"
    assert all(c.currentText() == "Not scored" for c in dialog.marker_combos.values())
    assert [dialog.marker_combos["gender"].itemText(i) for i in range(4)] == [
        "Not scored",
        "0 – not targeted",
        "1 – significant objective",
        "2 – principal objective",
    ]
    assert "APD" in dialog.marker_combos["biodiversity"].toolTip()
    assert "multilateral" in dialog.apd_channel_combo.toolTip()
    assert not dialog.has_changes()
    choose(dialog.apd_channel_combo, "ngo")
    for key, score in SENEGAL_WATER.items():
        choose(dialog.marker_combos[key], score)
    assert dialog.has_changes()
    qtbot.mouseClick(dialog.findChild(QPushButton, "dialogOkButton"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    assert _stored(app_context, water_project) == ("ngo", SENEGAL_WATER)
    assert _declared_channel(app_context, tmp_path) == (
        "ngo",
        "Through an association or NGO",
        SENEGAL_WATER,
    )
    audited = app_context.run(
        lambda s: s.scalars(
            select(AuditEntry.changes).where(
                AuditEntry.entity == "project", AuditEntry.action == "updated"
            )
        ).all()
    )
    assert audited == [{"apd_channel": ["direct", "ngo"], "policy_markers": [{}, SENEGAL_WATER]}]
    assert app_context.undo_stack.undoText() == "Edit project EAU-SN-01"

    app_context.undo_stack.undo()
    assert _stored(app_context, water_project) == ("direct", {})
    channel, _label, markers = _declared_channel(app_context, tmp_path)
    assert channel == "direct" and set(markers.values()) == {None}
    app_context.undo_stack.redo()
    assert _stored(app_context, water_project) == ("ngo", SENEGAL_WATER)


def test_a_stored_value_off_the_lists_is_shown_and_refused_on_save(
    qtbot, app_context: AppContext, water_project: str
) -> None:
    def corrupt(session) -> None:  # as an old file or a script could have left it
        row = session.get(Project, water_project)
        row.apd_channel, row.policy_markers = "bilateral", {"gender": 3}

    app_context.run(corrupt)
    dialog = ProjectDialog(app_context, water_project)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.apd_channel_combo.currentText() == "bilateral"
    assert dialog.marker_combos["gender"].currentText() == "3"
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error_text("apd_channel") == (
        "Choose the APD channel from the list: direct, through an association or NGO,"
        " or through a multilateral organisation."
    )
    assert dialog.error_text("policy_markers") == (
        "Score the policy marker Gender equality 0 (not targeted), 1 (significant objective)"
        " or 2 (principal objective)."
    )
    assert dialog.marker_combos["gender"].property("invalid") is True
    assert app_context.undo_stack.count() == 0
    choose(dialog.apd_channel_combo, "multilateral")
    choose(dialog.marker_combos["gender"], 2)
    dialog.accept()
    assert not dialog.isVisible()
    assert _stored(app_context, water_project) == ("multilateral", {"gender": 2})


def test_a_new_project_gets_its_apd_fields(qtbot, dialog: ProjectDialog, app_context) -> None:
    dialog.title_edit.line_edit("fr").setText("Bibliothèque")
    choose(dialog.apd_channel_combo, "ngo")
    choose(dialog.marker_combos["gender"], 1)
    choose(dialog.marker_combos["environment"], 0)
    dialog.accept()
    assert not dialog.isVisible()
    data = app_context.run(lambda s: get_project(s, dialog.record_id))
    assert (data.apd_channel, data.policy_markers) == ("ngo", {"gender": 1, "environment": 0})


def test_overview_shows_the_apd_fields(qtbot, app_context: AppContext, add_project: Seed) -> None:
    project_id = add_project(
        "DECH-BR-01",
        "Déchets",
        apd_channel="multilateral",
        policy_markers={"gender": 1, "environment": 2, "biodiversity": 1, "nutrition": 0},
    )
    overview = ProjectOverview(Formatter("en"))
    qtbot.addWidget(overview)
    data = app_context.run(lambda s: get_project(s, project_id))
    overview.set_project(data)
    assert overview.apd_facts(data) == [
        ("APD channel", "Through a multilateral organisation"),
        (
            "Policy markers",
            "Gender equality: significant\nEnvironment: principal\nBiodiversity: significant",
        ),
    ]
    text = overview.toPlainText()
    assert "Through a multilateral organisation" in text and "Environment: principal" in text
    unscored = app_context.run(lambda s: get_project(s, add_project("P-2", "Autre")))
    assert overview.apd_facts(unscored)[1] == ("Policy markers", "")
    none = type(unscored)(**{**unscored.__dict__, "policy_markers": {"gender": 0}})
    assert overview.apd_facts(none)[1] == ("Policy markers", "none targeted")
