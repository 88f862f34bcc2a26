from __future__ import annotations

from decimal import Decimal

import pytest

from coopdesk.domain.money import Money
from coopdesk.i18n import set_language
from coopdesk.services.errors import ValidationError
from coopdesk.services.money_input import (
    amount_example,
    format_amount_for_input,
    format_basis_points_for_input,
    format_rate_for_input,
    parse_amount,
    parse_basis_points,
    parse_rate,
)

NNBSP = "\u202f"


def _eur(minor: int) -> Money:
    return Money(minor, "EUR")


@pytest.mark.parametrize(
    "text",
    [
        "1 234,50",
        "1\u00a0234,50",
        f"1{NNBSP}234,50",
        "1234,5",
        "1234.5",
        "1234,50",
        " 1 234,50 ",
        "1 234.50",
        "1 234,50 €",
        "1234,50 EUR",
        "EUR 1234,50",
    ],
)
def test_french_amounts(text):
    assert parse_amount(text, "EUR", "fr") == _eur(123450)


@pytest.mark.parametrize(
    "text", ["1,234.50", "1234.5", "1234.50", "1,234.5", "€1,234.50", "1 234.50", "1234.50 EUR"]
)
def test_english_amounts(text):
    assert parse_amount(text, "EUR", "en") == _eur(123450)


@pytest.mark.parametrize("text", ["1.234,50", "1234,5", "1 234,50"])
def test_german_amounts(text):
    assert parse_amount(text, "EUR", "de") == _eur(123450)


@pytest.mark.parametrize(
    "text,minor",
    [
        ("1234", 123400),
        ("0", 0),
        ("0,5", 50),
        ("12,", 1200),
        (",5", 50),
        ("1 000 000", 100_000_000),
    ],
)
def test_french_edge_amounts(text, minor):
    assert parse_amount(text, "EUR", "fr") == _eur(minor)


@pytest.mark.parametrize(
    "text",
    [
        "12,34,5",
        "abc",
        "1.2.3",
        "1.234,50",
        "1,234.50",
        "12 34",
        "1e5",
        "NaN",
        "Infinity",
        "--5",
        "5-",
        "1 234,5 6",
        "1,2,3",
        "12 $",
        "0x10",
        "1_000",
    ],
)
def test_french_refusals_name_the_format(text):
    with pytest.raises(ValidationError) as info:
        parse_amount(text, "EUR", "fr")
    assert info.value.errors[0].field == "amount"
    assert info.value.message == f"Enter an amount such as 1{NNBSP}234,50."


@pytest.mark.parametrize(
    "text", ["1,5", "12,34,5", "1.234,50", "1 234,50", "1.2.3", "abc", "1234,5", "12,"]
)
def test_english_refusals_name_the_format(text):
    with pytest.raises(ValidationError) as info:
        parse_amount(text, "EUR", "en")
    assert info.value.message == "Enter an amount such as 1,234.50."


def test_german_refuses_a_decimal_point():
    with pytest.raises(ValidationError) as info:
        parse_amount("1234.5", "EUR", "de")
    assert info.value.message == "Enter an amount such as 1.234,50."


def test_decimals_are_counted_as_typed():
    assert parse_amount("1 000", "XOF", "fr") == Money(1000, "XOF")
    assert parse_amount("1 000 F\u202fCFA", "XOF", "fr") == Money(1000, "XOF")
    for text in ("1.000", "1000,00", "1,5"):
        with pytest.raises(ValidationError) as info:
            parse_amount(text, "XOF", "fr")
        assert info.value.message == (
            f"Amounts in XOF have no decimals: enter for example 1{NNBSP}234."
        )
    with pytest.raises(ValidationError) as info:
        parse_amount("1,234", "EUR", "fr")  # not a thousand in French: three decimals
    # "(s)" until the English catalog has the plural forms.
    assert info.value.message in {
        "Amounts in EUR have at most 2 decimal(s).",
        "Amounts in EUR have at most 2 decimals.",
    }
    assert parse_amount("1,234", "TND", "fr") == Money(1234, "TND")
    assert parse_amount("1,234", "EUR", "en") == _eur(123400)


