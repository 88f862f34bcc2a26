"""Numbers typed by a user, read the way the UI language writes them ("1 234,5" in French)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from babel import Locale
from babel.numbers import NumberFormatError, format_decimal, parse_decimal

from coopdesk.i18n import active_language, translate
from coopdesk.i18n.formatting import babel_locale
from coopdesk.services.validation import Checker

# What a service accepts in a number field: a value, the text typed, or nothing.
NumberInput = Decimal | int | str | None

_SPACES = (" ", "\u00a0", "\u202f", "\u2009")


def parse_number(text: str, language: str | None = None) -> Decimal:
    """The exact value of ``text`` written in ``language`` (the UI language by default).

    Grouping separators are accepted only where they belong ("1 234,5" and "1234,5" in
    French, "1,234.5" in English); a plain space works where the language groups with a
    narrow one. Exponents, NaN and infinities are refused.

    Raises:
        ValueError: ``text`` is not a number in that language.
    """
    locale = Locale.parse(babel_locale(language or active_language()))
    cleaned = text.strip()
    group = locale.number_symbols.get("latn", locale.number_symbols).get("group", ",")
    if group in _SPACES:
        for space in _SPACES:
            cleaned = cleaned.replace(space, group)
    if not cleaned or any(c.isalpha() for c in cleaned):
        raise ValueError(text)
    try:
        value = parse_decimal(cleaned, locale=locale, strict=True)
    except (NumberFormatError, InvalidOperation) as exc:
        raise ValueError(text) from exc
    if not value.is_finite():
        raise ValueError(text)
    return value


def number_example(language: str | None = None) -> str:
    """A number as ``language`` writes it, for messages: "1 234,5" in French."""
    return format_decimal(Decimal("1234.5"), locale=babel_locale(language or active_language()))


def not_a_number_message() -> str:
    message = translate("Validation", "Enter a number, for example {example}.")
    return message.format(example=number_example())


def read_number(check: Checker, field: str, value: NumberInput) -> Decimal | None:
    """``value`` as a Decimal (None when empty); text that is not a number adds an error.

    Args:
        check: the checker collecting the errors of the whole form.
        field: the field named in the error.
        value: a Decimal or int as stored, or the text typed (in the UI language).
    """
    if value is None:
        return None
    if isinstance(value, bool):
        check.add(field, not_a_number_message())
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, Decimal):
        if value.is_finite():
            return value
        check.add(field, not_a_number_message())
        return None
    if not value.strip():
        return None
    try:
        return parse_number(value)
    except ValueError:
        check.add(field, not_a_number_message())
        return None
