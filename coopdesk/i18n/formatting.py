"""Locale-correct numbers, money and dates through babel."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent

from coopdesk.domain.money import Money

# Babel locale used for each UI / report language.
LOCALES: dict[str, str] = {
    "fr": "fr_FR", "en": "en_GB", "de": "de_DE", "es": "es_ES", "it": "it_IT",
    "pt": "pt_BR", "pl": "pl_PL", "ro": "ro_RO", "ar": "ar", "wo": "wo_SN",
}


def babel_locale(language: str) -> str:
    return LOCALES.get(language, language.replace("-", "_"))


@lru_cache(maxsize=16)
def _parsed(locale: str) -> Locale:
    """The babel Locale of ``locale``, parsed once (babel parses a string at every call:
    40 % of a long list's money texts)."""
    return Locale.parse(locale)


@dataclass(frozen=True)
class Formatter:
    """Formats values for one language; services and reports receive one."""

    language: str = "fr"

    @property
    def locale(self) -> str:
        return babel_locale(self.language)

    def money(self, value: Money) -> str:
        return format_currency(value.amount, value.currency, locale=_parsed(self.locale))

    def decimal(self, value: Decimal | int) -> str:
        return format_decimal(value, locale=_parsed(self.locale))

    def percent(self, value: Decimal) -> str:
        pattern = _parsed(self.locale).percent_formats[None].pattern
        one_decimal = pattern.replace("0", "0.#", 1)
        return format_percent(value, locale=_parsed(self.locale), format=one_decimal)

    def date(self, value: dt.date | None, fmt: str = "medium") -> str:
        return "" if value is None else format_date(value, format=fmt, locale=_parsed(self.locale))

    def short_date(self, value: dt.date | None) -> str:
        return self.date(value, "short")
