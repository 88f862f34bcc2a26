"""The project dialog: suggested code, theme and sector, inline errors, keyboard use."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton

from coopdesk.services.project_list import list_projects
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.project_dialog import ProjectDialog

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
