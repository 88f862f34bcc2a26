"""Write tables to XLSX and CSV (plain, French Excel, zip of CSV), atomically and safely."""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import datetime as dt
import enum
import io
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from coopdesk.domain.money import Money, minor_exponent
from coopdesk.exchange.cells import json_text
from coopdesk.exchange.errors import Progress, WriteError, tick
from coopdesk.exchange.safe_cells import neutralise, xml_safe
from coopdesk.i18n import translate
from coopdesk.store.db import fsync_dir

if TYPE_CHECKING:  # openpyxl is imported when a workbook is written, not at start-up
    from openpyxl import Workbook
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

FORMATS = ("xlsx", "csv", "csv-fr")


class Amount(NamedTuple):
    """An amount in major units with its number of decimals (its currency's minor unit)."""

    value: Decimal
    decimals: int


@dataclass(frozen=True)
class Sheet:
    """A table to write: a name (sheet or file), header keys and rows of typed values."""

    name: str
    headers: Sequence[str]
    rows: Iterable[Sequence[Any]]
    widths: dict[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class ColumnSpec:
    """One column of a list export: the DTO attribute (or a getter) and its header."""

    key: str
    header: str = ""
    getter: Callable[[Any], Any] | None = None
    # For a column holding minor units: the DTO attribute with the currency code.
    currency_key: str = ""

    def value(self, row: Any) -> Any:
        raw = self.getter(row) if self.getter else getattr(row, self.key)
        if self.currency_key and isinstance(raw, int) and not isinstance(raw, bool):
            return Money(raw, getattr(row, self.currency_key))
        return raw


def cell_value(value: Any) -> Any:
    """A DTO value as a typed cell value (numbers stay numbers, money in major units)."""
    if value is None or isinstance(value, bool | int | float | Decimal | str | Amount):
        return value
    if isinstance(value, dt.date):
        return value
    if isinstance(value, Money):
        return Amount(value.amount, minor_exponent(value.currency))
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple | list | set | frozenset):
        return ", ".join(str(cell_value(v)) for v in value)
    if isinstance(value, dict):
        return json_text(value)
    return str(value)


