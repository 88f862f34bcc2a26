"""Reading cells typed by people: amounts, dates, periods, yes/no; injection-safe text."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.exchange.cells import (
    CellError,
    from_minor,
    to_bool,
    to_date,
    to_decimal,
    to_int_list,
    to_minor,
    to_period,
    to_text,
)
from coopdesk.exchange.safe_cells import is_dangerous, neutralise, restore_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 234,50", "1234.50"),
        ("1\u202f234,50 €", "1234.50"),
        ("1,234.50", "1234.50"),
        ("1.234,50", "1234.50"),
        ("1234.5", "1234.5"),
        ("-12", "-12"),
        ("1 234 567", "1234567"),
        ("1.234.567", "1234567"),
        ("0,5", "0.5"),
    ],
)
def test_amounts_in_french_and_english_notation(text, expected):
    assert to_decimal(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["12 34,5", "1,2,3.4.5", "abc", "1 2345", "12..5"])
def test_malformed_amounts_are_refused(text):
    with pytest.raises(CellError, match="is not a number"):
        to_decimal(text)


def test_minor_units_are_exact():
    assert to_minor("123,45", "EUR") == 12345
    assert to_minor(123.45, "EUR") == 12345  # a spreadsheet number, through its decimal text
    assert to_minor("1 500", "XOF") == 1500
    assert from_minor(12345, "EUR") == Decimal("123.45")
    assert from_minor(655957, "XOF") == Decimal("655957")
    assert to_minor("1,234.50", "EUR") == 123450
    assert to_minor("1 234,50 €", "EUR") == 123450
    with pytest.raises(CellError, match="at most 2 decimal"):
        to_minor("1,234", "EUR")  # French decimal comma: 1.234 is not a whole cent
    with pytest.raises(CellError, match="XOF have no decimals"):
        to_minor("10,5", "XOF")
    with pytest.raises(CellError, match="too many decimals for EUR"):
        to_minor(12.345, "EUR")
    with pytest.raises(CellError, match="currency code"):
        to_minor("10", "euro")


@given(st.integers(min_value=-(10**13), max_value=10**13))
def test_money_survives_a_spreadsheet_number(minor):
    as_number = float(from_minor(minor, "EUR"))
    assert to_minor(as_number, "EUR") == minor


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("03/02/2025", dt.date(2025, 2, 3)),
        ("3.2.2025", dt.date(2025, 2, 3)),
        ("2025-02-03", dt.date(2025, 2, 3)),
        ("2025-02-03T10:15:00+00:00", dt.date(2025, 2, 3)),
        (dt.datetime(2025, 2, 3, 0, 0), dt.date(2025, 2, 3)),
    ],
)
def test_dates_as_typed_in_france_or_iso(value, expected):
    assert to_date(value) == expected


@pytest.mark.parametrize("value", ["02/30/2025", "2025/02/03x", "03-02-25", 45321, "demain"])
def test_unexpected_dates_are_refused_with_the_expected_formats(value):
    with pytest.raises(CellError, match="dd/mm/yyyy or yyyy-mm-dd"):
        to_date(value)


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        ("2025-Q2", dt.date(2025, 4, 1), dt.date(2025, 6, 30)),
        ("T3 2025", dt.date(2025, 7, 1), dt.date(2025, 9, 30)),
        ("2025-S2", dt.date(2025, 7, 1), dt.date(2025, 12, 31)),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2025-01-01/2025-03-31", dt.date(2025, 1, 1), dt.date(2025, 3, 31)),
        ("15/03/2025", dt.date(2025, 3, 15), dt.date(2025, 3, 15)),
    ],
)
def test_periods(value, start, end):
    assert to_period(value) == (start, end)


def test_yes_no_and_lists():
    assert [to_bool(v) for v in ("oui", "Non", "TRUE", 1, "x", "")] == [
        True, False, True, True, True, False,
    ]  # fmt: skip
    with pytest.raises(CellError):
        to_bool("peut-être")
    assert to_int_list("6, 3; 5") == [6, 3, 5]
    assert to_text(12.0) == "12" and to_text(12.5) == "12.5"


@pytest.mark.parametrize(
    "text", ["=1+2", "+33 1 23", "-x", "@SUM(A1)", "\tTab", "\rcr", "\nlf", "'=x", "''+1"]
)
def test_formula_starts_are_quoted_and_restored(text):
    assert is_dangerous(text)
    safe = neutralise(text)
    assert safe.startswith("'") and restore_text(safe) == text


@pytest.mark.parametrize("text", ["Dakar", "'s-Hertogenbosch", "", "100 %", "a=b"])
def test_harmless_text_is_untouched(text):
    assert neutralise(text) == text and restore_text(text) == text


def test_phone_numbers_stay_readable_in_xlsx_cells():
    assert neutralise("+221 33 000 00 00", allow_phone_like=True) == "+221 33 000 00 00"
    assert neutralise('=HYPERLINK("http://x")', allow_phone_like=True).startswith("'=")
    assert neutralise("+1 (555) 010-9999", allow_phone_like=True) == "+1 (555) 010-9999"
    assert neutralise("-2+3 cmd|' /C calc'!A0", allow_phone_like=True).startswith("'")


@given(st.text())
def test_neutralise_is_reversible(text):
    assert restore_text(neutralise(text)) == text
    assert restore_text(neutralise(text, allow_phone_like=True)) == text
