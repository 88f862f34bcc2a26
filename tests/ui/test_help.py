"""In-app help: the pages (both languages, no broken link), F1 per area, menus, About box."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from coopdesk import __version__
from coopdesk.i18n import set_language
from coopdesk.ui.areas import STAFF_AREAS, VOLUNTEER_AREAS
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.about_dialog import about_html
from coopdesk.ui.dialogs.municipality_dialog import MunicipalityDialog
from coopdesk.ui.help_window import AREA_PAGES, HELP_DIR, INDEX_PAGE, HelpWindow
from coopdesk.ui.main_window import MainWindow

LANGUAGES = ("fr", "en")


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.hrefs.append(str(values["href"]))
        if values.get("id"):
            self.ids.add(str(values["id"]))
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def _parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _pages(language: str) -> list[Path]:
    return sorted((HELP_DIR / language).glob("*.html"))


@pytest.fixture
def window(qtbot, app_context: AppContext, settings: QSettings) -> MainWindow:
    w = MainWindow(app_context, settings)
    qtbot.addWidget(w)
    w.show()
    return w


def _action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def _help_window(window: MainWindow) -> HelpWindow:
    found = window.findChild(HelpWindow)
    assert found is not None
    return found


def test_french_and_english_help_have_the_same_pages_and_anchors() -> None:
    fr, en = ([p.name for p in _pages(lang)] for lang in LANGUAGES)
    assert fr == en and INDEX_PAGE in fr and len(fr) >= 12
    for name in fr:
        french, english = (_parse(HELP_DIR / lang / name) for lang in LANGUAGES)
        assert french.ids == english.ids, name
        assert sorted(french.hrefs) == sorted(english.hrefs), name
        assert french.title and english.title, name


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_help_link_resolves(language: str) -> None:
    folder = HELP_DIR / language
    linked: set[str] = set()
    for page in _pages(language):
        for href in _parse(page).hrefs:
            assert "://" not in href, f"{page.name}: external link {href}"
            name, _, fragment = href.partition("#")
            target = folder / (name or page.name)
            assert target.is_file(), f"{page.name}: broken link {href}"
            if fragment:
                assert fragment in _parse(target).ids, f"{page.name}: no anchor {href}"
            linked.add(target.name)
    # Every page can be reached from another one.
    assert {p.name for p in _pages(language)} - linked <= {INDEX_PAGE}


def test_every_area_has_a_help_page() -> None:
    for area in (*STAFF_AREAS, *VOLUNTEER_AREAS):
        assert area.key in AREA_PAGES, area.key
        for language in LANGUAGES:
            assert (HELP_DIR / language / AREA_PAGES[area.key]).is_file()


def test_f1_on_the_budget_area_opens_the_budget_page_in_french(
    qtbot, app_context: AppContext, settings: QSettings
) -> None:
    set_language("fr")
    window = MainWindow(app_context, settings)
    qtbot.addWidget(window)
    window.show()
    keys = [area.key for area in window.area_specs]
    window.areas.setCurrentRow(keys.index("budget"))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.areas, Qt.Key.Key_F1)
    help_window = _help_window(window)
    assert help_window.isVisible()
    assert help_window.folder == HELP_DIR / "fr"
    assert help_window.page() == "budget.html"
    text = help_window.browser.toPlainText()
    assert "Lignes budgétaires" in text and "Plan de financement" in text
    # A link followed, then back: the history works.
    help_window.show_page("apd.html")
    assert "Déclarer l'APD" in help_window.browser.toPlainText()
    assert help_window.back_button.isEnabled()
    help_window.back_button.click()
    assert help_window.page() == "budget.html"
    # F1 again on another area reuses the same window.
    window.areas.setCurrentRow(keys.index("exchanges"))
    qtbot.keyClick(window.areas, Qt.Key.Key_F1)
    assert window.findChildren(HelpWindow) == [help_window]
    assert help_window.page() == "exchanges.html"
    window.close()


def test_help_menu_and_keyboard_shortcuts_page(window: MainWindow) -> None:
    names = [a.objectName() for a in window.help_menu.actions() if not a.isSeparator()]
    assert names == ["helpAction", "shortcutsAction", "checkDatabaseAction", "aboutAction"]
    assert _action(window, "helpAction").shortcut().toString() == "F1"
    _action(window, "shortcutsAction").trigger()
    help_window = _help_window(window)
    assert help_window.page() == "shortcuts.html"
    assert help_window.folder == HELP_DIR / "en"
    assert "Keyboard shortcuts" in help_window.windowTitle()


def _menu_actions(menu: QMenu) -> list[QAction]:
    found: list[QAction] = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            found += _menu_actions(sub)
        elif not action.isSeparator():
            found.append(action)
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shortcuts_page_lists_every_menu_shortcut(window: MainWindow, language: str) -> None:
    text = (HELP_DIR / language / "shortcuts.html").read_text(encoding="utf-8")
    menus = [a.menu() for a in window.menuBar().actions()]
    actions = [a for m in menus if isinstance(m, QMenu) for a in _menu_actions(m)]
    shortcuts = {a.shortcut().toString() for a in actions if not a.shortcut().isEmpty()}
    assert {"F1", "Ctrl+L", "Ctrl+Z", "Ctrl+O"} <= shortcuts
    for shortcut in shortcuts:
        assert shortcut in text, shortcut


def test_edit_menu_opens_the_municipality_settings(window: MainWindow) -> None:
    edit_menu = window.menuBar().findChild(QMenu, "editMenu")
    assert edit_menu is not None
    action = _action(window, "municipalitySettingsAction")
    assert action in edit_menu.actions()
    action.trigger()
    dialog = window.findChild(MunicipalityDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_about_box_lists_version_and_licences(window: MainWindow, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, _t, text: shown.append(text))
    _action(window, "aboutAction").trigger()
    assert shown == [about_html()]
    text = shown[0]
    assert __version__ in text
    assert "GNU General Public License, version 3 or later" in text
    assert "DejaVu" in text and "Bitstream Vera" in text and "LICENSE-DejaVu.txt" in text
    assert "IATI Standard" in text and "CC BY 4.0" in text and "schema" in text
    assert (HELP_DIR.parent / "fonts" / "LICENSE-DejaVu.txt").is_file()
