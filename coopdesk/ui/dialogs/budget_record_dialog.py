"""Base of the budget dialogs: typed amounts read before saving, a reason kept in the history."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.orm import Session

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from coopdesk.i18n import translate
from coopdesk.services.audit_history import reason_scope
from coopdesk.services.budget_checks import YEAR_MAX, YEAR_MIN
from coopdesk.services.errors import FieldError, ValidationError
from coopdesk.ui.commands import update_record
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.record_dialog import RecordDialog
from coopdesk.ui.widgets.money_edit import MoneyEdit

D = TypeVar("D")
_CTX = "BudgetRecordDialog"
REASON_MAX_LENGTH = 200


def year_spin_box(name: str, year: int, parent: QWidget) -> QSpinBox:
    """A budget year, typed or stepped (1990 to 2100)."""
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(YEAR_MIN, YEAR_MAX)
    spin.setValue(year)
    spin.setGroupSeparatorShown(False)
    return spin


class BudgetRecordDialog(RecordDialog):
    """Subclasses register their :class:`MoneyEdit` fields with :meth:`add_money_field`.

    Saving first reads every typed amount (a message under the amount that cannot be read,
    nothing written), then the other typed numbers (:meth:`check_inputs`), then calls the
    service. Editing an existing record offers a "Reason for the change", written with the
    change in the audit trail.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.money_edits: list[MoneyEdit] = []
        # Service errors of a field shown under another (the currency under its amount).
        self.field_aliases: dict[str, str] = {}
        self.reason_edit: QLineEdit | None = None

    def add_money_field(
        self, name: str, label: str, edit: MoneyEdit, *, required: bool = False, column: int = 0
    ) -> MoneyEdit:
        self.add_field(name, label, edit, required=required, column=column)
        self.money_edits.append(edit)
        return edit

    def add_reason_field(self) -> None:
        """The optional reason of an edit (call it only when editing)."""
        edit = QLineEdit(self)
        edit.setObjectName("reasonEdit")
        edit.setMaxLength(REASON_MAX_LENGTH)
        edit.setPlaceholderText(
            translate("BudgetRecordDialog", "Optional: why this change (kept in the history)")
        )
        self.reason_edit = edit
        self.add_field(
            "reason", translate("BudgetRecordDialog", "Reason for the change"), edit, column=2
        )

    def reason(self) -> str:
        return "" if self.reason_edit is None else self.reason_edit.text().strip()

    def check_inputs(self) -> None:
        """Read the typed numbers other than amounts (rates, percentages).

        Raises:
            ValidationError: one that cannot be read.
        """

    # --- changes: the texts typed count, even when they cannot be read ----------------------

    def _state(self) -> object:
        texts = tuple((e.text(), e.currency()) for e in self.money_edits)
        return (self.collect(), texts, self.reason())

    def mark_unchanged(self) -> None:
        self._initial_state = self._state()

    def has_changes(self) -> bool:
        return self._state() != getattr(self, "_initial_state", None)

    # --- saving ---------------------------------------------------------------------------

    def show_errors(self, error: ValidationError) -> None:
        errors = [
            FieldError(self.field_aliases.get(e.field, e.field), e.message) for e in error.errors
        ]
        super().show_errors(ValidationError(errors))

    def accept(self) -> None:
        try:
            self.check_inputs()
        except ValidationError as exc:
            self.show_errors(exc)
            for edit in self.money_edits:
                edit.validate()
            return
        self.clear_errors()
        unreadable = [edit for edit in self.money_edits if not edit.validate()]
        if unreadable:
            unreadable[0].setFocus()
            return
        super().accept()

    def update_with_reason(
        self,
        text: str,
        entity: str,
        record_id: str,
        new: D,
        read: Callable[[Session, str], D],
        update: Callable[[Session, str, D], object],
    ) -> None:
        """``update_record`` whose change carries the reason typed; its undo says "Undone"."""
        reason = self.reason()
        undone = (
            translate("BudgetRecordDialog", "Undone: {reason}").format(reason=reason)
            if reason
            else translate("BudgetRecordDialog", "Undone")
        )

        def apply(session: Session, rid: str, data: D) -> None:
            with reason_scope(session, reason if data is new else undone):
                update(session, rid, data)

        update_record(self.context, text, entity, record_id, new, read, apply)
