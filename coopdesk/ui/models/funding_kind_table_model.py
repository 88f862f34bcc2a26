"""Co-financing by kind of funding: amounts committed and received, and their shares."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from coopdesk.domain.enums import FundingKind
from coopdesk.i18n import QT_TRANSLATE_NOOP
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.budget_figures import KindShare
from coopdesk.services.labels_budget import funding_kind_label
from coopdesk.ui.models.budget_columns import Keyed, money_column, percent_column
from coopdesk.ui.models.row_table_model import Column, RowTableModel

_CTX = "FundingKindTableModel"

KIND, COMMITTED, COMMITTED_SHARE, RECEIVED, RECEIVED_SHARE, SOURCES = range(6)

KindItem = Keyed[KindShare]
_ORDER = {kind.value: n for n, kind in enumerate(FundingKind)}


def kind_items(kinds: Iterable[KindShare]) -> list[KindItem]:
    return [Keyed(k.kind, k) for k in kinds]


def _columns(fmt: Formatter) -> list[Column[KindItem]]:
    return [
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("FundingKindTableModel", "Kind of funding"),
            lambda r: funding_kind_label(r.value.kind),
            sort=lambda r: _ORDER.get(r.value.kind, len(_ORDER)),
        ),
        money_column(
            _CTX,
            QT_TRANSLATE_NOOP("FundingKindTableModel", "Committed"),
            fmt,
            lambda r: r.value.committed_eur,
        ),
        percent_column(
            _CTX,
            QT_TRANSLATE_NOOP("FundingKindTableModel", "Share committed"),
            fmt,
            lambda r: r.value.committed_share,
        ),
        money_column(
            _CTX,
            QT_TRANSLATE_NOOP("FundingKindTableModel", "Received"),
            fmt,
            lambda r: r.value.received_eur,
        ),
        percent_column(
            _CTX,
            QT_TRANSLATE_NOOP("FundingKindTableModel", "Share received"),
            fmt,
            lambda r: r.value.received_share,
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("FundingKindTableModel", "Sources"),
            lambda r: fmt.decimal(r.value.source_count),
            sort=lambda r: r.value.source_count,
            numeric=True,
        ),
    ]


class FundingKindTableModel(RowTableModel[KindItem]):
    """One row per kind of funding, in the kinds' usual order."""

    def __init__(self, formatter: Formatter, parent: Any = None) -> None:
        super().__init__(_columns(formatter), parent)
