"""The volunteers' quick log: a visit in under a minute, keyboard only (Tab, then Enter)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.orm import Session

from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from coopdesk.domain.enums import Direction, ExchangeKind
from coopdesk.services.attachments import add_attachment_from_path, read_attachment
from coopdesk.services.exchanges import (
    ExchangeSnapshot,
    get_exchange_full,
    list_exchange_documents,
    restore_exchange,
)
from coopdesk.services.labels_activity import choices
from coopdesk.services.organisations import list_organisations
from coopdesk.services.volunteer import (
    VisitLogData,
    delete_visit,
    get_visit,
    log_visit,
    update_visit,
)
from coopdesk.ui.commands import update_record
from coopdesk.ui.context import AppContext, ServiceCommand
from coopdesk.ui.dialogs.record_dialog import RecordDialog
from coopdesk.ui.volunteer_name import remember_name
from coopdesk.ui.volunteer_photos import PhotoList
from coopdesk.ui.widgets.code_combo_box import CodeComboBox
from coopdesk.ui.widgets.optional_date_edit import date_display_format

MAX_PARTICIPANTS = 100_000


@dataclass(frozen=True)
class VisitForm:
    """What the form holds: the visit, and photo files not stored yet."""

    data: VisitLogData
    new_photos: tuple[Path, ...] = ()


def _with_photos(session: Session, form: VisitForm) -> VisitLogData:
    """The visit with its new photo files stored (the same file twice is stored once)."""
    added = tuple(add_attachment_from_path(session, path) for path in form.new_photos)
    return replace(form.data, photos=(*form.data.photos, *added))


class VisitLogDialog(RecordDialog):
    """Date, partner, kind, direction, head count, note, photos; asks the name if unknown."""

    def __init__(
        self,
        context: AppContext,
        exchange_id: str | None = None,
        *,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("visitLogDialog")
        self.record_id = exchange_id
        self._settings = settings
        lang = context.formatter.language
        self.setWindowTitle(self.tr("Edit a visit") if exchange_id else self.tr("Log a visit"))
        partners = context.run(list_organisations)
        self.name_edit: QLineEdit | None = None
        if not context.user_name.strip():
            self.name_edit = QLineEdit(self)
            self.name_edit.setObjectName("visitNameEdit")
            self.name_edit.setMaxLength(150)
            self.name_edit.setPlaceholderText(self.tr("First and last name"))
            self.add_field("logged_by", self.tr("Your name"), self.name_edit, required=True)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("visitDateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_display_format(lang))
        self.date_edit.setDate(QDate.currentDate())
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.partner_combo = CodeComboBox(
            [(row.id, row.name) for row in partners], allow_empty=True, parent=self
        )
        self.partner_combo.setObjectName("visitPartnerCombo")
        self.partner_combo.lineEdit().setPlaceholderText(self.tr("Type part of the name"))
        self.kind_combo = self._combo("visitKindCombo", choices(ExchangeKind))
        self.kind_combo.setCurrentIndex(
            self.kind_combo.findData(ExchangeKind.VOLUNTEER_VISIT.value)
        )
        self.direction_combo = self._combo("visitDirectionCombo", choices(Direction))
        self.direction_combo.setCurrentIndex(
            self.direction_combo.findData(Direction.OUTGOING.value)
        )
        self.count_spin = QSpinBox(self)
        self.count_spin.setObjectName("visitCountSpin")
        self.count_spin.setRange(0, MAX_PARTICIPANTS)
        self.count_spin.setMaximumWidth(120)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("visitNoteEdit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(80)
        self.note_edit.setPlaceholderText(self.tr("What happened, who you met, what comes next"))
        self.photos = PhotoList(self)

        self.add_field("date", self.tr("Date"), self.date_edit, required=True)
        self.add_field("partner_id", self.tr("Partner"), self.partner_combo, required=True)
        self.add_field("kind", self.tr("Kind"), self.kind_combo, required=True)
        self.add_field("direction", self.tr("Direction"), self.direction_combo, required=True)
        self.add_field("participant_count", self.tr("Participants"), self.count_spin)
        self.add_field("note", self.tr("Note"), self.note_edit)
        self.add_field("photos", self.tr("Photos"), self.photos)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        if exchange_id is not None:
            self._load(exchange_id)
        self.mark_unchanged()
        first = self.name_edit if self.name_edit is not None else self.date_edit
        first.setFocus()
        self.resize(560, self.sizeHint().height())

    def _combo(self, name: str, items: list[tuple[str | int, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for value, label in items:
            combo.addItem(label, value)
        return combo

    def _load(self, exchange_id: str) -> None:
        """Show a visit (raises NotYourVisitError when someone else logged it)."""
        name = self.context.user_name

        def read(session: Session) -> tuple[VisitLogData, list[tuple[str, str, bytes]]]:
            visit = get_visit(session, exchange_id, name)
            documents = list_exchange_documents(session, exchange_id)
            names = {row.id: row.filename for row in documents}
            photos = [
                (pid, names.get(pid, ""), read_attachment(session, pid)) for pid in visit.photos
            ]
            return visit, photos

        visit, photos = self.context.run(read)
        assert visit.date is not None
        self.date_edit.setDate(QDate(visit.date.year, visit.date.month, visit.date.day))
        self.partner_combo.set_code(visit.partner_id)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(visit.kind)))
        self.direction_combo.setCurrentIndex(max(0, self.direction_combo.findData(visit.direction)))
        self.count_spin.setValue(visit.participant_count)
        self.note_edit.setPlainText(visit.note)
        for attachment_id, filename, content in photos:
            self.photos.add_stored(attachment_id, filename, content)

    def volunteer_name(self) -> str:
        if self.name_edit is not None:
            return " ".join(self.name_edit.text().split())
        return self.context.user_name

    def collect(self) -> VisitForm:
        day = self.date_edit.date().toPython()
        assert isinstance(day, dt.date)
        data = VisitLogData(
            date=day,
            partner_id=self.partner_combo.code(),
            kind=str(self.kind_combo.currentData() or ""),
            direction=str(self.direction_combo.currentData() or ""),
            participant_count=self.count_spin.value(),
            note=self.note_edit.toPlainText(),
            logged_by=self.volunteer_name(),
            photos=self.photos.stored_ids(),
        )
        return VisitForm(data, self.photos.new_paths())

    def save(self, data: object) -> str:
        assert isinstance(data, VisitForm)
        form = data
        name = form.data.logged_by
        if self.record_id is None:
            record_id = self._log(form)
        else:
            record_id = self.record_id
            update_record(
                self.context,
                self.tr("Edit visit"),
                "exchange",
                record_id,
                form,
                lambda s, eid: VisitForm(get_visit(s, eid, name)),
                lambda s, eid, f: update_visit(s, eid, _with_photos(s, f)),
            )
        if self.name_edit is not None:
            self.context.user_name = name
            if self._settings is not None:
                remember_name(self._settings, name)
        return record_id

    def _log(self, form: VisitForm) -> str:
        """log_visit the first time; redo restores the very same exchange."""
        logged: list[ExchangeSnapshot] = []
        name = form.data.logged_by

        def do(session: Session) -> None:
            if logged:
                restore_exchange(session, logged[0])
            else:
                exchange_id = log_visit(session, _with_photos(session, form))
                logged.append(get_exchange_full(session, exchange_id))

        def undo(session: Session) -> None:
            delete_visit(session, logged[0].id, name)

        self.context.execute(
            ServiceCommand(self.context, self.tr("Log a visit"), "exchange", do, undo)
        )
        return logged[0].id

    def _on_kind_combo_changed(self) -> None:
        if self.kind_combo.currentData() == ExchangeKind.REMOTE_MEETING.value:
            self.direction_combo.setCurrentIndex(
                self.direction_combo.findData(Direction.REMOTE.value)
            )
