"""Documents of the selected partnership: add, open, save a copy, remove (undoable)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from sqlalchemy.orm import Session

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QVBoxLayout, QWidget

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

ENTITY = "partnership_document"


class DocumentsPanel(QWidget):
    """Shows nothing until a partnership is chosen with :meth:`set_partnership`."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._partnership_id: str | None = None
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
            empty=self.tr("No document yet — click “Add…” to attach the signed agreement."),
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
        self.set_partnership(None, "")

    def set_partnership(self, partnership_id: str | None, title: str) -> None:
        self._partnership_id = partnership_id
        if partnership_id is None:
            self.title.setText(self.tr("Documents"))
        else:
            self.title.setText(self.tr("Documents of “{title}”").format(title=title))
        self.reload()

    def reload(self) -> None:
        pid = self._partnership_id
        rows: list[AttachmentRow] = []
        if pid is not None:
            rows = self.context.run(lambda s: list_partnership_documents(s, pid))
        self.list.set_rows(rows)
        if pid is None:
            self.list.panel.show_message(self.tr("Select a partnership to see its documents."))
            self.list.count_label.clear()
        self._update_actions()

    def _update_actions(self) -> None:
        writable = not self.context.readonly
        has_doc = self.list.current_id() is not None
        self.add_action.setEnabled(self._partnership_id is not None and writable)
        self.open_action.setEnabled(has_doc)
        self.save_action.setEnabled(has_doc)
        self.remove_action.setEnabled(has_doc and writable)

    def _current(self) -> AttachmentRow | None:
        row = self.list.current_row()
        return row if isinstance(row, AttachmentRow) else None

    # --- actions --------------------------------------------------------------------------

    def add_document(self) -> None:
        pid = self._partnership_id
        if pid is None:
            return
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Add a document"))
        if not name:
            return
        path = Path(name)
        added: list[str] = []

        def do(session: Session) -> None:
            if not added:
                added.append(add_attachment_from_path(session, path))
            attach_to_partnership(session, pid, added[0])

        def undo(session: Session) -> None:
            detach_from_partnership(session, pid, added[0])

        text = self.tr("Add document {name}").format(name=path.name)
        try:
            self.context.execute(ServiceCommand(self.context, text, ENTITY, do, undo))
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
        row, pid = self._current(), self._partnership_id
        if row is None or pid is None:
            return
        question = self.tr(
            "Remove the document “{name}” from this partnership? You can undo this with {shortcut}."
        )
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
            ENTITY,
            lambda s: detach_from_partnership(s, pid, row.id),
            lambda s: attach_to_partnership(s, pid, row.id),
        )
        try:
            self.context.execute(command)
        except ServiceError as exc:
            warn(self, self.tr("Document not removed"), exc.message)
