"""Property tests of the budget maths: conversion, rounding, sums, input round trips."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopdesk.domain.money import EUR_PARITIES, Money, minor_exponent
from coopdesk.services.budget_conversion import divide_half_even, eur_cents
from coopdesk.services.budget_lines import BudgetLineData, create_budget_line
from coopdesk.services.budget_summary import commune_summary
from coopdesk.services.funding import FundingSourceData, create_funding_source
from coopdesk.services.money_input import format_amount_for_input, parse_amount
from coopdesk.services.projects import ProjectData, create_project
from coopdesk.services.transactions import TransactionData, create_transaction
from coopdesk.store.db import make_session_factory
from coopdesk.store.lifecycle import create_database, open_database

CURRENCIES = ["EUR", "XOF", "XAF", "BRL", "USD", "JPY", "TND", "KMF", "XPF"]
rates = st.decimals(min_value=Decimal("0.0001"), max_value=Decimal("100000"), places=4)
minors = st.integers(min_value=-(10**13), max_value=10**13)


def _exact_cents(minor: int, currency: str, rate: Decimal | None) -> Fraction:
    per_eur = EUR_PARITIES.get(currency, rate) if currency != "EUR" else Decimal(1)
    assert per_eur is not None
    return Fraction(minor) / 10 ** minor_exponent(currency) * 100 / Fraction(per_eur)


@given(minors, st.sampled_from(CURRENCIES), rates)
def test_conversion_is_half_even_once(minor, currency, rate):
    cents = eur_cents(minor, currency, rate)
    assert type(cents) is int
    assert cents == Money(minor, currency).to_eur(rate).minor
    exact = _exact_cents(minor, currency, rate)
    assert abs(cents - exact) <= Fraction(1, 2)
    if abs(cents - exact) == Fraction(1, 2):
        assert cents % 2 == 0


@given(st.integers(min_value=-(10**12), max_value=10**12), st.integers(1, 10**12))
def test_integer_half_even(n, d):
    assert divide_half_even(n, d) == round(Fraction(n, d))  # round() on Fraction is half-even


@given(st.integers(min_value=0, max_value=10**11))
def test_eur_to_xof_and_back_is_exact(cents):
    """A franc is 0.15 cent: euros converted to whole francs come back to the same cents."""
    for currency in ("XOF", "XAF"):
        francs = Money(cents, "EUR").amount * EUR_PARITIES[currency]
        back = eur_cents(Money.from_decimal(francs, currency).minor, currency)
        assert back == cents


@given(st.lists(st.tuples(minors, st.sampled_from(CURRENCIES), rates), max_size=30))
def test_converting_each_part_then_adding_is_exact(parts):
    total = sum(eur_cents(m, c, r) or 0 for m, c, r in parts)
    assert type(total) is int
    assert abs(total - sum(_exact_cents(m, c, r) for m, c, r in parts)) <= Fraction(len(parts), 2)


@given(
    st.integers(min_value=-(10**15) + 1, max_value=10**15 - 1),  # 15 digits at most
    st.sampled_from(["EUR", "XOF", "TND", "JPY", "BRL"]),
    st.sampled_from(["fr", "en", "de", "es", "pt", "pl", "ar"]),
)
def test_parse_of_format_is_identity(minor, currency, language):
    money = Money(minor, currency)
    text = format_amount_for_input(money, language)
    assert parse_amount(text, currency, language, allow_negative=True) == money


@given(
    st.decimals(min_value=0, max_value=Decimal("999999999.99"), places=2),
    st.sampled_from(["fr", "en"]),
)
def test_plain_typed_amounts(value, language):
    """What users type without grouping: "1234,5" in French, "1234.5" in both."""
    plain = format(value, "f")
    typed = plain.replace(".", ",") if language == "fr" else plain
    assert parse_amount(typed, "EUR", language) == Money.from_decimal(value, "EUR")
    assert parse_amount(plain, "EUR", language) == Money.from_decimal(value, "EUR")


# --- sums of parts in the database --------------------------------------------------------


@pytest.fixture(scope="module")
def factory(tmp_path_factory):
    path = tmp_path_factory.mktemp("budget") / "props.coopdb"
    create_database(path)
    result = open_database(path)
    yield make_session_factory(result.engine, user="tester")
    result.engine.dispose()


transactions = st.lists(
    st.tuples(
        st.sampled_from(["expense", "commitment", "income"]),
        st.integers(0, 2),  # project
        st.integers(0, 4),  # line (4: none)
        st.integers(2024, 2026),  # year of the date when there is no line
        st.integers(1, 10**8),
        st.sampled_from(["EUR", "EUR", "XOF", "BRL", "JPY"]),
        st.decimals(min_value=Decimal(1), max_value=Decimal("100000"), places=4),
    ),
    max_size=25,
)
sources = st.lists(
    st.tuples(
        st.integers(0, 2),
        st.integers(2024, 2026),
        st.sampled_from(["own_budget", "eu", "region", "in_kind"]),
        st.integers(0, 10**9),
        st.integers(0, 10**9),
        st.sampled_from(["EUR", "XOF"]),
    ),
    max_size=8,
)


def _floats(value: Any, path: str = "") -> list[str]:
    if isinstance(value, float):
        return [path]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [
            p
            for f in dataclasses.fields(value)
            for p in _floats(getattr(value, f.name), f"{path}.{f.name}")
        ]
    if isinstance(value, tuple | list):
        return [p for n, v in enumerate(value) for p in _floats(v, f"{path}[{n}]")]
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _floats(v, f"{path}[{k}]")]
    return []


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(transactions, sources)
def test_sums_of_parts_equal_totals(factory, txs, srcs):
    session = factory()
    try:
        _check_sums(session, txs, srcs)
    finally:
        session.rollback()
        session.close()


def _check_sums(session, txs, srcs):
    projects = [
        create_project(
            session,
            ProjectData(
                code=f"P{n}",
                title={"fr": "P"},
                planned_start=dt.date(2024, 1, 1),
                planned_end=dt.date(2026, 12, 31),
            ),
        )
        for n in range(3)
    ]
    lines = {
        (n, k): create_budget_line(
            session, pid, BudgetLineData(2024 + k % 3, "travel", Money(100_000 * (k + 1), "EUR"))
        )
        for n, pid in enumerate(projects)
        for k in range(4)
    }
    source_ids = []
    expected_funding: dict[int, int] = defaultdict(int)
    for n, year, kind, committed, received, currency in srcs:
        data = FundingSourceData(year, kind, Money(committed, currency), Money(received, currency))
        source_ids.append(create_funding_source(session, projects[n], data))
        expected_funding[year] += eur_cents(committed, currency) or 0
    expected: dict[tuple[str, int], int] = defaultdict(int)
    for kind, n, k, year, amount, currency, rate in txs:
        line_id = lines.get((n, k)) if kind != "income" else None
        budget_year = 2024 + k % 3 if line_id else year
        floating = currency in ("BRL", "JPY")
        data = TransactionData(
            kind=kind,
            date=dt.date(budget_year, 3, 1),
            amount=Money(amount, currency),
            budget_line_id=line_id,
            rate_to_eur=rate if floating else None,
            rate_date=dt.date(budget_year, 3, 1) if floating else None,
        )
        create_transaction(session, projects[n], data)
        expected[(kind, budget_year)] += eur_cents(amount, currency, rate) or 0
    summary = commune_summary(session, detail=True)
    assert _floats(summary) == []
    columns = {"expense": "spent", "commitment": "committed", "income": "income"}
    for kind, column in columns.items():
        total = getattr(summary, column).minor
        assert total == sum(v for (k, _y), v in expected.items() if k == kind)
        assert total == sum(getattr(p, column).minor for p in summary.projects)
        assert total == sum(getattr(y, column).minor for y in summary.years)
        for y in summary.years:
            assert getattr(y, column).minor == expected.get((kind, y.year), 0)
        for p in summary.projects:
            assert getattr(p, column).minor == sum(getattr(y, column).minor for y in p.years)
            for y in p.years:
                if column != "income":
                    assert getattr(y, column).minor == sum(
                        getattr(ln, column).minor for ln in y.lines
                    )
    assert summary.funding_committed.minor == sum(expected_funding.values())
    for y in summary.years:
        assert y.funding_committed.minor == expected_funding.get(y.year, 0)
        assert sum(k.committed_eur.minor for k in y.kinds) == y.funding_committed.minor
    for p in summary.projects:
        for y in p.years:
            assert sum(s.committed_eur.minor for s in y.sources) == y.funding_committed.minor
            assert sum(s.received_eur.minor for s in y.sources) == y.funding_received.minor
            assert sum(k.received_eur.minor for k in y.kinds) == y.funding_received.minor
            assert y.remaining.minor == y.planned.minor - y.spent.minor
    assert sum(k.committed_eur.minor for k in summary.kinds) == summary.funding_committed.minor
