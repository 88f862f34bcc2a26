"""The exchanges log: every exchange of the year with its participants by sex and age."""

from __future__ import annotations

from collections.abc import Sequence

from coopdesk.i18n import QT_TRANSLATE_NOOP, Catalog
from coopdesk.i18n.formatting import Formatter
from coopdesk.reports import plurals, sections
from coopdesk.reports.blocks import Block, Cover, Document, Heading, Para, tr
from coopdesk.reports.data import ExchangesData
from coopdesk.reports.options import SIDE_BY_SIDE
from coopdesk.reports.pdf import Output, build


def exchanges_document(data: ExchangesData) -> Document:
    year = data.header.year
    cover = Cover(
        title=tr(QT_TRANSLATE_NOOP("Reports", "Exchanges log")),
        subtitle=lambda lang: lang.tr(QT_TRANSLATE_NOOP(
            "Reports", "Visits, missions and events of {year}")).format(year=year),
        note=lambda lang: lang.tr(QT_TRANSLATE_NOOP("Reports", "Issued on {date}")).format(
            date=lang.fmt.date(data.header.issued_on, "long")),
    )
    body: list[Block] = [
        Heading(lambda lang: lang.tr(QT_TRANSLATE_NOOP("Reports", "Exchanges of {year}")).format(
            year=year)),
    ]
    if not data.exchanges:
        body.append(Para(lambda lang: lang.tr(QT_TRANSLATE_NOOP(
            "Reports", "No exchange was recorded for {year}.")).format(year=year)))
    else:
        body += [
            Para(lambda lang: lang.plural(plurals.EXCHANGES_BEGAN, len(data.exchanges))),
            Para(tr(QT_TRANSLATE_NOOP(
                "Reports", "Participants are counted, never named: listed persons and counts by "
                "sex and age group are added up.")), "note"),
            sections.exchanges_table(data.exchanges, data.breakdown),
            Heading(tr(QT_TRANSLATE_NOOP("Reports", "Participants by sex and age group")), 2),
            *sections.participants_blocks(data.participants),
        ]
    return Document(
        cover=cover,
        short_title=lambda lang: lang.tr(QT_TRANSLATE_NOOP("Reports", "Exchanges log {year}")
                                         ).format(year=year),
        subject=lambda lang: lang.tr(QT_TRANSLATE_NOOP(
            "Reports", "Visits, missions and events of {year}")).format(year=year),
        body=tuple(body),
        keywords=("CoopDesk", str(year)),
    )


def build_exchanges_log(
    data: ExchangesData,
    catalogs: Sequence[Catalog],
    fmts: Sequence[Formatter],
    out: Output,
    *,
    layout: str = SIDE_BY_SIDE,
) -> None:
    """Write the exchanges log of ``data`` (see ``build_annual`` for the arguments)."""
    build(exchanges_document(data), data.header, catalogs, fmts, out, layout)
