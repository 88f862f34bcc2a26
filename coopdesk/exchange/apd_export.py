"""The APD declaration as a workbook: declared projects with a totals row, then breakdowns.

Sheet 1: a header block (municipality, INSEE code, year, total), one row per declared
project (country, channel, DAC sector, OECD policy markers, partner authority, theme, French
summary, co-financers, eligible spending in euros), a totals row and notes (projects left
out, the list of ODA recipients used). Sheet 2: the spending by country, by DAC sector and
by channel. Every text cell is neutralised against formula injection (``safe_cells``);
amounts are exact decimals of euro cents; the file is written atomically.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from coopdesk.domain.money import Money
from coopdesk.exchange.apd_countries import LIST_NAME
from coopdesk.exchange.apd_data import MARKERS, ApdDeclaration, Breakdown, apd_declaration
from coopdesk.exchange.safe_cells import neutralise, xml_safe
from coopdesk.exchange.table_io import atomic_output
from coopdesk.i18n import active_language, plural, translate
from coopdesk.i18n.formatting import Formatter

EUROS = "#,##0.00"
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def _put(ws: Worksheet, row: int, col: int, value: Any, *, bold: bool = False) -> None:
    """One cell: text neutralised (never a formula), Money as exact euros, else as is."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        cell.value = xml_safe(neutralise(value))
        cell.data_type = "s"
    elif isinstance(value, Money):
        cell.value = Decimal(value.minor).scaleb(-2)
        cell.number_format = EUROS
    else:
        cell.value = value
    if bold:
        cell.font = BOLD


def _headers(ws: Worksheet, row: int, names: Sequence[str]) -> None:
    for col, name in enumerate(names, start=1):
        _put(ws, row, col, name, bold=True)
        ws.cell(row=row, column=col).alignment = WRAP


def _project_headers() -> list[str]:
    return [
        translate("Apd", "Project code"),
        translate("Apd", "Project"),
        translate("Apd", "Beneficiary country (ISO)"),
        translate("Apd", "Beneficiary country"),
        translate("Apd", "Partner local authority"),
        translate("Apd", "Channel"),
        translate("Apd", "DAC sector (code)"),
        translate("Apd", "DAC sector"),
        translate("Apd", "Theme"),
        *(translate("Apd", label) for label in MARKERS.values()),
        translate("Apd", "Description (French summary)"),
        translate("Apd", "Co-financers (committed in the year)"),
        translate("Apd", "Co-financing (EUR)"),
        translate("Apd", "Eligible spending (EUR)"),
    ]


_WIDTHS = (14, 36, 10, 18, 28, 24, 10, 30, 22, 10, 10, 10, 10, 60, 48, 16, 16)


