"""Amounts, rates and percentages typed by the user, parsed and formatted per UI language.

The text is read with babel's strict parser in the locale of the UI language, after three
tolerant steps that never make a number ambiguous:

* any space (normal, no-break U+00A0, narrow no-break U+202F, thin) counts as the locale's
  group separator: a space is never a decimal mark ("1 234,50" in French, "1 234.50" in English);
* where neither the decimal mark nor the group separator is ".", a single "." is read as the
  decimal mark (the numeric keypad of a French keyboard types "."): "1234.5" in French;
* the currency's code or symbol may surround an amount ("1 234,50 €").

Everything else the locale does not allow is refused with a message showing the expected
format ("Enter an amount such as 1 234,50."): "12,34,5", "1.2.3" in French, "1,5" in English,
"1e5", "NaN". The decimals typed are counted as typed: "1.000" is refused for the franc CFA
(no decimals) rather than read as 1 franc.
"""

from __future__ import annotations

import unicodedata
from decimal import ROUND_DOWN, Decimal

from babel.numbers import (
    NumberFormatError,
    format_decimal,
    get_currency_symbol,
    get_decimal_symbol,
    get_group_symbol,
    get_minus_sign_symbol,
    get_plus_sign_symbol,
    parse_decimal,
)

from coopdesk.domain.money import Money, minor_exponent
from coopdesk.i18n import plural, translate
from coopdesk.i18n.formatting import babel_locale
from coopdesk.services.errors import FieldError, ValidationError

_SPACES = frozenset(" \u00a0\u202f\u2009\u2007")
# Direction marks some locales put around signs (Arabic: U+200E before "-").
_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c"))
# Integer digits beyond which a typed number is refused (far above any plausible amount).
MAX_INTEGER_DIGITS = 15
RATE_MAX_DECIMALS = 10
_EXAMPLE_AMOUNT = Decimal("1234.50")
_EXAMPLE_RATE = Decimal("6.5432")


def _fail(field: str, message: str) -> ValidationError:
    return ValidationError([FieldError(field, message)])


def _symbols(language: str) -> tuple[str, str, str]:
    loc = babel_locale(language)
    return get_group_symbol(loc), get_decimal_symbol(loc), loc


def _is_digit(ch: str) -> bool:
    return unicodedata.category(ch) == "Nd"


def _normalise(text: str, language: str) -> str | None:
    """The text ready for babel's strict parser, or None when it cannot be a number."""
    group, decimal, loc = _symbols(language)
    out = []
    for ch in text.translate(_MARKS).strip():
        out.append(group if ch in _SPACES else ch)
    s = "".join(out)
    if decimal != "." and group != "." and decimal not in s and s.count(".") == 1:
        s = s.replace(".", decimal)
    signs = {"-", "+", "\u2212", get_minus_sign_symbol(loc), get_plus_sign_symbol(loc)}
    signs = {sign.translate(_MARKS) for sign in signs} - {""}
    body = s.lstrip("".join(signs))
    if not body or len(s) - len(body) > 1:
        return None
    if any(not (_is_digit(ch) or ch in (group, decimal)) for ch in body):
        return None
    if not any(_is_digit(ch) for ch in body):
        return None
    negative = len(s) > len(body) and s[0] not in ("+", get_plus_sign_symbol(loc))
    return ("-" if negative else "") + body


def _parse_number(text: str, language: str) -> Decimal | None:
    s = _normalise(text, language)
    if s is None:
        return None
    try:
        value = parse_decimal(s, locale=babel_locale(language), strict=True)
    except NumberFormatError:
        return None
    if not value.is_finite():
        return None
    return value


