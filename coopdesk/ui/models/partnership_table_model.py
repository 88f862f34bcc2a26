"""The partnerships table: one PartnershipRow per line."""

from __future__ import annotations

import datetime as dt
from typing import Any

from coopdesk.domain.enums import PartnershipKind, PartnershipStatus
from coopdesk.i18n import QT_TRANSLATE_NOOP
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.labels import label_of
from coopdesk.services.partnerships import PartnershipRow, partnership_title
from coopdesk.ui.models.row_table_model import Column, RowTableModel

_CTX = "PartnershipTableModel"

TITLE, PARTNER, KIND, STATUS, SIGNED_ON, VALID_UNTIL, DELIBERATION, DOCUMENTS = range(8)


def _iso(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def _deliberation(row: PartnershipRow, formatter: Formatter) -> str:
    parts = [row.deliberation_number, formatter.short_date(row.deliberation_date)]
    return " — ".join(p for p in parts if p)


def _columns(formatter: Formatter) -> list[Column[PartnershipRow]]:
    lang = formatter.language
    return [
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("PartnershipTableModel", "Title"),
            lambda r: partnership_title(r.title, lang),
        ),
        Column(
            _CTX, QT_TRANSLATE_NOOP("PartnershipTableModel", "Partner"), lambda r: r.partner_name
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("PartnershipTableModel", "Kind"),
            lambda r: label_of(PartnershipKind, r.kind),
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("PartnershipTableModel", "Status"),
            lambda r: label_of(PartnershipStatus, r.status),
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("PartnershipTableModel", "Signed on"),
            lambda r: formatter.short_date(r.signed_on),
            sort=lambda r: _iso(r.signed_on),
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("PartnershipTableModel", "Valid until"),
            lambda r: formatter.short_date(r.valid_until),
            sort=lambda r: _iso(r.valid_until),
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("PartnershipTableModel", "Deliberation"),
            lambda r: _deliberation(r, formatter),
            sort=lambda r: (_iso(r.deliberation_date), r.deliberation_number),
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("PartnershipTableModel", "Documents"),
            lambda r: str(r.document_count),
            sort=lambda r: r.document_count,
            numeric=True,
        ),
    ]


class PartnershipTableModel(RowTableModel[PartnershipRow]):
    """Agreements with their partner, kind, status, dates and document count."""

    def __init__(self, formatter: Formatter, parent: Any = None) -> None:
        super().__init__(_columns(formatter), parent)
