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
from coopdesk.i18n import translate
from coopdesk.services.database import DatabaseError, OpenedDatabase, new_db, open_db
from coopdesk.ui.icons import icon
from coopdesk.ui.recent_files import RecentFiles

_CTX = "DatabaseFiles"


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


def open_database_file(parent: QWidget | None, path: Path) -> OpenedDatabase | None:
    """Open ``path``; a refusal is shown to the user and gives None."""
    try:
        return open_db(path)
    except DatabaseError as exc:
        show_error(parent, exc.message)
        return None


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
    try:
        return new_db(path)
    except DatabaseError as exc:
        show_error(parent, exc.message)
        return None


def first_database(
    settings: QSettings, requested: Path | None, parent: QWidget | None = None
) -> OpenedDatabase | None:
    """The database to start with: the one asked for, else the last one, else the default.

    A missing file is never created silently: the start dialog asks what to do.
    Returns None when the user chose to quit.
    """
    path = requested or RecentFiles(settings).last() or default_database_path()
    missing: Path | None = path
    if path.exists():
        opened = open_database_file(parent, path)
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
