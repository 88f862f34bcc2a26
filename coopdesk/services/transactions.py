"""A project's money transactions (expenses, income, commitments): list, CRUD, undo snapshot.

Rates: a transaction in euros keeps no rate; in a currency with a fixed parity (XOF, XAF) the
parity is stored whatever was typed, with no rate date; in any other currency the rate to the
euro (units of the currency for one euro) and its date are required.

Dates: expenses and commitments must fall within the project's dates (earliest planned or
actual start to latest planned or actual end); income is not limited, since grant advances
arrive before the start and balances long after the end.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import TransactionKind
from coopdesk.domain.money import Money
from coopdesk.domain.text import fold
from coopdesk.i18n import translate
from coopdesk.services.budget_checks import (
    check_amount,
    check_currency,
    check_in_window,
    load_project,
)
from coopdesk.services.budget_conversion import eur_cents
from coopdesk.services.budget_lines import line_name
from coopdesk.services.currencies import fixed_rate, needs_rate
from coopdesk.services.errors import NotFoundError
from coopdesk.services.funding import source_name
from coopdesk.services.receipts import receipt_counts, receipt_ids, relink_receipts
from coopdesk.services.validation import Checker
from coopdesk.store.models import (
    BudgetLine,
    FundingSource,
    MoneyTransaction,
    Organisation,
    Project,
    TransactionReceipt,
)

_KINDS = {k.value for k in TransactionKind}
_LIMITS = {"counterparty": 200, "accounting_ref": 50, "accounting_code": 20}


@dataclass(frozen=True)
class TransactionData:
    """What a user types for a transaction (also the snapshot used by undo)."""

    # A TransactionKind value: expense, income or commitment.
    kind: str
    date: dt.date | None
    # Strictly positive; the kind tells the direction.
    amount: Money
    budget_line_id: str | None = None
    funding_source_id: str | None = None
    # Units of the currency for one euro; required unless euro or fixed parity.
    rate_to_eur: Decimal | None = None
    rate_date: dt.date | None = None
    # Payee of an expense or commitment, payer of an income.
    counterparty: str = ""
    # Mandat or titre number ("Mandat 2026-0042").
    accounting_ref: str = ""
    # Account of the M57 nomenclature ("6251").
    accounting_code: str = ""
    description: str = ""


@dataclass(frozen=True)
class TransactionRow:
    """One line of a project's transactions list."""

    id: str
    project_id: str
    kind: str
    date: dt.date
    amount: Money
    rate_to_eur: Decimal | None
    rate_date: dt.date | None
    # The amount in euros (converted once, half to even); None without a usable rate.
    amount_eur: Money | None
    # Budget year: the line's, else the funding source's, else the date's year.
    budget_year: int
    budget_line_id: str | None
    budget_line_name: str
    category: str
    funding_source_id: str | None
    funding_source_name: str
    counterparty: str
    accounting_ref: str
    accounting_code: str
    description: str
    receipt_count: int
    search_text: str = field(repr=False, default="")  # fold()ed


@dataclass(frozen=True)
class TransactionSnapshot:
    """A deleted transaction with its receipts' links (for undo)."""

    id: str
    project_id: str
    data: TransactionData
    receipt_ids: tuple[str, ...]


def _clean(data: TransactionData) -> TransactionData:
    currency = data.amount.currency
    rate, rate_date = data.rate_to_eur, data.rate_date
    if currency == "EUR":
        rate, rate_date = None, None
    elif (parity := fixed_rate(currency)) is not None:
        rate, rate_date = parity, None
    elif rate is not None and rate.is_finite():
        rate = Decimal(format(rate, "f"))  # stored as plain digits, never "1E+1"
    return replace(
        data,
        kind=data.kind.strip(),
        budget_line_id=(data.budget_line_id or "").strip() or None,
        funding_source_id=(data.funding_source_id or "").strip() or None,
        rate_to_eur=rate,
        rate_date=rate_date,
        counterparty=data.counterparty.strip(),
        accounting_ref=data.accounting_ref.strip(),
        accounting_code=data.accounting_code.strip(),
        description=data.description.strip(),
    )


