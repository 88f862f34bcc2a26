"""A project's transactions journal: one TransactionRow per line, amounts and euro equivalent."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from coopdesk.i18n import QT_TRANSLATE_NOOP, translate
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.labels_budget import transaction_kind_label
from coopdesk.services.transactions import TransactionRow
from coopdesk.ui.models.budget_columns import BudgetTableModel, money_column
from coopdesk.ui.models.row_table_model import Column, Index

_CTX = "TransactionTableModel"

DATE, KIND, AMOUNT, EUR, LINE, SOURCE, COUNTERPARTY, REF, RECEIPTS = range(9)


def _eur_text(fmt: Formatter, row: TransactionRow) -> str:
    if row.amount_eur is None:
        return translate("TransactionTableModel", "no rate")
    return fmt.money(row.amount_eur)


def _columns(fmt: Formatter) -> list[Column[TransactionRow]]:
    eur = money_column(
        _CTX, QT_TRANSLATE_NOOP("TransactionTableModel", "In euros"), fmt, lambda r: r.amount_eur
    )
    return [
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("TransactionTableModel", "Date"),
            lambda r: fmt.short_date(r.date),
            sort=lambda r: (r.date.isoformat(), r.accounting_ref),
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("TransactionTableModel", "Kind"),
            lambda r: transaction_kind_label(r.kind),
        ),
        money_column(
            _CTX, QT_TRANSLATE_NOOP("TransactionTableModel", "Amount"), fmt, lambda r: r.amount
        ),
        Column(eur.context, eur.header, lambda r: _eur_text(fmt, r), sort=eur.sort, numeric=True),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("TransactionTableModel", "Budget line"),
            lambda r: r.budget_line_name,
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("TransactionTableModel", "Funding source"),
            lambda r: r.funding_source_name,
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("TransactionTableModel", "Payee or payer"),
            lambda r: r.counterparty,
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("TransactionTableModel", "Accounting ref."),
            lambda r: r.accounting_ref,
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("TransactionTableModel", "Receipts"),
            lambda r: str(r.receipt_count) if r.receipt_count else "",
            sort=lambda r: r.receipt_count,
            numeric=True,
        ),
    ]


class TransactionTableModel(BudgetTableModel[TransactionRow]):
    """Newest first by default; an amount without a usable rate shows "no rate" in red."""

    def __init__(self, formatter: Formatter, parent: Any = None) -> None:
        super().__init__(_columns(formatter), {EUR: lambda r: r.amount_eur is None}, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and index.isValid()
            and index.column() == DATE
            and 0 <= index.row() < self.rowCount()
        ):
            description = self.row_at(index.row()).description
            return description or super().data(index, role)
        return super().data(index, role)