def test_negative_empty_and_huge():
    for text in ("-5", "\u22125", "- 5"):
        with pytest.raises(ValidationError):
            parse_amount(text, "EUR", "fr")
    with pytest.raises(ValidationError) as info:
        parse_amount("-5", "EUR", "fr")
    assert info.value.message == "The amount cannot be negative."
    assert parse_amount("-5", "EUR", "fr", allow_negative=True) == _eur(-500)
    assert parse_amount("\u22125,25", "EUR", "fr", allow_negative=True) == _eur(-525)
    with pytest.raises(ValidationError) as info:
        parse_amount("   ", "EUR", "fr", field="planned")
    assert info.value.for_field("planned") == "Enter an amount."
    with pytest.raises(ValidationError) as info:
        parse_amount(" € ", "EUR", "fr")
    assert info.value.message == "Enter an amount."
    with pytest.raises(ValidationError) as info:
        parse_amount("1" * 16, "EUR", "fr")
    assert info.value.message == "This amount is too large."


def test_result_is_exact_and_never_a_float():
    money = parse_amount("0,10", "EUR", "fr")
    assert money == _eur(10)
    assert type(money.minor) is int
    assert isinstance(money.amount, Decimal)


def test_format_for_input():
    assert format_amount_for_input(_eur(123450), "fr") == f"1{NNBSP}234,50"
    assert format_amount_for_input(_eur(123450), "en") == "1,234.50"
    assert format_amount_for_input(_eur(123450), "de") == "1.234,50"
    assert format_amount_for_input(Money(1234567, "XOF"), "fr") == f"1{NNBSP}234{NNBSP}567"
    assert format_amount_for_input(Money(1234, "TND"), "en") == "1.234"
    assert format_amount_for_input(_eur(-5), "fr") == "-0,05"
    assert format_amount_for_input(_eur(0), "en") == "0.00"
    assert amount_example("XOF", "en") == "1,234"


def test_messages_are_translated():
    set_language("fr")
    with pytest.raises(ValidationError) as info:
        parse_amount("abc", "EUR", "fr")
    assert "1\u202f234,50" in info.value.message


def test_rates():
    assert parse_rate("655,957", "fr") == Decimal("655.957")
    assert parse_rate("6.3012", "fr") == Decimal("6.3012")
    assert parse_rate("6.3012", "en") == Decimal("6.3012")
    assert parse_rate("  ", "fr") is None
    assert format_rate_for_input(Decimal("655.957"), "fr") == "655,957"
    assert format_rate_for_input(Decimal("6.30"), "en") == "6.3"
    assert format_rate_for_input(Decimal("10"), "en") == "10"
    assert format_rate_for_input(None, "fr") == ""
    for text, message in [
        ("0", "The rate must be greater than zero."),
        ("-1", "The rate must be greater than zero."),
        ("abc", "Enter a rate such as 6,5432."),
        ("0,00000000001", "A rate has at most 10 decimal"),
    ]:
        with pytest.raises(ValidationError) as info:
            parse_rate(text, "fr")
        assert (info.value.for_field("rate_to_eur") or "").startswith(message)


def test_caps_in_basis_points():
    assert parse_basis_points("70", "fr") == 7000
    assert parse_basis_points("70,5 %", "fr") == 7050
    assert parse_basis_points("12.25%", "en") == 1225
    assert parse_basis_points("", "fr") is None
    assert format_basis_points_for_input(7000, "fr") == "70"
    assert format_basis_points_for_input(7050, "fr") == "70,5"
    assert format_basis_points_for_input(1225, "en") == "12.25"
    assert format_basis_points_for_input(None, "en") == ""
    for text in ("0", "100,5", "abc", "12,345", "-5"):
        with pytest.raises(ValidationError) as info:
            parse_basis_points(text, "fr")
        assert info.value.for_field("cap_basis_points") == (
            "Enter a percentage between 0,01 and 100."
        )