def _check_rate(check: Checker, data: TransactionData) -> Decimal | None:
    """The usable rate (None for the euro or when invalid), adding the rate's errors."""
    currency = data.amount.currency
    if not needs_rate(currency):
        return data.rate_to_eur
    rate = data.rate_to_eur
    if rate is None:
        message = translate("Validation", "Enter the rate to the euro for {currency}.")
        check.add("rate_to_eur", message.format(currency=currency))
        rate = None
    elif not rate.is_finite() or rate <= 0:
        check.add("rate_to_eur", translate("Validation", "The rate must be greater than zero."))
        rate = None
    if data.rate_date is None:
        check.add("rate_date", translate("Validation", "Enter the date of the rate."))
    return rate


def _check_links(session: Session, check: Checker, data: TransactionData, project_id: str) -> None:
    if data.budget_line_id:
        line = session.get(BudgetLine, data.budget_line_id)
        if line is None:
            check.add("budget_line_id", translate("Errors", "This budget line no longer exists."))
        elif line.project_id != project_id:
            message = translate("Validation", "This budget line belongs to another project.")
            check.add("budget_line_id", message)
        elif data.kind == TransactionKind.INCOME:
            message = translate(
                "Validation", "Income is booked against a funding source, not on a budget line."
            )
            check.add("budget_line_id", message)
    if data.funding_source_id:
        source = session.get(FundingSource, data.funding_source_id)
        if source is None:
            message = translate("Errors", "This funding source no longer exists.")
            check.add("funding_source_id", message)
        elif source.project_id != project_id:
            message = translate("Validation", "This funding source belongs to another project.")
            check.add("funding_source_id", message)


def _validate(
    session: Session, data: TransactionData, project: Project, *, check_dates: bool = True
) -> None:
    check = Checker()
    check.choice("kind", data.kind, _KINDS)
    if data.date is None:
        check.add("date", translate("Validation", "Enter the date."))
    elif check_dates and data.kind in (TransactionKind.EXPENSE, TransactionKind.COMMITMENT):
        check_in_window(check, "date", data.date, project)
    if check_currency(check, "currency", data.amount.currency):
        rate = _check_rate(check, data)
        check_amount(check, "amount", data.amount, rate=rate, positive=True)
    _check_links(session, check, data, project.id)
    for name, limit in _LIMITS.items():
        check.max_length(name, getattr(data, name), limit)
    check.raise_if_any()


def list_transactions(
    session: Session, project_id: str, *, year: int | None = None, kind: str | None = None
) -> list[TransactionRow]:
    """The project's transactions, newest first; ``year`` is the budget year (two queries)."""
    org_name = Organisation.name
    query = (
        select(
            MoneyTransaction,
            BudgetLine.year,
            BudgetLine.label,
            BudgetLine.category,
            FundingSource.year,
            FundingSource.label,
            FundingSource.kind,
            org_name,
        )
        .outerjoin(BudgetLine, BudgetLine.id == MoneyTransaction.budget_line_id)
        .outerjoin(FundingSource, FundingSource.id == MoneyTransaction.funding_source_id)
        .outerjoin(Organisation, Organisation.id == FundingSource.organisation_id)
        .where(MoneyTransaction.project_id == project_id)
    )
    if kind is not None:
        query = query.where(MoneyTransaction.kind == kind)
    counts = receipt_counts(session, project_id)
    rows = []
    for tx, l_year, l_label, cat, s_year, s_label, s_kind, org in session.execute(query).all():
        budget_year = l_year or s_year or tx.date.year
        if year is not None and budget_year != year:
            continue
        rows.append(_row(tx, budget_year, l_label, cat, s_label, s_kind, org, counts))
    rows.sort(key=lambda r: (r.date, r.accounting_ref, r.id), reverse=True)
    return rows


def _row(
    tx: MoneyTransaction,
    budget_year: int,
    line_label: str | None,
    category: str | None,
    source_label: str | None,
    source_kind: str | None,
    org_name: str | None,
    counts: dict[str, int],
) -> TransactionRow:
    cents = eur_cents(tx.amount_minor, tx.currency, tx.rate_to_eur)
    line = line_name(line_label or "", category or "") if tx.budget_line_id else ""
    source = (
        source_name(source_label or "", org_name or "", source_kind or "")
        if tx.funding_source_id
        else ""
    )
    words = [tx.counterparty, tx.accounting_ref, tx.accounting_code, tx.description, line, source]
    return TransactionRow(
        id=tx.id,
        project_id=tx.project_id,
        kind=tx.kind,
        date=tx.date,
        amount=Money(tx.amount_minor, tx.currency),
        rate_to_eur=tx.rate_to_eur,
        rate_date=tx.rate_date,
        amount_eur=None if cents is None else Money(cents, "EUR"),
        budget_year=budget_year,
        budget_line_id=tx.budget_line_id,
        budget_line_name=line,
        category=category or "",
        funding_source_id=tx.funding_source_id,
        funding_source_name=source,
        counterparty=tx.counterparty,
        accounting_ref=tx.accounting_ref,
        accounting_code=tx.accounting_code,
        description=tx.description,
        receipt_count=counts.get(tx.id, 0),
        search_text=fold(" ".join(words)),
    )


