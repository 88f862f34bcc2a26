"""Create or edit a partner organisation."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from coopdesk.domain.enums import OrganisationKind
from coopdesk.services.labels import choices
from coopdesk.services.organisations import (
    OrganisationData,
    create_organisation,
    delete_organisation,
    get_organisation,
    update_organisation,
)
from coopdesk.ui.commands import create_record, update_record
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.record_dialog import RecordDialog
from coopdesk.ui.widgets.code_combo_box import country_combo_box
from coopdesk.ui.widgets.language_picker import LanguagePicker


def _line(name: str, parent: QWidget, max_length: int = 200) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setMaxLength(max_length)
    return edit


def _text(name: str, parent: QWidget) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(70)
    return edit


class OrganisationDialog(RecordDialog):
    """Name, kind, country and languages on the left; contact details on the right."""

    def __init__(
        self, context: AppContext, org_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("organisationDialog")
        self.record_id = org_id
        lang = context.formatter.language
        self.setWindowTitle(self.tr("Edit partner") if org_id else self.tr("New partner"))
        self.name_edit = _line("organisationNameEdit", self)
        self.short_name_edit = _line("organisationShortNameEdit", self, 60)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("organisationKindCombo")
        for value, label in choices(OrganisationKind):
            self.kind_combo.addItem(label, value)
        self.country_combo = country_combo_box(lang, self)
        self.country_combo.setObjectName("organisationCountryCombo")
        self.city_edit = _line("organisationCityEdit", self, 120)
        self.region_edit = _line("organisationRegionEdit", self, 120)
        self.languages_picker = LanguagePicker(lang, self)
        self.languages_picker.setObjectName("organisationLanguagesPicker")
        self.website_edit = _line("organisationWebsiteEdit", self, 300)
        self.website_edit.setPlaceholderText("https://")
        self.email_edit = _line("organisationEmailEdit", self)
        self.phone_edit = _line("organisationPhoneEdit", self, 50)
        self.address_edit = _text("organisationAddressEdit", self)
        self.iati_edit = _line("organisationIatiEdit", self, 100)
        self.iati_edit.setPlaceholderText(self.tr("e.g. FR-RNA-W751234567"))
        self.notes_edit = _text("organisationNotesEdit", self)

        self.add_field("name", self.tr("Name"), self.name_edit, required=True)
        self.add_field("short_name", self.tr("Short name"), self.short_name_edit)
        self.add_field("kind", self.tr("Kind"), self.kind_combo, required=True)
        self.add_field("country", self.tr("Country"), self.country_combo, required=True)
        self.add_field("city", self.tr("City"), self.city_edit)
        self.add_field("region", self.tr("Region"), self.region_edit)
        self.add_field("languages", self.tr("Languages"), self.languages_picker)
        self.add_field("website", self.tr("Website"), self.website_edit, column=1)
        self.add_field("email", self.tr("E-mail"), self.email_edit, column=1)
        self.add_field("phone", self.tr("Phone"), self.phone_edit, column=1)
        self.add_field("address", self.tr("Address"), self.address_edit, column=1)
        self.add_field("iati_identifier", self.tr("IATI identifier"), self.iati_edit, column=1)
        self.add_field("notes", self.tr("Notes"), self.notes_edit, column=1)

        if org_id is not None:
            self.set_data(context.run(lambda s: get_organisation(s, org_id)))
        self.mark_unchanged()
        self.name_edit.setFocus()
        self.resize(860, self.sizeHint().height())

    def set_data(self, data: OrganisationData) -> None:
        self.name_edit.setText(data.name)
        self.short_name_edit.setText(data.short_name)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(data.kind)))
        self.country_combo.set_code(data.country)
        self.city_edit.setText(data.city)
        self.region_edit.setText(data.region)
        self.languages_picker.set_selected(data.languages)
        self.website_edit.setText(data.website)
        self.email_edit.setText(data.email)
        self.phone_edit.setText(data.phone)
        self.address_edit.setPlainText(data.address)
        self.iati_edit.setText(data.iati_identifier)
        self.notes_edit.setPlainText(data.notes)

    def collect(self) -> OrganisationData:
        return OrganisationData(
            name=self.name_edit.text(),
            kind=str(self.kind_combo.currentData() or ""),
            country=self.country_combo.code(),
            short_name=self.short_name_edit.text(),
            city=self.city_edit.text(),
            region=self.region_edit.text(),
            languages=self.languages_picker.selected(),
            website=self.website_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            address=self.address_edit.toPlainText(),
            iati_identifier=self.iati_edit.text(),
            notes=self.notes_edit.toPlainText(),
        )

    def save(self, data: object) -> str:
        assert isinstance(data, OrganisationData)
        name = data.name.strip()
        if self.record_id is None:
            return create_record(
                self.context,
                self.tr("Add partner {name}").format(name=name),
                "organisation",
                lambda s, org_id: create_organisation(s, data, org_id=org_id),
                delete_organisation,
            )
        update_record(
            self.context,
            self.tr("Edit partner {name}").format(name=name),
            "organisation",
            self.record_id,
            data,
            get_organisation,
            update_organisation,
        )
        return self.record_id
