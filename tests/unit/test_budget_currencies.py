from __future__ import annotations

import random
from decimal import Decimal

from sqlalchemy import BigInteger, bindparam, create_engine, select

from coopdesk.domain.money import Money
from coopdesk.services.budget_conversion import (
    divide_half_even,
    eur_cents,
    parse_rate_text,
    ratio,
    sql_half_even,
)
from coopdesk.services.currencies import (
    currencies,
    currency_choices,
    currency_name,
    fixed_rate,
    is_budget_currency,
    is_currency,
    needs_rate,
)


def test_codelist():
    codes = {c.code for c in currencies()}
    assert {"EUR", "XOF", "XAF", "BRL", "USD", "TND", "KMF"} <= codes
    assert len(codes) > 150
    assert is_currency("XOF") and not is_currency("ABC") and not is_currency("eur")
    assert is_currency("BYR")  # withdrawn, still accepted on stored records
    assert "BYR" not in {code for code, _ in currency_choices("en")}
    choices = currency_choices("fr")
    assert [code for code, _ in choices[:3]] == ["EUR", "XOF", "XAF"]
    assert choices[0][1] == "EUR – euro"
    assert currency_name("XOF", "en") == "West African CFA Franc"


def test_rates_and_parities():
    assert fixed_rate("XOF") == fixed_rate("XAF") == Decimal("655.957")
    assert fixed_rate("EUR") is None and fixed_rate("BRL") is None
    assert not needs_rate("EUR") and not needs_rate("XOF") and needs_rate("BRL")
    assert is_budget_currency("EUR") and is_budget_currency("XAF")
    assert not is_budget_currency("BRL")


def test_conversion_examples():
    # 655 957 francs are 1 000 euros exactly; 1 franc is 0.15 cent: rounds to 0.
    assert eur_cents(655_957, "XOF") == 100_000
    assert eur_cents(1, "XOF") == 0
    assert eur_cents(4, "XOF") == 1  # 0.6098 cent
    # 3 279 785 francs = 5 000 euros; the stored rate is ignored for a fixed parity.
    assert eur_cents(3_279_785, "XOF", Decimal("650")) == 500_000
    assert eur_cents(12_345, "EUR") == 12_345
    assert eur_cents(630, "BRL", Decimal("6.30")) == 100
    assert eur_cents(1_000, "BRL", None) is None
    assert eur_cents(1_000, "BRL", Decimal("0")) is None
    assert eur_cents(1_000, "BRL", Decimal("-2")) is None
    assert eur_cents(1_000, "BRL", Decimal("NaN")) is None
    # Half to even: 0.5 cent goes to 0, 1.5 cents to 2, 2.5 cents to 2.
    assert [eur_cents(n, "USD", Decimal(2)) for n in (1, 3, 5)] == [0, 2, 2]
    assert eur_cents(-3, "USD", Decimal(2)) == -2
    # Three-decimal currency: 1.000 TND at 3.4 TND for one euro is 0.2941 euro.
    assert eur_cents(1_000, "TND", Decimal("3.4")) == 29
    assert ratio("JPY", Decimal("160.5")) == (200, 321)


def test_same_as_money_to_eur():
    rng = random.Random(4)
    for _ in range(2_000):
        currency = rng.choice(["XOF", "XAF", "BRL", "JPY", "TND", "USD", "XPF", "KMF"])
        minor = rng.randint(0, 10**12)
        rate = Decimal(rng.randint(1, 10**8)).scaleb(-rng.randint(0, 6))
        expected = Money(minor, currency).to_eur(rate).minor
        assert eur_cents(minor, currency, rate) == expected


def test_sql_half_even_matches_python():
    engine = create_engine("sqlite://")
    n = bindparam("n", type_=BigInteger)
    d = bindparam("d", type_=BigInteger)
    query = select(sql_half_even(n, d))
    rng = random.Random(7)
    cases = [(5, 2), (7, 2), (-5, 2), (-7, 2), (0, 3), (655957, 655957), (327978, 655957)]
    for _ in range(500):
        d_ = rng.choice([1, 2, 4, 10, 655957, rng.randint(1, 10**9)])
        cases.append((rng.randint(-(10**15), 10**15), d_))
        cases.append((d_ * rng.randint(-999, 999) + d_ // 2, d_))
    with engine.connect() as con:
        for n_, d_ in cases:
            got = con.execute(query, {"n": n_, "d": d_}).scalar()
            assert got == divide_half_even(n_, d_), (n_, d_)
            assert type(got) is int


def test_stored_rate_text():
    assert parse_rate_text("655.957") == Decimal("655.957")
    assert parse_rate_text("") is None
    assert parse_rate_text("abc") is None
    assert parse_rate_text("Infinity") is None
