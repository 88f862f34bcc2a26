"""ISO 4217 currencies (IATI Currency codelist), fixed euro parities and currency choices."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from babel.numbers import get_currency_name

from coopdesk.config import DATA_DIR
from coopdesk.domain.money import EUR_PARITIES, minor_exponent
from coopdesk.i18n.formatting import babel_locale

# Shown first in currency choices: the euro and the francs CFA of our partners.
COMMON_CURRENCIES: tuple[str, ...] = ("EUR", "XOF", "XAF")


@dataclass(frozen=True)
class Currency:
    """One ISO 4217 currency of ``resources/data/Currency.xml``."""

    code: str
    name_en: str
    # False for codes ISO has withdrawn (still accepted on stored records).
    active: bool

    @property
    def exponent(self) -> int:
        """Number of decimals of the minor unit (0 for XOF, 2 for EUR, 3 for TND)."""
        return minor_exponent(self.code)

    @property
    def fixed_rate(self) -> Decimal | None:
        """Units for one euro when the parity is fixed (655.957 for XOF), else None."""
        return fixed_rate(self.code)


@lru_cache(maxsize=1)
def currencies() -> tuple[Currency, ...]:
    """Every currency of the codelist by code (parsed once)."""
    root = ET.parse(DATA_DIR / "Currency.xml").getroot()
    out = []
    for item in root.iter("codelist-item"):
        code = (item.findtext("code") or "").strip()
        name = item.find("name")
        name_en = "" if name is None else (name.findtext("narrative") or "").strip()
        out.append(Currency(code, name_en, item.get("status", "active") == "active"))
    return tuple(sorted(out, key=lambda c: c.code))


@lru_cache(maxsize=1)
def _by_code() -> dict[str, Currency]:
    return {c.code: c for c in currencies()}


def currency(code: str) -> Currency | None:
    return _by_code().get(code)


def is_currency(code: str) -> bool:
    """True for an ISO 4217 code of the codelist (withdrawn codes included)."""
    return code in _by_code()


def fixed_rate(code: str) -> Decimal | None:
    """The fixed parity to the euro (units for one euro), None when the rate floats.

    The euro itself has no rate: its amounts are never converted.
    """
    return EUR_PARITIES.get(code)


def needs_rate(code: str) -> bool:
    """True when a transaction in this currency needs a rate to the euro typed with it."""
    return code != "EUR" and fixed_rate(code) is None


def is_budget_currency(code: str) -> bool:
    """Budget lines and funding sources: the euro or a currency at a fixed parity."""
    return code == "EUR" or fixed_rate(code) is not None


def currency_name(code: str, language: str) -> str:
    """The currency's name in ``language`` (babel), else the codelist's English name."""
    try:
        name = get_currency_name(code, locale=babel_locale(language))
    except (ValueError, LookupError):
        name = ""
    if name and name != code:
        return name
    found = currency(code)
    return found.name_en if found and found.name_en else code


def currency_choices(language: str) -> list[tuple[str, str]]:
    """(code, "EUR – euro") pairs: the common currencies first, then active ones by code."""
    common = [c for c in COMMON_CURRENCIES if is_currency(c)]
    rest = [c.code for c in currencies() if c.active and c.code not in COMMON_CURRENCIES]
    return [(code, f"{code} – {currency_name(code, language)}") for code in [*common, *rest]]
