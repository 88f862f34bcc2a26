"""The "Partnerships" area: agreements with filters, and the selected one's documents."""

from __future__ import annotations

from sqlalchemy.orm import Session

from PySide6.QtWidgets import QVBoxLayout, QWidget

from coopdesk.domain.enums import PartnershipKind, PartnershipStatus
from coopdesk.i18n.locale_data import country_name
from coopdesk.services.attachments import attach_to_partnership
from coopdesk.services.errors import ServiceError
from coopdesk.services.labels import choices
from coopdesk.services.partnerships import (
    PartnershipData,
    PartnershipRow,
    create_partnership,
    delete_partnership,
    get_partnership,
    list_partnerships,
    partnership_title,
)
from coopdesk.ui.commands import delete_record
from coopdesk.ui.confirm import confirm, undo_shortcut, warn
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.partnership_dialog import PartnershipDialog
from coopdesk.ui.documents_panel import DocumentsPanel
from coopdesk.ui.models.partnership_table_model import PartnershipTableModel
from coopdesk.ui.models.row_table_model import fold
from coopdesk.ui.widgets.record_list import RecordList, master_detail

# Tables whose changes alter what this page shows.
WATCHED_TABLES = frozenset({"organisation", "partnership", "partnership_document"})


def _recreate(session: Session, data: PartnershipData, pid: str, documents: object) -> None:
    """Undo of a delete: the same partnership again, with its documents linked again."""
    create_partnership(session, data, partnership_id=pid)
    for attachment_id in documents if isinstance(documents, list) else []:
        attach_to_partnership(session, pid, attachment_id)


class PartnershipsPage(QWidget):
    """Partnerships (top) and the documents of the selected one (bottom)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partnershipsPage")
        self.context = context
        self.list = RecordList(
            PartnershipTableModel(context.formatter, self),
            "partnershipsTable",
            search_name="partnershipSearch",
        )
        self.list.table.max_column_width = 135
        assert self.list.search is not None
        self.search = self.list.search
        self.search.setPlaceholderText(self.tr("Search partnerships…"))
        self.kind_filter = self.list.add_filter(
            "kind", "partnershipKindFilter", self.tr("All kinds"), lambda r: r.kind
        )
        RecordList.set_filter_items(self.kind_filter, choices(PartnershipKind))
        self.status_filter = self.list.add_filter(
            "status", "partnershipStatusFilter", self.tr("All statuses"), lambda r: r.status
        )
        RecordList.set_filter_items(self.status_filter, choices(PartnershipStatus))
        self.country_filter = self.list.add_filter(
            "country",
            "partnershipCountryFilter",
            self.tr("All countries"),
            lambda r: r.partner_country,
        )
        self.new_action, self.edit_action, self.delete_action = self.list.add_record_actions(
            self,
            "Partnership",
            self.tr("New partnership"),
            (self.new_partnership, self.edit_partnership, self.delete_partnership),
            window_new_shortcut=True,
        )
        self.list.set_texts(
            empty=self.tr("No partnership yet — click “New partnership” to record one."),
            no_match=self.tr("No partnership matches the search or the filters."),
            count=self._count_text,
        )
        self.documents = DocumentsPanel(context, self)
        self.documents.setObjectName("documentsPanel")
        splitter = master_detail(self, "partnershipsSplitter", self.list, self.documents)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.list.current_changed.connect(self._on_list_current_changed)
        context.events.changed.connect(self._on_events_changed)
        self.reload()

    # --- data -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the partnerships again, keeping the selection and the filters."""
        rows = self.context.run(list_partnerships)
        lang = self.context.formatter.language
        countries = sorted(
            {(r.partner_country, country_name(r.partner_country, lang)) for r in rows},
            key=lambda pair: fold(pair[1]),
        )
        RecordList.set_filter_items(self.country_filter, countries)
        self.list.set_rows(rows)
        self._on_list_current_changed()

    def status_text(self) -> str:
        return self.tr("%n partnership(s)", "", self.total_count())

    def total_count(self) -> int:
        return self.list.total_count()

    def current_partnership(self) -> PartnershipRow | None:
        row = self.list.current_row()
        return row if isinstance(row, PartnershipRow) else None

    def _title(self, row: PartnershipRow) -> str:
        return partnership_title(row.title, self.context.formatter.language)

    def _count_text(self, visible: int, total: int) -> str:
        if visible == total:
            return self.tr("%n partnership(s)", "", total)
        return self.tr("{shown} shown of %n partnership(s)", "", total).format(shown=visible)

    # --- actions --------------------------------------------------------------------------

    def new_partnership(self, organisation_id: str | None = None) -> PartnershipDialog | None:
        """Open the dialog for a new partnership (not blocking; returns it)."""
        return self._open(None, organisation_id)

    def edit_partnership(self) -> PartnershipDialog | None:
        pid = self.list.current_id()
        return None if pid is None else self._open(pid, None)

    def _open(self, pid: str | None, organisation_id: str | None) -> PartnershipDialog | None:
        try:
            dialog = PartnershipDialog(
                self.context, pid, organisation_id=organisation_id, parent=self
            )
        except ServiceError as exc:
            warn(self, self.tr("Partnership"), exc.message)
            return None
        dialog.accepted.connect(lambda: self.list.select_id(dialog.record_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def delete_partnership(self) -> None:
        row = self.current_partnership()
        if row is None:
            return
        title = self._title(row)
        question = self.tr(
            "Delete the partnership “{title}” with {partner}? You can undo this with {shortcut}."  # noqa: E501
        )
        if not confirm(
            self,
            self.tr("Delete partnership"),
            question.format(title=title, partner=row.partner_name, shortcut=undo_shortcut()),
        ):
            return
        try:
            delete_record(
                self.context,
                self.tr("Delete partnership {title}").format(title=title),
                "partnership",
                row.id,
                get_partnership,
                delete_partnership,
                _recreate,
            )
        except ServiceError as exc:
            warn(self, self.tr("Not deleted"), exc.message)

    # --- slots ----------------------------------------------------------------------------

    def _on_list_current_changed(self) -> None:
        row = self.current_partnership()
        writable = not self.context.readonly
        self.new_action.setEnabled(writable)
        self.edit_action.setEnabled(row is not None)
        self.delete_action.setEnabled(row is not None and writable)
        if row is None:
            self.documents.set_partnership(None, "")
        else:
            self.documents.set_partnership(row.id, self._title(row))

    def _on_events_changed(self, table: str) -> None:
        if table in WATCHED_TABLES:
            self.reload()
