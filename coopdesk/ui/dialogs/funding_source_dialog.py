"""Create or edit a funding source of a project: funder, amounts committed and received, cap."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from coopdesk.domain.enums import FundingKind
from coopdesk.domain.money import Money
from coopdesk.services.errors import ValidationError
from coopdesk.services.funding import (
    LABEL_MAX_LENGTH,
    FundingSourceData,
    create_funding_source,
    delete_funding_source,
    get_funding_source,
    update_funding_source,
)
from coopdesk.services.labels_budget import choices
from coopdesk.services.money_input import format_basis_points_for_input, parse_basis_points
from coopdesk.services.organisations import list_organisations
from coopdesk.ui.commands import create_record
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.budget_line_dialog import budget_currencies, enum_combo
from coopdesk.ui.dialogs.budget_record_dialog import BudgetRecordDialog, year_spin_box
from coopdesk.ui.widgets.code_combo_box import CodeComboBox
from coopdesk.ui.widgets.money_edit import MoneyEdit
from coopdesk.ui.widgets.optional_date_edit import OptionalDateEdit

ENTITY = "funding_source"


class FundingSourceDialog(BudgetRecordDialog):
    """The received amount is in the committed amount's currency."""

    def __init__(
        self,
        context: AppContext,
        project_id: str,
        source_id: str | None = None,
        year: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("fundingSourceDialog")
        self.project_id = project_id
        self.record_id = source_id
        lang = context.formatter.language
        self.setWindowTitle(
            self.tr("Edit funding source") if source_id else self.tr("New funding source")
        )
        self.year_spin = year_spin_box("fundingYearSpin", year or dt.date.today().year, self)
        self.kind_combo = enum_combo("fundingKindCombo", choices(FundingKind), self)
        partners = context.run(list_organisations)
        self.organisation_combo = CodeComboBox(
            [(row.id, row.name) for row in partners], allow_empty=True, parent=self
        )
        self.organisation_combo.setObjectName("fundingOrganisationCombo")
        self.label_edit = QLineEdit(self)
        self.label_edit.setObjectName("fundingLabelEdit")
        self.label_edit.setMaxLength(LABEL_MAX_LENGTH)
        self.label_edit.setPlaceholderText(self.tr("e.g. Call for projects 2026"))
        currencies = budget_currencies(lang)
        self.committed_edit = MoneyEdit(
            lang, "fundingCommitted", currencies=currencies, field="committed", parent=self
        )
        self.received_edit = MoneyEdit(
            lang,
            "fundingReceived",
            currencies=currencies,
            field="received",
            empty_is_zero=True,
            parent=self,
        )
        self.received_edit.currency_combo.setEnabled(False)  # follows the committed amount
        self.received_edit.amount_edit.setPlaceholderText("0")
        self.committed_on_edit = OptionalDateEdit(lang, self)
        self.committed_on_edit.setObjectName("fundingCommittedOnEdit")
        self.received_on_edit = OptionalDateEdit(lang, self)
        self.received_on_edit.setObjectName("fundingReceivedOnEdit")
        self.cap_edit = QLineEdit(self)
        self.cap_edit.setObjectName("fundingCapEdit")
        self.cap_edit.setMaxLength(8)
        self.cap_edit.setPlaceholderText(self.tr("none"))
        self.cap_edit.setToolTip(
            self.tr("The funder's ceiling as a share of the year's planned budget, e.g. 80.")
        )
        cap_box = QWidget(self)
        cap_row = QHBoxLayout(cap_box)
        cap_row.setContentsMargins(0, 0, 0, 0)
        cap_row.addWidget(self.cap_edit)
        cap_row.addWidget(QLabel("%", cap_box))
        cap_row.addStretch(1)
        self.cap_edit.setMaximumWidth(90)
        cap_box.setFocusProxy(self.cap_edit)

        self.add_field("year", self.tr("Year"), self.year_spin, required=True)
        self.add_field("kind", self.tr("Kind of funding"), self.kind_combo, required=True)
        self.add_field("organisation_id", self.tr("Funder"), self.organisation_combo)
        self.add_field("label", self.tr("Label"), self.label_edit)
        self.add_money_field(
            "committed", self.tr("Committed"), self.committed_edit, required=True, column=1
        )
        self.add_field("committed_on", self.tr("Committed on"), self.committed_on_edit, column=1)
        self.add_money_field("received", self.tr("Received"), self.received_edit, column=1)
        self.add_field("received_on", self.tr("Received on"), self.received_on_edit, column=1)
        self.add_field("cap_basis_points", self.tr("Cap"), cap_box, column=1)
        self.field_aliases["currency"] = "committed"
        self.committed_edit.currency_changed.connect(self.received_edit.set_currency)
        if source_id is not None:
            self.add_reason_field()
            self.set_data(context.run(lambda s: get_funding_source(s, source_id)))
        self.mark_unchanged()
        self.kind_combo.setFocus()
        self.resize(860, self.sizeHint().height())

    def set_data(self, data: FundingSourceData) -> None:
        self.year_spin.setValue(data.year)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(data.kind)))
        self.organisation_combo.set_code(data.organisation_id or "")
        self.label_edit.setText(data.label)
        self.committed_edit.set_money(data.committed)
        self.received_edit.set_money(data.received)
        self.committed_on_edit.set_date(data.committed_on)
        self.received_on_edit.set_date(data.received_on)
        lang = self.context.formatter.language
        self.cap_edit.setText(format_basis_points_for_input(data.cap_basis_points, lang))

    def _cap(self) -> int | None:
        return parse_basis_points(self.cap_edit.text(), self.context.formatter.language)

    def check_inputs(self) -> None:
        self._cap()

    def collect(self) -> FundingSourceData:
        zero = Money(0, "EUR")
        try:
            cap: int | None = self._cap()
        except ValidationError:
            cap = None
        return FundingSourceData(
            year=self.year_spin.value(),
            kind=str(self.kind_combo.currentData() or ""),
            committed=self.committed_edit.value() or zero,
            received=self.received_edit.value() or zero,
            organisation_id=self.organisation_combo.code() or None,
            label=self.label_edit.text(),
            committed_on=self.committed_on_edit.date(),
            received_on=self.received_on_edit.date(),
            cap_basis_points=cap,
        )

    def save(self, data: object) -> str:
        assert isinstance(data, FundingSourceData)
        project_id = self.project_id
        if self.record_id is None:
            return create_record(
                self.context,
                self.tr("Add funding source"),
                ENTITY,
                lambda s, rid: create_funding_source(s, project_id, data, source_id=rid),
                delete_funding_source,
            )
        self.update_with_reason(
            self.tr("Edit funding source"),
            ENTITY,
            self.record_id,
            data,
            get_funding_source,
            update_funding_source,
        )
        return self.record_id
