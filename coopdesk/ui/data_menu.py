"""File ▸ Import / Export: the whole database to XLSX or CSV, a spreadsheet into it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from coopdesk.exchange.errors import Progress
from coopdesk.exchange.full_export import export_database
from coopdesk.ui.data_worker import TaskRunner, run_task, worker_session

if TYPE_CHECKING:
    from coopdesk.ui.dialogs.import_dialog import ImportDialog
    from coopdesk.ui.main_window import MainWindow


class DataMenu(QObject):
    """The spreadsheet actions of the main window's Import and Export menus."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("dataMenu")
        self.window = window
        self.runner: TaskRunner | None = None
        self.export_xlsx_action = self._action(
            "exportDatabaseXlsxAction", self.tr("Whole database (XLSX)…"), self.export_xlsx
        )
        self.export_csv_action = self._action(
            "exportDatabaseCsvAction",
            self.tr("Whole database (CSV files in a zip)…"),
            self.export_csv,
        )
        self.import_action = self._action(
            "importSpreadsheetAction", self.tr("Spreadsheet (XLSX, CSV)…"), self.import_spreadsheet
        )
        window.export_menu.addAction(self.export_xlsx_action)
        window.export_menu.addAction(self.export_csv_action)
        window.import_menu.addAction(self.import_action)
        window.import_menu.aboutToShow.connect(self._update_actions)
        self._update_actions()

    def _action(self, name: str, text: str, slot: object) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _update_actions(self) -> None:
        context = self.window.context
        self.import_action.setEnabled(not context.readonly and not self.window.volunteer)

    # --- export -----------------------------------------------------------------------------

    def export_xlsx(self) -> None:
        filters = {self.tr("Excel workbook (*.xlsx)"): "xlsx"}
        self._ask_and_export(filters, ".xlsx")

    def export_csv(self) -> None:
        filters = {
            self.tr("Zip of CSV files, UTF-8 (*.zip)"): "csv",
            self.tr("Zip of CSV files for French Excel, with ; and BOM (*.zip)"): "csv-fr",
        }
        self._ask_and_export(filters, ".zip")

    def _ask_and_export(self, filters: dict[str, str], suffix: str) -> None:
        db_path = self.window.context.db_path
        stamp = dt.date.today().isoformat()
        suggested = db_path.with_name(f"{db_path.stem}-{stamp}{suffix}")
        name, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export the whole database"), str(suggested), ";;".join(filters)
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self.export_database(path, filters.get(chosen, next(iter(filters.values()))))

    def export_database(self, path: Path, fmt: str) -> TaskRunner:
        """Export every record to ``path`` ("xlsx", "csv" or "csv-fr") off the GUI thread.

        Cancel leaves no file behind (and an older file at ``path`` as it was).
        """
        context = self.window.context
        factory, db_path = context.session_factory, context.db_path

        def task(progress: Progress) -> int:
            with worker_session(factory, db_path, readonly=True) as session:
                counts = export_database(session, path, fmt, progress=progress)
            return sum(counts.values())

        def done(rows: object) -> None:
            text = self.tr("%n row(s) exported to {path}.", "", int(rows))  # type: ignore[call-overload]
            self.window.statusBar().showMessage(text.format(path=path), 10_000)

        self.runner = run_task(
            self.window,
            self.tr("Exporting the database…"),
            task,
            done,
            lambda message, _exc: self._show_error(message),
            lambda: self.window.statusBar().showMessage(self.tr("Export cancelled."), 10_000),
        )
        return self.runner

    def _show_error(self, message: str) -> None:
        QMessageBox.warning(self.window, self.tr("Export the whole database"), message)

    # --- import -----------------------------------------------------------------------------

    def import_spreadsheet(self) -> ImportDialog | None:
        """Open the import dialog (not blocking; returns it)."""
        if self.window.context.readonly or self.window.volunteer:
            return None
        from coopdesk.ui.dialogs.import_dialog import ImportDialog  # not at start-up

        dialog = ImportDialog(self.window.context, self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog


def install_data_menu(window: MainWindow) -> DataMenu:
    """Add the spreadsheet import and exports to ``window``'s File ▸ Import / Export."""
    return DataMenu(window)
