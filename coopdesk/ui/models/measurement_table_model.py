"""An indicator's measurements: period, value or rating, breakdowns (with their gaps), evidence."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from coopdesk.domain.enums import AgeGroup, IndicatorKind, Sex
from coopdesk.i18n import QT_TRANSLATE_NOOP, translate
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.disaggregation import DIMENSIONS, dimension_label
from coopdesk.services.labels_activity import label_of
from coopdesk.services.measurements import MeasurementRow
from coopdesk.ui.indicator_labels import STATUS_COLOURS, value_text
from coopdesk.ui.models.row_table_model import Column, Index, RowTableModel

_CTX = "MeasurementTableModel"

PERIOD, VALUE, BREAKDOWN, SOURCE, RECORDED_BY, EVIDENCE = range(6)

# A breakdown that does not add up to the total is shown in amber, with the gap as tooltip.
GAP_COLOUR = STATUS_COLOURS["at_risk"]


def category_label(dimension: str, category: str) -> str:
    """ "Female", "12 to 17 years", or a place's name as typed."""
    if dimension == "sex":
        return label_of(Sex, category)
    if dimension == "age_group":
        return label_of(AgeGroup, category)
    return category


def breakdown_text(formatter: Formatter, parts: Mapping[str, Mapping[str, Decimal]]) -> str:
    """ "Sex: Female 120, Male 98 · Place: Ndiaganiao 218"."""
    groups = []
    order = [*DIMENSIONS, *sorted(d for d in parts if d not in DIMENSIONS)]
    for dimension in order:
        values = parts.get(dimension)
        if not values:
            continue
        items = ", ".join(
            translate("MeasurementTableModel", "{category} {value}").format(
                category=category_label(dimension, category), value=formatter.decimal(number)
            )
            for category, number in values.items()
        )
        groups.append(
            translate("MeasurementTableModel", "{dimension}: {values}").format(
                dimension=dimension_label(dimension), values=items
            )
        )
    return " · ".join(groups)


class MeasurementTableModel(RowTableModel[MeasurementRow]):
    """Measurements, the latest first; :meth:`set_indicator` says how to show the values."""

    def __init__(self, formatter: Formatter, parent: Any = None) -> None:
        self._formatter = formatter
        self._kind = IndicatorKind.QUANTITATIVE.value
        self._scale: int | None = None
        super().__init__(self._columns(), parent)
        self._gap_colour = QColor(GAP_COLOUR)

    def set_indicator(self, kind: str, scale: int | None) -> None:
        """The kind and rating scale of the indicator whose rows come next."""
        self._kind, self._scale = kind, scale

    def _columns(self) -> list[Column[MeasurementRow]]:
        fmt = self._formatter

        def period(row: MeasurementRow) -> str:
            return f"{fmt.short_date(row.period_start)} – {fmt.short_date(row.period_end)}"

        def value(row: MeasurementRow) -> str:
            number = Decimal(row.rating) if row.rating is not None else row.value
            return value_text(fmt, number, kind=self._kind, scale=self._scale)

        def details(row: MeasurementRow) -> str:
            return (
                row.narrative if row.rating is not None else breakdown_text(fmt, row.disaggregated)
            )

        return [
            Column(
                _CTX,
                QT_TRANSLATE_NOOP("MeasurementTableModel", "Period"),
                period,
                sort=lambda r: (r.period_end.isoformat(), r.period_start.isoformat()),
            ),
            Column(
                _CTX,
                QT_TRANSLATE_NOOP("MeasurementTableModel", "Value"),
                value,
                sort=lambda r: float(r.value if r.value is not None else r.rating or 0),
                numeric=True,
            ),
            Column(
                _CTX, QT_TRANSLATE_NOOP("MeasurementTableModel", "Breakdown or comment"), details
            ),
            Column(_CTX, QT_TRANSLATE_NOOP("MeasurementTableModel", "Source"), lambda r: r.source),
            Column(
                _CTX,
                QT_TRANSLATE_NOOP("MeasurementTableModel", "Recorded by"),
                lambda r: r.recorded_by,
            ),
            Column(
                _CTX,
                QT_TRANSLATE_NOOP("MeasurementTableModel", "Evidence"),
                lambda r: fmt.decimal(r.evidence_count) if r.evidence_count else "",
                sort=lambda r: r.evidence_count,
                numeric=True,
            ),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            index.isValid()
            and index.column() == BREAKDOWN
            and 0 <= index.row() < self.rowCount()
            and role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole)
        ):
            gaps = self.row_at(index.row()).gaps
            if gaps and role == Qt.ItemDataRole.DecorationRole:
                return self._gap_colour
            if gaps:
                return "\n".join(g.message for g in gaps)
        return super().data(index, role)
