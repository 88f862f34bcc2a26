"""Lists stay fast on many rows: the model sorts on precomputed keys, the proxy only filters."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from coopdesk.services.organisations import OrganisationRow
from coopdesk.ui.models import organisation_table_model as org
from coopdesk.ui.models.row_table_model import SORT_ROLE, RowFilterProxyModel
from coopdesk.ui.widgets.record_list import RecordList
from coopdesk.ui.widgets.table_view import FIT_SAMPLE_ROWS

ROWS = 3000


def org_row(n: int, name: str, **kw: object) -> OrganisationRow:
    values: dict[str, Any] = {
        "id": f"org-{n}",
        "name": name,
        "short_name": "",
        "kind": "local_authority",
        "country": "SN",
        "city": "",
        "languages": ("fr",),
        "email": "",
        "contact_count": n % 7,
        "partnership_count": 0,
        "updated_at": dt.datetime(2024, 1, 1),
        "search_text": "",
    }
    values.update(kw)
    return OrganisationRow(**values)


class CountingModel(org.OrganisationTableModel):
    """Counts ``data()`` calls made from Qt (sorting must not make any)."""

    def __init__(self) -> None:
        super().__init__("en")
        self.calls = 0

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        self.calls += 1
        return super().data(index, role)


def many_rows() -> list[OrganisationRow]:
    return [org_row(n, f"Commune {(n * 7919) % ROWS:05d} de Sénégal") for n in range(ROWS)]


def test_sorting_calls_no_data_and_keeps_the_selection(qtbot) -> None:
    model = CountingModel()
    records = RecordList(model, "speedTable", search_name="speedSearch")
    qtbot.addWidget(records)
    records.resize(800, 400)
    records.show()
    records.set_rows(many_rows())
    assert records.select_id("org-42")
    model.calls = 0
    records.table.sortByColumn(org.NAME, Qt.SortOrder.DescendingOrder)
    assert model.calls < 2000  # painting the visible rows only, not one call per comparison
    names = [records.proxy.index(r, org.NAME).data() for r in range(ROWS)]
    assert names == sorted(names, reverse=True)
    assert records.current_id() == "org-42"  # the selection followed its row
    records.table.sortByColumn(org.CONTACTS, Qt.SortOrder.AscendingOrder)
    counts = [records.proxy.index(r, org.CONTACTS).data(SORT_ROLE) for r in range(ROWS)]
    assert counts == sorted(counts)
    assert records.current_id() == "org-42"


def test_sort_is_stable_and_kept_when_rows_are_replaced(qtbot) -> None:
    model = org.OrganisationTableModel("en")
    proxy = RowFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(org.CONTACTS, Qt.SortOrder.DescendingOrder)
    rows = [org_row(n, f"P{n}", contact_count=n % 2) for n in range(6)]
    model.set_rows(rows)  # sorted as asked before the rows came
    shown = [proxy.index(r, org.NAME).data() for r in range(6)]
    assert shown == ["P1", "P3", "P5", "P0", "P2", "P4"]  # equal counts keep their order
    assert [r.id for r in model.rows()] == [r.id for r in rows]  # rows(): the given order


def test_search_matches_folded_text_and_keeps_the_selection(qtbot) -> None:
    records = RecordList(org.OrganisationTableModel("en"), "speedTable", search_name="speedSearch")
    qtbot.addWidget(records)
    records.set_rows(
        [org_row(n, name) for n, name in enumerate(["École Senghor", "Ziguinchor", "Saint-Louis"])]
        + [org_row(9, "Thiès", search_text="ecole des arts")]
    )
    assert records.select_id("org-0")
    assert records.search is not None
    qtbot.keyClicks(records.search, "ECOLE")
    assert records.visible_count() == 2  # the name, and the row's own search text
    assert records.current_id() == "org-0"
    records.proxy.set_filter("named", lambda r: r.name.startswith("T"))
    assert records.visible_count() == 1
    records.proxy.set_filter("named", None)
    records.search.clear()
    assert records.visible_count() == 4
    assert records.select_id("org-0")
    records.set_rows([dataclasses.replace(r, name=r.name + "!") for r in records.model.rows()])
    assert records.visible_count() == 4 and records.current_id() == "org-0"


def test_columns_are_fitted_from_a_sample_of_rows(qtbot) -> None:
    model = CountingModel()
    records = RecordList(model, "speedTable")
    qtbot.addWidget(records)
    model.calls = 0
    records.set_rows(many_rows())  # fits the columns (the widget is not shown)
    assert records.table.horizontalHeader().resizeContentsPrecision() == FIT_SAMPLE_ROWS
    per_cell = 12  # the roles a delegate asks for to size one cell
    assert model.calls < per_cell * FIT_SAMPLE_ROWS * model.columnCount() * 2
    assert records.table.columnWidth(org.NAME) > 100


def test_every_years_exchanges_show_the_latest_first_then_all(
    qtbot, app_context, add_partner, add_exchange, monkeypatch
) -> None:
    from coopdesk.ui import exchanges_page
    from coopdesk.ui.exchanges_page import ExchangesPage

    monkeypatch.setattr(exchanges_page, "LARGE_LIST", 4)
    monkeypatch.setattr(exchanges_page, "FIRST_ROWS", 2)
    partner = add_partner("Commune de Dioffior")
    ids = [
        add_exchange(partner, f"Visite {n}" + (" forage" if n % 2 else ""), dt.date(2020 + n, 5, 1))
        for n in range(6)
    ]
    page = ExchangesPage(app_context)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    assert page.list.search is not None
    qtbot.keyClicks(page.list.search, "forage")
    page.set_year(None)
    # The two latest at once (one matches the search), the others from the worker thread.
    assert page.is_loading()
    assert [r.title for r in page.visible_rows()] == ["Visite 5 forage"]
    assert "reading all 6 exchange(s)" in page.list.count_label.text()
    assert page.status_text() == "6 exchange(s)"
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10000)
    assert page.list.total_count() == 6
    assert [r.title for r in page.visible_rows()] == [
        "Visite 5 forage", "Visite 3 forage", "Visite 1 forage",
    ]  # fmt: skip
    assert page.list.count_label.text() == "3 shown of 6 exchange(s)"
    # Another year while the rows are read: the late rows are not shown.
    page.list.search.clear()
    page.set_year(None)
    page.set_year(2021)
    assert not page.is_loading()
    page.loader.wait()
    qtbot.wait(50)
    assert [r.title for r in page.visible_rows()] == ["Visite 1 forage"]
    # An exchange beyond the first rows is found (every row read at once then).
    page.set_year(None)
    assert page.list.total_count() == 2 and page.is_loading()
    assert page.show_exchange(ids[0])
    assert not page.is_loading() and page.list.total_count() == 6
    assert page.list.current_id() == ids[0]
    page.loader.wait()
