"""The "Exchanges" tab of a project: its visits, missions and meetings, read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from coopdesk.services.exchange_list import ExchangeRow, list_exchanges
from coopdesk.ui.context import AppContext
from coopdesk.ui.models.exchange_table_model import PROJECT, START, TITLE, ExchangeTableModel
from coopdesk.ui.widgets.record_list import RecordList


class ProjectExchangesPanel(QWidget):
    """The project's exchanges, the most recent first (they are edited in the Exchanges area)."""

    # The id of an exchange the user double-clicked or pressed Enter on.
    exchange_activated = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectExchangesPanel")
        self.context = context
        self._project_id: str | None = None
        self.list = RecordList(
            ExchangeTableModel(context.formatter, self),
            "projectExchangesTable",
            search_name="projectExchangeSearch",
            stretch_column=TITLE,
        )
        assert self.list.search is not None
        self.search = self.list.search
        self.search.setPlaceholderText(self.tr("Search the exchanges…"))
        self.list.table.setColumnHidden(PROJECT, True)
        self.list.table.sortByColumn(START, Qt.SortOrder.DescendingOrder)
        self.list.set_texts(
            empty=self.tr(
                "No exchange for this project yet. Exchanges are recorded in the Exchanges area."
            ),
            no_match=self.tr("No exchange matches the search."),
            count=self._count_text,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self.list.activated.connect(self._on_list_activated)
        self.set_project(None)

    def set_project(self, project_id: str | None) -> None:
        self._project_id = project_id
        self.reload()

    def reload(self) -> None:
        pid = self._project_id
        rows: list[ExchangeRow] = []
        if pid is not None:
            rows = self.context.run(lambda s: list_exchanges(s, project_id=pid))
        self.list.set_rows(rows)

    def total_count(self) -> int:
        return self.list.total_count()

    def _count_text(self, visible: int, total: int) -> str:
        if visible == total:
            return self.tr("%n exchange(s)", "", total)
        return self.tr("{shown} shown of %n exchange(s)", "", total).format(shown=visible)

    def _on_list_activated(self) -> None:
        exchange_id = self.list.current_id()
        if exchange_id is not None:
            self.exchange_activated.emit(exchange_id)
