"""The record lists of the Budget tab: budget lines, funding plan, transactions journal."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout, QWidget

from coopdesk.i18n import QT_TRANSLATE_NOOP, plural, translate
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.budget_lines import (
    create_budget_line,
    delete_budget_line,
    get_budget_line,
    line_name,
)
from coopdesk.services.errors import ServiceError
from coopdesk.services.funding import (
    create_funding_source,
    delete_funding_source,
    get_funding_source,
    source_name,
)
from coopdesk.ui.commands import delete_record
from coopdesk.ui.confirm import confirm, undo_shortcut, warn
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.budget_line_dialog import BudgetLineDialog
from coopdesk.ui.dialogs.budget_record_dialog import BudgetRecordDialog
from coopdesk.ui.dialogs.funding_source_dialog import FundingSourceDialog
from coopdesk.ui.models.budget_line_table_model import LABEL, BudgetLineItem, BudgetLineTableModel
from coopdesk.ui.models.funding_source_table_model import FUNDER, FundingSourceTableModel
from coopdesk.ui.models.row_table_model import RowTableModel
from coopdesk.ui.widgets.record_list import RecordList

_CTX = "BudgetSection"

DialogFactory = Callable[[AppContext, str, "str | None", "int | None", QWidget], BudgetRecordDialog]


@dataclass(frozen=True)
class SectionSpec:
    """What differs between the budget lists (texts marked with QT_TRANSLATE_NOOP)."""

    # Object names: new<name>Button, edit<name>Button, delete<name>Button, <table_name>.
    name: str
    table_name: str
    # The table name sent with change events; the audit history's entity.
    entity: str
    new_text: str
    empty_text: str
    # Has %n.
    count_text: plural.PluralMessage
    delete_title: str
    # Has the placeholders {name} and {shortcut}.
    delete_question: str
    dialog: DialogFactory
    read: Callable[[Session, str], Any]
    delete: Callable[[Session, str], Any]
    # recreate(session, snapshot, record_id, result of delete).
    recreate: Callable[[Session, Any, str, Any], object]
    # How a row is named in messages and in the history's title.
    describe: Callable[[Any, Formatter], str]
    # Rows that are records (the spending on no line is not).
    is_record: Callable[[Any], bool] = lambda _row: True


def _recreate_line(session: Session, data: Any, line_id: str, project_id: Any) -> None:
    create_budget_line(session, str(project_id), data, line_id=line_id)


def _recreate_source(session: Session, data: Any, source_id: str, project_id: Any) -> None:
    create_funding_source(session, str(project_id), data, source_id=source_id)


LINES = SectionSpec(
    name="BudgetLine",
    table_name="budgetLinesTable",
    entity="budget_line",
    new_text=QT_TRANSLATE_NOOP("BudgetSection", "New budget line"),
    empty_text=QT_TRANSLATE_NOOP(
        "BudgetSection", "No budget line — click “New budget line” to plan the project's costs."
    ),
    count_text=plural.translate("BudgetSection", "%n line(s)", None, 1),
    delete_title=QT_TRANSLATE_NOOP("BudgetSection", "Delete budget line"),
    delete_question=QT_TRANSLATE_NOOP(
        "BudgetSection", "Delete the budget line “{name}”? You can undo this with {shortcut}."
    ),
    dialog=BudgetLineDialog,
    read=get_budget_line,
    delete=delete_budget_line,
    recreate=_recreate_line,
    describe=lambda item, _fmt: line_name(item.line.label, item.line.category),
    is_record=lambda item: isinstance(item, BudgetLineItem) and item.is_line,
)

FUNDING = SectionSpec(
    name="Funding",
    table_name="fundingTable",
    entity="funding_source",
    new_text=QT_TRANSLATE_NOOP("BudgetSection", "New funding source"),
    empty_text=QT_TRANSLATE_NOOP(
        "BudgetSection",
        "No funding source — click “New funding source” to describe who pays for what.",
    ),
    count_text=plural.translate("BudgetSection", "%n funding source(s)", None, 1),
    delete_title=QT_TRANSLATE_NOOP("BudgetSection", "Delete funding source"),
    delete_question=QT_TRANSLATE_NOOP(
        "BudgetSection", "Delete the funding source “{name}”? You can undo this with {shortcut}."
    ),
    dialog=FundingSourceDialog,
    read=get_funding_source,
    delete=delete_funding_source,
    recreate=_recreate_source,
    describe=lambda item, _fmt: source_name(item.label, item.organisation_name, item.source.kind),
)


class BudgetSection(QWidget):
    """A list of one kind of budget record with New / Edit / Delete / History."""

    # The record selected (entity, id, name), or ("", "", "") when none is.
    record_selected = Signal(str, str, str)
    history_requested = Signal()

    def __init__(
        self,
        context: AppContext,
        spec: SectionSpec,
        model: RowTableModel[Any],
        *,
        stretch_column: int = 0,
        search_name: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.spec = spec
        self.project_id: str | None = None
        self.year: int | None = None
        self.list = RecordList(
            model, spec.table_name, search_name=search_name, stretch_column=stretch_column
        )
        self.new_action, self.edit_action, self.delete_action = self.list.add_record_actions(
            self,
            spec.name,
            translate(_CTX, spec.new_text),
            (self.new_record, self.edit_record, self.delete_record),
        )
        prefix = spec.name[0].lower() + spec.name[1:]
        self.history_action = QAction(translate("BudgetSection", "History"), self)
        self.history_action.setObjectName(f"{prefix}HistoryAction")
        self.history_action.setToolTip(
            translate("BudgetSection", "Show the changes of the selected record")
        )
        self.list.add_button(self.history_action, f"{prefix}HistoryButton")
        self.history_action.triggered.connect(self._on_history_action_triggered)
        self.list.set_texts(
            empty=translate(_CTX, spec.empty_text),
            no_match=translate("BudgetSection", "Nothing matches the search or the filter."),
            count=lambda _visible, total: spec.count_text.count(total),
        )
        self.main_layout = QVBoxLayout(self)
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.main_layout.addWidget(self.list)
        self.list.current_changed.connect(self._on_list_current_changed)
        self._update_actions()

    def set_project(self, project_id: str | None, year: int | None) -> None:
        self.project_id = project_id
        self.year = year
        self._update_actions()

    def set_rows(self, rows: list[Any]) -> None:
        self.list.set_rows(rows)
        self._update_actions()

    def current_record(self) -> Any | None:
        """The selected row when it is a record (not the spending on no line)."""
        row = self.list.current_row()
        return row if row is not None and self.spec.is_record(row) else None

    def describe(self, row: Any) -> str:
        return self.spec.describe(row, self.context.formatter)

    def _update_actions(self) -> None:
        writable = self.project_id is not None and not self.context.readonly
        has = self.current_record() is not None
        self.new_action.setEnabled(writable)
        self.edit_action.setEnabled(has)
        self.delete_action.setEnabled(has and writable)
        self.history_action.setEnabled(has)

    def _on_history_action_triggered(self) -> None:
        self._on_list_current_changed()  # the history shows this list's record
        self.history_requested.emit()

    def _on_list_current_changed(self) -> None:
        self._update_actions()
        row = self.current_record()
        if row is None:
            self.record_selected.emit("", "", "")
        else:
            self.record_selected.emit(self.spec.entity, row.id, self.describe(row))

    # --- actions --------------------------------------------------------------------------

    def new_record(self) -> BudgetRecordDialog | None:
        """Open the dialog for a new record (not blocking; returns it)."""
        return self._open(None)

    def edit_record(self) -> BudgetRecordDialog | None:
        row = self.current_record()
        return None if row is None else self._open(row.id)

    def _open(self, record_id: str | None) -> BudgetRecordDialog | None:
        if self.project_id is None:
            return None
        try:
            dialog = self.spec.dialog(self.context, self.project_id, record_id, self.year, self)
        except ServiceError as exc:
            warn(self, translate(_CTX, self.spec.new_text), exc.message)
            return None
        if self.context.readonly:
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        dialog.accepted.connect(lambda: self.list.select_id(dialog.record_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def delete_record(self) -> None:
        row = self.current_record()
        if row is None:
            return
        spec = self.spec
        title = translate(_CTX, spec.delete_title)
        question = translate(_CTX, spec.delete_question).format(
            name=self.describe(row), shortcut=undo_shortcut()
        )
        if not confirm(self, title, question):
            return
        try:
            delete_record(
                self.context, title, spec.entity, row.id, spec.read, spec.delete, spec.recreate
            )
        except ServiceError as exc:
            warn(self, translate("BudgetSection", "Not deleted"), exc.message)


def lines_section(context: AppContext, parent: QWidget | None = None) -> BudgetSection:
    model = BudgetLineTableModel(context.formatter)
    section = BudgetSection(context, LINES, model, stretch_column=LABEL, parent=parent)
    model.setParent(section)
    section.setObjectName("budgetLinesSection")
    return section


def funding_section(context: AppContext, parent: QWidget | None = None) -> BudgetSection:
    model = FundingSourceTableModel(context.formatter)
    section = BudgetSection(context, FUNDING, model, stretch_column=FUNDER, parent=parent)
    section.list.table.max_column_width = 160
    model.setParent(section)
    section.setObjectName("fundingSection")
    return section
