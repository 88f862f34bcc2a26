"""Base of the dialogs that edit one record: form, inline errors, OK/Cancel, unsaved changes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.i18n import translate
from coopdesk.services.errors import ServiceError, ValidationError
from coopdesk.ui.context import AppContext

_CTX = "RecordDialog"
_ERROR_STYLE = "color: #b3261e;"
_INVALID_STYLE = """
QLineEdit[invalid="true"], QComboBox[invalid="true"], QAbstractSpinBox[invalid="true"],
QListWidget[invalid="true"], QPlainTextEdit[invalid="true"] { border: 1px solid #b3261e; }
"""
_EDITORS = (QLineEdit, QComboBox, QAbstractSpinBox, QListWidget, QPlainTextEdit)


@dataclass
class _Field:
    widget: QWidget
    error: QLabel


class RecordDialog(QDialog):
    """Subclasses add fields, then implement :meth:`collect` and :meth:`save`."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.record_id: str | None = None
        self._fields: dict[str, _Field] = {}
        self._initial: object | None = None
        self.setStyleSheet(_INVALID_STYLE)
        self.forms = [self._new_form(), self._new_form(), self._new_form()]
        self._general_error = QLabel(self)
        self._general_error.setObjectName("dialogError")
        self._general_error.setStyleSheet(_ERROR_STYLE)
        self._general_error.setWordWrap(True)
        self._general_error.hide()
        required_note = QLabel(translate("RecordDialog", "Fields marked * are required."), self)
        required_note.setObjectName("requiredNote")
        required_note.setStyleSheet("color: palette(placeholder-text);")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("dialogOkButton")
        ok.setText(translate("RecordDialog", "Save"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("dialogCancelButton")
        cancel.setText(translate("RecordDialog", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._general_error)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(self.forms[0], 1)
        columns.addLayout(self.forms[1], 0)
        self._columns = columns
        layout.addLayout(columns)
        layout.addLayout(self.forms[2])
        layout.addStretch(1)
        layout.addWidget(required_note)
        layout.addWidget(self.buttons)

    # --- building the form --------------------------------------------------------------

    @staticmethod
    def _new_form() -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(8)
        return form

    def add_field(
        self,
        name: str,
        label: str,
        widget: QWidget,
        *,
        required: bool = False,
        column: int = 0,
    ) -> QWidget:
        """Add a labelled field whose service errors (field ``name``) show under it.

        Args:
            column: 0 for the left-hand form, 1 for the right-hand one, 2 for the full-width
                form below them.
        """
        error = QLabel(self)
        error.setObjectName(f"{name}Error")
        error.setStyleSheet(_ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        box = QWidget(self)
        stacked = QVBoxLayout(box)
        stacked.setContentsMargins(0, 0, 0, 0)
        stacked.setSpacing(2)
        stacked.addWidget(widget)
        stacked.addWidget(error)
        text = translate("RecordDialog", "{label} *").format(label=label) if required else label
        caption = QLabel(text, self)
        caption.setBuddy(widget)
        self.forms[column].addRow(caption, box)
        if column == 1:
            self._columns.setStretch(1, 1)
        self._fields[name] = _Field(widget, error)
        return widget

    # --- to implement ---------------------------------------------------------------------

    def collect(self) -> object:
        """The data typed in the form (a frozen dataclass)."""
        raise NotImplementedError

    def save(self, data: object) -> str:
        """Run the undoable service command; return the record's id."""
        raise NotImplementedError

    # --- state ----------------------------------------------------------------------------

    def mark_unchanged(self) -> None:
        """Remember the current values: closing without changes then asks nothing."""
        self._initial = self.collect()

    def has_changes(self) -> bool:
        return self.collect() != self._initial

    def error_text(self, name: str) -> str | None:
        """The message shown under field ``name`` (None when none is shown)."""
        item = self._fields.get(name)
        if item is None or item.error.isHidden():
            return None
        return item.error.text()

    def general_error_text(self) -> str | None:
        return None if self._general_error.isHidden() else self._general_error.text()

    def clear_errors(self) -> None:
        self._general_error.hide()
        for item in self._fields.values():
            item.error.hide()
            item.error.clear()
            self._set_invalid(item.widget, False)

    def show_errors(self, error: ValidationError) -> None:
        """Show each message under its field, highlight it, focus the first one."""
        self.clear_errors()
        first: QWidget | None = None
        general: list[str] = []
        for field_error in error.errors:
            item = self._fields.get(field_error.field)
            if item is None:
                general.append(field_error.message)
                continue
            item.error.setText(field_error.message)
            item.error.show()
            self._set_invalid(item.widget, True)
            first = first or item.widget
        if general:
            self._general_error.setText("\n".join(general))
            self._general_error.show()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def _set_invalid(widget: QWidget, invalid: bool) -> None:
        targets = [widget, *[w for w in widget.findChildren(QWidget) if isinstance(w, _EDITORS)]]
        for target in targets:
            if isinstance(target, _EDITORS):
                target.setProperty("invalid", invalid)
                target.style().unpolish(target)
                target.style().polish(target)

    # --- Qt overrides -----------------------------------------------------------------------

    def accept(self) -> None:
        data = self.collect()
        try:
            self.record_id = self.save(data)
        except ValidationError as exc:
            self.show_errors(exc)
            return
        except ServiceError as exc:
            self.clear_errors()
            QMessageBox.warning(self, translate("RecordDialog", "Not saved"), exc.message)
            return
        self._initial = data
        super().accept()

    def reject(self) -> None:
        if self.has_changes():
            answer = QMessageBox.question(
                self,
                translate("RecordDialog", "Unsaved changes"),
                translate("RecordDialog", "Discard the changes you made?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
