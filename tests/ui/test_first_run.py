"""The first-run assistant and the municipality settings dialog, driven like a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QWizard

from coopdesk.services.municipality import get_municipality, is_configured
from coopdesk.store.models import Municipality, Organisation, Project
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.import_dialog import ImportDialog
from coopdesk.ui.dialogs.municipality_dialog import MunicipalityDialog
from coopdesk.ui.first_run import FirstRunWizard, show_first_run_if_needed
from coopdesk.ui.main_window import MainWindow

LOGO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "logo.png"


@pytest.fixture
def wizard(qtbot, app_context: AppContext, settings: QSettings) -> FirstRunWizard:
    w = FirstRunWizard(app_context, settings)
    qtbot.addWidget(w)
    w.show()
    return w


def _fill_municipality(qtbot, wizard: FirstRunWizard, insee: str = "28134") -> None:
    form = wizard.municipality_page.form
    qtbot.keyClicks(form.name_edit, "Ville de Dreux")
    form.address_edit.setPlainText("Hôtel de ville\n2 place Métézeau")
    qtbot.keyClicks(form.postal_code_edit, "28100")
    qtbot.keyClicks(form.city_edit, "Dreux")
    qtbot.keyClicks(form.insee_edit, insee)


def _next(qtbot, wizard: FirstRunWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def _count(app_context: AppContext, model: type) -> int:
    return app_context.run(lambda s: s.scalar(select(func.count()).select_from(model)))


def test_the_wizard_saves_the_municipality(
    qtbot, wizard: FirstRunWizard, app_context: AppContext, settings: QSettings
) -> None:
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # a name is required
    _fill_municipality(qtbot, wizard)
    assert next_button.isEnabled()
    form = wizard.municipality_page.form
    assert form.iati_label.text() == "IATI identifier: FR-INSEE-28134"
    assert form.set_logo_file(LOGO)
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.preferences_page
    prefs = wizard.preferences_page.form
    prefs.ui_language_combo.setCurrentIndex(prefs.ui_language_combo.findData("en"))
    prefs.second_language_combo.setCurrentIndex(prefs.second_language_combo.findData("de"))
    prefs.currency_combo.set_code("XOF")
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.start_page
    assert wizard.start_page.empty_radio.isChecked()
    changed: list[str] = []
    app_context.events.changed.connect(changed.append)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    saved = app_context.run(get_municipality)
    assert saved is not None
    assert (saved.name, saved.postal_code, saved.city, saved.insee_code) == (
        "Ville de Dreux", "28100", "Dreux", "28134"
    )
    assert saved.address == "Hôtel de ville\n2 place Métézeau"
    assert saved.report_languages == ("fr", "de")
    assert saved.default_currency == "XOF"
    assert saved.ui_language == "en" and settings.value("ui/language") == "en"
    assert saved.logo_id is not None
    assert _count(app_context, Municipality) == 1
    assert _count(app_context, Organisation) == 0  # started empty
    assert changed == ["municipality"]


def test_an_invalid_insee_code_blocks_next(qtbot, wizard: FirstRunWizard) -> None:
    _fill_municipality(qtbot, wizard, insee="2C004")
    form = wizard.municipality_page.form
    assert form.iati_label.text() == ""
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.municipality_page
    message = form.error_text("insee_code")
    assert message is not None and "2A or 2B" in message
    form.insee_edit.clear()
    qtbot.keyClicks(form.insee_edit, "2a004")  # Corsica, in lower case
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.preferences_page
    assert form.error_text("insee_code") is None


def test_a_file_that_is_not_an_image_is_refused_as_logo(
    qtbot, wizard: FirstRunWizard, tmp_path: Path, monkeypatch
) -> None:
    fake = tmp_path / "logo.png"
    fake.write_text("not an image")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(fake), ""))
    form = wizard.municipality_page.form
    qtbot.mouseClick(form.choose_logo_button, Qt.MouseButton.LeftButton)
    assert form.logo_file is None
    assert "PNG or JPEG" in (form.error_text("logo") or "")


def test_the_demo_choice_fills_the_database(
    qtbot, wizard: FirstRunWizard, app_context: AppContext
) -> None:
    _fill_municipality(qtbot, wizard)
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    assert wizard.start_page.demo_radio.isEnabled()
    wizard.start_page.demo_radio.setChecked(True)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert _count(app_context, Organisation) > 10
    assert _count(app_context, Project) > 3
    assert _count(app_context, Municipality) == 1  # the demo's row took our settings
    saved = app_context.run(get_municipality)
    assert saved is not None and saved.name == "Ville de Dreux"
    assert saved.logo_id is not None  # the demo's logo, as none was chosen


def test_the_demo_is_not_offered_on_a_database_with_records(
    qtbot, app_context: AppContext, add_partner
) -> None:
    add_partner("Commune de Dioffior")
    wizard = FirstRunWizard(app_context)
    qtbot.addWidget(wizard)
    assert not wizard.start_page.demo_radio.isEnabled()


def test_shown_on_an_unconfigured_database_only(
    qtbot, app_context: AppContext, settings: QSettings
) -> None:
    window = MainWindow(app_context, settings)
    qtbot.addWidget(window)
    window.show()
    wizard = show_first_run_if_needed(window)
    assert isinstance(wizard, FirstRunWizard) and wizard.isVisible()
    _fill_municipality(qtbot, wizard)
    wizard.next()
    wizard.next()
    wizard.accept()
    assert app_context.run(is_configured)
    assert show_first_run_if_needed(window) is None
    window.close()


def test_the_settings_dialog_edits_and_undoes(
    qtbot, app_context: AppContext, wizard: FirstRunWizard
) -> None:
    _fill_municipality(qtbot, wizard)
    wizard.next()
    wizard.next()
    wizard.accept()
    dialog = MunicipalityDialog(app_context)
    qtbot.addWidget(dialog)
    form = dialog.identity_form
    assert form.name_edit.text() == "Ville de Dreux"
    assert form.insee_edit.text() == "28134"
    form.insee_edit.setText("123")
    dialog.accept()
    assert dialog.tabs.currentWidget() is form
    assert "5 characters" in (form.error_text("insee_code") or "")
    form.insee_edit.setText("28135")
    form.city_edit.setText("Dreux-Centre")
    dialog.accept()
    assert dialog.result() == MunicipalityDialog.DialogCode.Accepted
    saved = app_context.run(get_municipality)
    assert saved is not None and (saved.city, saved.insee_code) == ("Dreux-Centre", "28135")
    app_context.undo_stack.undo()
    saved = app_context.run(get_municipality)
    assert saved is not None and (saved.city, saved.insee_code) == ("Dreux", "28134")
    app_context.undo_stack.redo()
    saved = app_context.run(get_municipality)
    assert saved is not None and saved.city == "Dreux-Centre"


def test_the_import_choice_opens_the_spreadsheet_import(
    qtbot, wizard: FirstRunWizard, app_context: AppContext
) -> None:
    _fill_municipality(qtbot, wizard)
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    wizard.start_page.import_radio.setChecked(True)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert app_context.run(is_configured)  # the settings are saved first
    dialog = wizard.import_dialog
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    qtbot.addWidget(dialog)
    dialog.reject()
    assert _count(app_context, Organisation) == 0


def test_a_new_database_opens_the_assistant(
    qtbot, app_context: AppContext, settings: QSettings, tmp_path: Path, monkeypatch
) -> None:
    window = MainWindow(app_context, settings)
    qtbot.addWidget(window)
    window.show()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "fresh"), "")
    )
    window.new_database_action.trigger()
    assert window.context.db_path.name == "fresh.coopdb"
    wizard = window.findChild(FirstRunWizard)
    assert wizard is not None and wizard.isVisible()
    assert wizard.context is window.context  # it configures the new database
    wizard.reject()
    window.close()
