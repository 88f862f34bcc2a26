"""Read CSV (encoding and separator sniffed), XLSX and zips of CSV into raw tables."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coopdesk.exchange import limits
from coopdesk.exchange.cells import is_blank, to_text
from coopdesk.exchange.errors import FileRefusedError
from coopdesk.exchange.file_guard import (
    OLE_MAGIC,
    ZIP_MAGIC,
    check_xml_members,
    check_zip,
    open_zip,
    read_head,
    refuse,
)
from coopdesk.exchange.schema import ABOUT_SHEET
from coopdesk.i18n import translate

SEPARATORS = (",", ";", "\t", "|")


@dataclass
class RawTable:
    """A table as read: header texts and rows of cell values (text, numbers, dates)."""

    headers: list[str]
    rows: list[list[Any]]
    name: str = ""
    # The spreadsheet row number of each row (the header is row 1; blank rows are skipped).
    row_numbers: list[int] = field(default_factory=list)
    # For CSV: how the file was read (e.g. "utf-8", "cp1252"; ",", ";").
    encoding: str = ""
    separator: str = ""

    def __post_init__(self) -> None:
        if not self.row_numbers:
            self.row_numbers = list(range(2, len(self.rows) + 2))


def _cell_too_long(path: Path, row: int) -> FileRefusedError:
    message = translate(
        "Exchange",
        "The file {path} was refused: row {row} has a cell longer than {limit} characters.",
    )
    return refuse(message, path=path, row=row, limit=f"{limits.MAX_CELL_CHARS:,}")


def _build(path: Path, name: str, lines: Iterable[list[Any]]) -> RawTable:
    """Header, rows (padded, blank ones skipped) and the limits on rows, columns, cells."""
    headers: list[str] | None = None
    rows: list[list[Any]] = []
    numbers: list[int] = []
    for number, line in enumerate(lines, start=1):
        if len(line) > limits.MAX_COLUMNS:
            message = translate("Exchange", "The file {path} has too many columns.")
            raise refuse(message, path=path)
        for value in line:
            if isinstance(value, str) and len(value) > limits.MAX_CELL_CHARS:
                raise _cell_too_long(path, number)
        if all(is_blank(v) for v in line):
            continue
        if headers is None:
            headers = [to_text(v).strip() for v in line]
            continue
        if len(rows) >= limits.MAX_ROWS:
            message = translate("Exchange", "The file {path} has more than {limit} rows.")
            raise refuse(message, path=path, limit=f"{limits.MAX_ROWS:,}")
        rows.append(list(line))
        numbers.append(number)
    if headers is None:
        return RawTable([], [], name, [])
    while headers and not headers[-1] and _blank_column(rows, len(headers) - 1):
        headers.pop()
    width = len(headers)
    headers = _unique([h or f"column {i + 1}" for i, h in enumerate(headers)])
    rows = [(r + [None] * width)[:width] for r in rows]
    return RawTable(headers, rows, name, numbers)


def _blank_column(rows: list[list[Any]], index: int) -> bool:
    return all(len(r) <= index or is_blank(r[index]) for r in rows)


def _unique(headers: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for header in headers:
        seen[header] = seen.get(header, 0) + 1
        out.append(header if seen[header] == 1 else f"{header} ({seen[header]})")
    return out


# --- CSV --------------------------------------------------------------------------------


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """Text and encoding: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.removesuffix("-sig")
            except UnicodeDecodeError:
                break
    if b"\x00" in data:
        message = translate("Exchange", "The file {path} is not a text (CSV) file.")
        raise refuse(message, path=path)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def sniff_separator(text: str) -> str:
    """The separator that splits the first lines into the same number (> 1) of fields."""
    sample = text[: 64 * 1024].splitlines()[:50]
    sample = [line for line in sample if line.strip()][:20]
    best, best_score = "", (0, 0)
    for sep in SEPARATORS:
        try:
            counts = [len(r) for r in csv.reader(sample, delimiter=sep)]
        except csv.Error:
            continue
        if not counts or counts[0] < 2:
            continue
        score = (sum(1 for c in counts if c == counts[0]), counts[0])
        if score > best_score:
            best, best_score = sep, score
    return best


