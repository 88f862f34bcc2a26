"""The audit history of the selected budget line, funding source or transaction (read-only)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coopdesk.services.audit_history import history
from coopdesk.ui.context import AppContext
from coopdesk.ui.models.audit_table_model import REASON, WHEN, AuditTableModel, audit_items
from coopdesk.ui.widgets.record_list import RecordList


class BudgetHistoryPanel(QWidget):
    """Shows :meth:`set_record`'s changes, newest first; entries can be neither changed nor
    deleted (the store refuses it), so the panel offers no action on them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetHistoryPanel")
        self.context = context
        self._record: tuple[str, str] | None = None
        self._stale = False
        self.title = QLabel(self)
        self.title.setObjectName("budgetHistoryTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.list = RecordList(
            AuditTableModel(context.formatter, self),
            "historyTable",
            search_name="historySearch",
            stretch_column=REASON,
        )
        assert self.list.search is not None
        self.list.search.setPlaceholderText(self.tr("Search the history…"))
        self.list.table.sortByColumn(WHEN, Qt.SortOrder.DescendingOrder)
        self.list.set_texts(
            empty=self.tr("No change recorded."),
            no_match=self.tr("No change matches the search."),
            count=lambda _visible, total: self.tr("%n change(s)", "", total),
        )
        note = QLabel(self.tr("The history is kept as it was written: it cannot be edited."), self)
        note.setObjectName("budgetHistoryNote")
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addWidget(note)
        self.set_record(None, None, "")

    def set_record(self, entity: str | None, record_id: str | None, name: str) -> None:
        """Show the history of this record (``entity`` is its table name); None: none."""
        if entity is None or record_id is None:
            self._record = None
            self.title.setText(self.tr("Select a budget line, a funding source or a transaction."))
        else:
            self._record = (entity, record_id)
            self.title.setText(self.tr("History of “{name}”").format(name=name))
        self.reload()

    def record(self) -> tuple[str, str] | None:
        return self._record

    def reload(self) -> None:
        """Read the history again (only when shown; otherwise when next shown)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        record, fmt = self._record, self.context.formatter
        if record is None:
            self.list.set_rows([])
            self.list.panel.show_message(
                self.tr("The changes of the record selected in the other tabs show here.")
            )
            self.list.count_label.clear()
            return
        entity, record_id = record
        rows = self.context.run(lambda s: history(s, entity, record_id))
        self.list.set_rows(audit_items(entity, rows, fmt))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()
