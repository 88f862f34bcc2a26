"""The annual report to the municipal council: the year's cooperation in one document."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from decimal import Decimal

from coopdesk.i18n import QT_TRANSLATE_NOOP, Catalog
from coopdesk.i18n.formatting import Formatter
from coopdesk.reports import charts, plurals, sections
from coopdesk.reports import indicators as ind
from coopdesk.reports import labels as lb
from coopdesk.reports.blocks import (
    Block,
    Cell,
    Chart,
    Column,
    Cover,
    Document,
    Facts,
    Heading,
    Multi,
    NewPage,
    Para,
    Table,
    country,
    day,
    lab,
    money,
    num,
    pct,
    titled,
    tr,
)
from coopdesk.reports.data import MAX_LISTED_EXCHANGES, AnnualData
from coopdesk.reports.options import SIDE_BY_SIDE
from coopdesk.reports.outlook import outlook_blocks
from coopdesk.reports.pdf import Output, build

# Projects whose indicators get progress charts (the table lists them all).
MAX_CHARTED_PROJECTS = 12


def annual_document(data: AnnualData) -> Document:
    year = data.header.year
    issued = data.header.issued_on
    cover = Cover(
        title=lambda lang: lang.tr(QT_TRANSLATE_NOOP(
            "Reports", "Decentralised cooperation and town twinning")),
        subtitle=lambda lang: lang.tr(QT_TRANSLATE_NOOP(
            "Reports", "Annual report to the municipal council — {year}")).format(year=year),
        note=lambda lang: lang.tr(QT_TRANSLATE_NOOP("Reports", "Issued on {date}")).format(
            date=lang.fmt.date(issued, "long")),
    )
    body: list[Block] = [Heading(tr(QT_TRANSLATE_NOOP("Reports", "The year at a glance")))]
    if data.empty:
        body.append(Para(lambda lang: lang.tr(QT_TRANSLATE_NOOP(
            "Reports", "Nothing was recorded for {year}: no partnership in force, no project, "
            "no exchange and no budget.")).format(year=year)))
    else:
        body += summary_blocks(data)
        body += [NewPage(), *partnership_blocks(data), NewPage(), *project_blocks(data),
                 NewPage(), *exchange_blocks(data), NewPage(), *budget_blocks(data),
                 NewPage(), *indicator_blocks(data)]
    body += [NewPage(), *outlook_blocks(data)]
    return Document(
        cover=cover,
        short_title=lambda lang: lang.tr(QT_TRANSLATE_NOOP(
            "Reports", "Annual report {year}")).format(year=year),
        subject=lambda lang: lang.tr(QT_TRANSLATE_NOOP(
            "Reports", "Decentralised cooperation and town twinning — {year}")).format(year=year),
        body=tuple(body),
        contents=not data.empty,
        keywords=("CoopDesk", str(year)),
    )


def summary_blocks(data: AnnualData) -> list[Block]:
    budget = data.budget
    own = sum(k.committed_eur.minor for k in budget.kinds if k.kind == "own_budget")
    total = budget.funding_committed.minor
    share = Decimal(total - own) / Decimal(total) if total else None
    return [
        Para(lambda lang: lang.tr(QT_TRANSLATE_NOOP(
            "Reports", "This report presents to the municipal council the partnerships, "
            "projects, exchanges and budget of the commune's international cooperation in "
            "{year}, and the outlook for the following year.")).format(year=data.header.year)),
        Facts((
            (tr(QT_TRANSLATE_NOOP("Reports", "Partnerships in force")),
             num(len(data.partnerships))),
            (tr(QT_TRANSLATE_NOOP("Reports", "Projects running")), num(len(data.projects))),
            (tr(QT_TRANSLATE_NOOP("Reports", "Exchanges held")), num(data.exchange_total)),
            (tr(QT_TRANSLATE_NOOP("Reports", "Participants")), num(data.participants.total)),
            (tr(QT_TRANSLATE_NOOP("Reports", "Planned budget")), money(budget.planned)),
            (tr(QT_TRANSLATE_NOOP("Reports", "Spent")), money(budget.spent)),
            (tr(QT_TRANSLATE_NOOP("Reports", "Execution rate (spent ÷ planned)")),
             pct(budget.execution_rate)),
            (tr(QT_TRANSLATE_NOOP("Reports", "Funding committed by funders")),
             money(budget.funding_committed)),
            (tr(QT_TRANSLATE_NOOP("Reports", "Co-financing share (other than own budget)")),
             pct(share)),
        )),
    ]


def partnership_blocks(data: AnnualData) -> list[Block]:
    rows: list[tuple[Cell, ...]] = []
    for p in data.partnerships:
        deliberation = p.deliberation_number
        rows.append((
            p.partner_name,
            country(p.partner_country),
            Multi(p.title), lab(lb.PARTNERSHIP_KIND, p.kind), day(p.signed_on),
            day(p.valid_until), lab(lb.PARTNERSHIP_STATUS, p.status), deliberation,
        ))
    return [
        Heading(tr(QT_TRANSLATE_NOOP("Reports", "Partnerships"))),
        Para(lambda lang: lang.plural(plurals.PARTNERSHIPS_IN_FORCE, len(data.partnerships))),
        Table(
            (Column(tr(QT_TRANSLATE_NOOP("Reports", "Partner")), 2.8, wrap=True),
             Column(tr(QT_TRANSLATE_NOOP("Reports", "Country")), 1.6, wrap=True),
             Column(tr(QT_TRANSLATE_NOOP("Reports", "Agreement")), 3.6, wrap=True),
             Column(tr(QT_TRANSLATE_NOOP("Reports", "Kind")), 2.2, wrap=True),
             Column(tr(QT_TRANSLATE_NOOP("Reports", "Signed on")), 1.7),
             Column(tr(QT_TRANSLATE_NOOP("Reports", "Valid until")), 1.7),
             Column(tr(QT_TRANSLATE_NOOP("Reports", "Status")), 1.4, wrap=True),
             Column(tr(QT_TRANSLATE_NOOP("Reports", "Deliberation")), 1.5, wrap=True)),
            tuple(rows), empty=tr(QT_TRANSLATE_NOOP("Reports", "No partnership in force."))),
    ]


def project_blocks(data: AnnualData) -> list[Block]:
    by_status = Counter(p.status for p in data.projects)
    rows = tuple(
        (p.code, Multi(p.titles), lab(lb.THEME, p.theme), lab(lb.ACTIVITY_STATUS, p.status),
         ", ".join(p.partner_names), ", ".join(str(n) for n in p.sdgs))
        for p in data.projects
    )
    return [
        Heading(tr(QT_TRANSLATE_NOOP("Reports", "Projects and their status"))),
        Para(lambda lang: lang.plural(plurals.PROJECTS_RUNNING, len(data.projects))),
        Facts(tuple((lab(lb.ACTIVITY_STATUS, s), num(n)) for s, n in sorted(by_status.items()))),
        Table(
            (Column(tr(QT_TRANSLATE_NOOP("Reports", "Code")), 1.9),
             Column(tr(QT_TRANSLATE_NOOP("Reports", "Project")), 5, wrap=True),
             Column(tr(QT_TRANSLATE_NOOP("Reports", "Theme")), 2.2, wrap=True),
             Column(tr(QT_TRANSLATE_NOOP("Reports", "Status")), 2, wrap=True),
             Column(tr(QT_TRANSLATE_NOOP("Reports", "Partners")), 3, wrap=True),
             Column(tr(QT_TRANSLATE_NOOP("Reports", "SDGs")), 1.2, wrap=True)),
            rows, empty=tr(QT_TRANSLATE_NOOP("Reports", "No project this year."))),
    ]


def exchange_blocks(data: AnnualData) -> list[Block]:
    kinds = data.exchange_counts
    directions = list(lb.DIRECTION)
    rows: tuple[tuple[Cell, ...], ...] = tuple(
        (lab(lb.EXCHANGE_KIND, k), *(num(kinds.get((k, d), 0)) for d in directions),
         num(sum(kinds.get((k, d), 0) for d in directions)))
        for k in lb.EXCHANGE_KIND
        if any(kinds.get((k, d)) for d in directions)
    )
    by_kind = Table(
        (Column(tr(QT_TRANSLATE_NOOP("Reports", "Kind")), 3.4, wrap=True),
         *(Column(lab(lb.DIRECTION, d), 1.5, "right", wrap=True) for d in directions),
         Column(sections.TOTAL, 1.3, "right")),
        rows,
        total=(sections.TOTAL, *(num(sum(n for (_k, dd), n in kinds.items() if dd == d))
                                 for d in directions), num(data.exchange_total)),
        empty=tr(QT_TRANSLATE_NOOP("Reports", "No exchange this year.")),
    )
    blocks: list[Block] = [
        Heading(tr(QT_TRANSLATE_NOOP("Reports", "Exchanges and participants"))),
        Para(lambda lang: lang.plural(plurals.EXCHANGES_BEGAN, data.exchange_total)),
        Heading(tr(QT_TRANSLATE_NOOP("Reports", "Exchanges by kind and direction")), 2),
        by_kind,
        Heading(tr(QT_TRANSLATE_NOOP("Reports", "Participants by sex and age group")), 2),
        *sections.participants_blocks(data.participants),
        Heading(tr(QT_TRANSLATE_NOOP("Reports", "List of exchanges")), 2),
    ]
    if data.exchange_total > MAX_LISTED_EXCHANGES:
        count = data.exchange_total
        blocks.append(Para(lambda lang: lang.plural(plurals.EXCHANGES_IN_LOG, count), "note"))
    else:
        blocks.append(sections.exchanges_table(data.exchanges))
    return blocks


def budget_blocks(data: AnnualData) -> list[Block]:
    budget = data.budget
    year = next((y for y in budget.years if y.year == data.header.year), None)
    rows = tuple(
        (p.code, Multi(p.title), money(p.planned), money(p.committed), money(p.spent),
         pct(p.execution_rate))
        for p in budget.projects
    )
    bars = [(p.code, p.planned.minor, p.committed.minor, p.spent.minor) for p in budget.projects]
    warnings = Counter(w.kind for w in budget.warnings)
    blocks: list[Block] = [
        Heading(tr(QT_TRANSLATE_NOOP("Reports", "Budget statement"))),
        Para(tr(QT_TRANSLATE_NOOP(
            "Reports", "Amounts in euros. Planned: the budget lines of the year; committed: "
            "the commitments (engagements); spent: the expenses paid.")), "note"),
        sections.figures_facts(budget, budget.funding_committed, budget.funding_received,
                               budget.income),
        Heading(tr(QT_TRANSLATE_NOOP("Reports", "Budget by project")), 2),
        Table(
            (Column(sections.CODE, 1.8), Column(sections.PROJECT, 4.4, wrap=True),
             Column(sections.PLANNED, 2, "right"), Column(sections.COMMITTED, 2, "right"),
             Column(sections.SPENT, 2, "right"), Column(sections.RATE, 1.3, "right")),
            rows,
            total=(sections.TOTAL, "", money(budget.planned), money(budget.committed),
                   money(budget.spent), pct(budget.execution_rate)) if rows else None,
            empty=tr(QT_TRANSLATE_NOOP("Reports", "No budget for this year."))),
    ]
    if bars:
        blocks.append(Chart(lambda langs, width: charts.budget_bars(bars, langs, width)))
    blocks += [
        Heading(tr(QT_TRANSLATE_NOOP("Reports", "Funding sources and shares")), 2),
        *sections.kinds_blocks(budget.kinds),
    ]
    if year is not None:
        blocks.append(sections.water_paragraph(year.water))
    blocks += [
        Heading(tr(QT_TRANSLATE_NOOP("Reports", "Points of attention")), 2),
        sections.warnings_table(dict(warnings)),
    ]
    return blocks


def indicator_blocks(data: AnnualData) -> list[Block]:
    rows = ind.rows_of(data.indicators)
    blocks: list[Block] = [
        Heading(tr(QT_TRANSLATE_NOOP("Reports", "Indicators"))),
        Para(lambda lang: lang.tr(QT_TRANSLATE_NOOP(
            "Reports", "Status of the indicators of the year's projects on {date}.")).format(
                date=lang.fmt.date(data.header.as_of, "long"))),
        ind.rule_paragraph(),
    ]
    if data.indicators:
        blocks.append(ind.status_chart([i.progress for i in data.indicators]))
    blocks.append(ind.indicators_table(rows))
    charted = 0
    for project in data.projects:
        items = [(i.code, i.names, i.progress) for i in data.indicators
                 if i.project_id == project.id and i.progress.progress is not None]
        if not items or charted >= MAX_CHARTED_PROJECTS:
            continue
        charted += 1
        blocks += [Heading(titled(project.code, project.titles), 2),
                   *ind.progress_charts(items)]
    return blocks


def build_annual(
    data: AnnualData,
    catalogs: Sequence[Catalog],
    fmts: Sequence[Formatter],
    out: Output,
    *,
    layout: str = SIDE_BY_SIDE,
) -> None:
    """Write the annual report of ``data`` as a PDF in the languages of ``catalogs``.

    Args:
        data: from :func:`coopdesk.reports.data.annual_data`.
        catalogs: one reports catalog per language (one or two), in order.
        fmts: the formatter of each language.
        out: a path or a binary file.
        layout: "side-by-side" (two columns) or "sequential" (one language after the other).
    """
    build(annual_document(data), data.header, catalogs, fmts, out, layout)
