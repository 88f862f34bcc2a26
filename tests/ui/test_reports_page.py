"""The Reports area: a real report made off the GUI thread, previewed, saved, printed, cancelled."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPageRanges, QPageSize
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from coopdesk.i18n.formatting import Formatter
from coopdesk.reports.generate import ReportRequest
from coopdesk.reports.options import ANNUAL, BUDGET, EXCHANGES, PROJECT, SEQUENTIAL
from coopdesk.services.demo import populate_demo
from coopdesk.services.exchange_years import exchange_years
from coopdesk.store.db import make_session_factory
from coopdesk.store.lifecycle import create_database, open_database
from coopdesk.store.models import Municipality
from coopdesk.ui.areas import STAFF_AREAS
from coopdesk.ui.context import AppContext
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.report_form import default_report_year, offered_years
from coopdesk.ui.report_worker import ReportCancelled, write_report
from coopdesk.ui.reports_page import ReportsPage

TODAY = dt.date(2026, 3, 15)
WAIT_MS = 60_000


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reports-page") / "demo.coopdb"
    create_database(path, populate=lambda engine: populate_demo(engine, today=TODAY))
    return path


@pytest.fixture
def demo_factory(demo_db: Path) -> Iterator[sessionmaker[Session]]:
    opened = open_database(demo_db, readonly=True)
    yield make_session_factory(opened.engine, user="reader")
    opened.engine.dispose()


@pytest.fixture
def demo_context(demo_factory: sessionmaker[Session], demo_db: Path) -> AppContext:
    return AppContext(
        session_factory=demo_factory, db_path=demo_db, formatter=Formatter("en"), readonly=True
    )


@pytest.fixture
def page(qtbot, demo_context: AppContext) -> ReportsPage:
    widget = ReportsPage(demo_context)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    assert widget.form.projects_loaded()
    return widget


def choose(page: ReportsPage, kind: str, *languages: str, project: str | None = None) -> None:
    form = page.form
    form.set_kind(kind)
    form.set_year(2025)
    form.set_languages(languages)
    if project is not None:
        form.set_project(project)


def generate(qtbot, page: ReportsPage) -> Path:
    with qtbot.waitSignal(page.runner.finished, timeout=WAIT_MS):
        page.generate()
    assert page.report_path is not None
    return page.report_path


def leftovers(page: ReportsPage) -> list[str]:
    """Every file in the page's private folder."""
    folder = page._folder
    return sorted(p.name for p in folder.iterdir()) if folder is not None else []


def test_an_annual_report_is_made_off_the_gui_thread_and_previewed(qtbot, page: ReportsPage):
    choose(page, ANNUAL, "fr", "de")
    threads: list[threading.Thread] = []
    page.runner.progressed.connect(lambda *_a: threads.append(threading.current_thread()))
    assert not page.save_button.isEnabled() and not page.print_button.isEnabled()
    path = generate(qtbot, page)
    assert page.report_request == ReportRequest(ANNUAL, 2025, ("fr", "de"))
    assert path.is_file() and path.parent == page._folder
    document = page.preview.document
    assert document.pageCount() == len(PdfReader(path).pages) > 3
    assert page.preview.page_count() == document.pageCount()
    assert page.preview.stack.currentWidget() is page.preview.view
    assert "(FR, DE)" in page.preview.caption.text()
    assert page.save_button.isEnabled() and page.print_button.isEnabled()
    assert page.generate_button.isEnabled() and page.progress_bar.isHidden()
    assert page.message_label.text().startswith("The report is ready")
    # Progress arrived (in the GUI thread, through queued signals).
    assert threads and all(t is threading.main_thread() for t in threads)
    # A second report replaces the first, whose file goes.
    choose(page, EXCHANGES, "en")
    second = generate(qtbot, page)
    assert second != path and not path.exists()
    assert leftovers(page) == [second.name]


def test_save_as_writes_a_valid_pdf_under_a_suggested_name(
    qtbot, page: ReportsPage, tmp_path: Path, monkeypatch
):
    choose(page, ANNUAL, "fr", "de")
    generate(qtbot, page)
    suggested: list[str] = []

    def save_name(_parent, _title, path, _filter, *_a, **_k):
        suggested.append(path)
        return str(tmp_path / "council"), "PDF documents (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    written = page.save_as()
    assert Path(suggested[0]).name == "annual-report-2025-fr-de.pdf"
    assert written == tmp_path / "council.pdf"
    assert len(PdfReader(written).pages) == page.preview.page_count()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["council.pdf"]  # no temporary left
    assert "council.pdf" in page.message_label.text()


def test_save_as_to_an_unwritable_place_says_so_and_writes_nothing(
    qtbot, page: ReportsPage, tmp_path: Path, monkeypatch, warnings_shown: list[str]
):
    choose(page, EXCHANGES, "fr")
    generate(qtbot, page)
    target = tmp_path / "no-such-folder" / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    assert page.save_as() is None
    assert len(warnings_shown) == 1
    assert "cannot be written" in warnings_shown[0] and str(target) in warnings_shown[0]
    assert not target.parent.exists()


