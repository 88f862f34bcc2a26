"""Typed cells for a list export: what a list shows (text, sort key) back as numbers and dates.

A list shows formatted text ("1 234,56 €", "01/03/2025", "45,5 %"); its sort key keeps the
raw value ((currency, minor units) for amounts, an ISO date). A column becomes typed only
when every cell it shows is read back exactly; anything else stays the text the user saw.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from babel.numbers import NumberFormatError, parse_decimal

from coopdesk.domain.money import Money, is_currency_code, minor_exponent
from coopdesk.exchange.errors import Progress, tick
from coopdesk.exchange.table_io import FORMATS, Amount, Sheet, write_csv, write_xlsx
from coopdesk.i18n import translate
from coopdesk.i18n.formatting import Formatter

# What lists show for "no value" (a missing amount, a rate that cannot be computed).
EMPTY_TEXTS = frozenset({"", "—", "-"})
_SPACES = ("\u00a0", "\u202f", " ")


class CellKind(enum.Enum):
    TEXT = "text"
    NUMBER = "number"
    PERCENT = "percent"
    MONEY = "money"
    DATE = "date"


@dataclass(frozen=True)
class ListColumn:
    """One shown column: its header, whether the view aligns it as a number, its cells.

    ``cells`` holds ``(shown text, sort key or None)`` per exported row.
    """

    header: str
    numeric: bool
    cells: Sequence[tuple[str, Any]]


def money_of(key: Any) -> Money | None:
    """The amount behind a money column's sort key ``(currency, minor units)``."""
    if (
        isinstance(key, tuple)
        and len(key) == 2
        and isinstance(key[0], str)
        and isinstance(key[1], int)
        and not isinstance(key[1], bool)
        and is_currency_code(key[0])
    ):
        return Money(key[1], key[0])
    return None


def _date_of(key: Any) -> dt.date | None:
    first = key[0] if isinstance(key, tuple) and key else key
    if isinstance(first, dt.datetime):
        return None
    if isinstance(first, dt.date):
        return first
    if isinstance(first, str) and len(first) == 10:
        try:
            return dt.date.fromisoformat(first)
        except ValueError:
            return None
    return None


def date_cell(shown: str, key: Any, fmt: Formatter) -> dt.date | None:
    """The date a cell shows, when its sort key holds it and the text is that date."""
    found = _date_of(key)
    if found is None:
        return None
    shapes = (
        lambda: fmt.short_date(found),
        found.isoformat,
        lambda: fmt.date(found),
        lambda: fmt.date(found, "long"),
    )
    return found if any(shown == shape() for shape in shapes) else None


def number_cell(shown: str, fmt: Formatter) -> Decimal | int | None:
    """The number a cell shows in the formatter's language ("1 234,5" -> 1234.5)."""
    text = shown.strip()
    for space in _SPACES:
        text = text.replace(space, "")
    if not text or any(c.isalpha() for c in text):
        return None
    try:
        value = parse_decimal(text, locale=fmt.locale)
    except NumberFormatError:
        return None
    if not value.is_finite():
        return None
    return int(value) if value == value.to_integral_value() else value


def percent_cell(shown: str, fmt: Formatter) -> Decimal | int | None:
    """A shown percentage as its number of percent ("45,5 %" -> 45.5)."""
    text = shown.strip()
    if not text.endswith("%"):
        return None
    return number_cell(text[:-1], fmt)


def column_kind(column: ListColumn, fmt: Formatter) -> CellKind:
    """The type a whole column can be written as (TEXT when any shown cell disagrees)."""
    shown_cells = [(s, k) for s, k in column.cells if s.strip() not in EMPTY_TEXTS]
    if any(money_of(k) is not None for _, k in column.cells):
        return CellKind.MONEY
    if not shown_cells:
        return CellKind.TEXT
    if all(date_cell(s, k, fmt) is not None for s, k in shown_cells):
        return CellKind.DATE
    if not column.numeric:
        return CellKind.TEXT
    if all(percent_cell(s, fmt) is not None for s, _ in shown_cells):
        return CellKind.PERCENT
    if all(number_cell(s, fmt) is not None for s, _ in shown_cells):
        return CellKind.NUMBER
    return CellKind.TEXT


def _typed(kind: CellKind, shown: str, key: Any, fmt: Formatter) -> Any:
    if shown.strip() in EMPTY_TEXTS and kind is not CellKind.TEXT:
        return None
    if kind is CellKind.DATE:
        return date_cell(shown, key, fmt)
    if kind is CellKind.NUMBER:
        return number_cell(shown, fmt)
    if kind is CellKind.PERCENT:
        return percent_cell(shown, fmt)
    return shown or None


def list_sheet(
    name: str, columns: Sequence[ListColumn], fmt: Formatter, rows: int | None = None
) -> Sheet:
    """The columns as one sheet: typed cells, an amount's currency in a column of its own.

    Args:
        name: the sheet's name.
        columns: the shown columns, in the order shown.
        fmt: the formatter the list was shown with (its language reads numbers and dates).
        rows: the number of rows (when ``columns`` is empty); defaults to the cells' count.
    """
    count = rows if rows is not None else (len(columns[0].cells) if columns else 0)
    kinds = [column_kind(c, fmt) for c in columns]
    monies = sum(1 for k in kinds if k is CellKind.MONEY)
    headers: list[str] = []
    for column, kind in zip(columns, kinds, strict=True):
        if kind is CellKind.PERCENT:
            headers.append(translate("ListExport", "{header} (%)").format(header=column.header))
        else:
            headers.append(column.header)
        if kind is CellKind.MONEY:
            headers.append(
                translate("ListExport", "Currency")
                if monies == 1
                else translate("ListExport", "{header}: currency").format(header=column.header)
            )
    out: list[list[Any]] = []
    for index in range(count):
        line: list[Any] = []
        for column, kind in zip(columns, kinds, strict=True):
            shown, key = column.cells[index]
            if kind is CellKind.MONEY:
                money = money_of(key)
                if money is None:
                    line += [None if shown.strip() in EMPTY_TEXTS else shown, None]
                else:
                    line += [Amount(money.amount, minor_exponent(money.currency)), money.currency]
            else:
                line.append(_typed(kind, shown, key, fmt))
        out.append(line)
    widths = {i: min(max(len(h) + 4, 12), 40) for i, h in enumerate(headers)}
    return Sheet(name[:31] or "export", headers, out, widths)


def write_list(path: Path, sheet: Sheet, fmt: str, *, progress: Progress | None = None) -> None:
    """Write one list sheet as "xlsx", "csv" (UTF-8, ``,``) or "csv-fr" (``;``, BOM).

    Text cells are neutralised by the writers (no cell ever becomes a formula); the file
    is replaced atomically; ``progress`` returning False cancels and nothing is written.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    total = len(sheet.rows)  # type: ignore[arg-type]
    if fmt == "xlsx":
        write_xlsx(path, [sheet], progress=progress, total=total)
        return
    tick(progress, 0, total)
    write_csv(path, sheet, french_excel=fmt == "csv-fr")
    tick(progress, total, total)
