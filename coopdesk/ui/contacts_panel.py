"""The contacts of the selected partner, with their own New / Edit / Delete."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coopdesk.services.contacts import (
    ContactRow,
    create_contact,
    delete_contact,
    get_contact,
    list_contacts,
)
from coopdesk.services.errors import ServiceError
from coopdesk.ui.commands import delete_record
from coopdesk.ui.confirm import confirm, undo_shortcut, warn
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.contact_dialog import ContactDialog
from coopdesk.ui.models.contact_table_model import ContactTableModel, full_name
from coopdesk.ui.widgets.record_list import RecordList


class ContactsPanel(QWidget):
    """Shows nothing until a partner is chosen with :meth:`set_organisation`."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._organisation_id: str | None = None
        self._organisation_name = ""
        self.title = QLabel(self)
        self.title.setObjectName("contactsTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.list = RecordList(ContactTableModel(context.formatter, self), "contactsTable")
        self.new_action, self.edit_action, self.delete_action = self.list.add_record_actions(
            self,
            "Contact",
            self.tr("New contact"),
            (self.new_contact, self.edit_contact, self.delete_contact),
        )
        self.list.set_texts(
            empty=self.tr("No contact yet for this partner — click “New contact”."),
            no_match="",
            count=lambda _visible, total: self.tr("%n contact(s)", "", total),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        self.list.current_changed.connect(self._update_actions)
        self.set_organisation(None, "")

    def set_organisation(self, organisation_id: str | None, name: str) -> None:
        """Show the contacts of this partner (None: no partner selected)."""
        self._organisation_id = organisation_id
        self._organisation_name = name
        if organisation_id is None:
            self.title.setText(self.tr("Contacts"))
        else:
            self.title.setText(self.tr("Contacts of {partner}").format(partner=name))
        self.reload()

    def reload(self) -> None:
        org_id = self._organisation_id
        rows: list[ContactRow] = []
        if org_id is not None:
            rows = self.context.run(lambda s: list_contacts(s, organisation_id=org_id))
        self.list.set_rows(rows)
        if org_id is None:
            self.list.panel.show_message(self.tr("Select a partner to see its contacts."))
            self.list.count_label.clear()
        self._update_actions()

    def _update_actions(self) -> None:
        has_partner = self._organisation_id is not None
        has_contact = self.list.current_id() is not None
        self.new_action.setEnabled(has_partner and not self.context.readonly)
        self.edit_action.setEnabled(has_contact)
        self.delete_action.setEnabled(has_contact and not self.context.readonly)

    def new_contact(self) -> ContactDialog | None:
        """Open the dialog for a new contact of the current partner (not blocking)."""
        if self._organisation_id is None:
            return None
        return self._open(None)

    def edit_contact(self) -> ContactDialog | None:
        contact_id = self.list.current_id()
        return None if contact_id is None else self._open(contact_id)

    def _open(self, contact_id: str | None) -> ContactDialog | None:
        assert self._organisation_id is not None
        try:
            dialog = ContactDialog(
                self.context, self._organisation_id, self._organisation_name, contact_id, self
            )
        except ServiceError as exc:
            warn(self, self.tr("Contact"), exc.message)
            return None
        dialog.accepted.connect(lambda: self.list.select_id(dialog.record_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def delete_contact(self) -> None:
        row = self.list.current_row()
        if not isinstance(row, ContactRow):
            return
        name = full_name(row)
        question = self.tr("Delete the contact “{name}”? You can undo this with {shortcut}.")
        if not confirm(
            self,
            self.tr("Delete contact"),
            question.format(name=name, shortcut=undo_shortcut()),
        ):
            return
        try:
            delete_record(
                self.context,
                self.tr("Delete contact {name}").format(name=name),
                "contact",
                row.id,
                get_contact,
                delete_contact,
                lambda s, data, contact_id, _result: create_contact(s, data, contact_id=contact_id),
            )
        except ServiceError as exc:
            warn(self, self.tr("Not deleted"), exc.message)