def _load(session: Session, tx_id: str) -> MoneyTransaction:
    tx = session.get(MoneyTransaction, tx_id)
    if tx is None:
        raise NotFoundError(translate("Errors", "This transaction no longer exists."))
    return tx


def transaction_data(tx: MoneyTransaction) -> TransactionData:
    """The editable fields of a loaded transaction."""
    return TransactionData(
        kind=tx.kind,
        date=tx.date,
        amount=Money(tx.amount_minor, tx.currency),
        budget_line_id=tx.budget_line_id,
        funding_source_id=tx.funding_source_id,
        rate_to_eur=tx.rate_to_eur,
        rate_date=tx.rate_date,
        counterparty=tx.counterparty,
        accounting_ref=tx.accounting_ref,
        accounting_code=tx.accounting_code,
        description=tx.description,
    )


def get_transaction(session: Session, tx_id: str) -> TransactionData:
    return transaction_data(_load(session, tx_id))


def _apply(tx: MoneyTransaction, data: TransactionData) -> None:
    tx.kind = data.kind
    assert data.date is not None  # checked by _validate
    tx.date = data.date
    tx.amount_minor = data.amount.minor
    tx.currency = data.amount.currency
    tx.rate_to_eur = data.rate_to_eur
    tx.rate_date = data.rate_date
    tx.budget_line_id = data.budget_line_id
    tx.funding_source_id = data.funding_source_id
    tx.counterparty = data.counterparty
    tx.accounting_ref = data.accounting_ref
    tx.accounting_code = data.accounting_code
    tx.description = data.description


def create_transaction(
    session: Session, project_id: str, data: TransactionData, *, tx_id: str | None = None
) -> str:
    """Validate and add a transaction to a project; ``tx_id`` re-creates one (undo).

    Raises:
        NotFoundError: the project no longer exists.
        ValidationError: invalid fields; nothing was written.
    """
    project = load_project(session, project_id)
    data = _clean(data)
    _validate(session, data, project)
    tx = MoneyTransaction(project_id=project_id)
    if tx_id:
        tx.id = tx_id
    _apply(tx, data)
    session.add(tx)
    session.flush()
    return tx.id


def update_transaction(session: Session, tx_id: str, data: TransactionData) -> None:
    """Validate and change a transaction (it stays in its project).

    The date is checked against the project's dates only when the date or the kind
    changes: a transaction left outside by a later change of the project's dates can
    still have its description or receipts corrected.
    """
    data = _clean(data)
    tx = _load(session, tx_id)
    moved = data.date != tx.date or data.kind != tx.kind
    _validate(session, data, load_project(session, tx.project_id), check_dates=moved)
    _apply(tx, data)
    session.flush()


def delete_transaction(session: Session, tx_id: str) -> TransactionSnapshot:
    """Delete a transaction and its receipts' links (the stored files are kept).

    Returns:
        What an undo needs (:func:`restore_transaction`).
    """
    tx = _load(session, tx_id)
    snapshot = TransactionSnapshot(
        id=tx.id,
        project_id=tx.project_id,
        data=transaction_data(tx),
        receipt_ids=receipt_ids(session, tx_id),
    )
    for link in session.scalars(
        select(TransactionReceipt).where(TransactionReceipt.transaction_id == tx_id)
    ):
        session.delete(link)
    session.flush()  # the links first: no relationship tells the flush their order
    session.delete(tx)
    session.flush()
    return snapshot


def restore_transaction(session: Session, snapshot: TransactionSnapshot) -> None:
    """Undo :func:`delete_transaction` (receipts deleted since are skipped)."""
    create_transaction(session, snapshot.project_id, snapshot.data, tx_id=snapshot.id)
    relink_receipts(session, snapshot.id, snapshot.receipt_ids)
