"""Bad input is refused whole with a clear message: encodings, separators, sizes, bombs."""

from __future__ import annotations

import codecs
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from coopdesk.exchange import limits, readers
from coopdesk.exchange.column_mapping import suggest_mapping
from coopdesk.exchange.errors import FileRefusedError
from coopdesk.exchange.readers import read_table
from coopdesk.exchange.spreadsheet_import import validate
from coopdesk.exchange.table_io import ColumnSpec, export_rows
from coopdesk.store.db import session_scope


@dataclass(frozen=True)
class Line:
    name: str
    country: str


def _xlsx(path: Path, names: list[str]) -> Path:
    export_rows([Line(n, "SN") for n in names], [ColumnSpec("name"), ColumnSpec("country")],
                path, "xlsx")  # fmt: skip
    return path


def _rewrite(path: Path, member: str, change) -> None:
    with zipfile.ZipFile(path) as zf:
        items = [(i, zf.read(i)) for i in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in items:
            zf.writestr(info, change(data) if info.filename == member else data)


def test_windows_1252_files_are_detected_and_decoded(tmp_path):
    path = tmp_path / "partenaires.csv"
    path.write_bytes("Nom;Pays;Ville\nSociété d'économie;Sénégal;Thiès\n".encode("cp1252"))
    table = read_table(path)
    assert (table.encoding, table.separator) == ("cp1252", ";")
    assert table.rows == [["Société d'économie", "Sénégal", "Thiès"]]


def test_utf8_with_bom_tabs_and_quotes(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(codecs.BOM_UTF8 + 'Nom\tPays\n"Keur\tMadické"\tSN\n'.encode())
    table = read_table(path)
    assert table.headers == ["Nom", "Pays"] and table.rows == [["Keur\tMadické", "SN"]]
    assert (table.encoding, table.separator) == ("utf-8", "\t")


def test_an_unknown_separator_gives_a_hint(tmp_path, db_path, session_factory):
    path = tmp_path / "a.csv"
    path.write_text("Nom#Type#Pays\nKeur#ngo#SN\n", encoding="utf-8")
    table = read_table(path)
    assert len(table.headers) == 1
    with session_scope(session_factory) as session:
        plan = validate(table, suggest_mapping(table.headers, "partners"), "partners", session)
    assert "single column" in str(plan.errors[0]) and plan.valid_rows == []


@pytest.mark.parametrize("content", [b"", b"\n\n  \r\n", codecs.BOM_UTF8])
def test_empty_files_are_refused(tmp_path, content):
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    with pytest.raises(FileRefusedError, match="is empty"):
        read_table(path)


def test_binary_files_and_old_excel_files_are_refused(tmp_path):
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(FileRefusedError, match="not a text"):
        read_table(binary)
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(FileRefusedError, match=r"old Excel file \(.xls\)"):
        read_table(xls)


def test_a_10_mb_cell_is_refused(tmp_path):
    path = tmp_path / "huge.csv"
    path.write_text("name,country\n" + "x" * (10 * limits.MB) + ",SN\n", encoding="utf-8")
    with pytest.raises(FileRefusedError, match="row 2 has a cell longer than 32,767"):
        read_table(path)


def test_a_long_xlsx_cell_is_refused(tmp_path):
    # openpyxl cuts long text when writing, another program may not: write it by hand.
    path = _xlsx(tmp_path / "long.xlsx", ["Keur", "Thies"])
    long_text = ("é" * (limits.MAX_CELL_CHARS + 1)).encode()
    _rewrite(path, "xl/worksheets/sheet1.xml", lambda data: data.replace(b"Thies", long_text))
    with pytest.raises(FileRefusedError, match="row 3 has a cell longer"):
        read_table(path)


def test_a_zip_bomb_is_refused_before_openpyxl_opens_it(tmp_path, monkeypatch):
    path = _xlsx(tmp_path / "bomb.xlsx", ["Keur"])
    _rewrite(path, "xl/worksheets/sheet1.xml", lambda data: data + b" " * (5 * limits.MB))

    def never(*_args, **_kwargs):
        raise AssertionError("openpyxl must not open a zip bomb")

    monkeypatch.setattr(readers, "_open_workbook", never)
    with pytest.raises(FileRefusedError, match="zip bomb"):
        read_table(path)
    monkeypatch.setattr(limits, "MAX_XLSX_MEMBER_BYTES", 1000)
    with pytest.raises(FileRefusedError, match="zip bomb"):
        read_table(_xlsx(tmp_path / "big.xlsx", ["Keur"] * 50))


def test_xml_entities_are_refused(tmp_path):
    path = _xlsx(tmp_path / "laughs.xlsx", ["Keur"])
    doctype = b'<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
    _rewrite(path, "xl/worksheets/sheet1.xml", lambda data: doctype + data.replace(b"Keur", b"&b;"))
    with pytest.raises(FileRefusedError, match="XML entity declarations"):
        read_table(path)


def test_damaged_and_foreign_zips_are_refused(tmp_path):
    good = _xlsx(tmp_path / "good.xlsx", ["Keur"] * 200)
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(FileRefusedError, match="damaged"):
        read_table(truncated)
    other = tmp_path / "other.xlsx"
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
    with pytest.raises(FileRefusedError, match="not an Excel workbook"):
        read_table(other)
    mixed = tmp_path / "mixed.zip"
    with zipfile.ZipFile(mixed, "w") as zf:
        zf.writestr("notes.txt", "bonjour")
    with pytest.raises(FileRefusedError, match="other than CSV"):
        read_table(mixed)


def test_sheet_with_formulas_gives_cached_values_only(tmp_path):
    from openpyxl import Workbook

    path = tmp_path / "formulas.xlsx"
    wb = Workbook()
    wb.active.append(["name", "value"])
    wb.active.append(["Keur", "=1+1"])
    wb.save(path)
    table = read_table(path)
    assert table.rows == [["Keur", None]]  # never evaluated, no cached value
