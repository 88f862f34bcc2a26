"""A date that may be unknown: a date field plus a "No date" check box."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from coopdesk.i18n.formatting import babel_locale


class OptionalDateEdit(QWidget):
    """``date()`` is ``None`` while "No date" is ticked."""

    date_changed = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edit = QDateEdit(self)
        self._edit.setObjectName("dateEdit")
        self._edit.setCalendarPopup(True)
        self._edit.setDisplayFormat(date_display_format(language))
        self._edit.setDate(QDate.currentDate())
        self._edit.setMinimumWidth(130)
        self._none = QCheckBox(self.tr("No date"), self)
        self._none.setObjectName("noDateCheck")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._edit)
        layout.addWidget(self._none)
        layout.addStretch(1)
        self.setFocusProxy(self._edit)
        self._none.toggled.connect(self._on_none_toggled)
        self._edit.dateChanged.connect(self.date_changed)
        self.set_date(None)

    def date(self) -> dt.date | None:
        if self._none.isChecked():
            return None
        value = self._edit.date().toPython()
        assert isinstance(value, dt.date)
        return value

    def set_date(self, value: dt.date | None) -> None:
        if value is None:
            self._none.setChecked(True)
        else:
            self._edit.setDate(QDate(value.year, value.month, value.day))
            self._none.setChecked(False)
        self._edit.setEnabled(value is not None)

    def date_edit(self) -> QDateEdit:
        return self._edit

    def _on_none_toggled(self, checked: bool) -> None:
        self._edit.setEnabled(not checked)
        self.date_changed.emit()


def date_display_format(language: str) -> str:
    """The locale's short date with a four-digit year (dd/MM/yyyy in French).

    The locale is the one dates are shown in elsewhere (``i18n.formatting``: English is
    en_GB), so a date typed reads like the dates in the tables.
    """
    fmt = QLocale(babel_locale(language)).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt
