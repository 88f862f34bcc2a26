"""The main window: navigation between areas, menus, status bar, database switching."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.config import DB_SUFFIX, default_database_path
from coopdesk.services.database import DatabaseError, OpenedDatabase, backup_db
from coopdesk.services.record_counts import record_counts
from coopdesk.ui.area_pages import COUNTED_AREAS, AreaPages, unbuilt_status_texts
from coopdesk.ui.areas import STAFF_AREAS, Area
from coopdesk.ui.context import AppContext
from coopdesk.ui.data_menu import install_data_menu
from coopdesk.ui.database_files import ask_new_database, ask_open_database, open_database_file
from coopdesk.ui.dialogs.about_dialog import show_about
from coopdesk.ui.dialogs.preferences_dialog import PreferencesDialog
from coopdesk.ui.dialogs.visit_log_dialog import VisitLogDialog
from coopdesk.ui.exports_menu import install_exports_menu
from coopdesk.ui.first_run import show_first_run_if_needed
from coopdesk.ui.help_window import install_help_menu
from coopdesk.ui.icons import icon
from coopdesk.ui.recent_files import RecentFiles
from coopdesk.ui.trust_menu import install_trust_menu

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
DEFAULT_SIZE = QSize(1200, 760)


class MainWindow(QMainWindow):
    """Owns the open database (when given one) and rebuilds its pages when it changes."""

    def __init__(
        self,
        context: AppContext,
        settings: QSettings,
        *,
        database: OpenedDatabase | None = None,
        areas: Sequence[Area] = STAFF_AREAS,
        volunteer: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """``volunteer``: the volunteer mode's window (no "New database", a title saying so)."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("coopdesk"))
        self.settings = settings
        self.recent = RecentFiles(settings)
        self.context = context
        self.database = database
        self.area_specs = tuple(areas)
        self.volunteer = volunteer
        self.pages: dict[str, QWidget] = {}
        self._undo_group = QUndoGroup(self)
        self.areas = QListWidget(self)
        self.areas.setObjectName("areaList")
        self.areas.setIconSize(QSize(22, 22))
        self.areas.setSpacing(2)
        self.areas.setFixedWidth(160)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("areaStack")
        for area in self.area_specs:
            item = QListWidgetItem(icon(area.key), area.title, self.areas)
            item.setSizeHint(QSize(0, 36))
        self._build_menus()
        self.log_visit_button = QPushButton(icon("visit"), self.tr("Log a visit…"), self)
        self.log_visit_button.setObjectName("logVisitButton")
        self.log_visit_button.setToolTip(self.log_visit_action.toolTip())
        self.log_visit_button.setFixedWidth(160)
        self.log_visit_button.setMinimumHeight(36)
        self.log_visit_button.clicked.connect(self.log_visit_action.trigger)
        navigation = QVBoxLayout()
        navigation.setSpacing(8)
        navigation.addWidget(self.log_visit_button)
        navigation.addWidget(self.areas, 1)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.file_label = QLabel(self)
        self.file_label.setObjectName("fileLabel")
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("countsLabel")
        self.counts_label.setContentsMargins(0, 0, 16, 0)
        self.statusBar().setObjectName("statusBar")
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.file_label)
        self.areas.currentRowChanged.connect(self.stack.setCurrentIndex)
        self._bind(context, database)
        self.areas.setCurrentRow(0)
        self._restore_geometry()

    # --- menus ----------------------------------------------------------------------------

    def _action(self, name: str, text: str, slot: object, shortcut: object = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        self.file_menu = file_menu
        self.import_menu = QMenu(self.tr("&Import"), self)
        self.import_menu.setObjectName("importMenu")
        self.export_menu = QMenu(self.tr("E&xport"), self)
        self.export_menu.setObjectName("exportMenu")
        self.new_database_action = self._action(
            "newDatabaseAction", self.tr("&New database…"), self.new_database
        )
        self.open_database_action = self._action(
            "openDatabaseAction",
            self.tr("&Open…"),
            self.open_database,
            QKeySequence.StandardKey.Open,
        )
        self.log_visit_action = self._action(
            "logVisitAction", self.tr("&Log a visit…"), self.log_visit, "Ctrl+L"
        )
        self.log_visit_action.setIcon(icon("visit"))
        self.log_visit_action.setToolTip(self.tr("Record a visit in a minute (Ctrl+L)"))
        self.recent_menu = QMenu(self.tr("Recent &files"), self)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self.backup_action = self._action("backupAction", self.tr("&Save a copy…"), self.save_copy)
        self.backup_action.setIcon(icon("save"))
        self.quit_action = self._action(
            "quitAction", self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit
        )
        file_menu.addAction(self.log_visit_action)
        file_menu.addSeparator()
        if not self.volunteer:
            file_menu.addAction(self.new_database_action)
        file_menu.addAction(self.open_database_action)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addMenu(self.import_menu)
        file_menu.addMenu(self.export_menu)
        self.data_menu = install_data_menu(self)  # spreadsheets: whole database, import
        self.data_io = install_exports_menu(self)  # IATI, APD, bundles, File ▸ Backups
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.fill_recent_menu()

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("editMenu")
        self.undo_action = self._undo_group.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self._undo_group.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        self.preferences_action = self._action(
            "preferencesAction", self.tr("&Preferences…"), self.show_preferences
        )
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)

        self.tools_menu = bar.addMenu(self.tr("&Tools"))
        self.tools_menu.setObjectName("toolsMenu")

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        self.help_menu = help_menu
        self.about_action = self._action(
            "aboutAction", self.tr("&About CoopDesk"), lambda: show_about(self)
        )
        help_menu.addAction(self.about_action)
        install_help_menu(self)  # Help: F1, shortcuts; Edit ▸ Municipality settings
        self.trust_menu = install_trust_menu(self)  # Check database, Personal data

    def fill_recent_menu(self) -> None:
        """List the recent files; files that are gone are shown disabled."""
        self.recent_menu.clear()
        for path in self.recent.paths():
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setData(str(path))
            if path.exists():
                action.triggered.connect(lambda _=False, p=path: self.open_path(p))
            else:
                action.setEnabled(False)
                action.setText(self.tr("{name} (missing)").format(name=path.name))
        if self.recent_menu.isEmpty():
            empty = self.recent_menu.addAction(self.tr("No recent file"))
            empty.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(self.tr("Clear the list"))
            clear.setObjectName("clearRecentAction")
            clear.triggered.connect(self.recent.clear)

    # --- database ---------------------------------------------------------------------------

    def _bind(self, context: AppContext, database: OpenedDatabase | None) -> None:
        """Show the pages of ``context`` (replacing any previous ones)."""
        self.context = context
        self.database = database
        context.report_error = self.show_error
        self._undo_group.addStack(context.undo_stack)
        self._undo_group.setActiveStack(context.undo_stack)
        context.events.changed.connect(self._update_status)
        # Pages are built when first shown (the current one now): start-up reads one area.
        self.pages = AreaPages(self.area_specs, context, self.stack, self._on_page_built)
        self.stack.setCurrentIndex(max(0, self.areas.currentRow()))
        self.pages.show_current()
        self.data_io.bind(context)  # automatic backups follow this database
        if self.volunteer and context.readonly:
            title = self.tr("{file} (read-only) — CoopDesk, volunteer mode")
        elif self.volunteer:
            title = self.tr("{file} — CoopDesk, volunteer mode")
        elif context.readonly:
            title = self.tr("{file} (read-only) — CoopDesk")
        else:
            title = self.tr("{file} — CoopDesk")
        self.setWindowTitle(title.format(file=context.db_path.name))
        self.file_label.setText(str(context.db_path))
        self.backup_action.setEnabled(True)
        self.log_visit_action.setEnabled(not context.readonly)
        self.log_visit_button.setEnabled(not context.readonly)
        self.recent.add(context.db_path)
        self._update_status()
        if database is not None and database.migrated_from:
            self.statusBar().showMessage(
                self.tr(
                    "The database was upgraded; the previous version was kept in {path}."
                ).format(path=database.backup or ""),
            )

    def switch_database(self, opened: OpenedDatabase) -> None:
        """Show ``opened`` instead of the current database, whose engine is closed."""
        if self.database is not None and opened.path == self.database.path:
            opened.close()
            return
        old_context, old_database = self.context, self.database
        if isinstance(self.pages, AreaPages):
            self.pages.clear()
        self._undo_group.removeStack(old_context.undo_stack)
        old_context.events.changed.disconnect(self._update_status)
        if old_database is not None:
            old_database.close()
        context = AppContext(
            session_factory=opened.session_factory,
            db_path=opened.path,
            formatter=old_context.formatter,
            readonly=opened.readonly,
            user_name=old_context.user_name,
        )
        self._bind(context, opened)

    def new_database(self) -> None:
        folder = self.context.db_path.parent
        suggested = folder / f"coopdesk{DB_SUFFIX}"
        if suggested.exists():
            suggested = default_database_path()
        opened = ask_new_database(self, suggested)
        if opened is not None:
            self.switch_database(opened)
            show_first_run_if_needed(self)

    def open_database(self) -> None:
        opened = ask_open_database(self, self.context.db_path.parent)
        if opened is not None:
            self.switch_database(opened)

    def open_path(self, path: Path) -> None:
        opened = open_database_file(self, path)
        if opened is not None:
            self.switch_database(opened)

    def save_copy(self) -> None:
        """Back the database up to a file the user chooses (a verified copy)."""
        source = self.context.db_path
        stamp = dt.date.today().strftime("%Y%m%d")
        suggested = source.with_name(f"{source.stem}-backup-{stamp}{DB_SUFFIX}")
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy of the database"),
            str(suggested),
            self.tr("CoopDesk databases (*{suffix})").format(suffix=DB_SUFFIX),
        )
        if not name:
            return
        try:
            written = backup_db(source, Path(name))
        except DatabaseError as exc:
            self.show_error(exc.message)
            return
        self.statusBar().showMessage(self.tr("Copy saved to {path}").format(path=written))

    # --- visits ---------------------------------------------------------------------------

    def log_visit(self) -> VisitLogDialog | None:
        """Open the quick visit log (not blocking; returns it)."""
        if self.context.readonly:
            return None
        dialog = VisitLogDialog(self.context, settings=self.settings, parent=self)
        dialog.accepted.connect(
            lambda: self.statusBar().showMessage(self.tr("Visit logged."), 5000)
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # --- areas ------------------------------------------------------------------------------

    def open_area(
        self,
        key: str,
        filters: Mapping[str, object] | None = None,
        ids: Collection[str] | None = None,
    ) -> QWidget | None:
        """Show area ``key`` with the records behind a dashboard number.

        Pages with an ``apply_drilldown(filters, ids)`` method narrow their list to them
        (``filters`` are field names of the area's filter, ``ids`` exact records); other
        pages just open. Returns the page (None when the window has no such area).
        """
        keys = [area.key for area in self.area_specs]
        if key not in keys or key not in self.pages:
            return None
        self.areas.setCurrentRow(keys.index(key))
        page = self.pages[key]
        apply = getattr(page, "apply_drilldown", None)
        if callable(apply):
            apply(dict(filters or {}), None if ids is None else tuple(ids))
        return page

    # --- misc -------------------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("CoopDesk"), message)

    def show_preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(self.settings, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _on_page_built(self, _key: str, page: QWidget) -> None:
        status_changed = getattr(page, "status_changed", None)
        if status_changed is not None:  # a page whose count changes without a data change
            status_changed.connect(self._update_status)
        # Connected again, after the new page's own reload: the counts are read once it is done.
        self.context.events.changed.disconnect(self._update_status)
        self.context.events.changed.connect(self._update_status)
        if hasattr(page, "status_text"):  # its own count replaces the counted one
            self._update_status()

    def _update_status(self, *_args: object) -> None:
        """The pages' counts; those of pages not built yet come from one SQL count query."""
        built = self.pages.built() if isinstance(self.pages, AreaPages) else dict(self.pages)
        counted: dict[str, str] = {}
        if any(key not in built and key in COUNTED_AREAS for key in self.pages):
            counted = unbuilt_status_texts(self.context.run(record_counts))
        parts = []
        for key in self.pages:
            page = built.get(key)
            if page is None:
                parts.append(counted.get(key, ""))
            elif hasattr(page, "status_text"):
                parts.append(page.status_text())
        self.counts_label.setText(" · ".join(p for p in parts if p))

    def _restore_geometry(self) -> None:
        geometry = self.settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            screen = self.screen()
            room = screen.availableGeometry().size() if screen is not None else DEFAULT_SIZE
            self.resize(DEFAULT_SIZE.boundedTo(room))
        state = self.settings.value(STATE_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.setValue(STATE_KEY, self.saveState())
        self.settings.sync()
        self.data_io.backup_on_close()  # the closing backup, before the database is closed
        if self.database is not None:
            self.database.close()
            self.database = None
        event.accept()
