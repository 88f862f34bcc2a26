"""The listed participants of an exchange, editable in place (personal data, minors, consent)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from coopdesk.domain.enums import AgeGroup, Sex
from coopdesk.i18n import QT_TRANSLATE_NOOP, translate
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.labels_activity import AGE_GROUPS, MINOR_AGE_GROUPS, UNKNOWN_AGE_GROUP
from coopdesk.services.labels_activity import label_of as activity_label
from coopdesk.services.participants import PersonData

_CTX = "PersonTableModel"

FIRST, LAST, ROLE, ORGANISATION, SEX, AGE, MINOR, CONSENT, CONSENT_DATE = range(9)

_HEADERS = (
    QT_TRANSLATE_NOOP("PersonTableModel", "First name"),
    QT_TRANSLATE_NOOP("PersonTableModel", "Last name"),
    QT_TRANSLATE_NOOP("PersonTableModel", "Role"),
    QT_TRANSLATE_NOOP("PersonTableModel", "Organisation"),
    QT_TRANSLATE_NOOP("PersonTableModel", "Sex"),
    QT_TRANSLATE_NOOP("PersonTableModel", "Age group"),
    QT_TRANSLATE_NOOP("PersonTableModel", "Minor"),
    QT_TRANSLATE_NOOP("PersonTableModel", "Consent"),
    QT_TRANSLATE_NOOP("PersonTableModel", "Consent date"),
)
# The PersonData field shown in each column (service errors name these fields).
FIELDS = (
    "first_name", "last_name", "role", "organisation_id", "sex", "age_group", "is_minor",
    "consent_given", "consent_date",
)  # fmt: skip
_TEXT_COLUMNS = {FIRST: "first_name", LAST: "last_name", ROLE: "role"}
_CHECK_COLUMNS = {MINOR: "is_minor", CONSENT: "consent_given"}
_ADULT_AGE_GROUPS = frozenset(AGE_GROUPS) - MINOR_AGE_GROUPS - {UNKNOWN_AGE_GROUP}
_ERROR_BACKGROUND = QColor("#f6c9c5")

Index = QModelIndex | QPersistentModelIndex


def _checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return int(value) == Qt.CheckState.Checked.value


class PersonTableModel(QAbstractTableModel):
    """One PersonData per row; edits keep the rules a user expects.

    Choosing a minor's age group ticks "Minor" (an adult's unticks it); ticking consent
    dates it today when no date was typed; unticking it clears the date.
    """

    def __init__(self, formatter: Formatter, parent: Any = None) -> None:
        super().__init__(parent)
        self._formatter = formatter
        self._rows: list[PersonData] = []
        self._organisations: dict[str, str] = {}
        self._errors: dict[tuple[int, int], str] = {}

    # --- our API --------------------------------------------------------------------

    def set_persons(self, persons: Sequence[PersonData]) -> None:
        self.beginResetModel()
        self._rows = list(persons)
        self._errors = {}
        self.endResetModel()

    def persons(self) -> tuple[PersonData, ...]:
        return tuple(self._rows)

    def set_organisations(self, names: Mapping[str, str]) -> None:
        """Names of the organisations a person may come with, by id."""
        self._organisations = dict(names)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, ORGANISATION), self.index(len(self._rows) - 1, ORGANISATION)
            )

    def organisations(self) -> dict[str, str]:
        return dict(self._organisations)

    def add_person(self, person: PersonData | None = None) -> int:
        """Append a person (an empty one by default); returns its row."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(person or PersonData())
        self.endInsertRows()
        return row

    def remove_person(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._errors = {}
        self.endRemoveRows()

    def set_errors(self, errors: Mapping[tuple[int, int], str]) -> None:
        """Highlight cells ``(row, column)`` with their message as tooltip ({} clears)."""
        self._errors = dict(errors)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(_HEADERS) - 1)
            )

    def error_at(self, row: int, column: int) -> str | None:
        return self._errors.get((row, column))

    # --- Qt overrides ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(_HEADERS):
            return translate(_CTX, _HEADERS[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def _display(self, person: PersonData, column: int) -> str:
        if column in _TEXT_COLUMNS:
            return str(getattr(person, _TEXT_COLUMNS[column]))
        if column == ORGANISATION:
            org = person.organisation_id or ""
            return self._organisations.get(org, org)
        if column == SEX:
            return activity_label(Sex, person.sex)
        if column == AGE:
            return activity_label(AgeGroup, person.age_group)
        if column == CONSENT_DATE:
            return self._formatter.short_date(person.consent_date)
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        person, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(person, column)
        if role == Qt.ItemDataRole.EditRole:
            value = getattr(person, FIELDS[column])
            if isinstance(value, dt.date) or value is None:
                return value
            return value if isinstance(value, bool) else str(value)
        if role == Qt.ItemDataRole.CheckStateRole and column in _CHECK_COLUMNS:
            ticked = bool(getattr(person, _CHECK_COLUMNS[column]))
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        error = self._errors.get((index.row(), column))
        if role == Qt.ItemDataRole.BackgroundRole and error is not None:
            return _ERROR_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole:
            return error if error is not None else self._display(person, column) or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        base |= Qt.ItemFlag.ItemNeverHasChildren
        person = self._rows[index.row()]
        if index.column() in _CHECK_COLUMNS:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if person.anonymised and index.column() in (FIRST, LAST):
            return base  # the privacy erasure removed the name for good
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        row, column = index.row(), index.column()
        person = self._rows[row]
        if role == Qt.ItemDataRole.CheckStateRole and column in _CHECK_COLUMNS:
            changed = self._with_check(person, column, _checked(value))
        elif role == Qt.ItemDataRole.EditRole and column not in _CHECK_COLUMNS:
            changed = self._with_value(person, column, value)
        else:
            return False
        if changed == person:
            return False
        self._rows[row] = changed
        self._errors = {k: v for k, v in self._errors.items() if k[0] != row}
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(_HEADERS) - 1))
        return True

    @staticmethod
    def _with_check(person: PersonData, column: int, ticked: bool) -> PersonData:
        if column == MINOR:
            return replace(person, is_minor=ticked)
        if ticked:
            return replace(
                person, consent_given=True, consent_date=person.consent_date or dt.date.today()
            )
        return replace(person, consent_given=False, consent_date=None)

    @staticmethod
    def _with_value(person: PersonData, column: int, value: Any) -> PersonData:
        if column in _TEXT_COLUMNS:
            return replace(person, **{_TEXT_COLUMNS[column]: str(value or "")})
        if column == ORGANISATION:
            return replace(person, organisation_id=str(value or "") or None)
        if column == SEX:
            return replace(person, sex=str(value or Sex.UNKNOWN.value))
        if column == AGE:
            age = str(value or UNKNOWN_AGE_GROUP)
            minor = person.is_minor
            if age in MINOR_AGE_GROUPS:
                minor = True
            elif age in _ADULT_AGE_GROUPS:
                minor = False
            return replace(person, age_group=age, is_minor=minor)
        if column == CONSENT_DATE:
            day = value.toPython() if hasattr(value, "toPython") else value
            if not isinstance(day, dt.date):
                return replace(person, consent_date=None)
            return replace(person, consent_date=day, consent_given=True)
        return person
