"""A project's funding plan: each source with its amounts, dates, cap and share of the budget."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from coopdesk.i18n import QT_TRANSLATE_NOOP
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.budget_figures import SourceSummary, YearSummary
from coopdesk.services.funding import FundingSourceRow
from coopdesk.services.labels_budget import funding_kind_label
from coopdesk.ui.models.budget_columns import BudgetTableModel, money_column, percent_column
from coopdesk.ui.models.row_table_model import Column

_CTX = "FundingSourceTableModel"

(
    YEAR,
    KIND,
    FUNDER,
    LABEL,
    COMMITTED,
    RECEIVED,
    COMMITTED_ON,
    RECEIVED_ON,
    CAP,
    SHARE,
) = range(10)


@dataclass(frozen=True)
class FundingItem:
    """A source's summary with the names the summary does not keep apart."""

    id: str
    source: SourceSummary
    organisation_name: str
    label: str
    search_text: str = field(repr=False, default="")

    def over_cap(self) -> bool:
        cap, share = self.source.cap_basis_points, self.source.budget_share
        return cap is not None and share is not None and share * 10_000 > cap

    def received_over(self) -> bool:
        return self.source.received.minor > self.source.committed.minor


def funding_items(
    years: Iterable[YearSummary], rows: Sequence[FundingSourceRow]
) -> list[FundingItem]:
    """The sources of these project-years (summary order), named from the source list."""
    by_id = {row.id: row for row in rows}
    out = []
    for year in years:
        for source in year.sources:
            row = by_id.get(source.funding_source_id)
            out.append(
                FundingItem(
                    id=source.funding_source_id,
                    source=source,
                    organisation_name=row.organisation_name if row else "",
                    label=row.label if row else source.name,
                    search_text=row.search_text if row else "",
                )
            )
    return out


def cap_percent(cap: int | None) -> Decimal | None:
    return None if cap is None else Decimal(cap) / 10_000


def _columns(fmt: Formatter) -> list[Column[FundingItem]]:
    def date_column(header: str, attr: str) -> Column[FundingItem]:
        return Column(
            _CTX,
            header,
            lambda i: fmt.short_date(getattr(i.source, attr)),
            sort=lambda i: value.isoformat() if (value := getattr(i.source, attr)) else "",
        )

    return [
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("FundingSourceTableModel", "Year"),
            lambda i: str(i.source.year),
            sort=lambda i: i.source.year,
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("FundingSourceTableModel", "Kind"),
            lambda i: funding_kind_label(i.source.kind),
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("FundingSourceTableModel", "Funder"),
            lambda i: i.organisation_name,
        ),
        Column(_CTX, QT_TRANSLATE_NOOP("FundingSourceTableModel", "Label"), lambda i: i.label),
        money_column(
            _CTX,
            QT_TRANSLATE_NOOP("FundingSourceTableModel", "Committed"),
            fmt,
            lambda i: i.source.committed,
        ),
        money_column(
            _CTX,
            QT_TRANSLATE_NOOP("FundingSourceTableModel", "Received"),
            fmt,
            lambda i: i.source.received,
        ),
        date_column(QT_TRANSLATE_NOOP("FundingSourceTableModel", "Committed on"), "committed_on"),
        date_column(QT_TRANSLATE_NOOP("FundingSourceTableModel", "Received on"), "received_on"),
        percent_column(
            _CTX,
            QT_TRANSLATE_NOOP("FundingSourceTableModel", "Cap"),
            fmt,
            lambda i: cap_percent(i.source.cap_basis_points),
        ),
        percent_column(
            _CTX,
            QT_TRANSLATE_NOOP("FundingSourceTableModel", "Share of the budget"),
            fmt,
            lambda i: i.source.budget_share,
        ),
    ]


class FundingSourceTableModel(BudgetTableModel[FundingItem]):
    """Received beyond committed, and a share above the cap, show in red."""

    def __init__(self, formatter: Formatter, parent: Any = None) -> None:
        over = {
            RECEIVED: FundingItem.received_over,
            CAP: FundingItem.over_cap,
            SHARE: FundingItem.over_cap,
        }
        super().__init__(_columns(formatter), over, parent)