def test_suggested_names(page: ReportsPage):
    assert page.suggested_file_name(ReportRequest(PROJECT, 2024, ("fr",), "EAU-SN-01")) == (
        "project-sheet-EAU-SN-01-2024-fr.pdf"
    )
    assert page.suggested_file_name(ReportRequest(BUDGET, 2025, ("ar", "fr"), "A/B C")) == (
        "budget-statement-A-B-C-2025-ar-fr.pdf"
    )


@pytest.fixture
def print_dialog(monkeypatch, tmp_path: Path) -> dict[str, object]:
    """QPrintDialog.exec accepts at once, printing to a PDF file (with the range set here)."""
    settings: dict[str, object] = {"file": tmp_path / "printed.pdf", "ranges": None}

    def run(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        settings["page_size"] = printer.pageLayout().pageSize().id()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(settings["file"]))
        if settings["ranges"]:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setPageRanges(QPageRanges.fromString(str(settings["ranges"])))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", run)
    return settings


def test_printing_sends_every_page_at_the_report_paper_size(
    qtbot, page: ReportsPage, print_dialog: dict[str, object]
):
    choose(page, PROJECT, "fr", project="EAU-SN-01")
    generate(qtbot, page)
    page.print_report()
    printed = PdfReader(print_dialog["file"])
    assert len(printed.pages) == page.preview.page_count() > 1
    assert print_dialog["page_size"] == QPageSize.PageSizeId.A4
    box = printed.pages[0].mediabox
    assert round(float(box.width)) == 595 and round(float(box.height)) == 842  # A4 in points
    assert page.message_label.text().startswith(f"{len(printed.pages)} page")


def test_printing_honours_the_page_range(
    qtbot, page: ReportsPage, print_dialog: dict[str, object]
):
    choose(page, ANNUAL, "fr")
    generate(qtbot, page)
    assert page.preview.page_count() >= 3
    print_dialog["ranges"] = "2-3"
    page.print_report()
    assert len(PdfReader(print_dialog["file"]).pages) == 2


def test_a_project_sheet_without_project_is_refused_before_any_work(
    qtbot, page: ReportsPage
):
    choose(page, PROJECT, "fr")
    page.form.set_project(None)
    assert page.form.project_combo.isEnabled()
    page.generate()
    assert page.message_label.text() == "Choose the project of the project sheet."
    assert "b3261e" in page.message_label.styleSheet()
    assert not page.is_generating() and page.report_path is None
    assert leftovers(page) == []
    assert not page.save_button.isEnabled()


def test_a_failed_report_shows_its_message(qtbot, page: ReportsPage):
    choose(page, PROJECT, "fr")
    page.form.project_combo.addItem("GONE-01", "GONE-01")  # deleted meanwhile
    page.form.set_project("GONE-01")
    with qtbot.waitSignal(page.runner.failed, timeout=WAIT_MS):
        page.generate()
    assert page.message_label.text() == (
        "The report could not be made: No project has the code “GONE-01”."
    )
    assert page.generate_button.isEnabled() and page.report_path is None
    assert leftovers(page) == []


def test_cancel_leaves_no_file_and_keeps_the_previous_report(qtbot, page: ReportsPage):
    choose(page, EXCHANGES, "fr")
    previous = generate(qtbot, page)
    choose(page, ANNUAL, "fr", "de")
    page.generate()
    assert page.is_generating() and page.cancel_button.isVisible()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert not page.is_generating()
    assert page.message_label.text() == "Cancelled: no report was made."
    assert page.generate_button.isEnabled() and page.cancel_button.isHidden()
    assert page.runner.wait(WAIT_MS)
    # Even a job that ended just as it was cancelled leaves no file once its signal is in.
    qtbot.waitUntil(lambda: leftovers(page) == [previous.name], timeout=WAIT_MS)
    assert page.report_path == previous and page.save_button.isEnabled()


@pytest.mark.parametrize("stop_at", [5, 35, 100])
def test_a_cancelled_worker_removes_its_file(
    demo_factory: sessionmaker[Session], demo_db: Path, tmp_path: Path, stop_at: int
):
    cancel = threading.Event()
    seen: list[int] = []

    def progress(percent: int, _message: str) -> None:
        seen.append(percent)
        if percent >= stop_at:
            cancel.set()

    out = tmp_path / "r.pdf"
    with pytest.raises(ReportCancelled):
        write_report(demo_factory, demo_db, ReportRequest(EXCHANGES, 2025), out, cancel, progress)
    assert seen[-1] == stop_at
    assert list(tmp_path.iterdir()) == []


