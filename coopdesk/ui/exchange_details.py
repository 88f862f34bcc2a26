"""Below the exchanges list: the selected exchange's participants and its documents/photos."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.i18n import QT_TRANSLATE_NOOP
from coopdesk.services.exchanges import (
    attach_to_exchange,
    detach_from_exchange,
    list_exchange_documents,
)
from coopdesk.services.participants import ParticipantStats, exchange_statistics
from coopdesk.ui.context import AppContext
from coopdesk.ui.documents_panel import DocumentLinks, DocumentsPanel
from coopdesk.ui.models.participant_stats_model import ParticipantStatsModel

EXCHANGE_DOCUMENTS = DocumentLinks(
    entity="exchange_document",
    list_documents=list_exchange_documents,
    attach=attach_to_exchange,
    detach=detach_from_exchange,
    select_text=QT_TRANSLATE_NOOP(
        "DocumentsPanel", "Select an exchange to see its documents and photos."
    ),
    empty_text=QT_TRANSLATE_NOOP(
        "DocumentsPanel", "No document yet — click “Add…” to attach the programme or photos."
    ),
    remove_question=QT_TRANSLATE_NOOP(
        "DocumentsPanel",
        "Remove the document “{name}” from this exchange? You can undo this with {shortcut}.",
    ),
    multiple=True,
)


class ParticipantsSummary(QWidget):
    """Totals by sex and age group of one exchange (no names: those stay in the dialog)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantsSummary")
        self.context = context
        self._exchange_id: str | None = None
        self.title = QLabel(self)
        self.title.setObjectName("participantsSummaryTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.model = ParticipantStatsModel(context.formatter, self)
        self.table = QTableView(self)
        self.table.setObjectName("participantsSummaryTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 4)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.note = QLabel(self)
        self.note.setObjectName("participantsSummaryNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.set_exchange(None, "")

    def set_exchange(self, exchange_id: str | None, title: str) -> None:
        self._exchange_id = exchange_id
        if exchange_id is None:
            self.title.setText(self.tr("Participants"))
        else:
            self.title.setText(self.tr("Participants of “{title}”").format(title=title))
        self.reload()

    def reload(self) -> None:
        eid = self._exchange_id
        stats = None if eid is None else self.context.run(lambda s: exchange_statistics(s, eid))
        self.model.set_stats(stats)
        self.table.setVisible(stats is not None and stats.total > 0)
        self.note.setText(self._note(stats))
        # Only the age groups someone belongs to, and the totals: short enough to need no scroll.
        rows = self.model.rowCount()
        for row in range(rows - 1):
            self.table.setRowHidden(row, self.model.value(row, self.model.columnCount() - 1) == 0)
        shown = sum(1 for row in range(rows) if not self.table.isRowHidden(row))
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        self.table.setFixedHeight(height + shown * self.table.verticalHeader().defaultSectionSize())

    def _note(self, stats: ParticipantStats | None) -> str:
        if stats is None:
            return self.tr("Select an exchange to see who took part.")
        if stats.total == 0:
            return self.tr("No participant recorded yet — edit the exchange to add them.")
        parts = [
            self.tr("%n listed by name", "", stats.listed),
            self.tr("%n counted", "", stats.counted),
            self.tr("%n minor(s)", "", stats.minors),
        ]
        return " · ".join(parts)


class ExchangeDetails(QWidget):
    """Participants on the left, documents and photos on the right."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchangeDetails")
        self.participants = ParticipantsSummary(context, self)
        self.documents = DocumentsPanel(context, self, links=EXCHANGE_DOCUMENTS)
        self.documents.setObjectName("exchangeDocumentsPanel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.participants, 2)
        layout.addWidget(self.documents, 3)

    def set_exchange(self, exchange_id: str | None, title: str) -> None:
        self.participants.set_exchange(exchange_id, title)
        self.documents.set_owner(exchange_id, title)

    def reload(self) -> None:
        self.participants.reload()
        self.documents.reload()
