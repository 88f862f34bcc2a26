"""Who is logging visits: the volunteer's name, asked once and remembered in the settings."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from coopdesk.i18n import translate

VOLUNTEER_NAME_KEY = "volunteer/name"


def remembered_name(settings: QSettings) -> str:
    """The name typed last time ("" when none)."""
    return " ".join(str(settings.value(VOLUNTEER_NAME_KEY, "") or "").split())


def remember_name(settings: QSettings, name: str) -> None:
    settings.setValue(VOLUNTEER_NAME_KEY, " ".join(name.split()))
    settings.sync()


def ask_volunteer_name(parent: QWidget | None, settings: QSettings) -> str | None:
    """Ask "Your name" until one is typed; None when the volunteer cancels.

    The name is remembered, so the question is asked once per computer.
    """
    name = remembered_name(settings)
    while True:
        text, ok = QInputDialog.getText(
            parent,
            translate("VolunteerName", "CoopDesk — volunteer mode"),
            translate(
                "VolunteerName",
                "Your name (it is kept with the visits you log, so that only you can change them):",
            ),
            QLineEdit.EchoMode.Normal,
            name,
        )
        if not ok:
            return None
        name = " ".join(str(text).split())
        if name:
            remember_name(settings, name)
            return name