def test_defaults_come_from_the_data_and_the_municipality(
    qtbot, app_context: AppContext
):
    app_context.run(
        lambda s: s.add(Municipality(name="Sainte-Aurèle", report_languages=["de", "fr"]))
    )
    page = ReportsPage(app_context)
    qtbot.addWidget(page)
    form = page.form
    assert form.languages() == ("de", "fr")
    assert form.year() == dt.date.today().year  # no data at all: the current year
    assert form.side_by_side_radio.isEnabled()
    assert form.second_language_combo.findData("de") < 0  # never twice the same language
    form.first_language_combo.setCurrentIndex(form.first_language_combo.findData("fr"))
    assert form.languages() == ("fr",)  # the second was French: dropped
    assert not form.side_by_side_radio.isEnabled() and not form.sequential_radio.isEnabled()


def test_the_year_and_the_project_choice_follow_the_kind(page: ReportsPage, demo_context):
    form = page.form
    years = demo_context.run(exchange_years)
    assert form.year() == default_report_year(years)
    assert form.kind() == ANNUAL and not form.project_combo.isEnabled()
    form.set_kind(PROJECT)
    assert form.project_combo.isEnabled() and form.project_code() is None
    assert form.project_combo.itemText(0) == "Choose a project…"
    form.set_project("EAU-SN-01")
    assert form.project_combo.currentText().startswith("EAU-SN-01 — ")
    form.set_kind(EXCHANGES)  # no project: shown as all, kept for later
    assert not form.project_combo.isEnabled() and form.project_code() is None
    form.set_kind(BUDGET)
    assert form.project_code() == "EAU-SN-01"
    form.set_project(None)
    assert form.project_combo.currentText() == "All projects (the whole commune)"
    form.set_languages(("fr", "ar"))
    form.sequential_radio.setChecked(True)
    assert form.request() == ReportRequest(BUDGET, form.year(), ("fr", "ar"), None, SEQUENTIAL)


def test_default_year_is_the_latest_finished_year_with_data():
    today = dt.date(2026, 11, 30)
    assert default_report_year([2027, 2026, 2025, 2024], today) == 2025
    assert default_report_year([2022, 2019], today) == 2022
    assert default_report_year([2026, 2027], today) == 2026
    assert default_report_year([], today) == 2026
    assert offered_years([2019, 2020], today) == [2027, 2026, 2020, 2019]


def test_building_the_page_reads_little(qtbot, demo_context: AppContext):
    engine = demo_context.session_factory.kw["bind"]
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        page = ReportsPage(demo_context)
        qtbot.addWidget(page)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(statements) <= 2
    assert not page.form.projects_loaded()  # read when the page is first shown


def test_the_window_has_a_reports_area_after_exchanges(
    qtbot, demo_context: AppContext, settings: QSettings
):
    keys = [area.key for area in STAFF_AREAS]
    assert keys.index("reports") == keys.index("exchanges") + 1
    window = MainWindow(demo_context, settings)
    qtbot.addWidget(window)
    assert isinstance(window.pages["reports"], ReportsPage)
    # The dashboard reads its figures in a thread: let it end before the test does.
    assert window.pages["dashboard"].loader.wait(WAIT_MS)


def test_zoom_buttons(qtbot, page: ReportsPage):
    preview = page.preview
    assert preview.zoom_in_button.isHidden()  # nothing to zoom yet
    choose(page, EXCHANGES, "fr")
    generate(qtbot, page)
    view = preview.view
    assert view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    fitted = preview._effective_zoom()
    qtbot.mouseClick(preview.zoom_in_button, Qt.MouseButton.LeftButton)
    assert view.zoomMode() == QPdfView.ZoomMode.Custom
    assert view.zoomFactor() == pytest.approx(fitted * 1.25)
    qtbot.mouseClick(preview.zoom_out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(preview.zoom_out_button, Qt.MouseButton.LeftButton)
    assert view.zoomFactor() == pytest.approx(fitted / 1.25)
    qtbot.mouseClick(preview.fit_button, Qt.MouseButton.LeftButton)
    assert view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_a_new_project_appears_after_a_change(qtbot, app_context: AppContext, add_project):
    page = ReportsPage(app_context)
    qtbot.addWidget(page)
    page.show()
    combo = page.form.project_combo
    assert combo.count() == 1
    add_project("NEW-01", "Nouveau projet")
    app_context.events.changed.emit("project")
    qtbot.waitUntil(lambda: combo.findData("NEW-01") > 0)


def test_the_private_folder_goes_with_the_page(qtbot, demo_context: AppContext):
    page = ReportsPage(demo_context)
    page.show()
    choose(page, EXCHANGES, "fr")
    generate(qtbot, page)
    folder = page.work_folder()
    assert any(folder.iterdir())
    with qtbot.waitSignal(page.destroyed, timeout=WAIT_MS):
        page.deleteLater()
    assert not folder.exists()


def test_closing_the_page_mid_report_stops_it_and_leaves_nothing(
    qtbot, demo_context: AppContext
):
    page = ReportsPage(demo_context)
    choose(page, ANNUAL, "fr", "de")
    page.generate()
    folder = page.work_folder()
    assert page.is_generating()
    with qtbot.waitSignal(page.destroyed, timeout=WAIT_MS):
        page.deleteLater()
    assert not folder.exists()
