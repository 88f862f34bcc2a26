"""The budget statement of a year: the whole commune, or one project."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from coopdesk.i18n import QT_TRANSLATE_NOOP, Catalog
from coopdesk.i18n.formatting import Formatter
from coopdesk.reports import charts, sections
from coopdesk.reports.blocks import (
    Block,
    Chart,
    Column,
    Cover,
    Document,
    Heading,
    Multi,
    Para,
    Table,
    UserText,
    money,
    pct,
    tr,
)
from coopdesk.reports.catalogs import Lang, marked
from coopdesk.reports.data import BudgetData
from coopdesk.reports.options import SIDE_BY_SIDE
from coopdesk.reports.pdf import Output, build
from coopdesk.services.budget_figures import CommuneBudgetSummary, ProjectBudgetSummary

NOTHING = QT_TRANSLATE_NOOP("Reports", "No budget was recorded for {year}.")


def budget_document(data: BudgetData) -> Document:
    year = data.header.year
    project = data.project

    def subtitle(lang: Lang) -> str:
        if project is None:
            return lang.tr(QT_TRANSLATE_NOOP("Reports", "All projects of the commune — {year}")
                           ).format(year=year)
        return f"{project.code} — {marked(project.title, lang)} — {year}"

    cover = Cover(
        title=tr(QT_TRANSLATE_NOOP("Reports", "Budget statement")),
        subtitle=subtitle,
        note=lambda lang: lang.tr(QT_TRANSLATE_NOOP("Reports", "Issued on {date}")).format(
            date=lang.fmt.date(data.header.issued_on, "long")),
    )
    body: list[Block] = [Heading(lambda lang: lang.tr(QT_TRANSLATE_NOOP(
        "Reports", "Budget statement {year}")).format(year=year))]
    if data.empty:
        body.append(Para(lambda lang: lang.tr(NOTHING).format(year=year)))
    elif project is not None:
        body += project_blocks(project, data)
    elif data.commune is not None:
        body += commune_blocks(data.commune, year)
    return Document(
        cover=cover,
        short_title=lambda lang: lang.tr(QT_TRANSLATE_NOOP(
            "Reports", "Budget statement {year}")).format(year=year),
        subject=subtitle,
        body=tuple(body),
        keywords=("CoopDesk", str(year)),
    )


def _intro() -> Para:
    return Para(tr(QT_TRANSLATE_NOOP(
        "Reports", "Amounts in euros. Planned: the budget lines of the year; committed: "
        "the commitments (engagements); spent: the expenses paid.")), "note")


def commune_blocks(budget: CommuneBudgetSummary, year: int) -> list[Block]:
    rows = tuple(
        (p.code, Multi(p.title), money(p.planned), money(p.committed), money(p.spent),
         pct(p.execution_rate))
        for p in budget.projects
    )
    bars = [(p.code, p.planned.minor, p.committed.minor, p.spent.minor) for p in budget.projects]
    blocks: list[Block] = [
        _intro(),
        sections.figures_facts(budget, budget.funding_committed, budget.funding_received,
                               budget.income),
        Heading(tr(QT_TRANSLATE_NOOP("Reports", "Budget by project")), 2),
        Table(
            (Column(sections.CODE, 1.8), Column(sections.PROJECT, 4.4, wrap=True),
             Column(sections.PLANNED, 2, "right"), Column(sections.COMMITTED, 2, "right"),
             Column(sections.SPENT, 2, "right"), Column(sections.RATE, 1.3, "right")),
            rows,
            total=(sections.TOTAL, "", money(budget.planned), money(budget.committed),
                   money(budget.spent), pct(budget.execution_rate)),
        ),
        Chart(lambda langs, width: charts.budget_bars(bars, langs, width)),
        Heading(tr(QT_TRANSLATE_NOOP("Reports", "Funding sources and shares")), 2),
        *sections.kinds_blocks(budget.kinds),
    ]
    found = next((y for y in budget.years if y.year == year), None)
    if found is not None:
        blocks.append(sections.water_paragraph(found.water))
    blocks += [
        Heading(tr(QT_TRANSLATE_NOOP("Reports", "Points of attention")), 2),
        sections.warnings_table(dict(Counter(w.kind for w in budget.warnings))),
    ]
    return blocks


def project_blocks(project: ProjectBudgetSummary, data: BudgetData) -> list[Block]:
    year = next(y for y in project.years if y.year == data.header.year)
    return [
        UserText(project.title, tr(QT_TRANSLATE_NOOP("Reports", "Project")), "h3"),
        _intro(),
        sections.figures_facts(year, year.funding_committed, year.funding_received, year.income),
        Heading(tr(QT_TRANSLATE_NOOP("Reports", "Budget lines")), 2),
        sections.lines_table(year.lines),
        Heading(tr(QT_TRANSLATE_NOOP("Reports", "Funding sources and shares")), 2),
        sections.sources_table(year.sources, data.funders),
        *sections.kinds_blocks(year.kinds)[1:],
        Heading(tr(QT_TRANSLATE_NOOP("Reports", "Points of attention")), 2),
        sections.warnings_table(dict(Counter(w.kind for w in year.warnings))),
    ]


def build_budget_statement(
    data: BudgetData,
    catalogs: Sequence[Catalog],
    fmts: Sequence[Formatter],
    out: Output,
    *,
    layout: str = SIDE_BY_SIDE,
) -> None:
    """Write the budget statement of ``data`` (see ``build_annual`` for the arguments)."""
    build(budget_document(data), data.header, catalogs, fmts, out, layout)
