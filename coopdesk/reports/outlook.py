"""The annual report's outlook: next year's budget, planned exchanges, agreements to renew."""

from __future__ import annotations

from coopdesk.i18n import QT_TRANSLATE_NOOP
from coopdesk.reports import labels as lb
from coopdesk.reports import plurals, sections
from coopdesk.reports.blocks import (
    Block,
    Column,
    Facts,
    Heading,
    Multi,
    Para,
    Table,
    day,
    lab,
    money,
    tr,
)
from coopdesk.reports.data import AnnualData


def outlook_blocks(data: AnnualData) -> list[Block]:
    following = data.header.year + 1
    budget = data.next_budget
    rows = tuple(
        (p.code, Multi(p.title), money(p.planned), money(p.funding_committed))
        for p in budget.projects
    )
    renewals = tuple(
        (p.partner_name, Multi(p.title), lab(lb.PARTNERSHIP_KIND, p.kind), day(p.valid_until))
        for p in data.renewals
    )
    return [
        Heading(lambda lang: lang.tr(QT_TRANSLATE_NOOP("Reports", "Outlook for {year}")).format(
            year=following)),
        Heading(tr(QT_TRANSLATE_NOOP("Reports", "Planned budget")), 2),
        Facts((
            (tr(QT_TRANSLATE_NOOP("Reports", "Planned budget")), money(budget.planned)),
            (tr(QT_TRANSLATE_NOOP("Reports", "Funding committed by funders")),
             money(budget.funding_committed)),
        )),
        Table(
            (Column(sections.CODE, 1.8), Column(sections.PROJECT, 5, wrap=True),
             Column(sections.PLANNED, 2.2, "right"),
             Column(tr(QT_TRANSLATE_NOOP("Reports", "Funding committed")), 2.2, "right")),
            rows,
            total=(sections.TOTAL, "", money(budget.planned), money(budget.funding_committed))
            if rows else None,
            empty=tr(QT_TRANSLATE_NOOP("Reports", "No budget entered yet for that year."))),
        Heading(tr(QT_TRANSLATE_NOOP("Reports", "Exchanges planned")), 2),
        Para(lambda lang: lang.plural(plurals.EXCHANGES_PLANNED, len(data.planned_exchanges))),
        sections.exchanges_table(
            data.planned_exchanges,
            empty=QT_TRANSLATE_NOOP("Reports", "No exchange planned yet."),
        ),
        Heading(tr(QT_TRANSLATE_NOOP("Reports", "Agreements to renew")), 2),
        Table(
            (Column(tr(QT_TRANSLATE_NOOP("Reports", "Partner")), 3, wrap=True),
             Column(tr(QT_TRANSLATE_NOOP("Reports", "Agreement")), 4, wrap=True),
             Column(tr(QT_TRANSLATE_NOOP("Reports", "Kind")), 2.4, wrap=True),
             Column(tr(QT_TRANSLATE_NOOP("Reports", "Valid until")), 1.8)),
            renewals,
            empty=tr(QT_TRANSLATE_NOOP("Reports", "No agreement expires before the end of "
                                                  "that year."))),
    ]
