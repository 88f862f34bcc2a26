"""The spreadsheet import dialog driven as a user would: mapping, report, all or nothing, cancel."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit, QPushButton, QRadioButton, QWidget

from coopdesk.exchange import import_engine
from coopdesk.exchange.spreadsheet_import import apply as real_apply
from coopdesk.store.models import Indicator, Measurement, Organisation
from coopdesk.ui import data_menu, data_worker
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs import import_dialog
from coopdesk.ui.dialogs.import_dialog import DONE, FILE, MAPPING, REPORT, ImportDialog
from coopdesk.ui.main_window import MainWindow

Seed = Callable[..., str]
WAIT = 15_000


@pytest.fixture
def dialog(qtbot, app_context: AppContext) -> ImportDialog:
    widget = ImportDialog(app_context)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def changed(app_context: AppContext) -> list[str]:
    seen: list[str] = []
    app_context.events.changed.connect(seen.append)
    return seen


def _count(context: AppContext, model: type) -> int:
    return context.run(lambda s: s.scalar(select(func.count()).select_from(model))) or 0


def _wait_page(qtbot, dialog: ImportDialog, page: int) -> None:
    qtbot.waitUntil(
        lambda: dialog.stack.currentIndex() == page and dialog.runner is None, timeout=WAIT
    )


def _open(qtbot, dialog: ImportDialog, path: Path, kind: str) -> None:
    dialog.file_page.path_edit.setText(str(path))
    dialog.findChild(QRadioButton, f"importKind_{kind}").click()
    assert dialog.next_button.isEnabled()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)


def _check(qtbot, dialog: ImportDialog) -> None:
    assert dialog.next_button.text() == "Check"
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    _wait_page(qtbot, dialog, REPORT)


def _combo(dialog: ImportDialog, key: str) -> QComboBox:
    combo = dialog.findChild(QComboBox, f"mapping_{key}")
    assert combo is not None
    return combo


def _choose(dialog: ImportDialog, key: str, data: str) -> None:
    combo = _combo(dialog, key)
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


@pytest.fixture
def water_indicator(app_context: AppContext, add_project: Seed) -> str:
    project = add_project("EAU-SN-01", "Eau potable")

    def add(session) -> str:
        indicator = Indicator(
            project_id=project, code="EAU-ACC", name={"fr": "Accès à l'eau"},
            unit="personnes", disaggregations=["sex"],
        )  # fmt: skip
        session.add(indicator)
        session.flush()
        return indicator.id

    return app_context.run(add)


def _kobo_file(tmp_path: Path) -> Path:
    """A KoboToolbox-like export: form headers with groups, metadata columns, odd names."""
    path = tmp_path / "enquete_eau_2025.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Enquête eau"
    ws.append(["start", "end", "Trimestre de collecte", "Nombre total de bénéficiaires",
               "grp_benef/sexe/femmes", "grp_benef/sexe/hommes", "Enquêteur", "_id", "_uuid",
               "_submission_time"])  # fmt: skip
    ws.append([dt.datetime(2025, 4, 2, 9), dt.datetime(2025, 4, 2, 9, 20), "2025-Q1", 1250,
               640, 610, "Awa Diop", 1, "a1", dt.datetime(2025, 4, 2, 10)])  # fmt: skip
    ws.append([None, None, "T2 2025", "1302,5", "660,5", 642, "Moussa Fall", 2, "a2", None])
    wb.create_sheet("repeat_menages").append(["_parent_index", "taille"])
    wb.save(path)
    return path


def test_kobo_measurements_through_the_mapping_page(
    qtbot, tmp_path: Path, dialog: ImportDialog, app_context: AppContext, water_indicator: str,
    changed: list[str],
) -> None:  # fmt: skip
    _open(qtbot, dialog, _kobo_file(tmp_path), "measurements")
    _wait_page(qtbot, dialog, MAPPING)
    page = dialog.mapping_page
    assert page.sheet_combo.isVisible() and page.sheet_combo.currentText() == "Enquête eau"
    # Guessed from the headers as the engine does: the breakdowns, who recorded.
    assert page.mapping().columns == {
        "disagg/sex/female": "grp_benef/sexe/femmes",
        "disagg/sex/male": "grp_benef/sexe/hommes",
        "recorded_by": "Enquêteur",
    }
    assert not dialog.next_button.isEnabled()
    assert "Still required: Indicator (code) or Indicator (CoopDesk identifier), Period" in (
        page.missing_label.text()
    )
    _choose(dialog, "period", "Trimestre de collecte")
    _choose(dialog, "value", "Nombre total de bénéficiaires")
    _choose(dialog, "indicator_code", "\x00fixed")
    fixed = dialog.findChild(QLineEdit, "fixed_indicator_code")
    assert fixed.isEnabled()
    qtbot.keyClicks(fixed, "EAU-ACC")
    assert page.missing_label.text() == ""
    assert page.preview.rowCount() == 2
    assert page.preview.horizontalHeaderItem(3).text().endswith("→ Value")
    dialog.resize(900, 640)
    dialog.grab().save(str(tmp_path / "mapping.png"))
    _check(qtbot, dialog)
    assert dialog.report_page.rows() == []
    assert "2 row(s) can be imported (2 new, 0 updated, 0 unchanged)." in (
        dialog.report_page.summary.text()
    )
    assert not dialog.only_valid_button.isVisible()
    assert _count(app_context, Measurement) == 0  # the check is a dry run
    with qtbot.waitSignal(dialog.imported, timeout=WAIT) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert (blocker.args[0].created, blocker.args[0].skipped) == (2, 0)
    assert dialog.stack.currentIndex() == DONE
    assert "2 added" in dialog.done_label.text()
    assert "measurement" in changed
    rows = app_context.run(
        lambda s: [
            (m.period_start, m.value, m.disaggregated, m.recorded_by)
            for m in s.scalars(select(Measurement).order_by(Measurement.period_start))
        ]
    )
    assert rows == [
        (dt.date(2025, 1, 1), Decimal("1250"), {"sex": {"female": "640", "male": "610"}},
         "Awa Diop"),
        (dt.date(2025, 4, 1), Decimal("1302.5"), {"sex": {"female": "660.5", "male": "642"}},
         "Moussa Fall"),
    ]  # fmt: skip


def _partners_csv(tmp_path: Path, rows: int = 3) -> Path:
    path = tmp_path / "partenaires.csv"
    lines = ["Nom;Type;Pays;Ville"]
    lines += [f"Partenaire {i};Association;Sénégal;Thiès" for i in range(1, rows + 1)]
    lines.insert(2, "Commune de Nulle-Part;Commune;Atlantide;")
    path.write_bytes("\n".join(lines).encode("cp1252"))
    return path


def test_one_bad_row_then_only_the_valid_rows(
    qtbot, tmp_path: Path, dialog: ImportDialog, app_context: AppContext, changed: list[str]
) -> None:
    _open(qtbot, dialog, _partners_csv(tmp_path, 2), "partners")
    _wait_page(qtbot, dialog, MAPPING)
    assert not dialog.mapping_page.sheet_combo.isVisible()
    assert dialog.mapping_page.is_complete()  # Nom, Type, Pays guessed
    _check(qtbot, dialog)
    report = dialog.report_page
    [(sheet, row, column, value, reason)] = report.rows()
    assert (sheet, row, column, value) == ("", 3, "Pays", "Atlantide")
    assert reason == "Choose a country from the list."
    assert "1 row(s) rejected" in report.summary.text()
    assert not dialog.import_button.isEnabled()  # all or nothing
    assert dialog.only_valid_button.isVisible()
    assert dialog.only_valid_button.text() == "Import only the 2 valid row(s)"
    dialog.grab().save(str(tmp_path / "report.png"))
    assert _count(app_context, Organisation) == 0
    with qtbot.waitSignal(dialog.imported, timeout=WAIT) as blocker:
        qtbot.mouseClick(dialog.only_valid_button, Qt.MouseButton.LeftButton)
    assert (blocker.args[0].created, blocker.args[0].skipped) == (2, 1)
    assert _count(app_context, Organisation) == 2
    assert "organisation" in changed
    assert "1 row(s) were not valid and were skipped." in dialog.done_label.text()


def test_cancel_leaves_the_database_unchanged(
    qtbot, tmp_path: Path, dialog: ImportDialog, app_context: AppContext, changed: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(import_engine, "CHUNK", 5)
    path = tmp_path / "many.csv"
    path.write_text("Nom,Type,Pays\n" + "".join(f"P{i},ngo,SN\n" for i in range(40)), "utf-8")
    _open(qtbot, dialog, path, "partners")
    _wait_page(qtbot, dialog, MAPPING)
    _check(qtbot, dialog)
    assert dialog.import_button.isEnabled()

    def cancelling_apply(session, plan, only_valid, *, progress):
        def tick(done: int, total: int) -> bool:
            if done >= 10:
                dialog.runner.cancel()  # what the progress dialog's Cancel does
            return progress(done, total)

        return real_apply(session, plan, only_valid, progress=tick)

    monkeypatch.setattr(import_dialog, "apply", cancelling_apply)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    _wait_page(qtbot, dialog, REPORT)
    assert dialog.report_page.message.text() == "Cancelled: nothing was imported."
    assert _count(app_context, Organisation) == 0
    assert changed == []
    assert dialog.import_button.isEnabled()  # the user may try again


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"PK\x03\x04 not really a zip", "is damaged"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old Excel file"),
    ],
)
def test_bad_files_show_the_engine_message(
    qtbot, tmp_path: Path, dialog: ImportDialog, app_context: AppContext, content: bytes,
    message: str,
) -> None:  # fmt: skip
    path = tmp_path / "bad.xlsx"
    path.write_bytes(content)
    _open(qtbot, dialog, path, "partners")
    qtbot.waitUntil(lambda: dialog.file_page.error_label.text() != "", timeout=WAIT)
    assert message in dialog.file_page.error_label.text()
    assert dialog.stack.currentIndex() == FILE
    assert _count(app_context, Organisation) == 0


def test_progress_dialog_cancel_asks_the_task_to_stop(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = data_worker.TaskRunner(parent)
    progress = data_worker.TaskProgress(runner, "Working…", parent)
    [cancel] = progress.findChildren(QPushButton)
    assert cancel.text() == "Cancel"
    cancel.click()
    assert runner.cancel_requested()


@pytest.fixture
def window(qtbot, app_context: AppContext, settings) -> MainWindow:
    w = MainWindow(app_context, settings)
    qtbot.addWidget(w)
    return w


def test_file_menu_exports_the_whole_database_and_it_imports_back(
    qtbot, tmp_path: Path, window: MainWindow, app_context: AppContext, add_partner: Seed,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    add_partner("=cmd|' /C calc'!A0", city="Dioffior")
    add_partner("Stadt Bad Waldsee", country="DE")
    names = [a.objectName() for a in window.export_menu.actions()]
    assert {"exportDatabaseXlsxAction", "exportDatabaseCsvAction"} <= set(names)
    assert "importSpreadsheetAction" in [a.objectName() for a in window.import_menu.actions()]
    target = tmp_path / "tout"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "Excel workbook (*.xlsx)")
    )
    window.data_menu.export_xlsx_action.trigger()
    with qtbot.waitSignal(window.data_menu.runner.finished, timeout=WAIT):
        pass
    written = tmp_path / "tout.xlsx"
    sheet = load_workbook(written)["organisations"]
    assert sheet["B1"].value == "name"
    assert sorted(c.value for c in sheet["B"][1:]) == ["'=cmd|' /C calc'!A0", "Stadt Bad Waldsee"]
    assert "2 row(s) exported" in window.statusBar().currentMessage()
    # Its own file comes back with no mapping question: everything unchanged.
    dialog = window.data_menu.import_spreadsheet()
    assert dialog is not None
    qtbot.addWidget(dialog)
    _open(qtbot, dialog, written, "contacts")
    _wait_page(qtbot, dialog, REPORT)
    assert "exported by CoopDesk" in dialog.report_page.summary.text()
    assert "(0 new, 0 updated, 2 unchanged)" in dialog.report_page.summary.text()
    with qtbot.waitSignal(dialog.imported, timeout=WAIT) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].unchanged == 2
    assert _count(app_context, Organisation) == 2


def test_cancelled_database_export_leaves_nothing_behind(
    qtbot, tmp_path: Path, window: MainWindow, add_partner: Seed, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(5):
        add_partner(f"Partenaire {i}")
    out = tmp_path / "out"
    out.mkdir()
    real = data_menu.export_database

    def cancelled(session, path, fmt, *, progress):
        def tick(done: int, total: int) -> bool:
            window.data_menu.runner.cancel()
            return progress(done, total)

        return real(session, path, fmt, progress=tick)

    monkeypatch.setattr(data_menu, "export_database", cancelled)
    runner = window.data_menu.export_database(out / "base.zip", "csv-fr")
    with qtbot.waitSignal(runner.cancelled, timeout=WAIT):
        pass
    assert list(out.iterdir()) == []
    assert window.statusBar().currentMessage() == "Export cancelled."


def test_import_is_disabled_on_a_read_only_database(window: MainWindow) -> None:
    window.context.readonly = True
    window.import_menu.aboutToShow.emit()
    assert not window.data_menu.import_action.isEnabled()
    assert window.data_menu.import_spreadsheet() is None