# --- atomic output ----------------------------------------------------------------------


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path``, renamed over it only when the block succeeds."""
    path = Path(path)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise _write_error(path, exc) from exc
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        raise _write_error(path, exc) from exc
    finally:
        tmp.unlink(missing_ok=True)
    fsync_dir(path.parent)


def _write_error(path: Path, exc: OSError) -> WriteError:
    message = translate("Exchange", "The file {path} cannot be written: {reason}")
    return WriteError(message.format(path=path, reason=exc.strerror or str(exc)))


# --- XLSX -------------------------------------------------------------------------------


def _xlsx_cell(ws: WriteOnlyWorksheet, value: Any) -> Any:
    """A value for ``ws.append``: plain values where openpyxl types them right (text is
    neutralised first, so it never starts with "=" and cannot become a formula; dates
    get openpyxl's yyyy-mm-dd format), a styled cell for amounts."""
    if isinstance(value, str):
        return xml_safe(neutralise(value, allow_phone_like=True))
    if isinstance(value, Amount):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(ws, value=value.value)
        cell.number_format = "#,##0" + ("." + "0" * value.decimals if value.decimals else "")
        return cell
    return value


def write_xlsx(
    path: Path, sheets: Sequence[Sheet], *, progress: Progress | None = None, total: int = 0
) -> None:
    """Write ``sheets`` to one workbook: bold header row frozen, typed cells, atomic."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    stopped: BaseException | None = None
    try:
        _fill(wb, sheets, progress, total)
    except BaseException as exc:  # noqa: BLE001 - re-raised below, once openpyxl is closed
        stopped = exc
    # Saving also finishes openpyxl's temporary sheet files: done even when cancelled,
    # then the temporary workbook is dropped and ``path`` is left as it was.
    with atomic_output(path) as tmp:
        wb.save(tmp)
        if stopped is not None:
            raise stopped
    tick(progress, total, total)


def _fill(wb: Workbook, sheets: Sequence[Sheet], progress: Progress | None, total: int) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    done = 0
    for sheet in sheets:
        ws = wb.create_sheet(sheet.name[:31])
        ws.freeze_panes = "A2"
        if isinstance(sheet.rows, Sized) and sheet.headers:
            # Write-only sheets carry no <dimension>: without it, readers (openpyxl among
            # them) parse the whole sheet twice. The size is known, so declare it.
            ref = f"A1:{_column_letter(len(sheet.headers) - 1)}{len(sheet.rows) + 1}"
            ws.calculate_dimension = lambda ref=ref: ref  # type: ignore[attr-defined]
        for index, width in sheet.widths.items():
            ws.column_dimensions[_column_letter(index)].width = width
        header = []
        for key in sheet.headers:
            cell = WriteOnlyCell(ws, value=key)
            cell.font = Font(bold=True)
            cell.data_type = "s"
            header.append(cell)
        ws.append(header)
        for row in sheet.rows:
            ws.append([_xlsx_cell(ws, v) for v in row])
            done += 1
            if done % 500 == 0:
                tick(progress, done, total)


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


# --- CSV --------------------------------------------------------------------------------


def _csv_text(value: Any, french: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Amount):
        text = f"{value.value:.{value.decimals}f}"
    elif isinstance(value, Decimal):
        text = format(value, "f")
    elif isinstance(value, float):
        text = repr(value)
    elif isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    elif isinstance(value, dt.date):
        return value.isoformat()
    else:
        text = str(value)
    return (
        text.replace(".", ",") if french and isinstance(value, Amount | Decimal | float) else text
    )


def csv_bytes(sheet: Sheet, *, french_excel: bool = False) -> bytes:
    """One table as CSV: UTF-8 with ``,``; or for French Excel, ``;``, decimal commas, a BOM."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";" if french_excel else ",", lineterminator="\r\n")
    writer.writerow(list(sheet.headers))
    for row in sheet.rows:
        writer.writerow([_csv_text(v, french_excel) for v in row])
    return out.getvalue().encode("utf-8-sig" if french_excel else "utf-8")


def write_csv(path: Path, sheet: Sheet, *, french_excel: bool = False) -> None:
    data = csv_bytes(sheet, french_excel=french_excel)
    with atomic_output(path) as tmp:
        tmp.write_bytes(data)


def write_csv_zip(
    path: Path,
    sheets: Sequence[Sheet],
    *,
    french_excel: bool = False,
    progress: Progress | None = None,
) -> None:
    """One CSV file per table (``<name>.csv``) in a zip archive."""
    with atomic_output(path) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for index, sheet in enumerate(sheets):
            zf.writestr(f"{sheet.name}.csv", csv_bytes(sheet, french_excel=french_excel))
            tick(progress, index + 1, len(sheets))


# --- list exports for the GUI -----------------------------------------------------------


def export_rows(
    rows: Sequence[Any],
    columns: Sequence[ColumnSpec],
    path: Path,
    fmt: str,
    *,
    sheet_name: str = "export",
    progress: Progress | None = None,
) -> None:
    """Export a filtered list (its DTO rows) as ``fmt``: "xlsx", "csv" or "csv-fr".

    Args:
        rows: dataclass rows, as shown in the list.
        columns: what to export, in order; headers default to the keys.
        path: the file to write (replaced atomically).
        fmt: one of ``FORMATS``.
        sheet_name: the sheet's name in XLSX.
        progress: ``(done, total) -> bool``; False cancels and nothing is written.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    if rows and not dataclasses.is_dataclass(rows[0]):
        raise TypeError("export_rows expects dataclass rows")
    headers = [c.header or c.key for c in columns]
    values = [[cell_value(c.value(row)) for c in columns] for row in rows]
    sheet = Sheet(sheet_name, headers, values)
    if fmt == "xlsx":
        write_xlsx(path, [sheet], progress=progress, total=len(values))
    else:
        tick(progress, 0, len(values))
        write_csv(path, sheet, french_excel=fmt == "csv-fr")
        tick(progress, len(values), len(values))
