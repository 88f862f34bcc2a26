"""File ▸ Export (IATI, APD, volunteer bundle) and File ▸ Import (bundle), from the menus."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QFileDialog, QInputDialog

from coopdesk.exchange.bundle_merge import THEIRS
from coopdesk.exchange.iati_validate import validate_file
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.database import OpenedDatabase, open_db
from coopdesk.services.demo import populate_demo
from coopdesk.services.exchanges import get_exchange, update_exchange
from coopdesk.services.organisations import OrganisationData, create_organisation
from coopdesk.services.volunteer import VisitLogData, log_visit, update_visit
from coopdesk.store.backup import backup_database
from coopdesk.store.lifecycle import create_database
from coopdesk.store.models import Exchange
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.bundle_import_dialog import DECISION, BundleImportDialog
from coopdesk.ui.main_window import MainWindow

VOLUNTEER = "Awa Ndiaye"
DEMO_TODAY = dt.date(2026, 3, 15)
MakeWindow = Callable[..., MainWindow]


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.coopdb"
    create_database(path, populate=lambda engine: populate_demo(engine, today=DEMO_TODAY))
    return path


@pytest.fixture
def make_window(qtbot, tmp_path: Path) -> Iterator[MakeWindow]:
    """A window owning its database; ``volunteer``: the volunteer mode of ``user``."""
    opened: list[OpenedDatabase] = []

    def make(path: Path, *, volunteer: bool = False, user: str = "") -> MainWindow:
        database = open_db(path, user=user or "tester")
        opened.append(database)
        context = AppContext(
            session_factory=database.session_factory,
            db_path=database.path,
            formatter=Formatter("en"),
            user_name=user,
        )
        settings = QSettings(str(tmp_path / f"{path.stem}.ini"), QSettings.Format.IniFormat)
        window = MainWindow(context, settings, database=database, volunteer=volunteer)
        qtbot.addWidget(window)
        return window

    yield make
    for database in opened:
        database.close()


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """QFileDialog save/open answers: the next path of the list (append before triggering)."""
    answers: list[Path] = []

    def answer(*_args: object, **_kwargs: object) -> tuple[str, str]:
        return str(answers.pop(0)), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)
    return answers


def run_action(qtbot, window: MainWindow, action_name: str) -> None:
    """Trigger an action of the data menus and wait for its background job to end."""
    action = getattr(window.data_io, action_name)
    assert action.isEnabled()
    action.trigger()
    job = window.data_io.job
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=60000):
        pass


def test_menus_hold_the_actions(make_window, db_path: Path, tmp_path: Path) -> None:
    window = make_window(db_path)
    exports = [a.objectName() for a in window.export_menu.actions()]
    assert {"exportIatiAction", "exportApdAction", "exportBundleAction"} <= set(exports)
    assert "importBundleAction" in [a.objectName() for a in window.import_menu.actions()]
    assert "backupsAction" in [a.objectName() for a in window.file_menu.actions()]
    laptop = tmp_path / "laptop.coopdb"
    backup_database(db_path, laptop)
    volunteer = make_window(laptop, volunteer=True, user=VOLUNTEER)
    names = {a.objectName() for a in volunteer.export_menu.actions()}
    assert "exportBundleAction" in names and "exportIatiAction" not in names
    assert "importBundleAction" not in {a.objectName() for a in volunteer.import_menu.actions()}


def test_iati_export_writes_a_schema_valid_file(
    qtbot, make_window, demo_template: Path, tmp_path: Path, save_as: list[Path]
) -> None:
    demo = tmp_path / "demo.coopdb"
    shutil.copyfile(demo_template, demo)
    window = make_window(demo)
    out = tmp_path / "out" / "demo-iati.xml"
    out.parent.mkdir()
    save_as.append(out)
    run_action(qtbot, window, "iati_action")
    assert out.exists() and validate_file(out) == []
    assert window.statusBar().currentMessage().startswith("IATI file written and validated")


def test_iati_export_refused_writes_nothing_and_says_why(
    qtbot, make_window, db_path: Path, tmp_path: Path, save_as: list[Path], warnings_shown
) -> None:
    window = make_window(db_path)  # no municipality settings yet
    out = tmp_path / "refused.xml"
    save_as.append(out)
    run_action(qtbot, window, "iati_action")
    assert not out.exists()
    assert warnings_shown == [
        "The IATI file was not written: enter the municipality's settings first."
    ]


def test_apd_export_asks_the_year_and_writes_an_xlsx(
    qtbot, make_window, demo_template: Path, tmp_path: Path, save_as: list[Path], monkeypatch
) -> None:
    demo = tmp_path / "demo.coopdb"
    shutil.copyfile(demo_template, demo)
    window = make_window(demo)
    asked: list[int] = []

    def get_int(_parent, _title, _label, value, *_args):
        asked.append(value)
        return 2025, True

    monkeypatch.setattr(QInputDialog, "getInt", get_int)
    out = tmp_path / "APD-2025.xlsx"
    save_as.append(out)
    run_action(qtbot, window, "apd_action")
    assert asked == [dt.date.today().year - 1]  # last year by default
    workbook = load_workbook(out)
    assert workbook.sheetnames[0] == "APD 2025"
    cells = {str(c.value) for row in workbook.worksheets[0].iter_rows() for c in row}
    assert any("SN" in value or "Senegal" in value for value in cells)
    assert window.statusBar().currentMessage().startswith("APD declaration 2025 written")


@pytest.fixture
def offices(db_path: Path, tmp_path: Path, make_window) -> tuple[MainWindow, MainWindow, str]:
    """The town hall's window and a volunteer's (on a copy of it), one partner in common."""
    hall = make_window(db_path)
    data = OrganisationData("Commune de Keur Madické", "local_authority", "SN")
    partner = hall.context.run(lambda s: create_organisation(s, data))
    laptop = tmp_path / "laptop.coopdb"
    backup_database(db_path, laptop)
    return hall, make_window(laptop, volunteer=True, user=VOLUNTEER), partner


def log(window: MainWindow, partner: str, day: int) -> str:
    data = VisitLogData(dt.date(2025, 5, day), partner, participant_count=4, note="Visite",
                        logged_by=VOLUNTEER)  # fmt: skip
    return window.context.run(lambda s: log_visit(s, data))


def import_bundle(qtbot, hall: MainWindow, path: Path, save_as: list[Path]) -> BundleImportDialog:
    save_as.append(path)
    run_action(qtbot, hall, "bundle_import_action")
    dialog = hall.data_io.import_dialog
    assert isinstance(dialog, BundleImportDialog) and dialog.isVisible()
    return dialog


def exchanges_in(window: MainWindow) -> int:
    return window.context.run(lambda s: s.scalar(select(func.count()).select_from(Exchange)))


def test_bundle_from_a_volunteer_imports_once(
    qtbot, offices, tmp_path: Path, save_as: list[Path]
) -> None:
    hall, laptop, partner = offices
    log(laptop, partner, 3)
    log(laptop, partner, 4)
    bundle = tmp_path / "awa.coopdesk"
    save_as.append(bundle)
    run_action(qtbot, laptop, "bundle_export_action")  # no question: the volunteer's name
    assert bundle.exists()
    assert "(2 visits, 0 files)" in laptop.statusBar().currentMessage()

    dialog = import_bundle(qtbot, hall, bundle, save_as)
    assert "New visits to add: 2" in dialog.summary_label.text()
    assert dialog.table.isHidden()  # no conflict
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        dialog.import_button.click()
    assert dialog.result_label.text().startswith("Imported: 2 visit(s) added.")
    assert exchanges_in(hall) == 2
    dialog.close_button.click()

    again = import_bundle(qtbot, hall, bundle, save_as)
    assert again.summary_label.text().startswith("Nothing to import")
    assert not again.import_button.isEnabled()
    assert exchanges_in(hall) == 2
    again.grab().save("/tmp/bundle_import_nothing.png")


def test_conflicts_are_decided_per_visit(
    qtbot, offices, tmp_path: Path, save_as: list[Path]
) -> None:
    hall, laptop, partner = offices
    visit = log(laptop, partner, 3)
    first = tmp_path / "first.coopdesk"
    save_as.append(first)
    run_action(qtbot, laptop, "bundle_export_action")
    dialog = import_bundle(qtbot, hall, first, save_as)
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        dialog.import_button.click()
    dialog.close_button.click()
    # Both sides change the visit after that import.
    here = hall.context.run(lambda s: get_exchange(s, visit))
    renamed = here.__class__(**{**here.__dict__, "title": "Visite renommée à la mairie"})
    hall.context.run(lambda s: update_exchange(s, visit, renamed))
    changed = VisitLogData(dt.date(2025, 5, 3), partner, participant_count=9,
                           note="Neuf élèves finalement", logged_by=VOLUNTEER)  # fmt: skip
    laptop.context.run(lambda s: update_visit(s, visit, changed))
    second = tmp_path / "second.coopdesk"
    save_as.append(second)
    run_action(qtbot, laptop, "bundle_export_action")

    dialog = import_bundle(qtbot, hall, second, save_as)
    assert "Conflicts to decide: 1" in dialog.summary_label.text()
    assert dialog.table.rowCount() == 1 and not dialog.table.isHidden()
    combo = dialog.table.cellWidget(0, DECISION)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(THEIRS))
    assert dialog.decisions() == {visit: THEIRS}
    dialog.grab().save("/tmp/bundle_import_conflict.png")
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        dialog.import_button.click()
    assert "1 visit(s) updated." in dialog.result_label.text()
    dialog.grab().save("/tmp/bundle_import_result.png")
    merged = hall.context.run(lambda s: get_exchange(s, visit))
    assert merged.outcomes == "Neuf élèves finalement"


def test_refused_bundle_imports_nothing(
    qtbot, make_window, db_path: Path, tmp_path: Path, save_as: list[Path], warnings_shown
) -> None:
    hall = make_window(db_path)
    fake = tmp_path / "fake.coopdesk"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    save_as.append(fake)
    run_action(qtbot, hall, "bundle_import_action")
    assert hall.data_io.import_dialog is None
    assert len(warnings_shown) == 1 and "fake.coopdesk" in warnings_shown[0]
    assert exchanges_in(hall) == 0
