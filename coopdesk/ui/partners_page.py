"""The "Partners" area: organisations, filters, and the selected partner's contacts."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from coopdesk.domain.enums import OrganisationKind
from coopdesk.i18n.locale_data import country_name
from coopdesk.services.errors import ServiceError
from coopdesk.services.labels import choices
from coopdesk.services.organisations import (
    OrganisationRow,
    create_organisation,
    delete_organisation,
    get_organisation,
    list_organisations,
)
from coopdesk.ui.commands import delete_record
from coopdesk.ui.confirm import confirm, undo_shortcut, warn
from coopdesk.ui.contacts_panel import ContactsPanel
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.organisation_dialog import OrganisationDialog
from coopdesk.ui.models.organisation_table_model import OrganisationTableModel
from coopdesk.ui.models.row_table_model import fold
from coopdesk.ui.widgets.record_list import RecordList, master_detail

# Tables whose changes alter what this page shows.
WATCHED_TABLES = frozenset({"organisation", "contact", "partnership"})


class PartnersPage(QWidget):
    """Partner organisations (top) and the contacts of the selected one (bottom)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partnersPage")
        self.context = context
        lang = context.formatter.language
        self.list = RecordList(
            OrganisationTableModel(lang, self), "partnersTable", search_name="partnerSearch"
        )
        assert self.list.search is not None
        self.search = self.list.search
        self.search.setPlaceholderText(self.tr("Search partners…"))
        self.kind_filter = self.list.add_filter(
            "kind", "partnerKindFilter", self.tr("All kinds"), lambda r: r.kind
        )
        RecordList.set_filter_items(self.kind_filter, choices(OrganisationKind))
        self.country_filter = self.list.add_filter(
            "country", "partnerCountryFilter", self.tr("All countries"), lambda r: r.country
        )
        self.new_action, self.edit_action, self.delete_action = self.list.add_record_actions(
            self,
            "Partner",
            self.tr("New partner"),
            (self.new_partner, self.edit_partner, self.delete_partner),
            window_new_shortcut=True,
        )
        self.list.set_texts(
            empty=self.tr("No partner yet — click “New partner” to add the first one."),
            no_match=self.tr("No partner matches the search or the filters."),
            count=self._count_text,
        )
        self.contacts = ContactsPanel(context, self)
        self.contacts.setObjectName("contactsPanel")
        splitter = master_detail(self, "partnersSplitter", self.list, self.contacts)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.list.current_changed.connect(self._on_list_current_changed)
        context.events.changed.connect(self._on_events_changed)
        self.reload()

    # --- data -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the partners again, keeping the selection and the filters."""
        rows = self.context.run(list_organisations)
        lang = self.context.formatter.language
        countries = sorted(
            {(r.country, country_name(r.country, lang)) for r in rows},
            key=lambda pair: fold(pair[1]),
        )
        RecordList.set_filter_items(self.country_filter, countries)
        self.list.set_rows(rows)
        self._on_list_current_changed()

    def status_text(self) -> str:
        return self.tr("%n partner(s)", "", self.total_count())

    def total_count(self) -> int:
        return self.list.total_count()

    def current_partner(self) -> OrganisationRow | None:
        row = self.list.current_row()
        return row if isinstance(row, OrganisationRow) else None

    def _count_text(self, visible: int, total: int) -> str:
        if visible == total:
            return self.tr("%n partner(s)", "", total)
        return self.tr("{shown} shown of %n partner(s)", "", total).format(shown=visible)

    # --- actions --------------------------------------------------------------------------

    def new_partner(self) -> OrganisationDialog | None:
        """Open the dialog for a new partner (not blocking; returns it)."""
        return self._open(None)

    def edit_partner(self) -> OrganisationDialog | None:
        org_id = self.list.current_id()
        return None if org_id is None else self._open(org_id)

    def _open(self, org_id: str | None) -> OrganisationDialog | None:
        try:
            dialog = OrganisationDialog(self.context, org_id, self)
        except ServiceError as exc:
            warn(self, self.tr("Partner"), exc.message)
            return None
        dialog.accepted.connect(lambda: self.list.select_id(dialog.record_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def delete_partner(self) -> None:
        row = self.current_partner()
        if row is None:
            return
        question = self.tr("Delete the partner “{name}”? You can undo this with {shortcut}.")
        if not confirm(
            self,
            self.tr("Delete partner"),
            question.format(name=row.name, shortcut=undo_shortcut()),
        ):
            return
        try:
            delete_record(
                self.context,
                self.tr("Delete partner {name}").format(name=row.name),
                "organisation",
                row.id,
                get_organisation,
                delete_organisation,
                lambda s, data, org_id, _result: create_organisation(s, data, org_id=org_id),
            )
        except ServiceError as exc:
            warn(self, self.tr("Not deleted"), exc.message)

    # --- slots ----------------------------------------------------------------------------

    def _on_list_current_changed(self) -> None:
        row = self.current_partner()
        writable = not self.context.readonly
        self.new_action.setEnabled(writable)
        self.edit_action.setEnabled(row is not None)
        self.delete_action.setEnabled(row is not None and writable)
        if row is None:
            self.contacts.set_organisation(None, "")
        else:
            self.contacts.set_organisation(row.id, row.name)

    def _on_events_changed(self, table: str) -> None:
        if table in WATCHED_TABLES:
            self.reload()
