"""The report page of the spreadsheet import: what can be imported, each rejected row."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from coopdesk.exchange.cells import to_text
from coopdesk.exchange.errors import RowError
from coopdesk.exchange.readers import RawTable
from coopdesk.ui.dialogs.import_pages import PREVIEW_COLUMN_WIDTH, error_label, make_table

MAX_SHOWN_ERRORS = 5000
MAX_VALUE_CHARS = 200


class ImportReportPage(QWidget):
    """What the check found: how many rows can be imported, and each rejected one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummaryLabel")
        self.summary.setWordWrap(True)
        self.errors = make_table(
            self, "importErrorsTable", [self.tr("Sheet"), self.tr("Row"), self.tr("Column"),
                                        self.tr("Value"), self.tr("Reason")],
        )  # fmt: skip
        self.errors.setSortingEnabled(True)
        self.errors.horizontalHeader().setStretchLastSection(True)
        self.message = error_label(self, "importReportMessage")
        self._tables: dict[str, RawTable] = {}
        self._sheet = ""
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors, 1)
        layout.addWidget(self.message)

    def set_report(
        self,
        summary: str,
        errors: Sequence[RowError],
        tables: dict[str, RawTable] | None = None,
        sheet: str = "",
    ) -> None:
        """Show the check's outcome; ``tables`` (``sheet`` for errors without one) give
        the rejected cells' values."""
        self.summary.setText(summary)
        self.message.setText("")
        self._tables = tables or {}
        self._sheet = sheet
        self.set_errors(errors)

    def _value(self, error: RowError, lines: dict[str, dict[int, int]]) -> str:
        name = error.sheet or self._sheet
        raw = self._tables.get(name)
        if raw is None or error.column not in raw.headers:
            return ""
        if name not in lines:
            lines[name] = {n: i for i, n in enumerate(raw.row_numbers)}
        index = lines[name].get(error.row)
        if index is None:
            return ""
        text = to_text(raw.rows[index][raw.headers.index(error.column)])
        return text if len(text) <= MAX_VALUE_CHARS else text[:MAX_VALUE_CHARS] + "…"

    def set_errors(self, errors: Sequence[RowError]) -> None:
        shown = list(errors)[:MAX_SHOWN_ERRORS]
        lines: dict[str, dict[int, int]] = {}
        self.errors.setSortingEnabled(False)
        self.errors.setRowCount(len(shown))
        for row, error in enumerate(shown):
            number = QTableWidgetItem()
            number.setData(Qt.ItemDataRole.DisplayRole, error.row)
            cells: list[QTableWidgetItem] = [
                QTableWidgetItem(error.sheet),
                number,
                QTableWidgetItem(error.column),
                QTableWidgetItem(self._value(error, lines)),
                QTableWidgetItem(error.reason),
            ]
            cells[4].setToolTip(error.reason)
            for column, item in enumerate(cells):
                self.errors.setItem(row, column, item)
        self.errors.setColumnHidden(0, not any(e.sheet for e in shown))
        self.errors.setVisible(bool(shown))
        self.errors.resizeColumnsToContents()
        for column in range(4):
            width = min(max(self.errors.columnWidth(column), 70), PREVIEW_COLUMN_WIDTH)
            self.errors.setColumnWidth(column, width)
        self.errors.setSortingEnabled(True)
        self.errors.sortByColumn(1, Qt.SortOrder.AscendingOrder)

    def rows(self) -> list[tuple[str, int, str, str, str]]:
        """The table as shown: (sheet, row, column, value, reason)."""
        out = []
        for r in range(self.errors.rowCount()):
            sheet, row, column, value, reason = (self.errors.item(r, c) for c in range(5))
            out.append((sheet.text(), int(row.text()), column.text(), value.text(), reason.text()))
        return out
