"""Choosing, creating and opening database files, with the start dialog."""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.config import DB_SUFFIX, default_database_path
from coopdesk.i18n import active_language, translate
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.database import DatabaseError, OpenedDatabase, is_server_location, new_db
from coopdesk.services.recovery import RecoveryError, restore_backup
from coopdesk.services.storage_location import check_storage_location
from coopdesk.services.writer_lock import (
    DatabaseLockedError,
    LockChoice,
    open_for_writing,
    open_read_only,
)
from coopdesk.store.db import DatabaseRefusedError, Refusal
from coopdesk.store.lock import LockInfo
from coopdesk.ui.dialogs.check_dialog import CheckDialog
from coopdesk.ui.icons import icon
from coopdesk.ui.lock_prompt import (
    accepted_locations,
    ask_lock_choice,
    ask_storage_risk,
    confirm_takeover,
    remember_location,
)
from coopdesk.ui.recent_files import RecentFiles

_CTX = "DatabaseFiles"
# Refusals for which a verified backup is offered (not for a file of another kind).
_DAMAGED = frozenset({Refusal.DAMAGED, Refusal.TRUNCATED})


class StartChoice(IntEnum):
    QUIT = 0
    CREATE = 1
    OPEN = 2


class StartDialog(QDialog):
    """Shown when there is no database to open: create one, open one, or quit."""

    def __init__(self, missing: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startDialog")
        self.setWindowTitle(self.tr("Welcome to CoopDesk"))
        self.setWindowIcon(icon("coopdesk"))
        if missing is not None:
            intro = self.tr("The database {path} does not exist.").format(path=missing)
        else:
            intro = self.tr("No database is open.")
        message = QLabel(intro, self)
        message.setObjectName("startMessage")
        message.setWordWrap(True)
        question = QLabel(self.tr("What would you like to do?"), self)
        create = QPushButton(icon("add"), self.tr("Create a new database…"), self)
        create.setObjectName("createDatabaseButton")
        create.setDefault(True)
        open_ = QPushButton(icon("open"), self.tr("Open a database…"), self)
        open_.setObjectName("openDatabaseButton")
        quit_ = QPushButton(self.tr("Quit"), self)
        quit_.setObjectName("quitButton")
        create.clicked.connect(lambda: self.done(StartChoice.CREATE))
        open_.clicked.connect(lambda: self.done(StartChoice.OPEN))
        quit_.clicked.connect(lambda: self.done(StartChoice.QUIT))
        buttons = QHBoxLayout()
        buttons.addWidget(create)
        buttons.addWidget(open_)
        buttons.addStretch(1)
        buttons.addWidget(quit_)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(question)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)


def ask_start_choice(parent: QWidget | None, missing: Path | None) -> StartChoice:
    """Show the start dialog; Escape means quit."""
    return StartChoice(StartDialog(missing, parent).exec())


def _file_filter() -> str:
    return translate("DatabaseFiles", "CoopDesk databases (*{suffix});;All files (*)").format(
        suffix=DB_SUFFIX
    )


def show_error(parent: QWidget | None, message: str) -> None:
    QMessageBox.warning(parent, translate("DatabaseFiles", "Database"), message)


def location_accepted(parent: QWidget | None, path: Path, settings: QSettings) -> bool:
    """Whether to write to ``path``: yes in an ordinary local folder; in a cloud-synced or
    network folder only when the user, warned with the reason, chooses to open it anyway
    (or chose so for good before)."""
    key = str(path.resolve())
    if key in accepted_locations(settings):
        return True
    warning = check_storage_location(path)
    if warning is None:
        return True
    accepted, remember = ask_storage_risk(parent, warning)
    if remember:
        remember_location(settings, key)
    return accepted


def _open_read_only(parent: QWidget | None, path: Path) -> OpenedDatabase | None:
    try:
        return open_read_only(path)
    except DatabaseError as exc:
        show_error(parent, exc.message)
        return None


