"""Money is integer minor units; rounding happens once, half-even, to the currency's unit."""

from __future__ import annotations

from decimal import Decimal

import pytest

from coopdesk.domain.money import Money, minor_exponent


def test_minor_units_per_currency():
    assert minor_exponent("EUR") == 2
    assert minor_exponent("XOF") == 0
    assert minor_exponent("TND") == 3


def test_from_decimal_rounds_half_even_once():
    assert Money.from_decimal(Decimal("1.005"), "EUR").minor == 100
    assert Money.from_decimal(Decimal("1.015"), "EUR").minor == 102
    assert Money.from_decimal("1234567.5", "XOF").minor == 1234568


def test_floats_are_refused():
    with pytest.raises(TypeError):
        Money.from_decimal(1.5, "EUR")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money(1.5, "EUR")  # type: ignore[arg-type]


def test_xof_uses_the_fixed_parity():
    assert Money(655_957, "XOF").to_eur() == Money(100_000, "EUR")
    assert Money(1_000_000, "XOF").to_eur() == Money(152_449, "EUR")


def test_other_currencies_need_a_rate():
    with pytest.raises(ValueError):
        Money(1000, "BRL").to_eur()
    assert Money(61_234, "BRL").to_eur(Decimal("6.1234")) == Money(10_000, "EUR")


def test_arithmetic_refuses_mixed_currencies():
    assert Money(100, "EUR") + Money(250, "EUR") == Money(350, "EUR")
    with pytest.raises(ValueError):
        Money(100, "EUR") + Money(100, "XOF")
    with pytest.raises(ValueError):
        Money(1, "eur")
