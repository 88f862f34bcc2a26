"""Create or edit a money transaction: kind, date, amount and rate, line, source, accounting."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from coopdesk.domain.enums import TransactionKind
from coopdesk.domain.money import Money
from coopdesk.services.budget_conversion import eur_cents
from coopdesk.services.budget_lines import budget_line_choices
from coopdesk.services.currencies import fixed_rate, needs_rate
from coopdesk.services.errors import ValidationError
from coopdesk.services.funding import funding_source_choices
from coopdesk.services.labels_budget import choices
from coopdesk.services.money_input import format_rate_for_input, parse_rate
from coopdesk.services.transactions import (
    TransactionData,
    create_transaction,
    delete_transaction,
    get_transaction,
    update_transaction,
)
from coopdesk.ui.commands import create_record
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.budget_line_dialog import enum_combo
from coopdesk.ui.dialogs.budget_record_dialog import BudgetRecordDialog
from coopdesk.ui.widgets.code_combo_box import CodeComboBox
from coopdesk.ui.widgets.money_edit import MoneyEdit, show_start
from coopdesk.ui.widgets.optional_date_edit import date_display_format

ENTITY = "money_transaction"
_LIMITS = {"counterparty": 200, "accounting_ref": 50, "accounting_code": 20}


class TransactionDialog(BudgetRecordDialog):
    """The rate row offers a rate only for currencies whose rate to the euro floats."""

    def __init__(
        self,
        context: AppContext,
        project_id: str,
        tx_id: str | None = None,
        year: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("transactionDialog")
        self.project_id = project_id
        self.record_id = tx_id
        lang = context.formatter.language
        self.setWindowTitle(self.tr("Edit transaction") if tx_id else self.tr("New transaction"))
        self.kind_combo = enum_combo("transactionKindCombo", choices(TransactionKind), self)
        self.date_edit = self._date_edit("transactionDateEdit", lang)
        self.amount_edit = MoneyEdit(lang, "transaction", field="amount", parent=self)
        self.rate_edit = QLineEdit(self)
        self.rate_edit.setObjectName("transactionRateEdit")
        self.rate_edit.setMaxLength(30)
        self.rate_edit.setMaximumWidth(140)
        self.rate_edit.setPlaceholderText(format_rate_for_input(Decimal("1.0856"), lang))
        self.parity_label = QLabel(self)
        self.parity_label.setObjectName("transactionParityLabel")
        self.eur_label = QLabel(self)
        self.eur_label.setObjectName("transactionEurLabel")
        self.eur_label.setStyleSheet("color: palette(placeholder-text);")
        rate_box = QWidget(self)
        rate_row = QHBoxLayout(rate_box)
        rate_row.setContentsMargins(0, 0, 0, 0)
        rate_row.addWidget(self.rate_edit)
        rate_row.addWidget(self.parity_label)
        rate_row.addWidget(self.eur_label, 1)
        rate_box.setFocusProxy(self.rate_edit)
        self.rate_date_edit = self._date_edit("transactionRateDateEdit", lang)
        pid = project_id
        lines = context.run(lambda s: budget_line_choices(s, pid))
        sources = context.run(lambda s: funding_source_choices(s, pid))
        self.line_combo = CodeComboBox(lines, allow_empty=True, parent=self)
        self.line_combo.setObjectName("transactionLineCombo")
        self.source_combo = CodeComboBox(sources, allow_empty=True, parent=self)
        self.source_combo.setObjectName("transactionSourceCombo")
        for combo in (self.line_combo, self.source_combo):
            combo.setMinimumContentsLength(28)
        self.counterparty_edit = self._line_edit("transactionCounterpartyEdit", "counterparty")
        self.counterparty_edit.setPlaceholderText(self.tr("Payee of an expense, payer of income"))
        self.ref_edit = self._line_edit("transactionRefEdit", "accounting_ref")
        self.ref_edit.setPlaceholderText(self.tr("e.g. Mandat 2026-0042"))
        self.code_edit = self._line_edit("transactionCodeEdit", "accounting_code")
        self.code_edit.setPlaceholderText(self.tr("e.g. 6251"))
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setObjectName("transactionDescriptionEdit")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(56)

        self.add_field("kind", self.tr("Kind"), self.kind_combo, required=True)
        self.add_field("date", self.tr("Date"), self.date_edit, required=True)
        self.add_money_field("amount", self.tr("Amount"), self.amount_edit, required=True)
        self.add_field("rate_to_eur", self.tr("Rate to the euro"), rate_box)
        self.add_field("rate_date", self.tr("Date of the rate"), self.rate_date_edit)
        self.add_field("budget_line_id", self.tr("Budget line"), self.line_combo, column=1)
        self.add_field("funding_source_id", self.tr("Funding source"), self.source_combo, column=1)
        self.add_field("counterparty", self.tr("Payee or payer"), self.counterparty_edit, column=1)
        self.add_field("accounting_ref", self.tr("Accounting reference"), self.ref_edit, column=1)
        self.add_field("accounting_code", self.tr("Accounting code"), self.code_edit, column=1)
        self.add_field("description", self.tr("Description"), self.description_edit, column=2)
        self.field_aliases["currency"] = "amount"
        if tx_id is not None:
            self.add_reason_field()
            self.set_data(context.run(lambda s: get_transaction(s, tx_id)))
        elif year is not None and year != dt.date.today().year:
            self.date_edit.setDate(QDate(year, 1, 1))
        self.amount_edit.currency_changed.connect(self._update_rate_row)
        self.amount_edit.changed.connect(self._update_eur)
        self.rate_edit.textChanged.connect(self._update_eur)
        self.kind_combo.currentIndexChanged.connect(self._update_line_combo)
        self._update_rate_row()
        self._update_line_combo()
        self.mark_unchanged()
        self.kind_combo.setFocus()
        self.resize(900, self.sizeHint().height())

    def _date_edit(self, name: str, language: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_display_format(language))
        edit.setDate(QDate.currentDate())
        return edit

    def _line_edit(self, name: str, field: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setMaxLength(_LIMITS[field])
        return edit

    # --- data -----------------------------------------------------------------------------

    def set_data(self, data: TransactionData) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(data.kind)))
        if data.date is not None:
            self.date_edit.setDate(QDate(data.date.year, data.date.month, data.date.day))
        self.amount_edit.set_money(data.amount)
        lang = self.context.formatter.language
        if needs_rate(data.amount.currency):
            self.rate_edit.setText(format_rate_for_input(data.rate_to_eur, lang))
        if data.rate_date is not None:
            day = data.rate_date
            self.rate_date_edit.setDate(QDate(day.year, day.month, day.day))
        self.line_combo.set_code(data.budget_line_id or "")
        self.source_combo.set_code(data.funding_source_id or "")
        show_start(self.line_combo)
        show_start(self.source_combo)
        self.counterparty_edit.setText(data.counterparty)
        self.ref_edit.setText(data.accounting_ref)
        self.code_edit.setText(data.accounting_code)
        self.description_edit.setPlainText(data.description)

    def _rate(self) -> Decimal | None:
        if not needs_rate(self.amount_edit.currency()):
            return None
        return parse_rate(self.rate_edit.text(), self.context.formatter.language)

    def check_inputs(self) -> None:
        self._rate()

    def collect(self) -> TransactionData:
        floating = needs_rate(self.amount_edit.currency())
        try:
            rate = self._rate()
        except ValidationError:
            rate = None
        day = self.date_edit.date().toPython()
        rate_day = self.rate_date_edit.date().toPython() if floating else None
        assert isinstance(day, dt.date)
        return TransactionData(
            kind=str(self.kind_combo.currentData() or ""),
            date=day,
            amount=self.amount_edit.value() or Money(0, "EUR"),
            budget_line_id=self.line_combo.code() or None,
            funding_source_id=self.source_combo.code() or None,
            rate_to_eur=rate,
            rate_date=rate_day if isinstance(rate_day, dt.date) else None,
            counterparty=self.counterparty_edit.text(),
            accounting_ref=self.ref_edit.text(),
            accounting_code=self.code_edit.text(),
            description=self.description_edit.toPlainText(),
        )

    def save(self, data: object) -> str:
        assert isinstance(data, TransactionData)
        project_id = self.project_id
        if self.record_id is None:
            return create_record(
                self.context,
                self.tr("Add transaction"),
                ENTITY,
                lambda s, rid: create_transaction(s, project_id, data, tx_id=rid),
                delete_transaction,
            )
        self.update_with_reason(
            self.tr("Edit transaction"),
            ENTITY,
            self.record_id,
            data,
            get_transaction,
            update_transaction,
        )
        return self.record_id

    # --- slots ----------------------------------------------------------------------------

    def _update_rate_row(self, *_args: object) -> None:
        """A rate and its date for floating currencies; the parity shown for fixed ones."""
        currency = self.amount_edit.currency()
        parity = fixed_rate(currency)
        floating = needs_rate(currency)
        form = self.forms[0]
        form.setRowVisible(self.rate_edit.parentWidget().parentWidget(), currency != "EUR")
        form.setRowVisible(self.rate_date_edit.parentWidget(), floating)
        self.rate_edit.setVisible(floating)
        self.parity_label.setVisible(parity is not None)
        if parity is not None:
            rate = self.context.formatter.decimal(parity)
            self.parity_label.setText(self.tr("fixed parity {rate}").format(rate=rate))
        self._update_eur()

    def _update_eur(self, *_args: object) -> None:
        """The amount in euros as it will count in the totals ("= 1 524,49 €")."""
        money = self.amount_edit.value()
        cents: int | None = None
        if money is not None and money.currency != "EUR":
            try:
                rate = self._rate()
            except ValidationError:
                rate = None
            cents = eur_cents(money.minor, money.currency, rate)
        text = ""
        if cents is not None:
            amount = self.context.formatter.money(Money(cents, "EUR"))
            text = self.tr("= {amount}").format(amount=amount)
        self.eur_label.setText(text)

    def _update_line_combo(self, *_args: object) -> None:
        """Income is booked against a funding source, never on a budget line."""
        income = self.kind_combo.currentData() == TransactionKind.INCOME.value
        if income:
            self.line_combo.set_code("")
        self.line_combo.setEnabled(not income)
