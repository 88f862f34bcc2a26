"""The transactions journal of the Budget tab, with kind filter, search and receipts."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QToolButton, QWidget

from coopdesk.domain.enums import TransactionKind
from coopdesk.i18n import QT_TRANSLATE_NOOP, plural
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.labels_budget import choices, transaction_kind_label
from coopdesk.services.receipts import attach_receipt, detach_receipt, list_receipts
from coopdesk.services.transactions import (
    TransactionRow,
    delete_transaction,
    get_transaction,
    restore_transaction,
)
from coopdesk.ui.budget_sections import BudgetSection, SectionSpec
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.transaction_dialog import TransactionDialog
from coopdesk.ui.documents_panel import DocumentLinks, DocumentsPanel
from coopdesk.ui.models.transaction_table_model import (
    COUNTERPARTY,
    DATE,
    TransactionTableModel,
)
from coopdesk.ui.widgets.record_list import RecordList

TRANSACTION_RECEIPTS = DocumentLinks(
    entity="transaction_receipt",
    list_documents=list_receipts,
    attach=attach_receipt,
    detach=detach_receipt,
    select_text=QT_TRANSLATE_NOOP("DocumentsPanel", "Select a transaction to see its receipts."),
    empty_text=QT_TRANSLATE_NOOP(
        "DocumentsPanel",
        "No receipt yet — click “Add…” to attach the invoice or the payment slip.",
    ),
    remove_question=QT_TRANSLATE_NOOP(
        "DocumentsPanel",
        "Remove the receipt “{name}” from this transaction? The file is kept. "
        "You can undo this with {shortcut}.",
    ),
    multiple=True,
)


def _restore(session: Session, _data: Any, _tx_id: str, snapshot: Any) -> None:
    """Undo of a delete: the same transaction, linked again to its receipts."""
    restore_transaction(session, snapshot)


def describe_transaction(row: TransactionRow, fmt: Formatter) -> str:
    """ "Mandat 2026-0042, 1 234,50 €" (else the payee, else the kind)."""
    name = row.accounting_ref or row.counterparty or transaction_kind_label(row.kind)
    return f"{name}, {fmt.money(row.amount)}"


TRANSACTIONS = SectionSpec(
    name="Transaction",
    table_name="transactionsTable",
    entity="money_transaction",
    new_text=QT_TRANSLATE_NOOP("BudgetSection", "New transaction"),
    empty_text=QT_TRANSLATE_NOOP(
        "BudgetSection",
        "No transaction — click “New transaction” to record an expense, a commitment or income.",
    ),
    count_text=plural.translate("BudgetSection", "%n transaction(s)", None, 1),
    delete_title=QT_TRANSLATE_NOOP("BudgetSection", "Delete transaction"),
    delete_question=QT_TRANSLATE_NOOP(
        "BudgetSection",
        "Delete the transaction “{name}”? Its receipts are unlinked, their files kept. "
        "You can undo this with {shortcut}.",
    ),
    dialog=TransactionDialog,
    read=get_transaction,
    delete=delete_transaction,
    recreate=_restore,
    describe=describe_transaction,
)


class TransactionsSection(BudgetSection):
    """The journal (newest first) beside the receipts of the selected transaction."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        model = TransactionTableModel(context.formatter)
        super().__init__(
            context,
            TRANSACTIONS,
            model,
            stretch_column=COUNTERPARTY,
            search_name="transactionSearch",
            parent=parent,
        )
        model.setParent(self)
        self.setObjectName("transactionsSection")
        assert self.list.search is not None
        self.list.search.setPlaceholderText(self.tr("Search payee, reference, line…"))
        self.kind_filter = self.list.add_filter(
            "kind", "transactionKindFilter", self.tr("All kinds"), lambda r: r.kind
        )
        RecordList.set_filter_items(self.kind_filter, choices(TransactionKind))
        self.list.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        self.receipts = DocumentsPanel(context, self, links=TRANSACTION_RECEIPTS)
        self.receipts.setObjectName("transactionReceiptsPanel")
        self.receipts.list.table.setObjectName("receiptsTable")
        self.receipts.title.setWordWrap(True)  # a long reference must not widen the window
        for button in self.receipts.findChildren(QToolButton):  # narrow: icons, text as tip
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("transactionsSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list)
        splitter.addWidget(self.receipts)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 280])  # the journal gets most of the width
        self.main_layout.addWidget(splitter)
        self.list.current_changed.connect(self._show_receipts)
        self._show_receipts()

    def _show_receipts(self) -> None:
        row = self.current_record()
        if not isinstance(row, TransactionRow):
            self.receipts.set_owner(None, "")
            self.receipts.title.setText(self.tr("Receipts"))
            return
        self.receipts.set_owner(row.id, "")
        self.receipts.title.setText(self.tr("Receipts of “{name}”").format(name=self.describe(row)))

    def reload_receipts(self) -> None:
        self.receipts.reload()
