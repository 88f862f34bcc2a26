"""Documents of the selected record (partnership, exchange…): add, open, save, remove, undo."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QVBoxLayout, QWidget

from coopdesk.i18n import QT_TRANSLATE_NOOP, translate
from coopdesk.services.attachments import (
    AttachmentRow,
    add_attachment_from_path,
    attach_to_partnership,
    detach_from_partnership,
    list_partnership_documents,
    save_attachment_to,
)
from coopdesk.services.errors import ServiceError
from coopdesk.ui.confirm import confirm, undo_shortcut, warn
from coopdesk.ui.context import AppContext, ServiceCommand
from coopdesk.ui.icons import icon
from coopdesk.ui.models.attachment_table_model import AttachmentTableModel
from coopdesk.ui.widgets.record_list import RecordList

_CTX = "DocumentsPanel"


@dataclass(frozen=True)
class DocumentLinks:
    """How the panel lists, links and unlinks the documents of one kind of record."""

    # The table name sent with the change event (pages watching it reload).
    entity: str
    list_documents: Callable[[Session, str], Sequence[AttachmentRow]]
    attach: Callable[[Session, str, str], object]
    detach: Callable[[Session, str, str], object]
    # Texts marked with QT_TRANSLATE_NOOP("DocumentsPanel", ...), translated when shown.
    select_text: str
    empty_text: str
    # Has the placeholders {name} and {shortcut}.
    remove_question: str
    # Several files at once from the file dialog (e.g. photos).
    multiple: bool = False


PARTNERSHIP_DOCUMENTS = DocumentLinks(
    entity="partnership_document",
    list_documents=list_partnership_documents,
    attach=attach_to_partnership,
    detach=detach_from_partnership,
    select_text=QT_TRANSLATE_NOOP("DocumentsPanel", "Select a partnership to see its documents."),
    empty_text=QT_TRANSLATE_NOOP(
        "DocumentsPanel", "No document yet — click “Add…” to attach the signed agreement."
    ),
    remove_question=QT_TRANSLATE_NOOP(
        "DocumentsPanel",
        "Remove the document “{name}” from this partnership? You can undo this with {shortcut}.",
    ),
)
# Kept for code written before the panel served other records.
ENTITY = PARTNERSHIP_DOCUMENTS.entity


class DocumentsPanel(QWidget):
    """Shows nothing until a record is chosen with :meth:`set_owner`."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        links: DocumentLinks = PARTNERSHIP_DOCUMENTS,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.links = links
        self._owner_id: str | None = None
        self._temp_dir: Path | None = None
        self.title = QLabel(self)
        self.title.setObjectName("documentsTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.list = RecordList(AttachmentTableModel(context.formatter, self), "documentsTable")
        self.add_action = QAction(icon("document-add"), self.tr("Add…"), self)
        self.add_action.setObjectName("addDocumentAction")
        self.open_action = QAction(icon("open"), self.tr("Open"), self)
        self.open_action.setObjectName("openDocumentAction")
        self.save_action = QAction(icon("save"), self.tr("Save as…"), self)
        self.save_action.setObjectName("saveDocumentAction")
        self.remove_action = QAction(icon("remove"), self.tr("Remove"), self)
        self.remove_action.setObjectName("removeDocumentAction")
        self.list.add_button(self.add_action, "addDocumentButton")
        self.list.add_button(self.open_action, "openDocumentButton")
        self.list.add_button(self.save_action, "saveDocumentButton")
        self.list.add_button(self.remove_action, "removeDocumentButton")
        self.list.set_texts(
            empty=translate(_CTX, links.empty_text),
            no_match="",
            count=lambda _visible, total: self.tr("%n document(s)", "", total),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        self.add_action.triggered.connect(self.add_document)
        self.open_action.triggered.connect(self.open_document)
        self.save_action.triggered.connect(self.save_document)
        self.remove_action.triggered.connect(self.remove_document)
        self.list.activated.connect(self.open_document)
        self.list.current_changed.connect(self._update_actions)
        self.set_owner(None, "")

    def set_owner(self, owner_id: str | None, title: str) -> None:
        """Show the documents of record ``owner_id`` (None: none), titled after ``title``."""
        self._owner_id = owner_id
        if owner_id is None:
            self.title.setText(self.tr("Documents"))
        else:
            self.title.setText(self.tr("Documents of “{title}”").format(title=title))
        self.reload()

    def set_partnership(self, partnership_id: str | None, title: str) -> None:
        self.set_owner(partnership_id, title)

    def owner_id(self) -> str | None:
        return self._owner_id

    def reload(self) -> None:
        owner, links = self._owner_id, self.links
        rows: Sequence[AttachmentRow] = []
        if owner is not None:
            rows = self.context.run(lambda s: links.list_documents(s, owner))
        self.list.set_rows(rows)
        if owner is None:
            self.list.panel.show_message(translate(_CTX, links.select_text))
            self.list.count_label.clear()
        self._update_actions()

    def _update_actions(self) -> None:
        writable = not self.context.readonly
        has_doc = self.list.current_id() is not None
        self.add_action.setEnabled(self._owner_id is not None and writable)
        self.open_action.setEnabled(has_doc)
        self.save_action.setEnabled(has_doc)
        self.remove_action.setEnabled(has_doc and writable)

    def _current(self) -> AttachmentRow | None:
        row = self.list.current_row()
        return row if isinstance(row, AttachmentRow) else None

    # --- actions --------------------------------------------------------------------------

    def add_document(self) -> None:
        owner, links = self._owner_id, self.links
        if owner is None:
            return
        if links.multiple:
            names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Add documents"))
        else:
            name, _filter = QFileDialog.getOpenFileName(self, self.tr("Add a document"))
            names = [name] if name else []
        if not names:
            return
        paths = [Path(name) for name in names]
        added: list[str] = []

        def do(session: Session) -> None:
            if not added:
                added.extend(add_attachment_from_path(session, path) for path in paths)
            for attachment_id in added:
                links.attach(session, owner, attachment_id)

        def undo(session: Session) -> None:
            for attachment_id in added:
                links.detach(session, owner, attachment_id)

        if len(paths) == 1:
            text = self.tr("Add document {name}").format(name=paths[0].name)
        else:
            text = self.tr("Add %n document(s)", "", len(paths))
        try:
            self.context.execute(ServiceCommand(self.context, text, links.entity, do, undo))
        except ServiceError as exc:
            warn(self, self.tr("Document not added"), exc.message)
            return
        self.list.select_id(added[0])

    def open_document(self) -> None:
        """Copy the document to a private temporary folder and open it with its program."""
        row = self._current()
        if row is None:
            return
        if self._temp_dir is None:
            self._temp_dir = Path(tempfile.mkdtemp(prefix="coopdesk-"))
        folder = self._temp_dir / row.id
        folder.mkdir(exist_ok=True)
        dest = folder / row.filename
        try:
            self.context.run(lambda s: save_attachment_to(s, row.id, dest))
        except ServiceError as exc:
            warn(self, self.tr("Document"), exc.message)
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(dest))):
            warn(
                self,
                self.tr("Document"),
                self.tr("No program could open {name}.").format(name=row.filename),
            )

    def save_document(self) -> None:
        row = self._current()
        if row is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of the document"), row.filename
        )
        if not name:
            return
        try:
            self.context.run(lambda s: save_attachment_to(s, row.id, Path(name)))
        except ServiceError as exc:
            warn(self, self.tr("Document not saved"), exc.message)

    def remove_document(self) -> None:
        row, owner, links = self._current(), self._owner_id, self.links
        if row is None or owner is None:
            return
        question = translate(_CTX, links.remove_question)
        if not confirm(
            self,
            self.tr("Remove document"),
            question.format(name=row.filename, shortcut=undo_shortcut()),
        ):
            return
        text = self.tr("Remove document {name}").format(name=row.filename)
        command = ServiceCommand(
            self.context,
            text,
            links.entity,
            lambda s: links.detach(s, owner, row.id),
            lambda s: links.attach(s, owner, row.id),
        )
        try:
            self.context.execute(command)
        except ServiceError as exc:
            warn(self, self.tr("Document not removed"), exc.message)
