"""The exchanges area: year, search and filters, timeline, edit/delete with undo, details."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox

from coopdesk.services.exchanges import (
    ExchangeData,
    create_exchange,
    get_exchange,
    get_exchange_full,
    list_exchange_documents,
)
from coopdesk.services.participants import (
    CountData,
    PersonData,
    get_participants,
    set_participants,
)
from coopdesk.services.projects import ProjectData, create_project
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.exchange_dialog import ExchangeDialog
from coopdesk.ui.exchanges_page import ExchangesPage
from coopdesk.ui.main_window import MainWindow

Seed = Callable[..., str]
THIS_YEAR = dt.date.today().year


@pytest.fixture(autouse=True)
def never_block(monkeypatch: pytest.MonkeyPatch) -> None:
    """A failing test's dialog, closed at teardown, must not wait for an answer."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)


@pytest.fixture
def ids(app_context: AppContext, add_partner: Seed) -> dict[str, str]:
    out = {
        "dioffior": add_partner("Commune de Dioffior"),
        "waldsee": add_partner("Stadt Bad Waldsee", country="DE"),
    }
    out["water"] = app_context.run(
        lambda s: create_project(s, ProjectData(code="SN-EAU", title={"fr": "Forages"}))
    )

    def add(title: str, start: dt.date, kind: str, direction: str, **extra: object) -> str:
        data = ExchangeData(
            kind=kind, direction=direction, title=title, start_date=start, **extra  # type: ignore[arg-type]
        )
        return app_context.run(lambda s: create_exchange(s, data))

    out["mission"] = add(
        "Mission forages",
        dt.date(2024, 3, 4),
        "technical_mission",
        "outgoing",
        end_date=dt.date(2024, 3, 12),
        partner_ids=(out["dioffior"],),
        project_id=out["water"],
        place="Dioffior",
    )
    out["choir"] = add(
        "Concert de la chorale",
        dt.date(2024, 7, 1),
        "cultural_event",
        "incoming",
        partner_ids=(out["waldsee"], out["dioffior"]),
    )
    out["call"] = add(
        "Visioconférence de suivi",
        dt.date(2023, 11, 20),
        "remote_meeting",
        "remote",
        partner_ids=(out["dioffior"],),
        logged_by="Awa Ndiaye",
    )
    persons = [
        PersonData(last_name="Sarr", first_name="Moussa", sex="male", age_group="26-64"),
        PersonData(last_name="Diop", first_name="Aminata", sex="female", age_group="18-25"),
    ]
    counts = [CountData("female", "26-64", 30), CountData("male", "65+", 12)]
    app_context.run(lambda s: set_participants(s, out["mission"], persons, []))
    app_context.run(lambda s: set_participants(s, out["choir"], [], counts))
    return out


@pytest.fixture
def page(qtbot, app_context: AppContext, ids: dict[str, str]) -> ExchangesPage:
    widget = ExchangesPage(app_context)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def titles(page: ExchangesPage) -> list[str]:
    return [row.title for row in page.visible_rows()]


def choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_opens_on_this_year_then_any_year(page: ExchangesPage) -> None:
    assert page.selected_year() == THIS_YEAR
    assert titles(page) == []
    assert page.list.panel.message() == (
        f"No exchange in {THIS_YEAR} — choose another year or click “New exchange”."
    )
    years = [page.year_filter.itemText(i) for i in range(page.year_filter.count())]
    assert years[0] == "All years"
    assert {"2024", "2023", str(THIS_YEAR)} <= set(years[1:])
    page.set_year(2024)
    assert titles(page) == ["Concert de la chorale", "Mission forages"]  # latest first
    assert page.status_text() == "2 exchange(s) in 2024"
    page.set_year(None)
    assert titles(page) == ["Concert de la chorale", "Mission forages", "Visioconférence de suivi"]
    assert page.status_text() == "3 exchange(s)"


