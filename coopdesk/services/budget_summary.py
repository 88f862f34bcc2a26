"""Budget summaries in euros per line, project-year, project and commune, with warnings.

Rounding rule: each transaction (and each planned line, committed or received amount) is
converted to euro cents ONCE, half to even, with its own stored rate or the fixed parity of
its currency (``budget_conversion``); every total is an exact integer sum of those cents, so
the parts (lines, years, sources, kinds, projects) always add up to their totals.

Definitions: *planned* is the sum of the budget lines; *committed* the sum of commitment
transactions (engagements); *spent* the sum of expense transactions; *remaining* is
planned − spent; the *execution rate* is spent ÷ planned (a Decimal, None when nothing is
planned). A transaction counts in the budget year of its line, else of its funding source,
else of its date; expenses and commitments without a line appear as a line "Not allocated to
a budget line" (``budget_line_id`` None). *Funding committed/received* are the sources'
amounts; *income* is the sum of income transactions. Shares of a source or a kind are its
amount ÷ the project-year's (or project's, or commune's) total of the same column.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import FundingKind
from coopdesk.i18n import active_language
from coopdesk.i18n.formatting import Formatter
from coopdesk.services import budget_warnings as bw
from coopdesk.services.budget_builder import Builder, sum_of
from coopdesk.services.budget_checks import load_project
from coopdesk.services.budget_figures import (
    CommuneBudgetSummary,
    CommuneYearSummary,
    Figures,
    KindShare,
    LineSummary,
    ProjectBudgetSummary,
    SourceSummary,
    YearSummary,
    eur,
    figures,
    merge_kinds,
)
from coopdesk.services.budget_warnings import BudgetWarning, WaterCheck
from coopdesk.store.models import Municipality

__all__ = [
    "CommuneBudgetSummary",
    "CommuneYearSummary",
    "Figures",
    "KindShare",
    "LineSummary",
    "ProjectBudgetSummary",
    "SourceSummary",
    "YearSummary",
    "BudgetWarning",
    "WaterCheck",
    "commune_summary",
    "project_summary",
]


def _formatter(fmt: Formatter | None) -> Formatter:
    return fmt if fmt is not None else Formatter(active_language())


def project_summary(
    session: Session, project_id: str, *, fmt: Formatter | None = None
) -> ProjectBudgetSummary:
    """One project's budget over all its years, lines and sources included (six queries).

    Args:
        fmt: formats the amounts in warnings; the UI language by default.

    Raises:
        NotFoundError: the project no longer exists.
    """
    load_project(session, project_id)
    builder = Builder(session, [project_id], None, _formatter(fmt))
    found = builder.project_summaries()
    return found[0] if found else builder.project_summary(project_id, ())


def commune_summary(
    session: Session,
    *,
    year: int | None = None,
    detail: bool = False,
    fmt: Formatter | None = None,
) -> CommuneBudgetSummary:
    """Every project with budget data, per year and in total, with the 1 % water check.

    Args:
        year: only this budget year (lines, sources and transactions of that year).
        detail: also build every project-year's line and source rows (``lines``,
            ``sources``); without it they are empty, the figures, kinds and warnings the same.
        fmt: formats the amounts in warnings; the UI language by default.
    """
    fmt = _formatter(fmt)
    builder = Builder(session, None, year, fmt, detail=detail)
    projects = builder.project_summaries()
    water_budget = session.scalar(select(Municipality.water_budget_minor).limit(1))
    by_year: dict[int, list[YearSummary]] = defaultdict(list)
    for p in projects:
        for y in p.years:
            by_year[y.year].append(y)
    years = []
    warnings = [w for p in projects for w in p.warnings]
    for number in sorted(by_year):
        ys = by_year[number]
        water = _water(builder, number, ys, water_budget)
        warnings.extend(bw.water_warnings(fmt, water))
        years.append(
            CommuneYearSummary(
                **figures(*(sum_of(ys, n) for n in ("planned", "committed", "spent"))),
                year=number,
                income=eur(sum_of(ys, "income")),
                funding_committed=eur(sum_of(ys, "funding_committed")),
                funding_received=eur(sum_of(ys, "funding_received")),
                project_count=len(ys),
                kinds=merge_kinds(y.kinds for y in ys),
                water=water,
            )
        )
    return CommuneBudgetSummary(
        **figures(*(sum_of(projects, n) for n in ("planned", "committed", "spent"))),
        income=eur(sum_of(projects, "income")),
        funding_committed=eur(sum_of(projects, "funding_committed")),
        funding_received=eur(sum_of(projects, "funding_received")),
        projects=tuple(projects),
        years=tuple(years),
        kinds=merge_kinds(p.kinds for p in projects),
        warnings=tuple(warnings),
    )


def _water(
    builder: Builder, year: int, summaries: list[YearSummary], water_budget: int | None
) -> WaterCheck:
    own, ids = 0, []
    for y in summaries:
        _pid, _code, _title, theme, dac = builder.projects[y.project_id]
        if not bw.is_water_project(theme, dac):
            continue
        cents = sum(k.committed_eur.minor for k in y.kinds if k.kind == FundingKind.OWN_BUDGET)
        if cents:
            own += cents
            ids.append(y.project_id)
    return bw.water_check(year, own, water_budget, tuple(ids))
