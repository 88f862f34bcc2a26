"""Once a day at start: a status-bar reminder when participants are kept past retention."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QPushButton

from coopdesk.services.errors import ServiceError
from coopdesk.services.retention import retention_due, retention_summary, retention_years
from coopdesk.ui.dialogs.privacy_dialog import PrivacyDialog, open_privacy_dialog

if TYPE_CHECKING:
    from coopdesk.ui.main_window import MainWindow

# QSettings key: the day (ISO) the reminder last looked.
CHECKED_ON_KEY = "privacy/retentionCheckedOn"


class RetentionReminder(QObject):
    """Looks once per day; a flat status-bar button opens the Retention tab. Never blocks."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("retentionReminder")
        self.window = window
        self.button = QPushButton(window)
        self.button.setObjectName("retentionReminderButton")
        self.button.setFlat(True)
        self.button.setStyleSheet("text-align: left; color: #8a5300;")
        self.button.setToolTip(self.tr("Open Tools ▸ Personal data ▸ Retention"))
        self.button.clicked.connect(self.open_list)
        self.button.hide()
        window.statusBar().addWidget(self.button)
        self._timer = QTimer(self)  # after the window is shown: start-up stays fast
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self.check())
        self._timer.start(0)

    def check(self, today: dt.date | None = None) -> int:
        """Show the reminder if it is due today; returns how many participants it names."""
        today = today or dt.date.today()
        context, settings = self.window.context, self.window.settings
        if self.window.volunteer or context.readonly:
            return 0
        if settings.value(CHECKED_ON_KEY, "") == today.isoformat():
            return 0
        settings.setValue(CHECKED_ON_KEY, today.isoformat())

        def read(session: Session) -> tuple[int, str]:
            rows = retention_due(session, today)
            return len(rows), retention_summary(rows, retention_years(session))

        try:
            count, summary = context.run(read)
        except (ServiceError, SQLAlchemyError):  # a reminder never stands in the way
            return 0
        if count:
            self.button.setText(summary)
            self.button.show()
        return count

    def open_list(self) -> PrivacyDialog:
        self.button.hide()
        return open_privacy_dialog(self.window.context, self.window, retention=True)
