"""The main window: areas, menus, undo, recent files, switching and backing up databases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from coopdesk import __version__
from coopdesk.services.database import new_db
from coopdesk.services.organisations import list_organisations
from coopdesk.ui.areas import STAFF_AREAS
from coopdesk.ui.context import AppContext
from coopdesk.ui.dashboard_page import DashboardPage
from coopdesk.ui.dialogs.organisation_dialog import OrganisationDialog
from coopdesk.ui.dialogs.partnership_dialog import PartnershipDialog
from coopdesk.ui.dialogs.preferences_dialog import PreferencesDialog
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.partners_page import PartnersPage
from coopdesk.ui.partnerships_page import PartnershipsPage
from coopdesk.ui.recent_files import MAX_RECENT, RecentFiles

Seed = Callable[..., str]


@pytest.fixture
def window(qtbot, app_context: AppContext, settings: QSettings, add_partner: Seed) -> MainWindow:
    add_partner("Commune de Dioffior")
    w = MainWindow(app_context, settings)
    qtbot.addWidget(w)
    w.show()
    return w


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def test_opens_on_the_database_with_both_areas(window: MainWindow, db_path: Path) -> None:
    titles = [window.areas.item(i).text() for i in range(window.areas.count())]
    assert titles[:3] == ["Dashboard", "Partners", "Partnerships"]  # the home screen first
    assert titles == [area.title for area in STAFF_AREAS]
    assert isinstance(window.stack.widget(0), DashboardPage)
    assert window.pages.built().keys() == {"dashboard"}  # the others when first shown
    assert window.stack.currentIndex() == 0
    window.areas.setCurrentRow(1)
    assert isinstance(window.stack.widget(1), PartnersPage)
    assert window.stack.currentWidget() is window.pages["partners"]
    window.areas.setCurrentRow(2)
    assert isinstance(window.stack.widget(2), PartnershipsPage)
    assert window.stack.currentWidget() is window.pages["partnerships"]
    assert window.windowTitle() == "test.coopdb — CoopDesk"
    assert window.file_label.text() == str(db_path)
    assert window.counts_label.text().startswith("1 partner(s) · 0 partnership(s)")
    assert window.size().width() >= 1000


def test_menus_have_their_actions(window: MainWindow) -> None:
    for name in (
        "newDatabaseAction",
        "openDatabaseAction",
        "backupAction",
        "quitAction",
        "undoAction",
        "redoAction",
        "preferencesAction",
        "aboutAction",
    ):
        assert action(window, name).text()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Tools", "&Help"]
    assert action(window, "undoAction").shortcut().toString() == "Ctrl+Z"
    assert not action(window, "undoAction").isEnabled()


def test_recent_files_list_is_updated(window: MainWindow, settings: QSettings, db_path) -> None:
    recent = RecentFiles(settings)
    assert recent.paths() == [db_path.resolve()]
    assert recent.last() == db_path.resolve()
    window.fill_recent_menu()
    texts = [a.text() for a in window.recent_menu.actions() if not a.isSeparator()]
    assert texts == ["test.coopdb", "Clear the list"]


def test_missing_recent_files_are_disabled(window: MainWindow, settings, tmp_path) -> None:
    recent = RecentFiles(settings)
    gone = tmp_path / "gone.coopdb"
    recent.add(gone)
    for i in range(MAX_RECENT + 2):
        recent.add(tmp_path / f"f{i}.coopdb")
    assert len(recent.paths()) == MAX_RECENT
    recent.remove(tmp_path / f"f{MAX_RECENT + 1}.coopdb")
    recent.add(gone)
    window.fill_recent_menu()
    first = window.recent_menu.actions()[0]
    assert first.text() == "gone.coopdb (missing)"
    assert not first.isEnabled()


def test_undo_action_follows_the_stack(qtbot, window: MainWindow, app_context) -> None:
    page = window.pages["partners"]
    assert page is not None
    dialog = page.new_partner()
    assert dialog is not None
    qtbot.keyClicks(dialog.name_edit, "Zinder")
    dialog.country_combo.set_code("NE")
    dialog.accept()
    undo = action(window, "undoAction")
    assert undo.isEnabled()
    assert undo.text() == "Undo Add partner Zinder"
    undo.trigger()
    assert "Zinder" not in {r.name for r in app_context.run(list_organisations)}
    assert window.counts_label.text().startswith("1 partner(s) · 0 partnership(s)")
    action(window, "redoAction").trigger()
    assert "Zinder" in {r.name for r in app_context.run(list_organisations)}
    assert window.counts_label.text().startswith("2 partner(s) · 0 partnership(s)")


def test_report_error_shows_a_warning(window: MainWindow, app_context, warnings_shown) -> None:
    app_context.report_error("Something went wrong.")
    assert warnings_shown == ["Something went wrong."]


def test_open_another_database_rebuilds_the_pages(
    window: MainWindow, app_context, settings, tmp_path: Path, monkeypatch
) -> None:
    other = new_db(tmp_path / "other.coopdb")
    other.close()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "other.coopdb"), "")
    )
    old_page = window.pages["partners"]
    action(window, "openDatabaseAction").trigger()
    assert window.context is not app_context
    assert window.context.db_path == (tmp_path / "other.coopdb").resolve()
    assert window.pages["partners"] is not old_page
    assert window.pages["partners"].total_count() == 0
    assert window.counts_label.text().startswith("0 partner(s) · 0 partnership(s)")
    assert window.windowTitle() == "other.coopdb — CoopDesk"
    assert RecentFiles(settings).paths()[0] == (tmp_path / "other.coopdb").resolve()
    assert window.database is not None
    window.close()
    assert window.database is None


def test_new_database_adds_the_suffix(window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "fresh"), "")
    )
    action(window, "newDatabaseAction").trigger()
    assert (tmp_path / "fresh.coopdb").is_file()
    assert window.context.db_path.name == "fresh.coopdb"
    window.close()


def test_refused_file_keeps_the_current_database(
    window: MainWindow, app_context, tmp_path: Path, monkeypatch, warnings_shown
) -> None:
    bad = tmp_path / "notes.coopdb"
    bad.write_text("not a database")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    action(window, "openDatabaseAction").trigger()
    assert warnings_shown == [f"The file {bad} is not a CoopDesk database."]
    assert window.context is app_context


def test_save_a_copy(window: MainWindow, db_path: Path, tmp_path: Path, monkeypatch) -> None:
    asked: list[str] = []
    dest = tmp_path / "copies" / "saved.coopdb"
    dest.parent.mkdir()

    def save_name(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return str(dest), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    action(window, "backupAction").trigger()
    stamp = dt.date.today().strftime("%Y%m%d")
    assert Path(asked[0]).name == f"test-backup-{stamp}.coopdb"
    assert dest.is_file() and dest.stat().st_size > 0
    assert str(dest) in window.statusBar().currentMessage()


def test_geometry_is_saved_and_restored(qtbot, app_context, settings: QSettings) -> None:
    first = MainWindow(app_context, settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(first.minimumSizeHint().width(), 555)  # the offscreen screen is 800 x 600
    first.close()
    assert settings.value("window/geometry") is not None
    second = MainWindow(app_context, settings)
    qtbot.addWidget(second)
    assert second.size().height() == 555


def test_preferences_store_the_language(window: MainWindow, settings: QSettings) -> None:
    dialog = window.show_preferences()
    assert isinstance(dialog, PreferencesDialog)
    combo = dialog.language_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["fr", "en"]
    assert combo.currentData() == "fr"
    combo.setCurrentIndex(combo.findData("en"))
    assert dialog.language_changed()
    dialog.accept()
    assert settings.value("ui/language") == "en"


def test_about_box(window: MainWindow, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, _t, text: shown.append(text))
    action(window, "aboutAction").trigger()
    assert __version__ in shown[0]
    assert "GNU General Public License" in shown[0]
    assert "IATI" in shown[0] and "CC BY 4.0" in shown[0]
    assert "DejaVu" in shown[0]


def test_ctrl_n_creates_in_the_current_area(qtbot, window: MainWindow) -> None:

    window.activateWindow()
    window.areas.setCurrentRow(1)
    window.areas.setFocus()
    qtbot.keyClick(window.areas, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(OrganisationDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.done(0)
    window.areas.setCurrentRow(2)
    qtbot.keyClick(window.areas, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    other = window.findChild(PartnershipDialog)
    assert other is not None and other.isVisible()
    other.done(0)