def open_database_file(
    parent: QWidget | None,
    path: Path,
    settings: QSettings | None = None,
    formatter: Formatter | None = None,
) -> OpenedDatabase | None:
    """Open ``path`` for writing under its writer lock (released when it is closed).

    A file in a cloud-synced or network folder is first warned about. When another
    CoopDesk holds the lock, a dialog says who and offers to open the file read-only, or
    to take a stale lock over. A refusal is shown to the user and gives None, as does a
    file already open in this CoopDesk.
    """
    settings = settings if settings is not None else QSettings()
    if path.is_file() and not location_accepted(parent, path, settings):
        return None
    return _open_locked(parent, path, formatter)


def _open_locked(
    parent: QWidget | None, path: Path, formatter: Formatter | None
) -> OpenedDatabase | None:
    take_over: LockInfo | None = None
    for _attempt in range(3):
        try:
            return open_for_writing(path, take_over=take_over)
        except DatabaseLockedError as exc:
            if exc.info.is_ours:
                return None
            choice = ask_lock_choice(parent, exc.info, formatter)
            if choice is LockChoice.READ_ONLY:
                return _open_read_only(parent, path)
            if choice is not LockChoice.TAKE_OVER or not confirm_takeover(parent, exc.info):
                return None
            take_over = exc.info
        except DatabaseError as exc:
            if not _damaged(exc):
                show_error(parent, exc.message)
                return None
            if not offer_recovery(parent, path):
                return None
    return None


def _damaged(exc: DatabaseError) -> bool:
    cause = exc.__cause__
    return isinstance(cause, DatabaseRefusedError) and cause.reason in _DAMAGED


def offer_recovery(parent: QWidget | None, path: Path) -> bool:
    """For a file refused as damaged: the check dialog, which says what is wrong and offers
    the newest verified backup (the damaged file is kept aside). True when restored."""
    restored: list[Path] = []

    def restore(backup: Path) -> None:
        try:
            restore_backup(backup, path)
        except RecoveryError as exc:
            show_error(parent, exc.message)
        else:
            restored.append(backup)

    dialog = CheckDialog(path, Formatter(active_language()), restore, parent)
    dialog.start()
    dialog.exec()
    return bool(restored)


def ask_open_database(parent: QWidget | None, start: Path) -> OpenedDatabase | None:
    """Let the user pick an existing database and open it."""
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("DatabaseFiles", "Open a database"), str(start), _file_filter()
    )
    return open_database_file(parent, Path(name)) if name else None


def ask_new_database(parent: QWidget | None, suggested: Path) -> OpenedDatabase | None:
    """Let the user choose where to create a new, empty database, then open it."""
    if suggested == default_database_path():
        suggested.parent.mkdir(parents=True, exist_ok=True)
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("DatabaseFiles", "Create a new database"), str(suggested), _file_filter()
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix != DB_SUFFIX:
        path = path.with_name(path.name + DB_SUFFIX)
    settings = QSettings()
    if not location_accepted(parent, path, settings):
        return None
    try:
        new_db(path).close()
    except DatabaseError as exc:
        show_error(parent, exc.message)
        return None
    return _open_locked(parent, path, None)


def first_database(
    settings: QSettings, requested: Path | None, parent: QWidget | None = None
) -> OpenedDatabase | None:
    """The database to start with: the one asked for, else the last one, else the default.

    A missing file is never created silently: the start dialog asks what to do.
    Returns None when the user chose to quit.
    """
    path = requested or RecentFiles(settings).last() or default_database_path()
    missing: Path | None = path
    if path.exists() or is_server_location(path):
        opened = open_database_file(parent, path, settings)
        if opened is not None:
            return opened
        missing = None
    while True:
        choice = ask_start_choice(parent, missing)
        if choice == StartChoice.QUIT:
            return None
        if choice == StartChoice.CREATE:
            opened = ask_new_database(parent, missing or default_database_path())
        else:
            opened = ask_open_database(parent, (missing or path).parent)
        if opened is not None:
            return opened
