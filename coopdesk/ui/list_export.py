"""Export… of a record list: the rows it shows (filters, search, order) to XLSX or CSV."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolButton

from coopdesk.exchange.errors import Progress
from coopdesk.exchange.list_cells import ListColumn, list_sheet, write_list
from coopdesk.i18n import active_language
from coopdesk.i18n.formatting import Formatter
from coopdesk.ui.data_worker import TaskRunner, run_task
from coopdesk.ui.models.row_table_model import RowTableModel
from coopdesk.ui.widgets.table_view import action_button

if TYPE_CHECKING:
    from coopdesk.ui.widgets.record_list import RecordList

# File-dialog filter -> format; the suffix each format's file gets.
SUFFIXES = {"xlsx": ".xlsx", "csv": ".csv", "csv-fr": ".csv"}


def _sort_key(model: Any, column: int, row: Any) -> Any:
    """The raw sort value of a cell (amounts, dates), from the model's column definition."""
    specs = model.columns() if hasattr(model, "columns") else getattr(model, "_columns", None)
    if not specs or column >= len(specs):
        return None
    sort = getattr(specs[column], "sort", None)
    try:
        return sort(row) if sort is not None else None
    except Exception:  # noqa: BLE001 - a model's sort key is only a hint for typing cells
        return None


def shown_columns(records: RecordList) -> list[ListColumn]:
    """The columns the list shows, in the order shown, with the cells of the shown rows."""
    proxy, model, table = records.proxy, records.model, records.table
    header = table.horizontalHeader()
    logical = [c for c in range(proxy.columnCount()) if not header.isSectionHidden(c)]
    logical.sort(key=header.visualIndex)
    sources = [proxy.mapToSource(proxy.index(r, 0)).row() for r in range(proxy.rowCount())]
    rows = [model.row_at(s) for s in sources] if isinstance(model, RowTableModel) else []
    columns = []
    for column in logical:
        title = str(proxy.headerData(column, Qt.Orientation.Horizontal) or "")
        numeric = model.headerData(
            column, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole
        )
        cells = []
        for position, source in enumerate(sources):
            shown = model.data(model.index(source, column))
            key = _sort_key(model, column, rows[position]) if rows else None
            cells.append(("" if shown is None else str(shown), key))
        columns.append(ListColumn(title, numeric is not None, cells))
    return columns


def list_name(records: RecordList) -> str:
    """A file and sheet name from the table's name ("projectRisksTable" -> "project-risks")."""
    name = records.table.objectName().removesuffix("Table") or "list"
    return re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower()


class ListExporter(QObject):
    """The "Export…" action and button of a :class:`RecordList`."""

    exported = Signal(str)  # the path written
    failed = Signal(str)

    def __init__(self, records: RecordList) -> None:
        super().__init__(records)
        self.records = records
        self.formatter = Formatter(active_language())
        self.folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        self.action = QAction(self.tr("Export…"), records)
        self.action.setObjectName(f"{records.table.objectName()}ExportAction")
        self.action.setToolTip(
            self.tr("Save the rows shown (search and filters applied) as a spreadsheet")
        )
        self.action.triggered.connect(self.ask_and_export)
        self.button: QToolButton = action_button(
            self.action, f"{records.table.objectName()}ExportButton", records
        )
        self.runner: TaskRunner | None = None
        for signal in (
            records.proxy.modelReset,
            records.proxy.rowsInserted,
            records.proxy.rowsRemoved,
            records.proxy.layoutChanged,
        ):
            signal.connect(self._update_enabled)
        self._update_enabled()

    def filters(self) -> dict[str, str]:
        """File-dialog filter text -> format."""
        return {
            self.tr("Excel workbook (*.xlsx)"): "xlsx",
            self.tr("CSV, UTF-8 (*.csv)"): "csv",
            self.tr("CSV for French Excel, with ; and BOM (*.csv)"): "csv-fr",
        }

    def ask_and_export(self) -> None:
        """Ask where to save (the filter chooses the format), then export."""
        filters = self.filters()
        stamp = dt.date.today().isoformat()
        suggested = self.folder / f"{list_name(self.records)}-{stamp}.xlsx"
        name, chosen = QFileDialog.getSaveFileName(
            self.records,
            self.tr("Export the list"),
            str(suggested),
            ";;".join(filters),
        )
        if not name:
            return
        fmt = filters.get(chosen) or ("xlsx" if name.lower().endswith(".xlsx") else "csv")
        path = Path(name)
        if path.suffix.lower() != SUFFIXES[fmt]:
            path = path.with_name(path.name + SUFFIXES[fmt])
        self.folder = path.parent
        self.export_to(path, fmt)

    def export_to(self, path: Path, fmt: str) -> TaskRunner:
        """Write the shown rows to ``path`` off the GUI thread (:attr:`exported` follows)."""
        name, formatter = list_name(self.records), self.formatter
        columns, rows = shown_columns(self.records), self.records.proxy.rowCount()

        def task(progress: Progress) -> str:
            # Reading the shown text back as numbers and dates is plain Python: done here.
            write_list(path, list_sheet(name, columns, formatter, rows), fmt, progress=progress)
            return str(path)

        self.runner = run_task(
            self.records,
            self.tr("Exporting the list…"),
            task,
            self._on_task_succeeded,
            self._on_task_failed,
            lambda: None,
        )
        return self.runner

    def _on_task_succeeded(self, path: object) -> None:
        self.exported.emit(str(path))

    def _on_task_failed(self, message: str, _exc: object) -> None:
        QMessageBox.warning(self.records, self.tr("Export the list"), message)
        self.failed.emit(message)

    def _update_enabled(self, *_args: object) -> None:
        self.action.setEnabled(self.records.proxy.rowCount() > 0)
