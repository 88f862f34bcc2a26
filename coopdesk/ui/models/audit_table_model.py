"""The audit history of one budget record: one row per field changed, read-only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from coopdesk.i18n import QT_TRANSLATE_NOOP, translate
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.audit_history import RECEIPT, AuditRow, display_value
from coopdesk.ui.models.row_table_model import Column, RowTableModel

_CTX = "AuditTableModel"

WHEN, USER, ACTION, FIELD, OLD, NEW, REASON = range(7)

_ACTIONS = {
    ("", "created"): QT_TRANSLATE_NOOP("AuditTableModel", "Created"),
    ("", "updated"): QT_TRANSLATE_NOOP("AuditTableModel", "Changed"),
    ("", "deleted"): QT_TRANSLATE_NOOP("AuditTableModel", "Deleted"),
    (RECEIPT, "created"): QT_TRANSLATE_NOOP("AuditTableModel", "Receipt attached"),
    (RECEIPT, "deleted"): QT_TRANSLATE_NOOP("AuditTableModel", "Receipt removed"),
}


@dataclass(frozen=True)
class AuditItem:
    """One field of one audited change, its values already formatted."""

    id: str
    seq: int
    # The field's place in its change (rows of one change keep their order).
    order: int
    at: dt.datetime
    user: str
    action: str
    field: str
    old: str
    new: str
    reason: str
    search_text: str = field(repr=False, default="")


def action_label(entity: str, action: str) -> str:
    text = _ACTIONS.get((RECEIPT if entity == RECEIPT else "", action))
    return translate(_CTX, text) if text else action


def local_time(at: dt.datetime) -> dt.datetime:
    """A stored UTC time (naive) in the computer's time zone."""
    return at.replace(tzinfo=dt.UTC).astimezone()


def audit_items(entity: str, rows: Sequence[AuditRow], fmt: Formatter) -> list[AuditItem]:
    """Rows of :func:`audit_history.history` of an ``entity`` record, flattened per field."""
    out = []
    for row in rows:
        action = action_label(row.entity, row.action)
        changes = row.changes or ()
        shown_entity = entity if row.entity != RECEIPT else RECEIPT
        pairs = [
            (
                change.label,
                display_value(shown_entity, change, change.old, fmt),
                display_value(shown_entity, change, change.new, fmt),
            )
            for change in changes
        ] or [("", "", "")]
        for order, (label, old, new) in enumerate(pairs):
            out.append(
                AuditItem(
                    id=f"{row.seq}/{order}",
                    seq=row.seq,
                    order=order,
                    at=row.at,
                    user=row.user,
                    action=action,
                    field=label,
                    old=old,
                    new=new,
                    reason=row.reason,
                )
            )
    return out


def _when(fmt: Formatter, at: dt.datetime) -> str:
    local = local_time(at)
    return translate("AuditTableModel", "{date} {time}").format(
        date=fmt.short_date(local.date()), time=local.strftime("%H:%M")
    )


def _columns(fmt: Formatter) -> list[Column[AuditItem]]:
    def text(header: str, attr: str) -> Column[AuditItem]:
        return Column(_CTX, header, lambda item: str(getattr(item, attr)))

    return [
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("AuditTableModel", "When"),
            lambda item: _when(fmt, item.at),
            sort=lambda item: (item.seq, -item.order),
        ),
        text(QT_TRANSLATE_NOOP("AuditTableModel", "Who"), "user"),
        text(QT_TRANSLATE_NOOP("AuditTableModel", "Action"), "action"),
        text(QT_TRANSLATE_NOOP("AuditTableModel", "Field"), "field"),
        text(QT_TRANSLATE_NOOP("AuditTableModel", "Old value"), "old"),
        text(QT_TRANSLATE_NOOP("AuditTableModel", "New value"), "new"),
        text(QT_TRANSLATE_NOOP("AuditTableModel", "Reason"), "reason"),
    ]


class AuditTableModel(RowTableModel[AuditItem]):
    """When, who, action, field, old value, new value, reason; newest first when sorted."""

    def __init__(self, formatter: Formatter, parent: Any = None) -> None:
        super().__init__(_columns(formatter), parent)
