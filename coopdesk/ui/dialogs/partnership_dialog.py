"""Create or edit a partnership: partner, kind, status, multilingual title, dates, deliberation."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from coopdesk.domain.enums import PartnershipKind, PartnershipStatus
from coopdesk.services.labels import choices
from coopdesk.services.organisations import list_organisations
from coopdesk.services.partnerships import (
    PartnershipData,
    create_partnership,
    delete_partnership,
    get_partnership,
    partnership_title,
    update_partnership,
)
from coopdesk.ui.commands import create_record, update_record
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.record_dialog import RecordDialog
from coopdesk.ui.widgets.code_combo_box import CodeComboBox
from coopdesk.ui.widgets.multilingual_edit import MultilingualEdit
from coopdesk.ui.widgets.optional_date_edit import OptionalDateEdit


class PartnershipDialog(RecordDialog):
    """The title gets a line for French and for each language of the chosen partner."""

    def __init__(
        self,
        context: AppContext,
        partnership_id: str | None = None,
        *,
        organisation_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("partnershipDialog")
        self.record_id = partnership_id
        lang = context.formatter.language
        self.setWindowTitle(
            self.tr("Edit partnership") if partnership_id else self.tr("New partnership")
        )
        partners = context.run(list_organisations)
        self._partner_languages = {row.id: row.languages for row in partners}
        self.partner_combo = CodeComboBox(
            [(row.id, row.name) for row in partners], allow_empty=True, parent=self
        )
        self.partner_combo.setObjectName("partnershipPartnerCombo")
        self.kind_combo = self._combo("partnershipKindCombo", choices(PartnershipKind))
        self.status_combo = self._combo("partnershipStatusCombo", choices(PartnershipStatus))
        self.status_combo.setCurrentIndex(
            self.status_combo.findData(PartnershipStatus.ACTIVE.value)
        )
        self.title_edit = MultilingualEdit(lang, ("fr",), self)
        self.title_edit.setObjectName("partnershipTitleEdit")
        self.signed_on_edit = OptionalDateEdit(lang, self)
        self.signed_on_edit.setObjectName("partnershipSignedOnEdit")
        self.valid_until_edit = OptionalDateEdit(lang, self)
        self.valid_until_edit.setObjectName("partnershipValidUntilEdit")
        self.deliberation_number_edit = QLineEdit(self)
        self.deliberation_number_edit.setObjectName("partnershipDeliberationNumberEdit")
        self.deliberation_number_edit.setMaxLength(50)
        self.deliberation_number_edit.setPlaceholderText(self.tr("e.g. 2024-DEL-042"))
        self.deliberation_date_edit = OptionalDateEdit(lang, self)
        self.deliberation_date_edit.setObjectName("partnershipDeliberationDateEdit")
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("partnershipNotesEdit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(64)

        self.add_field("organisation_id", self.tr("Partner"), self.partner_combo, required=True)
        self.add_field("kind", self.tr("Kind"), self.kind_combo, required=True)
        self.add_field("status", self.tr("Status"), self.status_combo, required=True)
        self.add_field("signed_on", self.tr("Signed on"), self.signed_on_edit)
        self.add_field("valid_until", self.tr("Valid until"), self.valid_until_edit)
        self.add_field(
            "deliberation_number",
            self.tr("Council deliberation no."),
            self.deliberation_number_edit,
            column=1,
        )
        self.add_field(
            "deliberation_date", self.tr("Deliberation date"), self.deliberation_date_edit, column=1
        )
        self.add_field("notes", self.tr("Notes"), self.notes_edit, column=1)
        self.add_field("title", self.tr("Title"), self.title_edit, required=True, column=2)

        self.partner_combo.code_changed.connect(self._on_partner_combo_code_changed)
        if partnership_id is not None:
            self.set_data(context.run(lambda s: get_partnership(s, partnership_id)))
        elif organisation_id is not None:
            self.partner_combo.set_code(organisation_id)
        self.mark_unchanged()
        self.partner_combo.setFocus()
        self.resize(900, self.sizeHint().height())

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for value, label in items:
            combo.addItem(label, value)
        return combo

    def set_data(self, data: PartnershipData) -> None:
        self.partner_combo.set_code(data.organisation_id)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(data.kind)))
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(data.status)))
        self.title_edit.set_value(data.title)
        self.signed_on_edit.set_date(data.signed_on)
        self.valid_until_edit.set_date(data.valid_until)
        self.deliberation_number_edit.setText(data.deliberation_number)
        self.deliberation_date_edit.set_date(data.deliberation_date)
        self.notes_edit.setPlainText(data.notes)

    def collect(self) -> PartnershipData:
        return PartnershipData(
            organisation_id=self.partner_combo.code(),
            kind=str(self.kind_combo.currentData() or ""),
            title=self.title_edit.value(),
            status=str(self.status_combo.currentData() or ""),
            signed_on=self.signed_on_edit.date(),
            valid_until=self.valid_until_edit.date(),
            deliberation_number=self.deliberation_number_edit.text(),
            deliberation_date=self.deliberation_date_edit.date(),
            notes=self.notes_edit.toPlainText(),
        )

    def save(self, data: object) -> str:
        assert isinstance(data, PartnershipData)
        title = partnership_title(data.title, self.context.formatter.language)
        if self.record_id is None:
            return create_record(
                self.context,
                self.tr("Add partnership {title}").format(title=title),
                "partnership",
                lambda s, pid: create_partnership(s, data, partnership_id=pid),
                lambda s, pid: delete_partnership(s, pid),
            )
        update_record(
            self.context,
            self.tr("Edit partnership {title}").format(title=title),
            "partnership",
            self.record_id,
            data,
            get_partnership,
            update_partnership,
        )
        return self.record_id

    def _on_partner_combo_code_changed(self, org_id: str) -> None:
        self.title_edit.ensure_languages(self._partner_languages.get(org_id, ()))