def test_rows_search_and_filters(qtbot, page: ExchangesPage, ids: dict[str, str]) -> None:
    page.set_year(None)
    proxy = page.list.proxy
    mission = [proxy.index(1, c).data() for c in range(proxy.columnCount())]
    assert mission == [
        "04/03/2024",
        "Staff or technical mission",
        "Outgoing",
        "Mission forages",
        "Commune de Dioffior",
        "SN-EAU",
        "2",
    ]
    qtbot.keyClicks(page.search, "waldsee")
    assert titles(page) == ["Concert de la chorale"]
    page.search.clear()
    qtbot.keyClicks(page.search, "ndiaye")  # who logged it
    assert titles(page) == ["Visioconférence de suivi"]
    page.search.clear()
    choose(page.kind_filter, "remote_meeting")
    assert titles(page) == ["Visioconférence de suivi"]
    choose(page.kind_filter, "")
    choose(page.direction_filter, "incoming")
    assert titles(page) == ["Concert de la chorale"]
    choose(page.direction_filter, "")
    choose(page.partner_filter, ids["waldsee"])
    assert titles(page) == ["Concert de la chorale"]
    choose(page.partner_filter, ids["dioffior"])
    assert len(titles(page)) == 3
    choose(page.project_filter, ids["water"])
    assert titles(page) == ["Mission forages"]
    choose(page.year_filter, 2023)
    assert titles(page) == []
    assert page.list.panel.message() == "No exchange matches the search or the filters."


def test_sorting_by_participants(page: ExchangesPage) -> None:
    page.set_year(2024)
    page.list.table.sortByColumn(6, Qt.SortOrder.AscendingOrder)
    assert titles(page) == ["Mission forages", "Concert de la chorale"]


def test_details_show_participants_and_documents(
    tmp_path: Path, monkeypatch, page: ExchangesPage, app_context: AppContext, ids
) -> None:
    page.set_year(2024)
    summary = page.details.participants
    assert summary.note.text() == "Select an exchange to see who took part."
    page.list.select_id(ids["choir"])
    assert summary.title.text() == "Participants of “Concert de la chorale”"
    model = summary.model
    assert model.value(3, 0) == 30 and model.value(4, 1) == 12  # 26-64 women, 65+ men
    assert model.value(6, 4) == 42  # the grand total
    assert summary.note.text() == "0 listed by name · 42 counted · 0 minor(s)"
    assert not summary.table.isRowHidden(3) and summary.table.isRowHidden(0)
    photo = tmp_path / "chorale.jpg"
    photo.write_bytes(b"\xff\xd8\xff fake jpeg")
    programme = tmp_path / "programme.pdf"
    programme.write_bytes(b"%PDF-1.4 programme")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(photo), str(programme)], "")
    )
    documents = page.details.documents
    documents.add_action.trigger()
    stored = app_context.run(lambda s: list_exchange_documents(s, ids["choir"]))
    assert [d.filename for d in stored] == ["chorale.jpg", "programme.pdf"]
    assert documents.list.total_count() == 2
    assert app_context.undo_stack.undoText() == "Add 2 document(s)"
    app_context.undo_stack.undo()
    assert app_context.run(lambda s: list_exchange_documents(s, ids["choir"])) == []


def test_edit_then_undo(page: ExchangesPage, app_context: AppContext, ids) -> None:
    page.set_year(2024)
    page.list.select_id(ids["mission"])
    dialog = page.edit_exchange()
    assert isinstance(dialog, ExchangeDialog)
    assert dialog.title_edit.text() == "Mission forages"
    assert dialog.partners_picker.selected() == (ids["dioffior"],)
    assert dialog.project_combo.code() == ids["water"]
    assert dialog.participants_editor.model.rowCount() == 2
    dialog.title_edit.setText("Mission forages et château d'eau")
    dialog.participants_editor.model.remove_person(0)
    dialog.accept()
    assert not dialog.isVisible()
    assert app_context.run(lambda s: get_exchange(s, ids["mission"])).title == (
        "Mission forages et château d'eau"
    )
    assert len(app_context.run(lambda s: get_participants(s, ids["mission"])).persons) == 1
    assert page.current_exchange() is not None
    assert page.current_exchange().title == "Mission forages et château d'eau"
    app_context.undo_stack.undo()
    assert app_context.run(lambda s: get_exchange(s, ids["mission"])).title == "Mission forages"
    persons = app_context.run(lambda s: get_participants(s, ids["mission"])).persons
    assert sorted(p.last_name for p in persons) == ["Diop", "Sarr"]
    assert page.current_exchange() is not None
    assert page.current_exchange().title == "Mission forages"


