"""Create or edit an exchange with its partners and participants: one save, one undo."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from coopdesk.domain.enums import Direction, ExchangeKind
from coopdesk.services.errors import FieldError, ValidationError
from coopdesk.services.exchange_list import ExchangeRow, find_possible_duplicates
from coopdesk.services.exchanges import (
    ExchangeData,
    create_exchange,
    delete_exchange,
    get_exchange,
    update_exchange,
    validate_exchange,
)
from coopdesk.services.labels_activity import choices
from coopdesk.services.organisations import list_organisations
from coopdesk.services.participants import (
    Participants,
    get_participants,
    set_participants,
    validate_participants,
)
from coopdesk.services.project_list import list_projects
from coopdesk.ui.commands import create_record, update_record
from coopdesk.ui.confirm import confirm
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.record_dialog import RecordDialog
from coopdesk.ui.widgets.check_list_picker import CheckListPicker
from coopdesk.ui.widgets.code_combo_box import CodeComboBox, country_combo_box
from coopdesk.ui.widgets.optional_date_edit import OptionalDateEdit, date_display_format
from coopdesk.ui.widgets.participants_editor import ParticipantsEditor, is_participant_field

# Possible duplicates named in the question (the others are counted).
MAX_DUPLICATES_SHOWN = 3


@dataclass(frozen=True)
class ExchangeForm:
    """Everything the dialog saves together: the exchange and its participants."""

    data: ExchangeData
    participants: Participants


def read_form(session: Session, exchange_id: str) -> ExchangeForm:
    return ExchangeForm(get_exchange(session, exchange_id), get_participants(session, exchange_id))


def write_form(session: Session, exchange_id: str, form: ExchangeForm) -> None:
    """Update an exchange and replace its participants (in the caller's transaction)."""
    update_exchange(session, exchange_id, form.data)
    set_participants(session, exchange_id, form.participants.persons, form.participants.counts)


def create_form(session: Session, form: ExchangeForm, exchange_id: str | None) -> str:
    new_id = create_exchange(session, form.data, exchange_id=exchange_id)
    set_participants(session, new_id, form.participants.persons, form.participants.counts)
    return new_id


class ExchangeDialog(RecordDialog):
    """New exchanges are checked against those already recorded before they are saved."""

    def __init__(
        self,
        context: AppContext,
        exchange_id: str | None = None,
        *,
        project_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("exchangeDialog")
        self.record_id = exchange_id
        lang = context.formatter.language
        self.setWindowTitle(self.tr("Edit exchange") if exchange_id else self.tr("New exchange"))
        organisations = context.run(list_organisations)
        projects = context.run(lambda s: list_projects(s, language=lang))
        self._hidden = ExchangeData(
            kind="", direction="", title="", start_date=None, logged_by=context.user_name
        )
        self.kind_combo = self._combo("exchangeKindCombo", choices(ExchangeKind))
        self.direction_combo = self._combo("exchangeDirectionCombo", choices(Direction))
        self.start_edit = QDateEdit(self)
        self.start_edit.setObjectName("exchangeStartEdit")
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat(date_display_format(lang))
        self.start_edit.setDate(QDate.currentDate())
        self.start_edit.setMaximumWidth(160)
        self.end_edit = OptionalDateEdit(lang, self)
        self.end_edit.setObjectName("exchangeEndEdit")
        self.place_edit = QLineEdit(self)
        self.place_edit.setObjectName("exchangePlaceEdit")
        self.place_edit.setMaxLength(200)
        self.country_combo = country_combo_box(lang, self)
        self.country_combo.setObjectName("exchangeCountryCombo")
        self.partners_picker = CheckListPicker(
            [(row.id, row.name) for row in organisations], self, name="exchangePartners"
        )
        self.partners_picker.setObjectName("exchangePartnersPicker")
        self.partners_picker.list_widget().setMaximumHeight(130)
        self.partners_picker.set_texts(
            search=self.tr("Search a partner…"),
            nothing=self.tr("No partner chosen."),
            chosen=lambda names: self.tr("Chosen: {partners}").format(partners=names),
        )
        self.project_combo = CodeComboBox(
            [(row.id, f"{row.code} — {row.title}") for row in projects],
            allow_empty=True,
            parent=self,
        )
        self.project_combo.setObjectName("exchangeProjectCombo")
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("exchangeTitleEdit")
        self.title_edit.setMaxLength(200)
        self.title_edit.setPlaceholderText(self.tr("e.g. Visit of the Dioffior school pupils"))
        self.purpose_edit = self._text("exchangePurposeEdit", 48)
        self.outcomes_edit = self._text("exchangeOutcomesEdit", 48)
        self.participants_editor = ParticipantsEditor(context.formatter, self)
        self.participants_editor.set_organisations({row.id: row.name for row in organisations})

        self.add_field("kind", self.tr("Kind"), self.kind_combo, required=True)
        self.add_field("direction", self.tr("Direction"), self.direction_combo, required=True)
        self.add_field("start_date", self.tr("Start date"), self.start_edit, required=True)
        self.add_field("end_date", self.tr("End date"), self.end_edit)
        self.add_field("place", self.tr("Place"), self.place_edit)
        self.add_field("country", self.tr("Country"), self.country_combo)
        self.add_field(
            "partner_ids", self.tr("Partners"), self.partners_picker, required=True, column=1
        )
        self.add_field("project_id", self.tr("Project"), self.project_combo, column=1)
        self.add_field("title", self.tr("Title"), self.title_edit, required=True, column=2)
        self.add_field("purpose", self.tr("Purpose"), self.purpose_edit, column=2)
        self.add_field("outcomes", self.tr("Outcomes"), self.outcomes_edit, column=2)
        self.add_field("participants", self.tr("Participants"), self.participants_editor, column=2)
        self.end_edit.date_edit().setToolTip(self.tr("Tick “No date” for a one-day exchange."))

        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        if exchange_id is not None:
            self.set_form(context.run(lambda s: read_form(s, exchange_id)))
        elif project_id is not None:
            self.project_combo.set_code(project_id)
        self.mark_unchanged()
        self.kind_combo.setFocus()
        self.resize(1000, min(self.sizeHint().height(), 860))

    def _combo(self, name: str, items: list[tuple[str | int, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for value, label in items:
            combo.addItem(label, value)
        return combo

    def _text(self, name: str, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        return edit

    # --- values ---------------------------------------------------------------------------

    def set_form(self, form: ExchangeForm) -> None:
        data = form.data
        self._hidden = data
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(data.kind)))
        self.direction_combo.setCurrentIndex(max(0, self.direction_combo.findData(data.direction)))
        self.title_edit.setText(data.title)
        self.title_edit.home(False)
        if data.start_date is not None:
            day = data.start_date
            self.start_edit.setDate(QDate(day.year, day.month, day.day))
        one_day = data.end_date in (None, data.start_date)
        self.end_edit.set_date(None if one_day else data.end_date)
        self.place_edit.setText(data.place)
        self.country_combo.set_code(data.country)
        self.partners_picker.set_selected(data.partner_ids)
        self.project_combo.set_code(data.project_id or "")
        self.purpose_edit.setPlainText(data.purpose)
        self.outcomes_edit.setPlainText(data.outcomes)
        self.participants_editor.set_participants(form.participants)

    def collect(self) -> ExchangeForm:
        start = self.start_edit.date().toPython()
        assert isinstance(start, dt.date)
        data = replace(
            self._hidden,
            kind=str(self.kind_combo.currentData() or ""),
            direction=str(self.direction_combo.currentData() or ""),
            title=self.title_edit.text(),
            start_date=start,
            end_date=self.end_edit.date(),
            partner_ids=self.partners_picker.selected(),
            place=self.place_edit.text(),
            country=self.country_combo.code(),
            project_id=self.project_combo.code() or None,
            purpose=self.purpose_edit.toPlainText(),
            outcomes=self.outcomes_edit.toPlainText(),
        )
        return ExchangeForm(data, self.participants_editor.value())

    # --- saving ---------------------------------------------------------------------------

    def accept(self) -> None:
        """Check everything first (so all errors show at once), then possible duplicates."""
        form = self.collect()
        errors: list[FieldError] = []
        for check in (
            lambda: validate_exchange(form.data),
            lambda: validate_participants(form.participants.persons, form.participants.counts),
        ):
            try:
                check()
            except ValidationError as exc:
                errors.extend(exc.errors)
        if errors:
            self.show_errors(ValidationError(errors))
            return
        if self.record_id is None and not self._confirm_not_duplicate(form.data):
            return
        super().accept()

    def _confirm_not_duplicate(self, data: ExchangeData) -> bool:
        duplicates = self.context.run(lambda s: find_possible_duplicates(s, data))
        if not duplicates:
            return True
        lines = [self._describe(row) for row in duplicates[:MAX_DUPLICATES_SHOWN]]
        more = len(duplicates) - MAX_DUPLICATES_SHOWN
        if more > 0:
            lines.append(self.tr("and %n more", "", more))
        question = self.tr(
            "This looks like an exchange already recorded:\n{exchanges}\nSave anyway?"
        )
        return confirm(
            self,
            self.tr("Possible duplicate"),
            question.format(exchanges="\n".join(f"• {line}" for line in lines)),
        )

    def _describe(self, row: ExchangeRow) -> str:
        fmt = self.context.formatter
        dates = fmt.short_date(row.start_date)
        if row.end_date != row.start_date:
            dates = f"{dates} – {fmt.short_date(row.end_date)}"
        return self.tr("“{title}”, {dates}, {partners}").format(
            title=row.title, dates=dates, partners=", ".join(row.partner_names)
        )

    def save(self, data: object) -> str:
        assert isinstance(data, ExchangeForm)
        form = data
        title = form.data.title.strip()
        if self.record_id is None:
            return create_record(
                self.context,
                self.tr("Add exchange {title}").format(title=title),
                "exchange",
                lambda s, eid: create_form(s, form, eid),
                delete_exchange,
            )
        update_record(
            self.context,
            self.tr("Edit exchange {title}").format(title=title),
            "exchange",
            self.record_id,
            form,
            read_form,
            write_form,
        )
        return self.record_id

    # --- errors ---------------------------------------------------------------------------

    def clear_errors(self) -> None:
        super().clear_errors()
        self.participants_editor.clear_errors()

    def show_errors(self, error: ValidationError) -> None:
        """The exchange's fields as usual; participants' cells highlighted in the editor."""
        own = [e for e in error.errors if not is_participant_field(e.field)]
        theirs = [e for e in error.errors if is_participant_field(e.field)]
        super().show_errors(ValidationError(own))
        if self.participants_editor.show_errors(theirs) and not own:
            self.participants_editor.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- slots ----------------------------------------------------------------------------

    def _on_kind_combo_changed(self) -> None:
        if self.kind_combo.currentData() == ExchangeKind.REMOTE_MEETING.value:
            self.direction_combo.setCurrentIndex(
                self.direction_combo.findData(Direction.REMOTE.value)
            )
