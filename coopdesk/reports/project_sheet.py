"""The project sheet: one project's overview, partners, budget, indicators and evaluation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from coopdesk.i18n import QT_TRANSLATE_NOOP, Catalog
from coopdesk.i18n.formatting import Formatter
from coopdesk.i18n.locale_data import country_name
from coopdesk.reports import charts, plurals, sections
from coopdesk.reports import indicators as ind
from coopdesk.reports import labels as lb
from coopdesk.reports.blocks import (
    Badges,
    Block,
    Cell,
    Chart,
    Column,
    Cover,
    Document,
    Facts,
    Heading,
    Label,
    Multi,
    NewPage,
    Para,
    Table,
    TextFn,
    UserText,
    Value,
    country,
    day,
    lab,
    money,
    pct,
    plural,
    titled,
    tr,
)
from coopdesk.reports.catalogs import Lang, marked
from coopdesk.reports.data import ProjectSheetData
from coopdesk.reports.options import SIDE_BY_SIDE
from coopdesk.reports.pdf import Output, build
from coopdesk.reports.project_parts import evaluation_blocks, risk_blocks
from coopdesk.services.codelists import sdg, sector_name


def _period(start: dt.date | None, end: dt.date | None) -> Value:
    def text(lang: Lang) -> str:
        first = lang.fmt.date(start)
        last = lang.fmt.date(end)
        return f"{first} – {last}" if first or last else "—"

    return Value(text)


def project_document(data: ProjectSheetData) -> Document:
    p = data.project
    year = data.header.year

    def title(lang: Lang) -> str:
        return f"{p.code} — {marked(p.title, lang)}"

    cover = Cover(
        title=tr(QT_TRANSLATE_NOOP("Reports", "Project sheet")),
        subtitle=title,
        note=lambda lang: lang.tr(QT_TRANSLATE_NOOP(
            "Reports", "Situation on {date}; budget year {year}")).format(
                date=lang.fmt.date(data.header.issued_on, "long"), year=year),
    )
    body: list[Block] = [
        *overview_blocks(data), NewPage(), *partner_blocks(data), NewPage(),
        *budget_blocks(data), NewPage(), *indicator_blocks(data), NewPage(),
        Heading(tr(QT_TRANSLATE_NOOP("Reports", "Exchanges"))),
        sections.exchanges_table(
            data.exchanges, empty=QT_TRANSLATE_NOOP("Reports", "No exchange for this project.")),
        *risk_blocks(data.risks), *evaluation_blocks(data.evaluations, p.lessons_learned),
    ]
    return Document(
        cover=cover,
        short_title=lambda lang: lang.tr(QT_TRANSLATE_NOOP(
            "Reports", "Project sheet {code}")).format(code=p.code),
        subject=title,
        body=tuple(body),
        keywords=("CoopDesk", p.code),
    )


def overview_blocks(data: ProjectSheetData) -> list[Block]:
    p = data.project
    goals = tuple((n, g.colour) for n in p.sdgs if (g := sdg(n)) is not None)
    place: Cell = p.location_place
    if p.location_country:
        place = Label(lambda lang: sections.list_separator(lang).join(
            x for x in (p.location_place, country_name(p.location_country, lang.code)) if x))
    facts: list[tuple[TextFn, Cell]] = [
        (tr(QT_TRANSLATE_NOOP("Reports", "Code")), p.code),
        (tr(QT_TRANSLATE_NOOP("Reports", "Status")), lab(lb.ACTIVITY_STATUS, p.status)),
        (tr(QT_TRANSLATE_NOOP("Reports", "Theme")), lab(lb.THEME, p.theme)),
        (tr(QT_TRANSLATE_NOOP("Reports", "OECD DAC sector")),
         Label(lambda lang: f"{p.dac_sector} — {sector_name(p.dac_sector, lang.code)}"
               if p.dac_sector else "—")),
        (tr(QT_TRANSLATE_NOOP("Reports", "Planned dates")), _period(p.planned_start,
                                                                     p.planned_end)),
        (tr(QT_TRANSLATE_NOOP("Reports", "Actual dates")), _period(p.actual_start, p.actual_end)),
        (tr(QT_TRANSLATE_NOOP("Reports", "Location")), place or "—"),
    ]
    blocks: list[Block] = [
        Heading(tr(QT_TRANSLATE_NOOP("Reports", "Overview"))),
        UserText(p.title, tr(QT_TRANSLATE_NOOP("Reports", "Title")), "h3"),
        UserText(p.summary, tr(QT_TRANSLATE_NOOP("Reports", "Summary"))),
        UserText(p.objectives, tr(QT_TRANSLATE_NOOP("Reports", "Objectives"))),
        Facts(tuple(facts)),
    ]
    if goals:
        blocks += [
            Para(tr(QT_TRANSLATE_NOOP("Reports", "Sustainable Development Goals")), "h3"),
            Badges(goals),
            Para(lambda lang: "  ·  ".join(f"{n} {lb.label(lang, lb.SDG, n)}" for n, _c in goals),
                 "small"),
        ]
    return blocks


def partner_blocks(data: ProjectSheetData) -> list[Block]:
    orgs = tuple(
        (o.name, country(o.country), lab(lb.ORGANISATION_KIND, o.kind), _roles(o.roles))
        for o in data.organisations
    )
    links = tuple(
        (s.partner_name, Multi(s.title), lab(lb.PARTNERSHIP_KIND, s.kind),
         lab(lb.PARTNERSHIP_STATUS, s.status), day(s.signed_on))
        for s in data.partnerships
    )
    return [
        Heading(tr(QT_TRANSLATE_NOOP("Reports", "Partners and roles"))),
        Table(
            (Column(tr(QT_TRANSLATE_NOOP("Reports", "Organisation")), 4, wrap=True),
             Column(tr(QT_TRANSLATE_NOOP("Reports", "Country")), 1.8, wrap=True),
             Column(tr(QT_TRANSLATE_NOOP("Reports", "Kind")), 2.2, wrap=True),
             Column(tr(QT_TRANSLATE_NOOP("Reports", "Roles")), 3, wrap=True)),
            orgs, empty=tr(QT_TRANSLATE_NOOP("Reports", "No participating organisation."))),
        Heading(tr(QT_TRANSLATE_NOOP("Reports", "Partnerships")), 2),
        Table(
            (Column(tr(QT_TRANSLATE_NOOP("Reports", "Partner")), 3, wrap=True),
             Column(tr(QT_TRANSLATE_NOOP("Reports", "Agreement")), 4, wrap=True),
             Column(tr(QT_TRANSLATE_NOOP("Reports", "Kind")), 2.2, wrap=True),
             Column(tr(QT_TRANSLATE_NOOP("Reports", "Status")), 1.5, wrap=True),
             Column(tr(QT_TRANSLATE_NOOP("Reports", "Signed on")), 1.8)),
            links, empty=tr(QT_TRANSLATE_NOOP("Reports", "Not linked to a partnership."))),
    ]


def _roles(roles: tuple[int, ...]) -> Label:
    return Label(lambda lang: sections.list_separator(lang).join(
        lb.label(lang, lb.ORGANISATION_ROLE, r) for r in roles))


def budget_blocks(data: ProjectSheetData) -> list[Block]:
    budget = data.budget
    year = next((y for y in budget.years if y.year == data.header.year), None)
    rows = tuple(
        (str(y.year), money(y.planned), money(y.committed), money(y.spent), pct(y.execution_rate),
         money(y.funding_committed), money(y.funding_received))
        for y in budget.years
    )
    blocks: list[Block] = [
        Heading(tr(QT_TRANSLATE_NOOP("Reports", "Budget"))),
        Para(tr(QT_TRANSLATE_NOOP("Reports", "All years of the project, in euros.")), "note"),
        sections.figures_facts(budget, budget.funding_committed, budget.funding_received,
                               budget.income),
        Table(
            (Column(tr(QT_TRANSLATE_NOOP("Reports", "Year")), 1),
             Column(sections.PLANNED, 2, "right"), Column(sections.COMMITTED, 2, "right"),
             Column(sections.SPENT, 2, "right"), Column(sections.RATE, 1.3, "right"),
             Column(tr(QT_TRANSLATE_NOOP("Reports", "Funding committed")), 2, "right"),
             Column(tr(QT_TRANSLATE_NOOP("Reports", "Funding received")), 2, "right")),
            rows,
            total=(sections.TOTAL, money(budget.planned), money(budget.committed),
                   money(budget.spent), pct(budget.execution_rate),
                   money(budget.funding_committed), money(budget.funding_received))
            if rows else None,
            empty=tr(QT_TRANSLATE_NOOP("Reports", "No budget recorded."))),
    ]
    if rows:
        bars = [(str(y.year), y.planned.minor, y.committed.minor, y.spent.minor)
                for y in budget.years]
        blocks.append(Chart(lambda langs, width: charts.budget_bars(
            sorted(bars), langs, width, keep_order=True)))
    blocks.append(Heading(lambda lang: lang.tr(QT_TRANSLATE_NOOP(
        "Reports", "Budget lines of {year}")).format(year=data.header.year), 2))
    blocks.append(sections.lines_table(year.lines if year else ()))
    blocks.append(Heading(lambda lang: lang.tr(QT_TRANSLATE_NOOP(
        "Reports", "Funding of {year}")).format(year=data.header.year), 2))
    blocks.append(sections.sources_table(year.sources if year else (), data.funders))
    if year is not None:
        blocks += sections.kinds_blocks(year.kinds)[1:]
    return blocks


def indicator_blocks(data: ProjectSheetData) -> list[Block]:
    rows = [("", s.code, _names(data, s.indicator_id), s.unit, s.progress, s.baseline_value,
             s.target_value) for s in data.indicators]
    blocks: list[Block] = [
        Heading(tr(QT_TRANSLATE_NOOP("Reports", "Indicators"))),
        Para(lambda lang: lang.tr(QT_TRANSLATE_NOOP(
            "Reports", "Status of the indicators on {date}.")).format(
                date=lang.fmt.date(data.header.as_of, "long"))),
        ind.rule_paragraph(),
        ind.indicators_table(rows, with_project=False),
    ]
    for s in data.indicators:
        if not s.points and not s.expected:
            continue
        names = _names(data, s.indicator_id)
        blocks += [
            Heading(titled(s.code, names), 3),
            Para(plural(plurals.MEASUREMENTS, len(s.points)), "note"),
            ind.series_chart(s),
        ]
    return blocks


def _names(data: ProjectSheetData, indicator_id: str) -> dict[str, str]:
    return data.indicator_names.get(indicator_id, {})


def build_project_sheet(
    data: ProjectSheetData,
    catalogs: Sequence[Catalog],
    fmts: Sequence[Formatter],
    out: Output,
    *,
    layout: str = SIDE_BY_SIDE,
) -> None:
    """Write the project sheet of ``data`` as a PDF (see ``build_annual`` for the arguments)."""
    build(project_document(data), data.header, catalogs, fmts, out, layout)

