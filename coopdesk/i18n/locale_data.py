"""Country and language names for pickers, in the UI language (from babel's CLDR data)."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale, UnknownLocaleError

from coopdesk.i18n.formatting import babel_locale


@lru_cache(maxsize=8)  # parsing a locale costs 20 µs: lists name thousands of countries
def _locale(language: str) -> Locale:
    try:
        return Locale.parse(babel_locale(language))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


@lru_cache(maxsize=8)
def countries(language: str) -> tuple[tuple[str, str], ...]:
    """(ISO 3166-1 alpha-2 code, name) pairs sorted by name."""
    names = _locale(language).territories
    pairs = [(code, name) for code, name in names.items() if len(code) == 2 and code.isalpha()]
    pairs = [p for p in pairs if p[0] not in {"ZZ", "QO", "EU", "EZ", "UN", "XA", "XB"}]
    return tuple(sorted(pairs, key=lambda p: p[1].casefold()))


@lru_cache(maxsize=8)
def languages(language: str) -> tuple[tuple[str, str], ...]:
    """(BCP 47 primary language code, name) pairs sorted by name."""
    names = _locale(language).languages
    pairs = [(c, name) for c, name in names.items() if "_" not in c and len(c) in (2, 3)]
    return tuple(sorted(pairs, key=lambda p: p[1].casefold()))


def country_name(code: str, language: str) -> str:
    return _locale(language).territories.get(code, code)


def language_name(code: str, language: str) -> str:
    return _locale(language).languages.get(code, code)


def is_country(code: str) -> bool:
    return code in dict(countries("en"))


def is_language(code: str) -> bool:
    return code in dict(languages("en"))
