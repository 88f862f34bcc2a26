"""Create or edit a budget line of a project: year, category, label, planned amount."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from coopdesk.domain.enums import BudgetCategory
from coopdesk.domain.money import Money
from coopdesk.services.budget_lines import (
    LABEL_MAX_LENGTH,
    BudgetLineData,
    create_budget_line,
    delete_budget_line,
    get_budget_line,
    update_budget_line,
)
from coopdesk.services.currencies import currency_choices, is_budget_currency
from coopdesk.services.labels_budget import choices
from coopdesk.ui.commands import create_record
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.budget_record_dialog import BudgetRecordDialog, year_spin_box
from coopdesk.ui.widgets.money_edit import MoneyEdit

ENTITY = "budget_line"


def budget_currencies(language: str) -> list[tuple[str, str]]:
    """The euro and the currencies at a fixed parity (budgets are kept in those)."""
    return [(code, name) for code, name in currency_choices(language) if is_budget_currency(code)]


def enum_combo(name: str, pairs: list[tuple[str, str]], parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for value, label in pairs:
        combo.addItem(label, value)
    return combo


class BudgetLineDialog(BudgetRecordDialog):
    """A new line starts in ``year`` (the year shown in the tab, else the current one)."""

    def __init__(
        self,
        context: AppContext,
        project_id: str,
        line_id: str | None = None,
        year: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("budgetLineDialog")
        self.project_id = project_id
        self.record_id = line_id
        lang = context.formatter.language
        self.setWindowTitle(self.tr("Edit budget line") if line_id else self.tr("New budget line"))
        self.year_spin = year_spin_box("budgetLineYearSpin", year or dt.date.today().year, self)
        self.category_combo = enum_combo("budgetLineCategoryCombo", choices(BudgetCategory), self)
        self.label_edit = QLineEdit(self)
        self.label_edit.setObjectName("budgetLineLabelEdit")
        self.label_edit.setMaxLength(LABEL_MAX_LENGTH)
        self.label_edit.setPlaceholderText(self.tr("e.g. Technical missions"))
        self.planned_edit = MoneyEdit(
            lang, "budgetLine", currencies=budget_currencies(lang), field="planned", parent=self
        )
        self.add_field("year", self.tr("Year"), self.year_spin, required=True)
        self.add_field("category", self.tr("Category"), self.category_combo, required=True)
        self.add_field("label", self.tr("Label"), self.label_edit)
        self.add_money_field("planned", self.tr("Planned amount"), self.planned_edit, required=True)
        self.field_aliases["currency"] = "planned"
        if line_id is not None:
            self.add_reason_field()
            self.set_data(context.run(lambda s: get_budget_line(s, line_id)))
        self.mark_unchanged()
        self.category_combo.setFocus()
        self.resize(520, self.sizeHint().height())

    def set_data(self, data: BudgetLineData) -> None:
        self.year_spin.setValue(data.year)
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(data.category)))
        self.label_edit.setText(data.label)
        self.planned_edit.set_money(data.planned)

    def collect(self) -> BudgetLineData:
        return BudgetLineData(
            year=self.year_spin.value(),
            category=str(self.category_combo.currentData() or ""),
            planned=self.planned_edit.value() or Money(0, "EUR"),
            label=self.label_edit.text(),
        )

    def save(self, data: object) -> str:
        assert isinstance(data, BudgetLineData)
        project_id = self.project_id
        if self.record_id is None:
            return create_record(
                self.context,
                self.tr("Add budget line"),
                ENTITY,
                lambda s, rid: create_budget_line(s, project_id, data, line_id=rid),
                delete_budget_line,
            )
        self.update_with_reason(
            self.tr("Edit budget line"),
            ENTITY,
            self.record_id,
            data,
            get_budget_line,
            update_budget_line,
        )
        return self.record_id
