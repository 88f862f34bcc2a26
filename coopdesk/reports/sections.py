"""Blocks several reports share: budget figures and tables, exchanges, participants."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from reportlab.graphics.shapes import Drawing

from coopdesk.domain.money import Money
from coopdesk.i18n import QT_TRANSLATE_NOOP
from coopdesk.i18n.locale_data import country_name
from coopdesk.reports import charts, plurals
from coopdesk.reports import labels as lb
from coopdesk.reports.blocks import (
    Block,
    Cell,
    Chart,
    Column,
    Facts,
    Label,
    Multi,
    Para,
    Table,
    Value,
    lab,
    money,
    num,
    pct,
    plural,
    tr,
)
from coopdesk.reports.catalogs import Lang
from coopdesk.reports.data_counts import ParticipantBreakdown
from coopdesk.services.budget_figures import Figures, KindShare, LineSummary, SourceSummary
from coopdesk.services.budget_warnings import WaterCheck
from coopdesk.services.exchange_list import ExchangeRow
from coopdesk.services.participants import ParticipantStats

TOTAL = tr(QT_TRANSLATE_NOOP("Reports", "Total"))
PLANNED = tr(QT_TRANSLATE_NOOP("Reports", "Planned"))
COMMITTED = tr(QT_TRANSLATE_NOOP("Reports", "Committed"))
SPENT = tr(QT_TRANSLATE_NOOP("Reports", "Spent"))
RATE = tr(QT_TRANSLATE_NOOP("Reports", "Execution rate"))
RECEIVED = tr(QT_TRANSLATE_NOOP("Reports", "Received"))
SHARE = tr(QT_TRANSLATE_NOOP("Reports", "Share"))
# What a funder promised (not the expenditure commitments of the budget tables).
PLEDGED = Label(lambda lang: lang.translate("Reports", "Committed", "funding promised by a funder"))
CODE = tr(QT_TRANSLATE_NOOP("Reports", "Code"))
PROJECT = tr(QT_TRANSLATE_NOOP("Reports", "Project"))


def figures_facts(
    fig: Figures, funding_committed: Money, funding_received: Money, income: Money
) -> Facts:
    """Planned, committed, spent, remaining, execution rate and funding, as a list."""
    return Facts((
        (tr(QT_TRANSLATE_NOOP("Reports", "Planned budget")), money(fig.planned)),
        (tr(QT_TRANSLATE_NOOP("Reports", "Committed expenditure")), money(fig.committed)),
        (tr(QT_TRANSLATE_NOOP("Reports", "Spent")), money(fig.spent)),
        (tr(QT_TRANSLATE_NOOP("Reports", "Remaining (planned − spent)")), money(fig.remaining)),
        (tr(QT_TRANSLATE_NOOP("Reports", "Execution rate (spent ÷ planned)")),
         pct(fig.execution_rate)),
        (tr(QT_TRANSLATE_NOOP("Reports", "Funding committed by funders")),
         money(funding_committed)),
        (tr(QT_TRANSLATE_NOOP("Reports", "Funding received")), money(funding_received)),
        (tr(QT_TRANSLATE_NOOP("Reports", "Income booked")), money(income)),
    ))


def kinds_blocks(kinds: Sequence[KindShare]) -> list[Block]:
    """Funding by kind of funder: a table with shares and a pie chart."""
    rows = tuple(
        (lab(lb.FUNDING_KIND, k.kind), money(k.committed_eur), pct(k.committed_share),
         money(k.received_eur), pct(k.received_share))
        for k in kinds
    )
    committed = Money(sum(k.committed_eur.minor for k in kinds), "EUR")
    received = Money(sum(k.received_eur.minor for k in kinds), "EUR")
    table = Table(
        (Column(tr(QT_TRANSLATE_NOOP("Reports", "Source of funding")), 3.2, wrap=True),
         Column(PLEDGED, 2, "right"), Column(SHARE, 1.1, "right"),
         Column(RECEIVED, 2, "right"), Column(SHARE, 1.1, "right")),
        rows,
        total=(TOTAL, money(committed), "", money(received), "") if rows else None,
        empty=tr(QT_TRANSLATE_NOOP("Reports", "No funding recorded.")),
    )
    if not any(k.committed_eur.minor > 0 for k in kinds):
        return [table]

    def draw(langs: Sequence[Lang], width: float) -> Drawing:
        items = [(charts.joined(langs, lab(lb.FUNDING_KIND, k.kind)), k.committed_eur.minor,
                  k.committed_share) for k in kinds]
        return charts.shares_pie(items, langs, width)

    return [table, Chart(draw)]


def lines_table(lines: Sequence[LineSummary]) -> Table:
    rows = tuple(
        (lab(lb.BUDGET_CATEGORY, line.category) if line.budget_line_id else tr(lb.UNALLOCATED),
         line.label if line.budget_line_id else "", money(line.planned), money(line.committed),
         money(line.spent), pct(line.execution_rate))
        for line in lines
    )
    return Table(
        (Column(tr(QT_TRANSLATE_NOOP("Reports", "Category")), 2.2, wrap=True),
         Column(tr(QT_TRANSLATE_NOOP("Reports", "Budget line")), 3, wrap=True),
         Column(PLANNED, 2, "right"), Column(COMMITTED, 2, "right"), Column(SPENT, 2, "right"),
         Column(RATE, 1.2, "right")),
        rows,
        total=(TOTAL, "", money(_sum(lines, "planned")), money(_sum(lines, "committed")),
               money(_sum(lines, "spent")), "") if rows else None,
        empty=tr(QT_TRANSLATE_NOOP("Reports", "No budget line for this year.")),
    )


def sources_table(sources: Sequence[SourceSummary], funders: Mapping[str, str]) -> Table:
    rows = tuple(
        (lab(lb.FUNDING_KIND, s.kind), funders.get(s.funding_source_id, ""),
         money(s.committed_eur), pct(s.committed_share), money(s.received_eur))
        for s in sources
    )
    return Table(
        (Column(tr(QT_TRANSLATE_NOOP("Reports", "Source of funding")), 2.6, wrap=True),
         Column(tr(QT_TRANSLATE_NOOP("Reports", "Funder")), 3, wrap=True),
         Column(PLEDGED, 2, "right"), Column(SHARE, 1.1, "right"),
         Column(RECEIVED, 2, "right")),
        rows,
        total=(TOTAL, "", money(Money(sum(s.committed_eur.minor for s in sources), "EUR")), "",
               money(Money(sum(s.received_eur.minor for s in sources), "EUR"))) if rows else None,
        empty=tr(QT_TRANSLATE_NOOP("Reports", "No funding recorded.")),
    )


def _sum(rows: Sequence[Figures], name: str) -> Money:
    return Money(sum(getattr(r, name).minor for r in rows), "EUR")


def water_paragraph(water: WaterCheck) -> Para:
    """The 1 % water ceiling (Oudin-Santini law) of one year, in one sentence."""

    def text(lang: Lang) -> str:
        if water.water_budget is None or water.ceiling is None:
            return lang.tr(QT_TRANSLATE_NOOP(
                "Reports", "1 % water ceiling: the commune's water budget is not entered, so the "
                "ceiling cannot be checked."))
        if water.exceeded:
            message = QT_TRANSLATE_NOOP(
                "Reports", "1 % water ceiling exceeded: {own} of the commune's own money for "
                "water cooperation, above the ceiling of {ceiling}.")
        else:
            message = QT_TRANSLATE_NOOP(
                "Reports", "1 % water ceiling respected: {own} of the commune's own money for "
                "water cooperation, within the ceiling of {ceiling}.")
        return lang.tr(message).format(own=lang.fmt.money(water.own_water),
                                       ceiling=lang.fmt.money(water.ceiling))

    return Para(text, "note")


def warnings_table(kinds: Mapping[str, int]) -> Table:
    rows = tuple((lab(lb.WARNING_KIND, k), num(n)) for k, n in kinds.items() if n)
    return Table(
        (Column(tr(QT_TRANSLATE_NOOP("Reports", "Point of attention")), 6, wrap=True),
         Column(tr(QT_TRANSLATE_NOOP("Reports", "Number")), 1.2, "right")),
        rows, empty=tr(QT_TRANSLATE_NOOP("Reports", "No point of attention.")),
    )


def place(row: ExchangeRow) -> Cell:
    if not row.country:
        return row.place
    return Label(lambda lang: list_separator(lang).join(
        p for p in (row.place, country_name(row.country, lang.code)) if p))


def list_separator(lang: Lang) -> str:
    """", " or the Arabic comma."""
    return "، " if lang.code == "ar" else ", "


def dates(start: dt.date, end: dt.date) -> Value:
    def text(lang: Lang) -> str:
        first = lang.fmt.short_date(start)
        last = lang.fmt.short_date(end)
        return first if first == last else f"{first} –\n{last}"

    return Value(text)


def exchanges_table(
    rows: Sequence[ExchangeRow],
    breakdown: Mapping[str, ParticipantBreakdown] | None = None,
    empty: str = QT_TRANSLATE_NOOP("Reports", "No exchange this year."),
) -> Table:
    """The exchanges, oldest first; with ``breakdown``, participants by sex and minors."""
    columns = [
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Dates")), 1.7),
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Exchange")), 3.6, wrap=True),
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Kind")), 2.1, wrap=True),
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Direction")), 1.6, wrap=True),
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Place")), 2.2, wrap=True),
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Partners")), 3.4, wrap=True),
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Participants")), 1.9, "right", wrap=True),
    ]
    if breakdown is not None:
        del columns[4]
        columns += [Column(lab(lb.SEX, "female"), 1.3, "right"),
                    Column(lab(lb.SEX, "male"), 1.3, "right"),
                    Column(tr(QT_TRANSLATE_NOOP("Reports", "Minors")), 1.2, "right")]
    out: list[tuple[Cell, ...]] = []
    for r in rows:
        cells: list[Cell] = [
            dates(r.start_date, r.end_date), r.title, lab(lb.EXCHANGE_KIND, r.kind),
            lab(lb.DIRECTION, r.direction), place(r), ", ".join(r.partner_names),
            num(r.participant_total),
        ]
        if breakdown is not None:
            b = breakdown.get(r.id, ParticipantBreakdown())
            del cells[4]
            cells += [num(b.female), num(b.male), num(b.minors)]
        out.append(tuple(cells))
    total = None
    if out:
        total_cells: list[Cell] = [TOTAL, "", "", "", "", "",
                                   num(sum(r.participant_total for r in rows))]
        if breakdown is not None:
            values = list(breakdown.get(r.id, ParticipantBreakdown()) for r in rows)
            del total_cells[4]
            total_cells += [num(sum(b.female for b in values)), num(sum(b.male for b in values)),
                            num(sum(b.minors for b in values))]
        total = tuple(total_cells)
    return Table(tuple(columns), tuple(out), total=total, empty=tr(empty))


def participants_blocks(stats: ParticipantStats) -> list[Block]:
    """Participants by age group (rows) and sex (columns), with a stacked bar chart."""
    sexes = list(lb.SEX)
    ages = [a for a in lb.AGE_GROUP if stats.by_age_group.get(a) or a != "unknown"]
    cells = stats.by_sex_and_age
    rows: tuple[tuple[Cell, ...], ...] = tuple(
        (lab(lb.AGE_GROUP, a), *(num(cells.get((s, a), 0)) for s in sexes),
         num(stats.by_age_group.get(a, 0)))
        for a in ages
    )
    table = Table(
        (Column(tr(QT_TRANSLATE_NOOP("Reports", "Age group")), 2.6, wrap=True),
         *(Column(lab(lb.SEX, s), 1.6, "right", wrap=True) for s in sexes),
         Column(TOTAL, 1.4, "right")),
        rows,
        total=(TOTAL, *(num(stats.by_sex.get(s, 0)) for s in sexes), num(stats.total)),
    )
    if not stats.total:
        return [table]

    def draw(langs: Sequence[Lang], width: float) -> Drawing:
        categories = [a.replace("-", "–") if a != "unknown"
                      else charts.joined(langs, lab(lb.SEX, "unknown"))
                      for a in ages]
        series = [(charts.joined(langs, lab(lb.SEX, s)), [cells.get((s, a), 0) for a in ages])
                  for s in sexes]
        return charts.stacked_bars(categories, series, langs, width)

    return [table, Para(plural(plurals.MINORS, stats.minors)), Chart(draw)]


def project_title_cell(titles: Mapping[str, str]) -> Multi:
    return Multi(dict(titles))
