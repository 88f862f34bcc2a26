"""Create or edit a contact person of a partner (personal data: consent is recorded)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from coopdesk.services.contacts import (
    ContactData,
    create_contact,
    delete_contact,
    get_contact,
    update_contact,
)
from coopdesk.ui.commands import create_record, update_record
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.record_dialog import RecordDialog
from coopdesk.ui.widgets.code_combo_box import language_combo_box
from coopdesk.ui.widgets.optional_date_edit import OptionalDateEdit


class ContactDialog(RecordDialog):
    """A person at one organisation; the organisation is given, not chosen here."""

    def __init__(
        self,
        context: AppContext,
        organisation_id: str,
        organisation_name: str,
        contact_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("contactDialog")
        self.record_id = contact_id
        self._organisation_id = organisation_id
        lang = context.formatter.language
        self.setWindowTitle(self.tr("Edit contact") if contact_id else self.tr("New contact"))
        partner = QLabel(organisation_name, self)
        partner.setObjectName("contactPartnerLabel")
        self.first_name_edit = self._line("contactFirstNameEdit", 100)
        self.last_name_edit = self._line("contactLastNameEdit", 100)
        self.role_edit = self._line("contactRoleEdit", 150)
        self.role_edit.setPlaceholderText(self.tr("e.g. Mayor, twinning officer"))
        self.email_edit = self._line("contactEmailEdit", 200)
        self.phone_edit = self._line("contactPhoneEdit", 50)
        self.language_combo = language_combo_box(lang, self)
        self.language_combo.setObjectName("contactLanguageCombo")
        self.consent_check = QCheckBox(self.tr("The person agreed to be recorded"), self)
        self.consent_check.setObjectName("contactConsentCheck")
        self.consent_date_edit = OptionalDateEdit(lang, self)
        self.consent_date_edit.setObjectName("contactConsentDateEdit")
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("contactNotesEdit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(70)
        privacy = QLabel(self.tr("Personal data: record only what the partnership needs."), self)
        privacy.setWordWrap(True)
        privacy.setStyleSheet("color: palette(placeholder-text);")

        self.forms[0].addRow(self.tr("Partner"), partner)
        self.add_field("first_name", self.tr("First name"), self.first_name_edit)
        self.add_field("last_name", self.tr("Last name"), self.last_name_edit, required=True)
        self.add_field("role", self.tr("Role"), self.role_edit)
        self.add_field("email", self.tr("E-mail"), self.email_edit)
        self.add_field("phone", self.tr("Phone"), self.phone_edit)
        self.add_field("preferred_language", self.tr("Preferred language"), self.language_combo)
        self.add_field("consent_given", self.tr("Consent"), self.consent_check)
        self.add_field("consent_date", self.tr("Consent date"), self.consent_date_edit)
        self.add_field("notes", self.tr("Notes"), self.notes_edit)
        self.forms[0].addRow(privacy)

        if contact_id is not None:
            self.set_data(context.run(lambda s: get_contact(s, contact_id)))
        self.consent_check.toggled.connect(self._on_consent_check_toggled)
        self.mark_unchanged()
        self.first_name_edit.setFocus()
        self.resize(560, self.sizeHint().height())

    def _line(self, name: str, max_length: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setMaxLength(max_length)
        return edit

    def set_data(self, data: ContactData) -> None:
        self.first_name_edit.setText(data.first_name)
        self.last_name_edit.setText(data.last_name)
        self.role_edit.setText(data.role)
        self.email_edit.setText(data.email)
        self.phone_edit.setText(data.phone)
        self.language_combo.set_code(data.preferred_language)
        self.consent_check.setChecked(data.consent_given)
        self.consent_date_edit.set_date(data.consent_date)
        self.notes_edit.setPlainText(data.notes)

    def collect(self) -> ContactData:
        return ContactData(
            organisation_id=self._organisation_id,
            last_name=self.last_name_edit.text(),
            first_name=self.first_name_edit.text(),
            role=self.role_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            preferred_language=self.language_combo.code(),
            consent_given=self.consent_check.isChecked(),
            consent_date=self.consent_date_edit.date(),
            notes=self.notes_edit.toPlainText(),
        )

    def save(self, data: object) -> str:
        assert isinstance(data, ContactData)
        name = " ".join(p for p in (data.first_name.strip(), data.last_name.strip()) if p)
        if self.record_id is None:
            return create_record(
                self.context,
                self.tr("Add contact {name}").format(name=name),
                "contact",
                lambda s, contact_id: create_contact(s, data, contact_id=contact_id),
                delete_contact,
            )
        update_record(
            self.context,
            self.tr("Edit contact {name}").format(name=name),
            "contact",
            self.record_id,
            data,
            get_contact,
            update_contact,
        )
        return self.record_id

    def _on_consent_check_toggled(self, checked: bool) -> None:
        if checked and self.consent_date_edit.date() is None:
            self.consent_date_edit.set_date(dt.date.today())
        elif not checked:
            self.consent_date_edit.set_date(None)
