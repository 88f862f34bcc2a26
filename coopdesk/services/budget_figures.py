"""Budget summary DTOs: frozen rows with euro amounts and precomputed totals and shares.

Qt table models and reportlab reports use them directly: every amount is a Money in euros
(``planned_original``, ``committed`` and ``received`` of a source keep their own currency),
rates and shares are Decimals (None when the divisor is zero), never floats.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from coopdesk.domain.enums import FundingKind
from coopdesk.domain.money import Money
from coopdesk.services.budget_warnings import BudgetWarning, WaterCheck

_KIND_ORDER = {k.value: n for n, k in enumerate(FundingKind)}


def eur(cents: int) -> Money:
    """Euro cents as Money, built without Money's checks (a summary makes 10⁵ of them).

    Only for integers computed here: ``type(cents) is int`` is still enforced.
    """
    if type(cents) is not int:
        raise TypeError("Money.minor must be an int")
    money = object.__new__(Money)
    object.__setattr__(money, "minor", cents)
    object.__setattr__(money, "currency", "EUR")
    return money


def ratio(part: int, whole: int) -> Decimal | None:
    return Decimal(part) / Decimal(whole) if whole else None


@dataclass(frozen=True)
class Figures:
    """Planned, committed and spent in euros, with the remaining amount and execution rate."""

    planned: Money
    committed: Money
    spent: Money
    remaining: Money
    execution_rate: Decimal | None


def figures(planned: int, committed: int, spent: int) -> dict[str, Any]:
    return {
        "planned": eur(planned),
        "committed": eur(committed),
        "spent": eur(spent),
        "remaining": eur(planned - spent),
        "execution_rate": ratio(spent, planned),
    }


@dataclass(frozen=True)
class LineSummary(Figures):
    """One budget line of a project-year (or its expenses not allocated to a line)."""

    budget_line_id: str | None
    project_id: str
    year: int
    category: str
    label: str
    # The line's planned amount in its own currency (euros for the unallocated line).
    planned_original: Money
    transaction_count: int


@dataclass(frozen=True)
class SourceSummary:
    """One funding source with its amounts in euros and its shares."""

    funding_source_id: str
    project_id: str
    year: int
    kind: str
    name: str
    organisation_id: str | None
    committed: Money
    received: Money
    committed_eur: Money
    received_eur: Money
    # Income transactions booked against the source, in euros.
    income_eur: Money
    committed_share: Decimal | None
    received_share: Decimal | None
    # Committed ÷ the year's planned budget (÷ total committed when nothing is planned).
    budget_share: Decimal | None
    cap_basis_points: int | None
    committed_on: dt.date | None
    received_on: dt.date | None


@dataclass(frozen=True)
class KindShare:
    """The funding of one FundingKind, summed over sources, with its shares."""

    kind: str
    committed_eur: Money
    received_eur: Money
    committed_share: Decimal | None
    received_share: Decimal | None
    source_count: int


@dataclass(frozen=True)
class YearSummary(Figures):
    """One project in one budget year."""

    project_id: str
    project_code: str
    year: int
    income: Money
    funding_committed: Money
    funding_received: Money
    # Transactions left out of the totals: a floating currency without a valid rate.
    unconverted_count: int
    # Budget lines (then the unallocated line) and sources; empty in a commune summary
    # built without ``detail``.
    lines: tuple[LineSummary, ...]
    sources: tuple[SourceSummary, ...]
    kinds: tuple[KindShare, ...]
    warnings: tuple[BudgetWarning, ...]


@dataclass(frozen=True)
class ProjectBudgetSummary(Figures):
    """One project over all its budget years."""

    project_id: str
    code: str
    title: dict[str, str]
    theme: str
    income: Money
    funding_committed: Money
    funding_received: Money
    unconverted_count: int
    years: tuple[YearSummary, ...]
    kinds: tuple[KindShare, ...]
    warnings: tuple[BudgetWarning, ...]


@dataclass(frozen=True)
class CommuneYearSummary(Figures):
    """All projects in one budget year."""

    year: int
    income: Money
    funding_committed: Money
    funding_received: Money
    project_count: int
    kinds: tuple[KindShare, ...]
    water: WaterCheck


@dataclass(frozen=True)
class CommuneBudgetSummary(Figures):
    """The whole commune: every project with budget data, per year and in total."""

    income: Money
    funding_committed: Money
    funding_received: Money
    projects: tuple[ProjectBudgetSummary, ...]
    years: tuple[CommuneYearSummary, ...]
    kinds: tuple[KindShare, ...]
    warnings: tuple[BudgetWarning, ...]


def kind_shares(items: Iterable[tuple[str, int, int, int]]) -> tuple[KindShare, ...]:
    """(kind, committed cents, received cents, sources) summed by kind, with shares.

    Kinds come in the FundingKind order; shares are of the total of the items given.
    """
    sums: dict[str, list[int]] = {}
    committed = received = 0
    for kind, c, r, n in items:
        bucket = sums.get(kind)
        if bucket is None:
            sums[kind] = [c, r, n]
        else:
            bucket[0] += c
            bucket[1] += r
            bucket[2] += n
        committed += c
        received += r
    return tuple(
        KindShare(kind, eur(c), eur(r), ratio(c, committed), ratio(r, received), n)
        for kind, (c, r, n) in sorted(sums.items(), key=lambda kv: _KIND_ORDER.get(kv[0], 99))
    )


def merge_kinds(groups: Iterable[Iterable[KindShare]]) -> tuple[KindShare, ...]:
    """Kind shares of several years or projects added up (shares of the new total)."""
    return kind_shares(
        (k.kind, k.committed_eur.minor, k.received_eur.minor, k.source_count)
        for group in groups
        for k in group
    )
