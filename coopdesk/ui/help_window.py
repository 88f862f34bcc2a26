"""In-app help: HTML pages in resources/help/<language>/ shown in a browser window (F1).

Pages link to each other by relative names (``budget.html``); F1 opens the page of the
area on screen. The Help and Edit menu entries of the main window are installed here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coopdesk.config import RESOURCES_DIR
from coopdesk.i18n import active_language
from coopdesk.ui.dialogs.municipality_dialog import MunicipalityDialog

if TYPE_CHECKING:
    from coopdesk.ui.main_window import MainWindow

HELP_DIR = RESOURCES_DIR / "help"
DEFAULT_HELP_LANGUAGE = "en"
INDEX_PAGE = "index.html"
SHORTCUTS_PAGE = "shortcuts.html"
# The page of each area of the main window (keys of ui.areas); others open the contents.
AREA_PAGES: dict[str, str] = {
    "dashboard": "dashboard.html",
    "partners": "partners.html",
    "partnerships": "partnerships.html",
    "projects": "projects.html",
    "indicators": "indicators.html",
    "budget": "budget.html",
    "exchanges": "exchanges.html",
    "reports": "reports.html",
    "visit": "visit-log.html",
}


def help_folder(language: str) -> Path:
    """The pages in ``language``, else in English."""
    folder = HELP_DIR / language
    return folder if (folder / INDEX_PAGE).is_file() else HELP_DIR / DEFAULT_HELP_LANGUAGE


def page_for_area(key: str | None) -> str:
    return AREA_PAGES.get(key or "", INDEX_PAGE)


class HelpWindow(QWidget):
    """A help browser with back, forward and contents; one per main window."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("CoopDesk help"))
        self.folder = help_folder(language)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(self.folder)])
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.setObjectName("helpBackButton")
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.forward_button = QPushButton(self.tr("Forward"), self)
        self.forward_button.setObjectName("helpForwardButton")
        self.forward_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Forward))
        self.contents_button = QPushButton(self.tr("Contents"), self)
        self.contents_button.setObjectName("helpContentsButton")
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.contents_button.clicked.connect(lambda: self.show_page(INDEX_PAGE))
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.browser.sourceChanged.connect(self._on_source_changed)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addWidget(self.forward_button)
        bar.addWidget(self.contents_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        self.resize(760, 640)

    def show_page(self, page: str) -> None:
        """Show ``page`` (a file name of the help folder), keeping the history."""
        self.browser.setSource(QUrl.fromLocalFile(str(self.folder / page)))

    def page(self) -> str:
        """The file name of the page on screen."""
        return Path(self.browser.source().toLocalFile()).name

    def _on_source_changed(self, _url: QUrl) -> None:
        title = self.browser.documentTitle()
        if title:
            self.setWindowTitle(self.tr("{page} — CoopDesk help").format(page=title))
        else:
            self.setWindowTitle(self.tr("CoopDesk help"))


class HelpMenu(QObject):
    """Help ▸ CoopDesk help (F1) and Keyboard shortcuts; Edit ▸ Municipality settings."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("helpMenuEntries")
        self.main_window = window
        self.help_window: HelpWindow | None = None
        self.help_action = QAction(self.tr("CoopDesk &help"), window)
        self.help_action.setObjectName("helpAction")
        self.help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.help_action.triggered.connect(lambda: self.show_help())
        window.addAction(self.help_action)  # F1 works wherever the focus is in the window
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), window)
        self.shortcuts_action.setObjectName("shortcutsAction")
        self.shortcuts_action.triggered.connect(lambda: self.show_help(SHORTCUTS_PAGE))
        help_menu = window.help_menu
        first = help_menu.actions()[0] if help_menu.actions() else None
        help_menu.insertAction(first, self.help_action)
        help_menu.insertAction(first, self.shortcuts_action)
        if first is not None:
            help_menu.insertSeparator(first)
        self.municipality_action = QAction(self.tr("&Municipality settings…"), window)
        self.municipality_action.setObjectName("municipalitySettingsAction")
        self.municipality_action.triggered.connect(lambda: self.show_municipality())
        edit_menu = window.menuBar().findChild(QMenu, "editMenu")
        if edit_menu is not None and not window.volunteer:
            edit_menu.addAction(self.municipality_action)

    def current_area(self) -> str | None:
        row = self.main_window.areas.currentRow()
        specs = self.main_window.area_specs
        return specs[row].key if 0 <= row < len(specs) else None

    def show_help(self, page: str | None = None) -> HelpWindow:
        """Open (or raise) the help on ``page``, else on the current area's page."""
        if self.help_window is None:
            self.help_window = HelpWindow(active_language(), self.main_window)
        self.help_window.show_page(page or page_for_area(self.current_area()))
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()
        return self.help_window

    def show_municipality(self) -> MunicipalityDialog:
        window = self.main_window
        dialog = MunicipalityDialog(window.context, window.settings, window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog


def install_help_menu(window: MainWindow) -> HelpMenu:
    """Add the help and settings entries to ``window``'s menus (a child of the window)."""
    return HelpMenu(window)
