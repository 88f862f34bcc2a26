"""Euro conversion of stored amounts, once per amount, and its exact SQL aggregation.

Rule: every amount (a transaction, a planned line, a funding source's committed or received
amount) is converted to euro cents ONCE, on its own, rounding half to even: with the fixed
parity of its currency where one exists (XOF, XAF: 655.957 francs for one euro, whatever rate
was stored), else with the rate stored with the transaction (units of the currency for one
euro). Totals are plain integer sums of those converted cents, so every sum of parts (lines,
years, sources, projects) equals its total exactly. The SQL aggregation computes the very same
per-row rounding with integer arithmetic, so it agrees with :func:`eur_cents` to the cent.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    String,
    and_,
    case,
    column,
    extract,
    func,
    literal_column,
    or_,
    select,
    values,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import type_coerce

from coopdesk.domain.money import EUR_PARITIES, minor_exponent
from coopdesk.store.models import BudgetLine, FundingSource, MoneyTransaction

# Products above this are converted in Python: SQLite would turn them into floats.
SQL_INT_LIMIT = 2**62
# Rates per aggregate query (each takes four SQL parameters).
RATES_PER_QUERY = 2_000


def ratio(currency: str, rate: Decimal | None) -> tuple[int, int] | None:
    """(multiplier, divisor) with euro cents = minor units × multiplier ÷ divisor.

    None when the amount cannot be converted: no valid rate for a floating currency.
    """
    if currency == "EUR":
        return 1, 1
    per_eur = EUR_PARITIES.get(currency, rate)
    if per_eur is None or not per_eur.is_finite() or per_eur <= 0:
        return None
    p, q = per_eur.as_integer_ratio()  # per_eur = p / q exactly
    exp = minor_exponent(currency)
    mul = q * 10 ** max(0, 2 - exp)
    div = p * 10 ** max(0, exp - 2)
    g = math.gcd(mul, div)
    return mul // g, div // g


def divide_half_even(n: int, d: int) -> int:
    """n ÷ d rounded half to even (d > 0), in integers."""
    q, r = divmod(abs(n), d)
    if 2 * r > d or (2 * r == d and q % 2 == 1):
        q += 1
    return q if n >= 0 else -q


def eur_cents(minor: int, currency: str, rate: Decimal | None = None) -> int | None:
    """One amount in euro cents (half-even, once); None without a usable rate."""
    found = ratio(currency, rate)
    if found is None:
        return None
    mul, div = found
    return divide_half_even(minor * mul, div)


def parse_rate_text(text: str) -> Decimal | None:
    """A stored rate (DecimalText) read back; None for an empty or damaged value."""
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def sql_half_even(n: ColumnElement[Any], d: ColumnElement[Any]) -> ColumnElement[Any]:
    """SQL for n ÷ d rounded half to even with integers (n may be negative, d > 0)."""
    a = func.abs(n, type_=BigInteger)
    q = a // d
    r = a % d
    up = case(((2 * r > d) | ((2 * r == d) & (q % 2 == 1)), 1), else_=0)
    rounded = q + up
    return case((n < 0, -rounded), else_=rounded)


@dataclass
class TxSums:
    """Transactions of one bucket summed in euro cents by kind (an accumulator)."""

    commitment: int = 0
    expense: int = 0
    income: int = 0
    # Commitments and expenses summed, and income transactions summed.
    spending_count: int = 0
    income_count: int = 0
    # Transactions left out: a floating currency without a valid rate.
    unconverted: int = 0

    def add(self, kind: str, cents: int) -> None:
        if kind == "commitment":
            self.commitment += cents
        elif kind == "expense":
            self.expense += cents
        elif kind == "income":
            self.income += cents
            self.income_count += 1
            return
        else:
            return
        self.spending_count += 1

    def merge(self, other: TxSums) -> None:
        self.commitment += other.commitment
        self.expense += other.expense
        self.income += other.income
        self.spending_count += other.spending_count
        self.income_count += other.income_count
        self.unconverted += other.unconverted


@dataclass(frozen=True)
class TxTotals:
    """Transactions in euro cents: by line, else by funding source, else by project and year.

    A transaction booked on a line counts only in ``by_line`` (and in the line's year); one
    with a funding source but no line only in ``by_source`` (the source's year); one with
    neither in ``by_project_year`` (the year of its date).
    """

    by_line: dict[str, TxSums] = field(default_factory=dict)
    by_source: dict[str, TxSums] = field(default_factory=dict)
    by_project_year: dict[tuple[str, int], TxSums] = field(default_factory=dict)

    def bucket(self, line_id: str | None, source_id: str | None, key: tuple[str, int]) -> TxSums:
        if line_id is not None:
            return self.by_line.setdefault(line_id, TxSums())
        if source_id is not None:
            return self.by_source.setdefault(source_id, TxSums())
        return self.by_project_year.setdefault(key, TxSums())


_T = MoneyTransaction
_KINDS = ("commitment", "expense", "income")


def _rate_key() -> ColumnElement[str]:
    # A literal '' (not a bound parameter): PostgreSQL must see the GROUP BY expression
    # and the selected one as the same text.
    return func.coalesce(type_coerce(_T.rate_to_eur, String), literal_column("''"))


def _date_year() -> ColumnElement[int]:
    return extract("year", _T.date)


def _filters(project_ids: list[str] | None, year: int | None) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    if project_ids is not None:
        out.append(_T.project_id.in_(project_ids))
    if year is not None:
        line_ids = select(BudgetLine.id).where(BudgetLine.year == year)
        source_ids = select(FundingSource.id).where(FundingSource.year == year)
        no_line = _T.budget_line_id.is_(None)
        out.append(
            or_(
                _T.budget_line_id.in_(line_ids),
                and_(no_line, _T.funding_source_id.in_(source_ids)),
                and_(no_line, _T.funding_source_id.is_(None), _date_year() == year),
            )
        )
    return out


def transaction_totals(
    session: Session, *, project_ids: Iterable[str] | None = None, year: int | None = None
) -> TxTotals:
    """Every transaction converted to euro cents once (half-even) and summed (see TxTotals).

    Args:
        project_ids: only these projects (all when None).
        year: only this budget year: the line's year, else the source's, else the date's.

    Four grouped queries (more beyond ``RATES_PER_QUERY`` distinct rates); no transaction
    row is loaded, except the rare ones without a usable rate or whose product would
    overflow 64-bit integers (converted, or counted as unconverted, in Python).
    """
    ids = None if project_ids is None else list(project_ids)
    filters = _filters(ids, year)
    rates = (
        select(_T.currency, _rate_key(), func.max(func.abs(_T.amount_minor)))
        .where(_T.currency != "EUR", *filters)
        .group_by(_T.currency, _rate_key())
    )
    in_sql: list[tuple[str, str, int, int]] = []
    in_python: list[tuple[str, str]] = []
    for currency, key, biggest in session.execute(rates).all():
        found = ratio(currency, parse_rate_text(key))
        if found is not None and (biggest or 0) * found[0] < SQL_INT_LIMIT:
            in_sql.append((currency, key, *found))
        else:
            in_python.append((currency, key))
    totals = TxTotals()
    chunks = [in_sql[i : i + RATES_PER_QUERY] for i in range(0, len(in_sql), RATES_PER_QUERY)]
    for n, chunk in enumerate(chunks or [[]]):
        _sum_in_sql(session, chunk, filters, totals, with_euro=n == 0)
    for currency, key in in_python:
        _sum_in_python(session, currency, key, filters, totals)
    return totals


def _partitions() -> list[tuple[int, ColumnElement[bool], tuple[ColumnElement[Any], ...]]]:
    """(0, by line), (1, by source without a line), (2, by project and year of the date).

    Three queries grouped on indexed columns beat one grouped on computed keys.
    """
    no_line = _T.budget_line_id.is_(None)
    return [
        (0, _T.budget_line_id.is_not(None), (_T.budget_line_id,)),
        (1, and_(no_line, _T.funding_source_id.is_not(None)), (_T.funding_source_id,)),
        (2, and_(no_line, _T.funding_source_id.is_(None)), (_T.project_id, _date_year())),
    ]


def _sum_in_sql(
    session: Session,
    rates: list[tuple[str, str, int, int]],
    filters: list[ColumnElement[bool]],
    totals: TxTotals,
    *,
    with_euro: bool,
) -> None:
    if rates:
        conv = (
            values(
                column("currency", String),
                column("rate_key", String),
                column("mul", BigInteger),
                column("div", BigInteger),
                name="conv",
            )
            .data(rates)
            .cte("conv")
        )
        converted = sql_half_even(_T.amount_minor * conv.c.mul, conv.c.div)
        cents: ColumnElement[Any] = case((_T.currency == "EUR", _T.amount_minor), else_=converted)
        kept = conv.c.mul.is_not(None)
        if with_euro:
            kept = or_(_T.currency == "EUR", kept)
    elif with_euro:
        cents, kept = _T.amount_minor, _T.currency == "EUR"
    else:
        return
    sums = [func.sum(case((_T.kind == kind, cents), else_=0)) for kind in _KINDS]
    spending = func.sum(case((_T.kind.in_(_KINDS[:2]), 1), else_=0))
    incomes = func.sum(case((_T.kind == _KINDS[2], 1), else_=0))
    for flag, partition, keys in _partitions():
        query = select(*keys, *sums, spending, incomes).select_from(_T)
        if rates:
            on = (conv.c.currency == _T.currency) & (conv.c.rate_key == _rate_key())
            query = query.outerjoin(conv, on)
        query = query.where(partition, kept, *filters).group_by(*keys)
        for row in session.execute(query).all():
            *key, commitment, expense, income, spending_count, income_count = row
            if flag == 0:
                bucket = totals.by_line.setdefault(key[0], TxSums())
            elif flag == 1:
                bucket = totals.by_source.setdefault(key[0], TxSums())
            else:
                bucket = totals.by_project_year.setdefault((key[0], int(key[1])), TxSums())
            bucket.commitment += int(commitment or 0)
            bucket.expense += int(expense or 0)
            bucket.income += int(income or 0)
            bucket.spending_count += int(spending_count or 0)
            bucket.income_count += int(income_count or 0)


def _sum_in_python(
    session: Session,
    currency: str,
    key: str,
    filters: list[ColumnElement[bool]],
    totals: TxTotals,
) -> None:
    query = select(
        _T.budget_line_id, _T.funding_source_id, _T.project_id, _T.date, _T.kind, _T.amount_minor
    ).where(_T.currency == currency, _rate_key() == key, *filters)
    rate = parse_rate_text(key)
    for line_id, source_id, project_id, day, kind, minor in session.execute(query).all():
        bucket = totals.bucket(line_id, source_id, (project_id, day.year))
        cents = eur_cents(minor, currency, rate)
        if cents is None:
            bucket.unconverted += 1
        else:
            bucket.add(kind, cents)
