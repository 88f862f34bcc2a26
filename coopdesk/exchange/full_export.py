"""The whole database as one workbook (one sheet per kind of record) or a zip of CSV files."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk import __version__
from coopdesk.domain.money import is_currency_code, minor_exponent
from coopdesk.exchange.cells import from_minor, json_text
from coopdesk.exchange.errors import Progress, tick
from coopdesk.exchange.schema import (
    ABOUT_SHEET,
    FORMAT_NAME,
    FORMAT_VERSION,
    TABLES,
    TABLES_BY_NAME,
    ColumnType,
    TableSpec,
)
from coopdesk.exchange.table_io import Amount, Sheet, write_csv, write_csv_zip, write_xlsx
from coopdesk.store.models import utcnow


def _order(spec: TableSpec) -> list[Any]:
    table = spec.model.__table__  # type: ignore[attr-defined]
    keys = ("id",) if spec.has_id else spec.natural_key
    return [table.columns[k] for k in keys]


def _languages(rows: Sequence[Any], attr: str) -> list[str]:
    found: set[str] = set()
    for row in rows:
        found.update(k for k, v in (getattr(row, attr) or {}).items() if v)
    return sorted(found)


def _headers(spec: TableSpec, langs: dict[str, list[str]]) -> list[str]:
    headers: list[str] = []
    for column in spec.columns:
        if column.type is ColumnType.TEXTS:
            headers += [f"{column.key}_{lang}" for lang in langs[column.key]]
        else:
            headers.append(column.key)
    return headers


def _cells(spec: TableSpec, row: Any, langs: dict[str, list[str]]) -> list[Any]:
    out: list[Any] = []
    for column in spec.columns:
        value = getattr(row, column.attr)
        if column.type is ColumnType.TEXTS:
            texts = value or {}
            out += [texts.get(lang) or None for lang in langs[column.key]]
        elif column.type is ColumnType.MONEY:
            currency = getattr(row, column.currency_attr)
            exponent = minor_exponent(currency) if is_currency_code(currency) else 0
            out.append(None if value is None else Amount(from_minor(value, currency), exponent))
        elif column.type is ColumnType.STR_LIST:
            out.append(", ".join(value or ()) or None)
        elif column.type is ColumnType.INT_LIST:
            # Sets of numbers (SDGs): sorted, as the services store them.
            out.append(", ".join(str(v) for v in sorted(set(value or ()))) or None)
        elif column.type is ColumnType.JSON:
            out.append(json_text(value) if value else None)
        elif column.type is ColumnType.DECIMAL:
            # Canonical form (120.50 -> 120.5): a spreadsheet number keeps no trailing zero.
            out.append(None if value is None else Decimal(format(value.normalize(), "f")))
        else:
            out.append(None if value == "" else value)
    return out


def table_sheet(session: Session, spec: TableSpec) -> Sheet:
    """One table as a sheet: header keys, then its rows in a stable order."""
    table = spec.model.__table__  # type: ignore[attr-defined]
    rows = session.execute(select(table).order_by(*_order(spec))).all()
    langs = {c.key: _languages(rows, c.attr) for c in spec.columns if c.type is ColumnType.TEXTS}
    headers = _headers(spec, langs)
    widths = {i: 38 if h.endswith("id") else 16 for i, h in enumerate(headers)}
    return Sheet(spec.name, headers, [_cells(spec, row, langs) for row in rows], widths)


def about_sheet(session: Session, counts: dict[str, int]) -> Sheet:
    rows: list[list[Any]] = [
        ["format", FORMAT_NAME],
        ["format_version", FORMAT_VERSION],
        ["app_version", __version__],
        ["exported_at", utcnow().replace(microsecond=0)],
    ]
    rows += [[f"rows.{name}", n] for name, n in counts.items()]
    return Sheet(ABOUT_SHEET, ["key", "value"], rows, {0: 28, 1: 24})


def database_sheets(session: Session, progress: Progress | None = None) -> list[Sheet]:
    """Every exported table as a sheet, the "about" sheet first."""
    sheets = []
    for index, spec in enumerate(TABLES):
        sheets.append(table_sheet(session, spec))
        tick(progress, index + 1, len(TABLES) + 1)
    counts = {s.name: len(s.rows) for s in sheets}  # type: ignore[arg-type]
    return [about_sheet(session, counts), *sheets]


def export_database(
    session: Session,
    path: Path,
    fmt: str,
    *,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Export every record (not files nor the audit trail) to ``path``.

    Args:
        session: a session on the database (read only here).
        path: the file to write, replaced atomically.
        fmt: "xlsx" (one sheet per table), "csv" (a zip of UTF-8 CSV files) or "csv-fr"
            (the same for French Excel: ``;``, decimal commas, a BOM).
        progress: ``(done, total) -> bool``; False cancels and nothing is written.

    Returns:
        The number of rows per table.
    """
    sheets = database_sheets(session, progress)
    counts = {s.name: len(s.rows) for s in sheets[1:]}  # type: ignore[arg-type]
    if fmt == "xlsx":
        write_xlsx(path, sheets, progress=progress, total=sum(counts.values()))
    else:
        write_csv_zip(path, sheets, french_excel=fmt == "csv-fr", progress=progress)
    return counts


def export_table(session: Session, name: str, path: Path, *, french_excel: bool = False) -> int:
    """One table (a sheet name of ``schema.TABLES``) to one CSV file; returns its row count."""
    sheet = table_sheet(session, TABLES_BY_NAME[name])
    write_csv(path, sheet, french_excel=french_excel)
    return len(sheet.rows)  # type: ignore[arg-type]
