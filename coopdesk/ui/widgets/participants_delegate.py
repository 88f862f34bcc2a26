"""Cell editors of the listed participants: lists for sex, age group and organisation, dates."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from coopdesk.domain.enums import AgeGroup, Sex
from coopdesk.services.labels_activity import choices
from coopdesk.ui.models.participant_table_model import (
    AGE,
    CONSENT_DATE,
    ORGANISATION,
    SEX,
    PersonTableModel,
)
from coopdesk.ui.models.row_table_model import fold
from coopdesk.ui.widgets.code_combo_box import CodeComboBox
from coopdesk.ui.widgets.optional_date_edit import date_display_format

Index = QModelIndex | QPersistentModelIndex


class PersonDelegate(QStyledItemDelegate):
    """Text columns use the default line edit; the others get a fitting editor."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = index.column()
        if column in (SEX, AGE):
            combo = QComboBox(parent)
            combo.setObjectName("personSexCombo" if column == SEX else "personAgeCombo")
            for value, label in choices(Sex if column == SEX else AgeGroup):
                combo.addItem(label, value)
            return combo
        if column == ORGANISATION:
            model = index.model()
            names = model.organisations() if isinstance(model, PersonTableModel) else {}
            pairs = sorted(names.items(), key=lambda kv: fold(kv[1]))
            org_combo = CodeComboBox(pairs, allow_empty=True, parent=parent)
            org_combo.setObjectName("personOrganisationCombo")
            return org_combo
        if column == CONSENT_DATE:
            edit = QDateEdit(parent)
            edit.setObjectName("personConsentDateEdit")
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_display_format(self._language))
            edit.setMaximumDate(QDate.currentDate())
            return edit
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value: Any = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, CodeComboBox):
            editor.set_code(str(value or ""))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QDateEdit):
            day = value if isinstance(value, dt.date) else dt.date.today()
            editor.setDate(QDate(day.year, day.month, day.day))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, CodeComboBox):
            model.setData(index, editor.code())
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QDateEdit):
            model.setData(index, editor.date().toPython())
        else:
            super().setModelData(editor, model, index)