def _declaration_sheet(ws: Worksheet, dec: ApdDeclaration, fmt: Formatter) -> None:
    title = translate("Apd", "Declaration of official development assistance (APD) {year}")
    _put(ws, 1, 1, title.format(year=dec.year), bold=True)
    block = (
        (translate("Apd", "Municipality"), dec.municipality),
        (translate("Apd", "INSEE code"), dec.insee_code),
        (translate("Apd", "Year"), dec.year),
        (translate("Apd", "Total eligible spending (EUR)"), dec.total_eur),
        (translate("Apd", "Generated on"), dt.date.today()),
    )
    for offset, (label, value) in enumerate(block, start=2):
        _put(ws, offset, 1, label, bold=True)
        _put(ws, offset, 2, value)
        if isinstance(value, dt.date):
            ws.cell(row=offset, column=2).number_format = "yyyy-mm-dd"
    top = len(block) + 3
    headers = _project_headers()
    _headers(ws, top, headers)
    ws.freeze_panes = ws.cell(row=top + 1, column=3)
    row = top
    for r in dec.rows:
        row += 1
        cofinancers = "; ".join(f"{c.name}: {fmt.money(c.committed_eur)}" for c in r.cofinancers)
        values: list[Any] = [
            r.code,
            r.title,
            r.country,
            r.country_name,
            ", ".join(r.partner_authorities),
            r.channel_label,
            r.sector,
            r.sector_name,
            r.theme,
            *(r.markers[key] for key in MARKERS),
            r.description,
            cofinancers,
            r.cofinancing_eur,
            r.spent_eur,
        ]
        for col, value in enumerate(values, start=1):
            _put(ws, row, col, value)
            ws.cell(row=row, column=col).alignment = WRAP
    row += 1
    _put(ws, row, 1, translate("Apd", "Total"), bold=True)
    cofinancing = Money(sum(r.cofinancing_eur.minor for r in dec.rows), "EUR")
    _put(ws, row, len(headers) - 1, cofinancing, bold=True)
    _put(ws, row, len(headers), dec.total_eur, bold=True)
    _notes(ws, row + 2, dec, fmt)
    for index, width in enumerate(_WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width


def _notes(ws: Worksheet, row: int, dec: ApdDeclaration, fmt: Formatter) -> None:
    notes = [translate("Apd", "Recipient countries: {list}.").format(list=LIST_NAME)]
    for item in dec.left_out:
        if item.country:
            text = translate(
                "Apd", "Not declared, {country} is not an ODA recipient: {code} ({amount})."
            )
        else:
            text = translate("Apd", "Not declared, no recipient country: {code} ({amount}).")
        notes.append(
            text.format(country=item.country_name, code=item.code, amount=fmt.money(item.spent_eur))
        )
    if dec.unconverted:
        n = dec.unconverted
        note = plural.translate(
            "Apd", "%n expense(s) without a euro rate are not counted.", None, 1
        ).count(n)
        notes.append(note)
    for offset, note in enumerate(notes):
        _put(ws, row + offset, 1, note)


def _breakdown_block(
    ws: Worksheet, row: int, title: str, items: Sequence[Breakdown], total: Money
) -> int:
    _put(ws, row, 1, title, bold=True)
    _headers(
        ws,
        row + 1,
        [
            translate("Apd", "Code"),
            translate("Apd", "Name"),
            translate("Apd", "Projects"),
            translate("Apd", "Eligible spending (EUR)"),
            translate("Apd", "Share"),
        ],
    )
    row += 1
    for item in items:
        row += 1
        for col, value in enumerate((item.key, item.label, item.projects, item.spent_eur), start=1):
            _put(ws, row, col, value)
        if total.minor:
            share = ws.cell(row=row, column=5)
            share.value = Decimal(item.spent_eur.minor) / Decimal(total.minor)
            share.number_format = "0.0%"
    row += 1
    _put(ws, row, 1, translate("Apd", "Total"), bold=True)
    _put(ws, row, 3, sum(item.projects for item in items), bold=True)
    _put(ws, row, 4, total, bold=True)
    return row + 2


def _breakdown_sheet(ws: Worksheet, dec: ApdDeclaration) -> None:
    row = 1
    for title, items in (
        (translate("Apd", "By beneficiary country"), dec.by_country),
        (translate("Apd", "By DAC sector"), dec.by_sector),
        (translate("Apd", "By channel"), dec.by_channel),
    ):
        row = _breakdown_block(ws, row, title, items, dec.total_eur)
    for index, width in enumerate((14, 48, 10, 20, 10), start=1):
        ws.column_dimensions[get_column_letter(index)].width = width


def write_apd(dec: ApdDeclaration, out_path: Path, *, language: str | None = None) -> None:
    """Write a declaration as an XLSX workbook (atomically)."""
    fmt = Formatter(language or active_language())
    wb = Workbook()
    first = wb.active
    assert first is not None  # a new workbook has one sheet
    first.title = translate("Apd", "APD {year}").format(year=dec.year)[:31]
    _declaration_sheet(first, dec, fmt)
    _breakdown_sheet(wb.create_sheet(translate("Apd", "Breakdown")[:31]), dec)
    wb.properties.creator = "CoopDesk"
    with atomic_output(Path(out_path)) as tmp:
        wb.save(tmp)


def export_apd(
    session: Session, year: int, out_path: Path, *, language: str | None = None
) -> ApdDeclaration:
    """Build the year's APD declaration and write it as XLSX; returns what was declared.

    Raises:
        ApdError: no municipality yet, or a year out of range; nothing was written.
        WriteError: the file cannot be written; any file already there is unchanged.
    """
    dec = apd_declaration(session, year, language=language)
    write_apd(dec, out_path, language=language)
    return dec
