"""List exports for the GUI: typed XLSX cells, safe text, CSV variants, atomic files."""

from __future__ import annotations

import datetime as dt
import zipfile
from dataclasses import dataclass
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from coopdesk.domain.money import Money
from coopdesk.exchange.errors import CancelledError, WriteError
from coopdesk.exchange.table_io import ColumnSpec, export_rows


@dataclass(frozen=True)
class Row:
    name: str
    phone: str
    count: int
    amount_minor: int
    currency: str
    rate: Decimal
    day: dt.date
    languages: tuple[str, ...]


ROWS = [
    Row("=HYPERLINK(\"http://evil\",\"x\")", "+221 33 000 00 00", -5, 12345, "EUR",
        Decimal("655.957"), dt.date(2025, 3, 1), ("fr", "wo")),
    Row("@SUM(1+1)", "-", 7, 1500, "XOF", Decimal("1"), dt.date(2025, 3, 2), ()),
]  # fmt: skip
COLUMNS = [
    ColumnSpec("name", "Nom"),
    ColumnSpec("phone"),
    ColumnSpec("count"),
    ColumnSpec("amount_minor", "amount", currency_key="currency"),
    ColumnSpec("currency"),
    ColumnSpec("rate"),
    ColumnSpec("day"),
    ColumnSpec("languages"),
    ColumnSpec("total", getter=lambda r: Money(r.amount_minor * 2, r.currency)),
]


def test_xlsx_cells_are_typed_and_text_cannot_run(tmp_path):
    path = tmp_path / "list.xlsx"
    export_rows(ROWS, COLUMNS, path, "xlsx", sheet_name="Partenaires")
    ws = load_workbook(path)["Partenaires"]
    header = [c.value for c in ws[1]]
    assert header == ["Nom", "phone", "count", "amount", "currency", "rate", "day",
                      "languages", "total"]  # fmt: skip
    row = ws[2]
    assert row[0].data_type == "s" and row[0].value == '\'=HYPERLINK("http://evil","x")'
    assert row[1].data_type == "s" and row[1].value == "+221 33 000 00 00"
    assert row[2].value == -5 and row[2].data_type == "n"
    assert row[3].value == pytest.approx(123.45) and row[3].number_format == "#,##0.00"
    assert row[5].value == pytest.approx(655.957)
    assert row[6].is_date and row[6].value.date() == dt.date(2025, 3, 1)
    assert row[7].value == "fr, wo"
    assert row[8].value == pytest.approx(246.9)
    second = ws[3]
    assert second[0].value == "'@SUM(1+1)" and second[1].value == "-"  # harmless alone
    assert second[3].value == 1500 and second[3].number_format == "#,##0"
    formulas = [c for r in ws.iter_rows() for c in r if c.data_type == "f"]
    assert formulas == []


def test_csv_and_french_excel_csv(tmp_path):
    plain, french = tmp_path / "list.csv", tmp_path / "liste.csv"
    export_rows(ROWS, COLUMNS, plain, "csv")
    export_rows(ROWS, COLUMNS, french, "csv-fr")
    text = plain.read_bytes().decode("utf-8")
    assert not text.startswith("\ufeff")
    lines = text.splitlines()
    assert lines[0].startswith("Nom,phone,count,amount")
    assert lines[1].startswith(
        '"\'=HYPERLINK(""http://evil"",""x"")",\'+221 33 000 00 00,-5,123.45,EUR'
    )
    raw = french.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    first = raw.decode("utf-8-sig").splitlines()[1].split(";")
    assert first[1:7] == ["'+221 33 000 00 00", "-5", "123,45", "EUR", "655,957", "2025-03-01"]


def test_cancel_keeps_the_previous_file_and_leaves_no_temporary(tmp_path):
    path = tmp_path / "list.xlsx"
    path.write_bytes(b"previous")
    with pytest.raises(CancelledError):
        export_rows(ROWS * 600, COLUMNS, path, "xlsx", progress=lambda done, total: False)
    assert path.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["list.xlsx"]


def test_unwritable_destination_is_one_clear_error(tmp_path):
    with pytest.raises(WriteError, match="cannot be written"):
        export_rows(ROWS, COLUMNS, tmp_path / "missing" / "x.csv", "csv")


def test_full_csv_export_is_a_zip_of_tables(demo_db, open_factory, tmp_path):
    from coopdesk.exchange.full_export import export_table
    from coopdesk.store.db import session_scope

    path = tmp_path / "partners.csv"
    with session_scope(open_factory(demo_db)) as session:
        rows = export_table(session, "organisations", path, french_excel=True)
    assert rows == 15
    assert path.read_bytes().startswith(b"\xef\xbb\xbfid;name;short_name;kind;country")
    assert not zipfile.is_zipfile(path)
