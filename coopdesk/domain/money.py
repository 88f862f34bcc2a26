"""Money as integer minor units plus an ISO 4217 code; never a float."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal

# ISO 4217 minor-unit exponents that differ from 2 (the default).
_EXPONENTS: dict[str, int] = {
    "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0,
    "PYG": 0, "RWF": 0, "UGX": 0, "UYI": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0,
    "XPF": 0,
    "BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
}

# Fixed parities to the euro (units of the currency for one euro).
EUR_PARITIES: dict[str, Decimal] = {
    "XOF": Decimal("655.957"),
    "XAF": Decimal("655.957"),
    "KMF": Decimal("491.96775"),
    "XPF": Decimal("119.331742"),
}


def minor_exponent(currency: str) -> int:
    """Number of decimals of the currency's minor unit."""
    return _EXPONENTS.get(currency.upper(), 2)


def is_currency_code(code: str) -> bool:
    """Shape check for an ISO 4217 alphabetic code (three upper-case letters)."""
    return len(code) == 3 and code.isascii() and code.isalpha() and code.isupper()


@dataclass(frozen=True, order=True)
class Money:
    """An amount in integer minor units of an ISO 4217 currency."""

    minor: int
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.minor, int) or isinstance(self.minor, bool):
            raise TypeError("Money.minor must be an int")
        if not is_currency_code(self.currency):
            raise ValueError(f"not an ISO 4217 code: {self.currency!r}")

    @classmethod
    def from_decimal(cls, amount: Decimal | str | int, currency: str) -> Money:
        """Round an exact decimal amount to the currency's minor unit (half-even, once)."""
        if isinstance(amount, float):
            raise TypeError("Money never comes from a float")
        exp = minor_exponent(currency)
        quantised = Decimal(amount).quantize(Decimal(1).scaleb(-exp), rounding=ROUND_HALF_EVEN)
        return cls(int(quantised.scaleb(exp)), currency)

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(0, currency)

    @property
    def amount(self) -> Decimal:
        """The exact amount in major units."""
        return Decimal(self.minor).scaleb(-minor_exponent(self.currency))

    def _same(self, other: Money) -> None:
        if self.currency != other.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor - other.minor, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.minor, self.currency)

    def to_eur(self, rate: Decimal | None = None) -> Money:
        """Convert to euros: fixed parity where one exists, else ``rate`` (units per euro)."""
        if self.currency == "EUR":
            return self
        parity = EUR_PARITIES.get(self.currency)
        per_eur = parity if parity is not None else rate
        if per_eur is None or per_eur <= 0:
            raise ValueError(f"no rate to EUR for {self.currency}")
        return Money.from_decimal(self.amount / per_eur, "EUR")
