"""Budget warnings (overspending, caps, receipts, the 1 % water ceiling) as translated DTOs.

The "1 % eau" ceiling (Oudin-Santini law, article L1115-1-1 of the CGCT): a commune may devote
to international cooperation on water and sanitation at most 1 % of the resources of its
water and sanitation budgets. CoopDesk checks it per year as follows:

* the commune's own money for such cooperation is the sum, in euros, of the amounts committed
  by funding sources of kind "own budget" of that year (what the council votes), on projects
  about water: theme "water" or a DAC sector of the 140 category (water supply and sanitation);
  expenses are not used, since the commune's accounts do not tie each expense to one funder;
* the ceiling is 1 % of ``Municipality.water_budget_minor`` (euro cents, the same figure for
  every year: the model keeps a single water budget); the check fails when
  own × 100 > water budget, compared exactly in integers;
* without a water budget, a "water_budget_missing" warning asks for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from coopdesk.domain.money import Money
from coopdesk.i18n import plural, translate
from coopdesk.i18n.formatting import Formatter

WATER_THEME = "water"
WATER_SECTOR_CATEGORY = "140"


class WarningKind(StrEnum):
    LINE_OVERSPENT = "line_overspent"
    YEAR_OVERSPENT = "year_overspent"
    SOURCE_OVER_CAP = "source_over_cap"
    RECEIVED_OVER_COMMITTED = "received_over_committed"
    MISSING_RATE = "missing_rate"
    WATER_CEILING_EXCEEDED = "water_ceiling_exceeded"
    WATER_BUDGET_MISSING = "water_budget_missing"


@dataclass(frozen=True)
class BudgetWarning:
    """Something to look at: a ``WarningKind`` value and a translated sentence."""

    kind: str
    message: str
    year: int | None = None
    project_id: str | None = None
    budget_line_id: str | None = None
    funding_source_id: str | None = None
    # How much over the limit (euros, or the source's currency for receipts); None if n/a.
    excess: Money | None = None


@dataclass(frozen=True)
class WaterCheck:
    """The 1 % water ceiling of one year (see the module's docstring)."""

    year: int
    # The commune's own-budget commitments on water projects that year, in euros.
    own_water: Money
    # None when the commune's water budget is not entered.
    water_budget: Money | None
    ceiling: Money | None
    # ceiling − own_water (negative when exceeded); None without a water budget.
    headroom: Money | None
    exceeded: bool
    project_ids: tuple[str, ...]


def is_water_project(theme: str, dac_sector: str) -> bool:
    return theme == WATER_THEME or dac_sector.startswith(WATER_SECTOR_CATEGORY)


def _eur(cents: int) -> Money:
    return Money(cents, "EUR")


def line_overspent(
    fmt: Formatter,
    *,
    project_id: str,
    year: int,
    line_id: str,
    name: str,
    planned: int,
    spent: int,
) -> BudgetWarning | None:
    if spent <= planned:
        return None
    message = translate("Budget", "Budget line {line} of {year} is overspent by {excess}.")
    message = message.format(line=name, year=year, excess=fmt.money(_eur(spent - planned)))
    return BudgetWarning(
        WarningKind.LINE_OVERSPENT.value,
        message,
        year,
        project_id,
        budget_line_id=line_id,
        excess=_eur(spent - planned),
    )


def year_overspent(
    fmt: Formatter, *, project_id: str, code: str, year: int, planned: int, spent: int
) -> BudgetWarning | None:
    if spent <= planned:
        return None
    message = translate("Budget", "Project {project} is overspent by {excess} in {year}.")
    message = message.format(project=code, year=year, excess=fmt.money(_eur(spent - planned)))
    return BudgetWarning(
        WarningKind.YEAR_OVERSPENT.value, message, year, project_id, excess=_eur(spent - planned)
    )


def source_warnings(
    fmt: Formatter,
    *,
    project_id: str,
    year: int,
    source_id: str,
    name: str,
    currency: str,
    committed_minor: int,
    received_minor: int,
    committed_eur: int,
    basis_eur: int,
    cap: int | None,
) -> list[BudgetWarning]:
    """Received more than committed (in the source's currency); committed share of
    ``basis_eur`` above the cap."""
    out = []
    if received_minor > committed_minor:
        committed = Money(committed_minor, currency)
        excess = Money(received_minor - committed_minor, currency)
        message = translate(
            "Budget",
            "Funding {source} of {year}: {excess} received beyond the {committed} committed.",
        ).format(source=name, year=year, excess=fmt.money(excess), committed=fmt.money(committed))
        out.append(
            BudgetWarning(
                WarningKind.RECEIVED_OVER_COMMITTED.value,
                message,
                year,
                project_id,
                funding_source_id=source_id,
                excess=excess,
            )
        )
    if cap is not None and basis_eur > 0 and committed_eur * 10_000 > cap * basis_eur:
        share = Decimal(committed_eur) / Decimal(basis_eur)
        allowed = Money.from_decimal(Decimal(cap * basis_eur) / 1_000_000, "EUR")
        message = translate(
            "Budget",
            "Funding {source} of {year} covers {share} of the planned budget, above "
            "its cap of {cap}.",
        ).format(
            source=name, year=year, share=fmt.percent(share), cap=fmt.percent(Decimal(cap) / 10_000)
        )
        out.append(
            BudgetWarning(
                WarningKind.SOURCE_OVER_CAP.value,
                message,
                year,
                project_id,
                funding_source_id=source_id,
                excess=_eur(committed_eur) - allowed,
            )
        )
    return out


def missing_rate(*, project_id: str, code: str, year: int, count: int) -> BudgetWarning | None:
    if not count:
        return None
    message = (
        plural.translate(
            "Budget",
            "Project {project}, {year}: %n transaction(s) without a valid rate to the "
            "euro are left out of the totals.",
            None,
            1,
        )
        .count(count)
        .format(project=code, year=year)
    )
    return BudgetWarning(WarningKind.MISSING_RATE.value, message, year, project_id)


def water_check(
    year: int, own_cents: int, water_budget_minor: int | None, project_ids: tuple[str, ...]
) -> WaterCheck:
    if water_budget_minor is None:
        return WaterCheck(year, _eur(own_cents), None, None, None, False, project_ids)
    ceiling = Money.from_decimal(Decimal(water_budget_minor) / 10_000, "EUR")
    return WaterCheck(
        year=year,
        own_water=_eur(own_cents),
        water_budget=_eur(water_budget_minor),
        ceiling=ceiling,
        headroom=ceiling - _eur(own_cents),
        exceeded=own_cents * 100 > water_budget_minor,
        project_ids=project_ids,
    )


def water_warnings(fmt: Formatter, check: WaterCheck) -> list[BudgetWarning]:
    if check.water_budget is None:
        if not check.own_water.minor:
            return []
        message = translate(
            "Budget",
            "Enter the commune's water and sanitation budget in the settings: the 1 % "
            "ceiling of the Oudin-Santini law cannot be checked for {year}.",
        ).format(year=check.year)
        return [BudgetWarning(WarningKind.WATER_BUDGET_MISSING.value, message, check.year)]
    if not check.exceeded or check.ceiling is None:
        return []
    excess = check.own_water - check.ceiling
    message = translate(
        "Budget",
        "In {year} the commune's own funding of water projects ({amount}) is above 1 % "
        "of its water and sanitation budget ({ceiling}), the limit of the Oudin-Santini law.",
    ).format(year=check.year, amount=fmt.money(check.own_water), ceiling=fmt.money(check.ceiling))
    return [
        BudgetWarning(WarningKind.WATER_CEILING_EXCEEDED.value, message, check.year, excess=excess)
    ]