def _decimals(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _integer_digits(value: Decimal) -> int:
    return len(str(abs(value).to_integral_value(rounding=ROUND_DOWN)))


def _pattern(decimals: int) -> str:
    return "#,##0" + ("." + "0" * decimals if decimals else "")


def format_amount_for_input(money: Money, language: str) -> str:
    """The amount as the user would type it, without currency symbol ("1 234,50" in French).

    :func:`parse_amount` reads it back to the same Money.
    """
    exp = minor_exponent(money.currency)
    return format_decimal(money.amount, format=_pattern(exp), locale=babel_locale(language))


def amount_example(currency: str, language: str) -> str:
    """An example of the expected format: "1 234,50" (French, euro), "1,234" (English, XOF)."""
    return format_amount_for_input(Money.from_decimal(_EXAMPLE_AMOUNT, currency), language)


def _strip_currency(text: str, currency: str, language: str) -> str:
    s = text.strip()
    try:
        symbol = get_currency_symbol(currency, locale=babel_locale(language))
    except (ValueError, LookupError):
        symbol = currency
    for mark in sorted({currency, symbol}, key=len, reverse=True):
        if mark and s.endswith(mark):
            return s[: -len(mark)].strip()
        if mark and s.startswith(mark):
            return s[len(mark) :].strip()
    return s


def parse_amount(
    text: str,
    currency: str,
    language: str,
    *,
    field: str = "amount",
    allow_negative: bool = False,
) -> Money:
    """Read an amount typed in ``language``'s format as an exact Money of ``currency``.

    Raises:
        ValidationError: empty, not a number in the expected format, negative (unless
            ``allow_negative``), more decimals than the currency has, or absurdly long.
    """
    body = _strip_currency(text, currency, language)
    if not body:
        raise _fail(field, translate("Validation", "Enter an amount."))
    value = _parse_number(body, language)
    if value is None:
        message = translate("Validation", "Enter an amount such as {example}.")
        raise _fail(field, message.format(example=amount_example(currency, language)))
    if value < 0 and not allow_negative:
        raise _fail(field, translate("Validation", "The amount cannot be negative."))
    if _integer_digits(value) > MAX_INTEGER_DIGITS:
        raise _fail(field, translate("Validation", "This amount is too large."))
    exp = minor_exponent(currency)
    if _decimals(value) > exp:
        if exp == 0:
            message = translate(
                "Validation", "Amounts in {currency} have no decimals: enter for example {example}."
            )
        else:
            message = plural.translate(
                "Validation", "Amounts in {currency} have at most %n decimal(s).", None, 1
            ).count(exp)
        example = amount_example(currency, language)
        raise _fail(field, message.format(currency=currency, example=example))
    return Money.from_decimal(value, currency)


def format_rate_for_input(rate: Decimal | None, language: str) -> str:
    """A rate as typed ("655,957" in French); "" for no rate."""
    if rate is None:
        return ""
    decimals = min(_decimals(rate.normalize()), RATE_MAX_DECIMALS)
    return format_decimal(rate, format=_pattern(decimals), locale=babel_locale(language))


def parse_rate(text: str, language: str, *, field: str = "rate_to_eur") -> Decimal | None:
    """Read a rate to the euro (units of the currency for one euro); "" gives None.

    Raises:
        ValidationError: not a number in the expected format, zero or negative, or more
            than ``RATE_MAX_DECIMALS`` decimals.
    """
    if not text.strip():
        return None
    value = _parse_number(text, language)
    if value is None or _integer_digits(value) > MAX_INTEGER_DIGITS:
        message = translate("Validation", "Enter a rate such as {example}.")
        raise _fail(field, message.format(example=format_rate_for_input(_EXAMPLE_RATE, language)))
    if value <= 0:
        raise _fail(field, translate("Validation", "The rate must be greater than zero."))
    if _decimals(value) > RATE_MAX_DECIMALS:
        message = plural.translate(
            "Validation", "A rate has at most %n decimal(s).", None, 1
        ).count(RATE_MAX_DECIMALS)
        raise _fail(field, message)
    return value


def format_basis_points_for_input(basis_points: int | None, language: str) -> str:
    """A cap in basis points as a percentage typed without sign: 7000 -> "70", 7050 -> "70,5"."""
    if basis_points is None:
        return ""
    value = (Decimal(basis_points) / 100).normalize()
    return format_decimal(value, format="0.##", locale=babel_locale(language))


def parse_basis_points(text: str, language: str, *, field: str = "cap_basis_points") -> int | None:
    """Read a percentage ("70", "70,5 %") as basis points (7000, 7050); "" gives None.

    Raises:
        ValidationError: not a number, or not between 0.01 % and 100 % in steps of 0.01 %.
    """
    body = text.strip().removesuffix("%").strip()
    if not body:
        return None
    value = _parse_number(body, language)
    if value is None or _decimals(value) > 2 or not Decimal("0.01") <= value <= 100:
        message = translate("Validation", "Enter a percentage between {low} and {high}.")
        low = format_decimal(Decimal("0.01"), locale=babel_locale(language))
        raise _fail(field, message.format(low=low, high="100"))
    return int(value * 100)
