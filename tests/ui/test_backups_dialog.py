"""File ▸ Backups: the list, back up now with rotation, restore into the window, settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from shiboken6 import isValid

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from coopdesk.i18n.formatting import Formatter
from coopdesk.services.database import OpenedDatabase, open_db
from coopdesk.services.organisations import (
    OrganisationData,
    create_organisation,
    list_organisations,
)
from coopdesk.store.db import session_scope
from coopdesk.store.rotation import list_backups
from coopdesk.ui.auto_backup import BackupPreferences, load_preferences, save_preferences
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.backups_dialog import DATE, STATE, BackupsDialog
from coopdesk.ui.dialogs.preferences_dialog import PreferencesDialog
from coopdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, settings: QSettings, db_path: Path) -> Iterator[MainWindow]:
    database: OpenedDatabase = open_db(db_path, user="tester")
    context = AppContext(
        session_factory=database.session_factory,
        db_path=database.path,
        formatter=Formatter("en"),
    )
    w = MainWindow(context, settings, database=database)
    qtbot.addWidget(w)
    w.show()
    yield w
    if w.database is not None:
        w.database.close()


def partner_names(window: MainWindow) -> list[str]:
    return [o.name for o in window.context.run(list_organisations)]


def add_partner(window: MainWindow, name: str) -> None:
    data = OrganisationData(name=name, kind="school", country="SN")
    window.context.run(lambda s: create_organisation(s, data))
    window.context.events.changed.emit("organisation")


def open_dialog(qtbot, window: MainWindow) -> BackupsDialog:
    with qtbot.waitSignal(window.data_io.backups_action.triggered):
        window.data_io.backups_action.trigger()
    dialog = window.data_io.backups_dialog
    assert isinstance(dialog, BackupsDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.empty_label.text() != "Checking the backups…", timeout=10000)
    return dialog


def back_up(qtbot, dialog: BackupsDialog) -> None:
    with qtbot.waitSignal(dialog.listed, timeout=20000):
        dialog.backup_button.click()


def test_back_up_now_lists_a_verified_copy_and_rotation_keeps_n(
    qtbot, window: MainWindow, db_path: Path
) -> None:
    folder = db_path.parent / "test-backups"
    dialog = open_dialog(qtbot, window)
    assert dialog.tree.topLevelItemCount() == 0
    assert dialog.empty_label.text() == "No backup in this folder yet."
    assert dialog.folder_label.text() == f"Folder: {folder}"
    assert not dialog.restore_button.isEnabled()
    back_up(qtbot, dialog)
    assert dialog.tree.topLevelItemCount() == 1
    item = dialog.tree.topLevelItem(0)
    assert item.text(STATE) == "Verified"
    [made] = list_backups(folder, verify=True)
    assert made.verified and item.data(DATE, 256) == str(made.path)
    assert dialog.restore_button.isEnabled()

    dialog.settings_box.keep_spin.setValue(2)  # applied at once
    assert load_preferences(window.settings).keep == 2
    back_up(qtbot, dialog)
    back_up(qtbot, dialog)
    assert len(list_backups(folder)) == 2 and dialog.tree.topLevelItemCount() == 2
    newest, older = dialog.backups
    assert newest.created_at > older.created_at  # newest first


def test_restore_shows_the_backed_up_data_and_keeps_the_replaced_file(
    qtbot, window: MainWindow, db_path: Path, answer_yes: list[str]
) -> None:
    add_partner(window, "Commune de Dioffior")
    dialog = open_dialog(qtbot, window)
    back_up(qtbot, dialog)
    add_partner(window, "École de Sakhor")  # after the backup
    assert partner_names(window) == ["Commune de Dioffior", "École de Sakhor"]
    old_context = window.context
    with qtbot.waitSignal(dialog.restored, timeout=20000):
        dialog.restore_button.click()
    assert "kept aside" in answer_yes[0]
    assert window.context is not old_context and window.database is not None
    assert window.context.db_path == db_path.resolve()
    assert partner_names(window) == ["Commune de Dioffior"]
    assert "the replaced file was kept as" in window.statusBar().currentMessage()
    [aside] = list(db_path.parent.glob("test.coopdb.replaced-*"))
    kept = open_db(aside, readonly=True)
    try:
        with session_scope(kept.session_factory) as session:
            assert len(list_organisations(session)) == 2  # nothing was lost
    finally:
        kept.close()
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())  # closed


def test_restore_asks_first_and_no_changes_nothing(
    qtbot, window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, window)
    back_up(qtbot, dialog)
    add_partner(window, "École de Sakhor")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    assert dialog.restore_selected() is None
    assert partner_names(window) == ["École de Sakhor"]
    assert not list(db_path.parent.glob("*.replaced-*"))


def test_open_folder_creates_and_opens_it(
    qtbot, window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = open_dialog(qtbot, window)
    assert dialog.open_folder()
    folder = db_path.parent / "test-backups"
    assert folder.is_dir() and opened == [QUrl.fromLocalFile(str(folder))]


def test_chosen_folder_is_used_and_listed(qtbot, window: MainWindow, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, window)
    elsewhere = tmp_path / "elsewhere"
    dialog.settings_box.folder_edit.setText(str(elsewhere))
    with qtbot.waitSignal(dialog.listed, timeout=10000):
        dialog.settings_box.folder_edit.editingFinished.emit()
    assert dialog.folder_label.text() == f"Folder: {elsewhere}"
    back_up(qtbot, dialog)
    assert len(list_backups(elsewhere)) == 1


def test_preferences_hold_the_backup_settings(qtbot, settings: QSettings) -> None:
    save_preferences(settings, BackupPreferences(True, "", 0))
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    box = dialog.backup_box
    assert box.automatic_check.isChecked() and box.keep_spin.value() == 10
    box.automatic_check.setChecked(False)
    box.keep_spin.setValue(4)
    box.folder_edit.setText("/srv/backups")
    dialog.accept()
    assert load_preferences(settings) == BackupPreferences(False, "/srv/backups", 4)


def test_screenshot(qtbot, window: MainWindow) -> None:
    add_partner(window, "Commune de Dioffior")
    dialog = open_dialog(qtbot, window)
    back_up(qtbot, dialog)
    back_up(qtbot, dialog)
    dialog.grab().save("/tmp/backups_dialog.png")