def read_csv_bytes(data: bytes, path: Path, name: str = "", separator: str = "") -> RawTable:
    text, encoding = decode(data, path)
    if not text.strip():
        raise refuse(translate("Exchange", "The file {path} is empty."), path=path)
    sep = separator or sniff_separator(text) or ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep, strict=False)
    try:
        table = _build(path, name, reader)
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise _cell_too_long(path, reader.line_num) from exc
        message = translate("Exchange", "The file {path} is not valid CSV (line {line}).")
        raise refuse(message, path=path, line=reader.line_num) from exc
    if not table.headers:
        raise refuse(translate("Exchange", "The file {path} is empty."), path=path)
    table.encoding = encoding
    table.separator = sep if len(table.headers) > 1 else ""
    return table


# --- XLSX -------------------------------------------------------------------------------


def _open_workbook(path: Path) -> Any:
    from defusedxml import DefusedXmlException
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except DefusedXmlException as exc:
        message = translate(
            "Exchange", "The file {path} was refused: it contains XML entity declarations."
        )
        raise refuse(message, path=path) from exc
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on damaged files
        message = translate("Exchange", "The file {path} is damaged and cannot be read.")
        raise refuse(message, path=path) from exc


def _check_xlsx(path: Path) -> None:
    with open_zip(path) as zf:
        check_zip(zf, path)
        names = set(zf.namelist())
        if "xl/workbook.xml" not in names:
            message = translate("Exchange", "The file {path} is not an Excel workbook (.xlsx).")
            raise refuse(message, path=path)
        check_xml_members(zf, path)


def read_xlsx(path: Path) -> dict[str, RawTable]:
    """Every sheet of a workbook (cached values only: formulas are never evaluated)."""
    _check_xlsx(path)
    wb = _open_workbook(path)
    try:
        tables = {}
        for ws in wb.worksheets:
            try:
                lines = (list(r) for r in ws.iter_rows(values_only=True))
                tables[ws.title] = _build(path, ws.title, lines)
            except FileRefusedError:
                raise
            except Exception as exc:  # noqa: BLE001 - damaged sheet XML
                message = translate("Exchange", "The file {path} is damaged and cannot be read.")
                raise refuse(message, path=path) from exc
    finally:
        wb.close()
    return tables


# --- any file ---------------------------------------------------------------------------


def _read_csv_zip(path: Path) -> dict[str, RawTable]:
    tables = {}
    with open_zip(path) as zf:
        check_zip(zf, path)
        for info in zf.infolist():
            if info.is_dir():
                continue
            if not info.filename.lower().endswith(".csv") or "/" in info.filename:
                message = translate(
                    "Exchange", "The file {path} holds something other than CSV files."
                )
                raise refuse(message, path=path)
            name = info.filename[:-4]
            tables[name] = read_csv_bytes(zf.read(info), path, name)
    return tables


def read_workbook(path: Path) -> dict[str, RawTable]:
    """All tables of a file: the sheets of an XLSX, the CSV files of a zip, or one CSV."""
    path = Path(path)
    head = read_head(path)
    if head.startswith(OLE_MAGIC):
        message = translate(
            "Exchange",
            "The file {path} is an old Excel file (.xls) or a protected workbook: "
            "save it as .xlsx without a password.",
        )
        raise refuse(message, path=path)
    if head.startswith(ZIP_MAGIC):
        with open_zip(path) as zf:
            is_xlsx = "[Content_Types].xml" in zf.namelist()
        return read_xlsx(path) if is_xlsx else _read_csv_zip(path)
    table = read_csv_bytes(path.read_bytes(), path, path.stem)
    return {table.name: table}


def read_table(path: Path, sheet: str | None = None, *, separator: str = "") -> RawTable:
    """One table: the named sheet (or CSV of a zip), else the first non-empty one.

    Args:
        path: a .csv, .xlsx or zip of CSV files.
        sheet: which sheet to read in a workbook.
        separator: force the CSV separator instead of sniffing it.

    Raises:
        FileRefusedError: unreadable, empty, unsafe or damaged file (translated message).
    """
    path = Path(path)
    if separator:
        read_head(path)
        return read_csv_bytes(path.read_bytes(), path, path.stem, separator)
    tables = read_workbook(path)
    if sheet is not None:
        if sheet not in tables:
            message = translate("Exchange", "The file {path} has no sheet named {sheet}.")
            raise refuse(message, path=path, sheet=sheet)
        return tables[sheet]
    for name, table in tables.items():
        if table.headers and name != ABOUT_SHEET:
            return table
    raise refuse(translate("Exchange", "The file {path} is empty."), path=path)
