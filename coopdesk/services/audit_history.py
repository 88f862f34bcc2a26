"""History panel of a budget line, funding source or transaction, from the audit trail.

Every ORM change is audited on flush (``store.audit``) with ``session.info["reason"]`` as its
reason: set it with :func:`set_reason` or :func:`reason_scope` before the change is flushed.
Entries are append-only: the store refuses to change or delete them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import FundingKind, TransactionKind
from coopdesk.domain.money import Money, is_currency_code
from coopdesk.i18n import translate
from coopdesk.i18n.formatting import Formatter
from coopdesk.services import labels_budget
from coopdesk.store.models import (
    Attachment,
    AuditEntry,
    BudgetLine,
    FundingSource,
    MoneyTransaction,
    Organisation,
    Project,
)

BUDGET_LINE = "budget_line"
FUNDING_SOURCE = "funding_source"
TRANSACTION = "money_transaction"
RECEIPT = "transaction_receipt"

_HIDDEN = {"id", "project_id", "transaction_id"}
_DATES = {"date", "rate_date", "committed_on", "received_on"}
_DECIMALS = {"rate_to_eur"}
_KIND_ENUM = {FUNDING_SOURCE: FundingKind, TRANSACTION: TransactionKind}
_MODELS: dict[str, Any] = {
    BUDGET_LINE: BudgetLine,
    FUNDING_SOURCE: FundingSource,
    TRANSACTION: MoneyTransaction,
}
# Reference fields, resolved to a name: (model, attribute holding the name).
_REFERENCES: dict[str, tuple[Any, Any]] = {
    "budget_line_id": (BudgetLine, BudgetLine.label),
    "funding_source_id": (FundingSource, FundingSource.label),
    "organisation_id": (Organisation, Organisation.name),
    "project_id": (Project, Project.code),
    "attachment_id": (Attachment, Attachment.filename),
}

# What a changed field may hold once read back for display.
HistoryValue = Money | dt.date | Decimal | str | int | bool | None


@dataclass(frozen=True)
class FieldChange:
    """One field's old and new values, typed for display (amounts as Money)."""

    field: str
    label: str
    old: HistoryValue
    new: HistoryValue


@dataclass(frozen=True)
class AuditRow:
    """One audited change of the record (or of one of its receipts)."""

    seq: int
    at: dt.datetime
    user: str
    # The audited table: the record's own, or "transaction_receipt" for a receipt.
    entity: str
    # An AuditAction value: created, updated or deleted.
    action: str
    changes: tuple[FieldChange, ...]
    reason: str


def set_reason(session: Session, reason: str) -> None:
    """The reason written with every change flushed from now on in this session."""
    session.info["reason"] = reason.strip()


@contextmanager
def reason_scope(session: Session, reason: str) -> Iterator[None]:
    """Changes made inside the block carry ``reason``; they are flushed before it ends."""
    previous = session.info.get("reason", "")
    set_reason(session, reason)
    try:
        yield
        session.flush()
    finally:
        session.info["reason"] = previous


def _entries(session: Session, entity: str, entity_id: str) -> list[AuditEntry]:
    query = select(AuditEntry).where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
    entries = list(session.scalars(query))
    if entity == TRANSACTION:
        # Receipts are keyed "transaction_id|attachment_id": a range on the index.
        receipts = select(AuditEntry).where(
            AuditEntry.entity == RECEIPT,
            AuditEntry.entity_id >= f"{entity_id}|",
            AuditEntry.entity_id < f"{entity_id}}}",
        )
        entries += list(session.scalars(receipts))
    entries.sort(key=lambda e: e.seq)
    return entries


def _names(session: Session, entries: list[AuditEntry]) -> dict[str, dict[str, str]]:
    """Display names of the referenced records that still exist (one query per kind)."""
    wanted: dict[str, set[str]] = {}
    for entry in entries:
        for name, values in entry.changes.items():
            if name in _REFERENCES:
                wanted.setdefault(name, set()).update(v for v in values if isinstance(v, str))
    out: dict[str, dict[str, str]] = {}
    for name, ids in wanted.items():
        model, attr = _REFERENCES[name]
        rows = session.execute(select(model.id, attr).where(model.id.in_(ids))).all()
        out[name] = {row[0]: row[1] or row[0] for row in rows}
    return out


def _typed(name: str, value: Any, currency: str | None, names: dict[str, dict[str, str]]) -> Any:
    if value is None:
        return None
    if name.endswith("_minor") and isinstance(value, int) and currency:
        return Money(value, currency)
    if name in _DATES and isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    if name in _DECIMALS and isinstance(value, str):
        try:
            return Decimal(value)
        except InvalidOperation:
            return value
    if name in _REFERENCES and isinstance(value, str):
        return names.get(name, {}).get(value, value)
    return value


def _currency(value: Any) -> str | None:
    return value if isinstance(value, str) and is_currency_code(value) else None


def history(session: Session, entity: str, entity_id: str) -> list[AuditRow]:
    """The record's audited changes, newest first, with typed old → new values.

    Args:
        entity: ``BUDGET_LINE``, ``FUNDING_SOURCE`` or ``TRANSACTION`` (a transaction's
            history includes its receipts being attached and detached), or any audited
            table name.
        entity_id: the record's id.

    Amounts (``*_minor`` fields) come as Money in the record's currency at that time;
    dates as dates, rates as Decimals, references as the referenced record's name (or
    its id when it no longer exists). Format them with :func:`display_value`.
    """
    entries = _entries(session, entity, entity_id)
    names = _names(session, entries)
    state: dict[str, Any] = {}
    if entries and entries[0].action != "created" and entity in _MODELS:
        # Created without an audit entry (a bulk import): start from today's currency.
        current = session.get(_MODELS[entity], entity_id)
        if current is not None:
            state["currency"] = current.currency
    rows = []
    for entry in entries:
        before = _currency(state.get("currency"))
        if entry.entity == entity:
            for name, (_old, new) in entry.changes.items():
                state[name] = new
        after = _currency(state.get("currency")) or before
        old_currency = _currency(entry.changes.get("currency", [None])[0]) or before or after
        changes = []
        for name, pair in entry.changes.items():
            if name in _HIDDEN or not isinstance(pair, list) or len(pair) != 2:
                continue
            old, new = pair
            if old is None and new is None:
                continue
            changes.append(
                FieldChange(
                    field=name,
                    label=labels_budget.field_label(name),
                    old=_typed(name, old, old_currency, names),
                    new=_typed(name, new, after, names),
                )
            )
        rows.append(
            AuditRow(
                seq=entry.seq,
                at=entry.at,
                user=entry.user,
                entity=entry.entity,
                action=entry.action,
                changes=tuple(changes),
                reason=entry.reason,
            )
        )
    rows.reverse()
    return rows


def display_value(entity: str, change: FieldChange, value: HistoryValue, fmt: Formatter) -> str:
    """One old or new value of ``change`` as text: amounts, dates, rates and kinds formatted."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("Budget", "Yes") if value else translate("Budget", "No")
    if isinstance(value, Money):
        return fmt.money(value)
    if isinstance(value, dt.date):
        return fmt.date(value)
    if isinstance(value, Decimal):
        return fmt.decimal(value)
    if change.field == "cap_basis_points" and isinstance(value, int):
        return fmt.percent(Decimal(value) / 10_000)
    if change.field == "category" and isinstance(value, str):
        return labels_budget.category_label(value)
    if change.field == "kind" and isinstance(value, str):
        enum = _KIND_ENUM.get(entity)
        return labels_budget.label_of(enum, value) if enum else value
    return str(value)
