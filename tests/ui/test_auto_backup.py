"""Automatic backups: on close (after a change, or none today), daily, settings, failures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import QSettings

from coopdesk.i18n.formatting import Formatter
from coopdesk.services.database import OpenedDatabase, open_db
from coopdesk.services.organisations import OrganisationData, create_organisation
from coopdesk.store.rotation import list_backups
from coopdesk.ui import auto_backup
from coopdesk.ui.auto_backup import (
    CHECK_INTERVAL_MS,
    BackupPreferences,
    backup_location,
    backups_of,
    load_preferences,
    save_preferences,
)
from coopdesk.ui.context import AppContext
from coopdesk.ui.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot, settings: QSettings, db_path: Path) -> Iterator[MakeWindow]:
    """A main window that owns its database (as the application's does)."""
    opened: list[OpenedDatabase] = []

    def make(path: Path = db_path, *, readonly: bool = False) -> MainWindow:
        database = open_db(path, readonly=readonly, user="tester")
        opened.append(database)
        context = AppContext(
            session_factory=database.session_factory,
            db_path=database.path,
            formatter=Formatter("en"),
            readonly=readonly,
        )
        window = MainWindow(context, settings, database=database)
        qtbot.addWidget(window)
        return window

    yield make
    for database in opened:
        database.close()


def folder_of(db_path: Path) -> Path:
    return db_path.parent / f"{db_path.stem}-backups"


def add_partner(window: MainWindow, name: str) -> None:
    """A change as the pages make it: committed, then announced."""
    data = OrganisationData(name=name, kind="school", country="SN")
    window.context.run(lambda s: create_organisation(s, data))
    window.context.events.changed.emit("organisation")


def wait_job(qtbot, job) -> None:
    with qtbot.waitSignal(job.finished, timeout=20000):
        pass


def test_closing_the_window_makes_a_verified_backup(make_window, db_path: Path) -> None:
    window = make_window()
    add_partner(window, "École de Sakhor")
    assert window.data_io.auto_backup.changed
    window.close()
    found = list_backups(folder_of(db_path), verify=True)
    assert len(found) == 1 and found[0].verified
    assert found[0].path.name.startswith("test-")
    assert window.database is None  # the backup came before the database was closed


def test_closing_again_unchanged_the_same_day_makes_no_second_backup(
    make_window, db_path: Path
) -> None:
    make_window().close()
    assert len(backups_of(db_path, folder_of(db_path))) == 1
    make_window().close()  # nothing changed and today's backup exists
    assert len(backups_of(db_path, folder_of(db_path))) == 1
    window = make_window()
    add_partner(window, "Commune de Dioffior")
    window.close()  # changed: backed up again
    assert len(backups_of(db_path, folder_of(db_path))) == 2


def test_daily_check_makes_todays_backup_once(qtbot, make_window, db_path: Path) -> None:
    window = make_window()
    auto = window.data_io.auto_backup
    assert auto.timer.isActive() and auto.timer.interval() == CHECK_INTERVAL_MS == 3600000
    job = auto.check_daily()
    assert job is not None
    wait_job(qtbot, job)
    assert len(backups_of(db_path, folder_of(db_path))) == 1
    assert "Backup made" in window.statusBar().currentMessage()
    assert auto.check_daily() is None  # today's exists
    assert len(backups_of(db_path, folder_of(db_path))) == 1


def test_daily_check_looks_at_the_day_not_the_last_24_hours(tmp_path: Path, db_path: Path):
    from coopdesk.store.rotation import rotate_backup

    folder = tmp_path / "b"
    rotate_backup(db_path, folder=folder, now=dt.datetime.now() - dt.timedelta(days=1))
    assert not auto_backup.has_backup_of_today(db_path, folder)
    rotate_backup(db_path, folder=folder)
    assert auto_backup.has_backup_of_today(db_path, folder)


def test_read_only_or_unowned_database_is_left_to_its_owner(
    qtbot, make_window, app_context: AppContext, settings: QSettings, db_path: Path
) -> None:
    window = make_window(readonly=True)
    assert not window.data_io.auto_backup.timer.isActive()
    window.close()
    unowned = MainWindow(app_context, settings)  # the test owns this engine, not the window
    qtbot.addWidget(unowned)
    unowned.close()
    assert not folder_of(db_path).exists()


def test_turned_off_in_the_preferences(make_window, settings: QSettings, db_path: Path) -> None:
    save_preferences(settings, BackupPreferences(automatic=False))
    window = make_window()
    add_partner(window, "École de Sakhor")
    window.close()
    assert not folder_of(db_path).exists()


def test_chosen_folder_and_number_of_copies(
    qtbot, make_window, settings: QSettings, db_path: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "usb" / "coopdesk"
    save_preferences(settings, BackupPreferences(True, str(elsewhere), 2))
    assert load_preferences(settings) == BackupPreferences(True, str(elsewhere), 2)
    window = make_window()
    assert backup_location(settings, db_path) == elsewhere
    for _ in range(3):
        wait_job(qtbot, window.data_io.auto_backup.start_backup())
    assert len(backups_of(db_path, elsewhere)) == 2
    assert not folder_of(db_path).exists()


def test_failed_closing_backup_warns_and_still_closes(
    make_window, settings: QSettings, db_path: Path, tmp_path: Path, warnings_shown: list[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    save_preferences(settings, BackupPreferences(True, str(blocker), 0))
    window = make_window()
    add_partner(window, "École de Sakhor")
    window.close()
    assert not window.isVisible() and window.database is None
    assert len(warnings_shown) == 1
    assert warnings_shown[0].startswith("The automatic backup failed; the database itself")
    reopened = open_db(db_path)  # the data is intact
    try:
        from coopdesk.services.organisations import list_organisations
        from coopdesk.store.db import session_scope

        with session_scope(reopened.session_factory) as session:
            assert [o.name for o in list_organisations(session)] == ["École de Sakhor"]
    finally:
        reopened.close()
