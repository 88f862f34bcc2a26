"""Composition root: QApplication, fonts, translators, the database and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from coopdesk import __version__
from coopdesk.config import APP_NAME, ORG_NAME
from coopdesk.i18n.formatting import Formatter
from coopdesk.ui.areas import STAFF_AREAS, VOLUNTEER_AREAS
from coopdesk.ui.context import AppContext
from coopdesk.ui.database_files import first_database
from coopdesk.ui.first_run import show_first_run_if_needed
from coopdesk.ui.icons import icon
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.startup import app_font, install_translators, register_fonts, ui_language
from coopdesk.ui.volunteer_name import ask_volunteer_name, remembered_name


def run_gui(db_path: Path | None, *, volunteer: bool = False) -> int:
    """Start the desktop application on ``db_path`` (else the last or the default file).

    Args:
        db_path: the database to open, or None.
        volunteer: the volunteer mode: only "My visits", after asking the volunteer's name.

    Returns:
        The exit status of the event loop (0 when the user quits at the start dialog).
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("coopdesk"))
    register_fonts()
    app.setFont(app_font())
    settings = QSettings()
    language = ui_language(settings)
    translators = install_translators(app, language)
    user_name = remembered_name(settings)
    if volunteer and not user_name:
        user_name = ask_volunteer_name(None, settings) or ""
        if not user_name:
            return 0
    opened = first_database(settings, db_path)
    if opened is None:
        return 0
    context = AppContext(
        session_factory=opened.session_factory,
        db_path=opened.path,
        formatter=Formatter(language),
        readonly=opened.readonly,
        user_name=user_name,
    )
    window = MainWindow(
        context,
        settings,
        database=opened,
        areas=VOLUNTEER_AREAS if volunteer else STAFF_AREAS,
        volunteer=volunteer,
    )
    window.show()
    show_first_run_if_needed(window)  # a database whose municipality is not entered yet
    status = app.exec()
    del translators
    return status
