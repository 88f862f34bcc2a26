"""Documents attached to a record: one AttachmentRow per line."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from coopdesk.i18n import QT_TRANSLATE_NOOP, translate
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.attachments import AttachmentRow
from coopdesk.ui.models.row_table_model import Column, RowTableModel

_CTX = "AttachmentTableModel"

FILENAME, TYPE, SIZE, ADDED_ON = range(4)


def human_size(size: int, formatter: Formatter) -> str:
    """A byte count as the user reads it ("12 KB", "1.4 MB"), in the UI language."""
    if size < 1024:
        return translate("AttachmentTableModel", "{size} bytes").format(
            size=formatter.decimal(size)
        )
    if size < 1024 * 1024:
        return translate("AttachmentTableModel", "{size} KB").format(
            size=formatter.decimal(round(size / 1024))
        )
    megabytes = (Decimal(size) / Decimal(1024 * 1024)).quantize(Decimal("0.1"))
    return translate("AttachmentTableModel", "{size} MB").format(size=formatter.decimal(megabytes))


def _columns(formatter: Formatter) -> list[Column[AttachmentRow]]:
    return [
        Column(_CTX, QT_TRANSLATE_NOOP("AttachmentTableModel", "File name"), lambda r: r.filename),
        Column(_CTX, QT_TRANSLATE_NOOP("AttachmentTableModel", "Type"), lambda r: r.mime_type),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("AttachmentTableModel", "Size"),
            lambda r: human_size(r.size, formatter),
            sort=lambda r: r.size,
            numeric=True,
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("AttachmentTableModel", "Added on"),
            lambda r: formatter.short_date(r.created_at.date()) if r.created_at else "",
            sort=lambda r: r.created_at.isoformat() if r.created_at else "",
        ),
    ]


class AttachmentTableModel(RowTableModel[AttachmentRow]):
    """Files with their type, size and the date they were added."""

    def __init__(self, formatter: Formatter, parent: Any = None) -> None:
        super().__init__(_columns(formatter), parent)
