"""A volunteer's logged visits: one VisitRow per line (no one's personal data)."""

from __future__ import annotations

from typing import Any

from coopdesk.domain.enums import Direction, ExchangeKind
from coopdesk.i18n import QT_TRANSLATE_NOOP
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.labels_activity import label_of
from coopdesk.services.volunteer import VisitRow
from coopdesk.ui.models.row_table_model import Column, RowTableModel

_CTX = "VisitTableModel"

DATE, KIND, DIRECTION, PARTNER, PARTICIPANTS, NOTE, PHOTOS = range(7)


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


def _columns(formatter: Formatter) -> list[Column[VisitRow]]:
    return [
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("VisitTableModel", "Date"),
            lambda r: formatter.short_date(r.date),
            sort=lambda r: r.date.isoformat(),
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("VisitTableModel", "Kind"),
            lambda r: label_of(ExchangeKind, r.kind),
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("VisitTableModel", "Direction"),
            lambda r: label_of(Direction, r.direction),
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("VisitTableModel", "Partner"),
            lambda r: ", ".join(r.partner_names),
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("VisitTableModel", "Participants"),
            lambda r: formatter.decimal(r.participant_count),
            sort=lambda r: r.participant_count,
            numeric=True,
        ),
        Column(_CTX, QT_TRANSLATE_NOOP("VisitTableModel", "Note"), lambda r: _first_line(r.note)),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("VisitTableModel", "Photos"),
            lambda r: formatter.decimal(r.photo_count),
            sort=lambda r: r.photo_count,
            numeric=True,
        ),
    ]


class VisitTableModel(RowTableModel[VisitRow]):
    """Date, kind, direction, partner, head count, the note's first line, photo count."""

    def __init__(self, formatter: Formatter, parent: Any = None) -> None:
        super().__init__(_columns(formatter), parent)