def test_delete_then_undo_restores_participants_and_partners(
    page: ExchangesPage, app_context: AppContext, answer_yes: list[str], ids
) -> None:
    page.set_year(2024)
    before = app_context.run(lambda s: get_exchange_full(s, ids["choir"]))
    page.list.select_id(ids["choir"])
    page.delete_action.trigger()
    assert answer_yes == [
        "Delete the exchange “Concert de la chorale” with its 42 participant(s)? "
        "You can undo this with Ctrl+Z."
    ]
    assert titles(page) == ["Mission forages"]
    app_context.undo_stack.undo()
    assert titles(page) == ["Concert de la chorale", "Mission forages"]
    assert app_context.run(lambda s: get_exchange_full(s, ids["choir"])) == before
    assert len(before.data.partner_ids) == 2 and len(before.counts) == 2


def test_delete_key_is_the_delete_action(qtbot, page: ExchangesPage, answer_yes, ids) -> None:
    page.set_year(2024)
    page.list.select_id(ids["mission"])
    page.list.table.setFocus()
    qtbot.keyClick(page.list.table, Qt.Key.Key_Delete)
    assert titles(page) == ["Concert de la chorale"]


def test_timeline_shows_the_year_and_selects(qtbot, page: ExchangesPage, ids) -> None:
    page.set_year(2024)
    page.timeline_button.click()
    assert page.list.views.currentWidget() is page.timeline_view
    timeline = page.timeline
    assert timeline.year() == 2024
    assert timeline.exchange_ids() == [ids["mission"], ids["choir"]]  # by date
    assert page.timeline_view.caption.text() == "2024: 2 exchange(s)"
    mission = timeline.bar_rect(ids["mission"])
    choir = timeline.bar_rect(ids["choir"])
    assert mission is not None and choir is not None
    assert mission.left() < choir.left()  # March before July
    assert mission.width() > choir.width()  # nine days against one
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=choir.center())
    assert page.list.current_id() == ids["choir"]
    assert timeline.current() == ids["choir"]
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    assert page.list.current_id() == ids["mission"]
    choose(page.kind_filter, "cultural_event")  # the timeline follows the filters
    qtbot.waitUntil(lambda: timeline.exchange_ids() == [ids["choir"]])
    page.list_button.click()
    assert page.list.views.currentWidget() is page.list.panel


def test_timeline_double_click_opens_the_exchange(qtbot, page: ExchangesPage, ids) -> None:
    page.set_year(2024)
    page.show_timeline()
    rect = page.timeline.bar_rect(ids["mission"])
    assert rect is not None
    qtbot.mouseDClick(page.timeline, Qt.MouseButton.LeftButton, pos=rect.center())
    dialogs = page.findChildren(ExchangeDialog)
    assert len(dialogs) == 1 and dialogs[0].title_edit.text() == "Mission forages"
    dialogs[0].done(0)


def test_window_has_the_exchanges_area(
    qtbot, app_context: AppContext, settings: QSettings, ids
) -> None:
    window = MainWindow(app_context, settings)
    qtbot.addWidget(window)
    window.show()
    keys = [area.key for area in window.area_specs]
    assert keys.index("exchanges") == keys.index("budget") + 1
    window.areas.setCurrentRow(keys.index("exchanges"))
    page = window.pages["exchanges"]
    assert window.stack.currentWidget() is page
    assert isinstance(page, ExchangesPage)
    page.set_year(2024)
    assert "2 exchange(s) in 2024" in window.counts_label.text()


def test_show_exchange_clears_what_hides_it(page: ExchangesPage, ids) -> None:
    page.set_year(2024)
    choose(page.kind_filter, "cultural_event")
    assert page.show_exchange(ids["call"])  # November 2023, a remote meeting
    assert page.selected_year() == 2023
    assert page.kind_filter.currentIndex() == 0
    assert page.list.current_id() == ids["call"]
    assert not page.show_exchange("no-such-id")


def test_a_new_exchange_of_another_year_is_shown(page: ExchangesPage, ids) -> None:
    page.set_year(2024)
    dialog = page.new_exchange()
    assert dialog is not None
    dialog.title_edit.setText("Jumelage : 30 ans")
    dialog.start_edit.setDate(QDate(2022, 6, 18))
    item = dialog.partners_picker.item_for(ids["waldsee"])
    assert item is not None
    item.setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    assert not dialog.isVisible()
    assert page.selected_year() == 2022
    assert page.current_exchange() is not None
    assert page.current_exchange().title == "Jumelage : 30 ans"
