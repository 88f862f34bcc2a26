"""Translated labels of the budget enumerations and of the audited budget fields."""

from __future__ import annotations

from enum import Enum

from coopdesk.domain.enums import BudgetCategory, FundingKind, TransactionKind
from coopdesk.i18n import QT_TRANSLATE_NOOP, translate

_CTX = "Labels"

_LABELS: dict[tuple[type[Enum], str], str] = {
    (BudgetCategory, "travel"): QT_TRANSLATE_NOOP("Labels", "Travel"),
    (BudgetCategory, "equipment"): QT_TRANSLATE_NOOP("Labels", "Equipment"),
    (BudgetCategory, "works"): QT_TRANSLATE_NOOP("Labels", "Works"),
    (BudgetCategory, "services"): QT_TRANSLATE_NOOP("Labels", "Services"),
    (BudgetCategory, "staff"): QT_TRANSLATE_NOOP("Labels", "Staff"),
    (BudgetCategory, "training"): QT_TRANSLATE_NOOP("Labels", "Training"),
    (BudgetCategory, "communication"): QT_TRANSLATE_NOOP("Labels", "Communication"),
    (BudgetCategory, "other"): QT_TRANSLATE_NOOP("Labels", "Other expenses"),
    (FundingKind, "own_budget"): QT_TRANSLATE_NOOP("Labels", "Own budget"),
    (FundingKind, "ministry_grant"): QT_TRANSLATE_NOOP("Labels", "Ministry grant (DAECT)"),
    (FundingKind, "water_agency"): QT_TRANSLATE_NOOP("Labels", "Water agency (1 % water)"),
    (FundingKind, "region"): QT_TRANSLATE_NOOP("Labels", "Region"),
    (FundingKind, "department"): QT_TRANSLATE_NOOP("Labels", "Department"),
    (FundingKind, "eu"): QT_TRANSLATE_NOOP("Labels", "European Union"),
    (FundingKind, "private_sponsor"): QT_TRANSLATE_NOOP("Labels", "Private sponsor"),
    (FundingKind, "partner_contribution"): QT_TRANSLATE_NOOP("Labels", "Partner contribution"),
    (FundingKind, "in_kind"): QT_TRANSLATE_NOOP("Labels", "In kind"),
    (TransactionKind, "expense"): QT_TRANSLATE_NOOP("Labels", "Expense"),
    (TransactionKind, "income"): QT_TRANSLATE_NOOP("Labels", "Income"),
    (TransactionKind, "commitment"): QT_TRANSLATE_NOOP("Labels", "Commitment"),
}

# Labels of the stored fields shown in the history panel (audit entries).
FIELD_LABELS: dict[str, str] = {
    "year": QT_TRANSLATE_NOOP("Budget", "Year"),
    "category": QT_TRANSLATE_NOOP("Budget", "Category"),
    "label": QT_TRANSLATE_NOOP("Budget", "Label"),
    "planned_minor": QT_TRANSLATE_NOOP("Budget", "Planned amount"),
    "currency": QT_TRANSLATE_NOOP("Budget", "Currency"),
    "project_id": QT_TRANSLATE_NOOP("Budget", "Project"),
    "organisation_id": QT_TRANSLATE_NOOP("Budget", "Organisation"),
    "kind": QT_TRANSLATE_NOOP("Budget", "Kind"),
    "committed_minor": QT_TRANSLATE_NOOP("Budget", "Committed amount"),
    "received_minor": QT_TRANSLATE_NOOP("Budget", "Received amount"),
    "committed_on": QT_TRANSLATE_NOOP("Budget", "Committed on"),
    "received_on": QT_TRANSLATE_NOOP("Budget", "Received on"),
    "cap_basis_points": QT_TRANSLATE_NOOP("Budget", "Cap"),
    "date": QT_TRANSLATE_NOOP("Budget", "Date"),
    "amount_minor": QT_TRANSLATE_NOOP("Budget", "Amount"),
    "rate_to_eur": QT_TRANSLATE_NOOP("Budget", "Rate to the euro"),
    "rate_date": QT_TRANSLATE_NOOP("Budget", "Date of the rate"),
    "budget_line_id": QT_TRANSLATE_NOOP("Budget", "Budget line"),
    "funding_source_id": QT_TRANSLATE_NOOP("Budget", "Funding source"),
    "counterparty": QT_TRANSLATE_NOOP("Budget", "Payee or payer"),
    "accounting_ref": QT_TRANSLATE_NOOP("Budget", "Accounting reference"),
    "accounting_code": QT_TRANSLATE_NOOP("Budget", "Accounting code"),
    "description": QT_TRANSLATE_NOOP("Budget", "Description"),
    "transaction_id": QT_TRANSLATE_NOOP("Budget", "Transaction"),
    "attachment_id": QT_TRANSLATE_NOOP("Budget", "Receipt"),
}

UNALLOCATED_LABEL = QT_TRANSLATE_NOOP("Budget", "Not allocated to a budget line")


def label_of(enum_type: type[Enum], value: str) -> str:
    """The translated label of a stored value, or the value itself when unknown."""
    text = _LABELS.get((enum_type, value))
    return translate(_CTX, text) if text else value


def choices(enum_type: type[Enum]) -> list[tuple[str, str]]:
    """(stored value, translated label) for every member, in declaration order."""
    return [(str(m.value), label_of(enum_type, str(m.value))) for m in enum_type]


def category_label(value: str) -> str:
    return label_of(BudgetCategory, value)


def funding_kind_label(value: str) -> str:
    return label_of(FundingKind, value)


def transaction_kind_label(value: str) -> str:
    return label_of(TransactionKind, value)


def field_label(name: str) -> str:
    """The translated label of an audited field (its name when none is defined)."""
    text = FIELD_LABELS.get(name)
    return translate("Budget", text) if text else name


def unallocated_label() -> str:
    return translate("Budget", UNALLOCATED_LABEL)
