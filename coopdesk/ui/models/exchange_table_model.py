"""The exchanges table: one ExchangeRow per line (also the project page's Exchanges tab)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from coopdesk.domain.enums import Direction, ExchangeKind
from coopdesk.i18n import QT_TRANSLATE_NOOP
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.exchange_list import ExchangeRow
from coopdesk.services.labels_activity import label_of
from coopdesk.ui.models.row_table_model import Column, RowTableModel

_CTX = "ExchangeTableModel"

START, KIND, DIRECTION, TITLE, PARTNERS, PROJECT, PARTICIPANTS = range(7)


def _columns(formatter: Formatter) -> list[Column[ExchangeRow]]:
    # Dates and head counts repeat over thousands of rows: format each value once.
    date_text = lru_cache(maxsize=8192)(formatter.short_date)
    number_text = lru_cache(maxsize=4096)(formatter.decimal)
    kind_text = lru_cache(maxsize=64)(lambda kind: label_of(ExchangeKind, kind))
    direction_text = lru_cache(maxsize=16)(lambda direction: label_of(Direction, direction))
    return [
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("ExchangeTableModel", "Start date"),
            lambda r: date_text(r.start_date),
            # Text, not a tuple: the proxy compares sort values as Qt variants.
            sort=lambda r: f"{r.start_date.isoformat()} {r.end_date.isoformat()}",
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("ExchangeTableModel", "Kind"),
            lambda r: kind_text(r.kind),
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("ExchangeTableModel", "Direction"),
            lambda r: direction_text(r.direction),
        ),
        Column(_CTX, QT_TRANSLATE_NOOP("ExchangeTableModel", "Title"), lambda r: r.title),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("ExchangeTableModel", "Partners"),
            lambda r: ", ".join(r.partner_names),
        ),
        Column(_CTX, QT_TRANSLATE_NOOP("ExchangeTableModel", "Project"), lambda r: r.project_code),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("ExchangeTableModel", "Participants"),
            lambda r: number_text(r.participant_total),
            sort=lambda r: r.participant_total,
            numeric=True,
        ),
    ]


class ExchangeTableModel(RowTableModel[ExchangeRow]):
    """Exchanges with their dates, kind, direction, title, partners, project and head count.

    Search (through the proxy) also matches ``ExchangeRow.search_text``: place, who logged.
    """

    def __init__(self, formatter: Formatter, parent: Any = None) -> None:
        super().__init__(_columns(formatter), parent)
