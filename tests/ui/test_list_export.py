"""Export… of a list: the rows shown, typed cells, CSV variants, formulas kept as text."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from coopdesk.domain.money import Money
from coopdesk.exchange.list_cells import ListColumn, list_sheet
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.transactions import TransactionRow
from coopdesk.ui.context import AppContext
from coopdesk.ui.models.transaction_table_model import TransactionTableModel
from coopdesk.ui.partners_page import PartnersPage
from coopdesk.ui.widgets.record_list import RecordList

Seed = Callable[..., str]


def _transaction(n: int, day: dt.date, amount: Money, counterparty: str) -> TransactionRow:
    eur = amount if amount.currency == "EUR" else None
    return TransactionRow(
        id=f"t{n}", project_id="p", kind="expense", date=day, amount=amount,
        rate_to_eur=None, rate_date=None, amount_eur=eur, budget_year=day.year,
        budget_line_id=None, budget_line_name="Forage", category="works",
        funding_source_id=None, funding_source_name="", counterparty=counterparty,
        accounting_ref=f"M-{n}", accounting_code="", description="", receipt_count=n % 2,
        search_text=counterparty.lower(),
    )  # fmt: skip


@pytest.fixture
def journal(qtbot) -> RecordList:
    fmt = Formatter("fr")
    records = RecordList(TransactionTableModel(fmt), "transactionsTable", search_name="search")
    records.exporter.formatter = fmt
    qtbot.addWidget(records)
    records.set_rows(
        [
            _transaction(1, dt.date(2025, 3, 1), Money(123456, "EUR"), '=HYPERLINK("x")'),
            _transaction(2, dt.date(2025, 4, 2), Money(2500000, "XOF"), "Forages du Sahel"),
            _transaction(3, dt.date(2024, 1, 9), Money(-5000, "EUR"), "Autre"),
        ]
    )
    records.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    return records


def _export(qtbot, records: RecordList, path: Path, fmt: str) -> None:
    with qtbot.waitSignal(records.exporter.exported, timeout=10_000) as blocker:
        records.exporter.export_to(path, fmt)
    assert blocker.args == [str(path)]


def test_xlsx_has_the_shown_rows_typed(qtbot, tmp_path: Path, journal: RecordList) -> None:
    journal.proxy.set_filter("year", lambda r: r.date.year == 2025)  # a page's filter
    journal.table.horizontalHeader().hideSection(4)  # "Budget line" hidden by the user
    path = tmp_path / "journal.xlsx"
    _export(qtbot, journal, path, "xlsx")
    ws = load_workbook(path).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == (
        "Date", "Kind", "Amount", "Amount: currency", "In euros", "In euros: currency",
        "Funding source", "Payee or payer", "Accounting ref.", "Receipts",
    )  # fmt: skip
    assert len(rows) == 3  # the 2024 row is filtered out
    first, second = rows[1], rows[2]
    assert first[0] == dt.datetime(2025, 3, 1)  # a date cell, not "01/03/2025"
    assert first[2:6] == (1234.56, "EUR", 1234.56, "EUR")  # numbers (read back as floats)
    assert second[2:6] == (2500000, "XOF", "no rate", None)  # as shown: no euro amount
    assert first[7] == '\'=HYPERLINK("x")'  # text, never a live formula
    assert ws["H2"].data_type == "s"
    assert (first[9], second[9]) == (1, None)  # receipts: 1, and blank as shown
    assert ws["C2"].number_format == "#,##0.00"


def test_export_follows_view_order_and_search(qtbot, tmp_path: Path, journal: RecordList) -> None:
    journal.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    order = [journal.proxy.index(r, 8).data() for r in range(journal.proxy.rowCount())]
    path = tmp_path / "all.csv"
    _export(qtbot, journal, path, "csv")
    data = path.read_bytes()
    assert not data.startswith(codecs.BOM_UTF8)
    lines = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    assert [line[10] for line in lines[1:]] == order
    assert lines[1][0] in ("2024-01-09", "2025-03-01", "2025-04-02")
    assert {line[2] for line in lines[1:]} == {"1234.56", "-50.00", "2500000"}


def test_french_excel_csv(qtbot, tmp_path: Path, journal: RecordList) -> None:
    journal.search.setText("autre")
    path = tmp_path / "fr.csv"
    _export(qtbot, journal, path, "csv-fr")
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    lines = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert len(lines) == 2
    assert lines[1][:4] == ["2024-01-09", "Expense", "-50,00", "EUR"]  # decimal comma


def test_partners_page_export_through_the_file_dialog(
    qtbot, tmp_path: Path, app_context: AppContext, add_partner: Seed, monkeypatch
) -> None:
    add_partner("=1+2", city="Dioffior")
    add_partner("Stadt Bad Waldsee", country="DE")
    add_partner("+221 Association", kind="association")
    page = PartnersPage(app_context)
    qtbot.addWidget(page)
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("local_authority"))
    exporter = page.list.exporter
    target = tmp_path / "partners"
    filters = list(exporter.filters())
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), filters[0]))
    assert exporter.action.isEnabled()
    with qtbot.waitSignal(exporter.exported, timeout=10_000):
        exporter.action.trigger()
    written = tmp_path / "partners.xlsx"  # the chosen filter's suffix was added
    rows = list(load_workbook(written).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("Name", "Kind", "Country")
    assert [r[0] for r in rows[1:]] == ["'=1+2", "Stadt Bad Waldsee"]
    assert rows[1][5:] == (0, 0)  # counts are numbers
    page.search.setText("nothing like this")
    assert not exporter.action.isEnabled()


def test_shown_numbers_percentages_and_dates_are_read_back_exactly() -> None:
    fmt = Formatter("fr")
    rate = ListColumn("Taux", True, [(fmt.percent(Decimal("0.455")), None), ("—", None)])
    total = ListColumn("Total", True, [(fmt.decimal(Decimal("1234.5")), 1234.5), ("12", 12)])
    day = dt.date(2025, 3, 1)
    signed = ListColumn("Signé le", False, [(fmt.short_date(day), day.isoformat()), ("", "")])
    period = ListColumn("Dates", False, [("1–10 mars 2025", "2025-03-01 2025-03-10"), ("", "")])
    sheet = list_sheet("liste", [rate, total, signed, period], fmt)
    assert sheet.headers == ["Taux (%)", "Total", "Signé le", "Dates"]
    assert sheet.rows == [
        [Decimal("45.5"), Decimal("1234.5"), day, "1–10 mars 2025"],  # exact, never a float
        [None, 12, None, None],
    ]
