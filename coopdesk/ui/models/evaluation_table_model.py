"""A project's evaluations: date, evaluator, average score and the six OECD DAC criteria."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from PySide6.QtCore import Qt

from coopdesk.i18n import QT_TRANSLATE_NOOP, translate
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.evaluations import (
    CRITERIA,
    SCORE_MAX,
    EvaluationRow,
    criterion_label,
    criterion_question,
    score_label,
)
from coopdesk.ui.models.row_table_model import Column, Index, RowTableModel

_CTX = "EvaluationTableModel"

DATE, EVALUATOR, AVERAGE = range(3)
# The column of each criterion, in the order of CRITERIA.
CRITERION_COLUMNS: dict[str, int] = {name: 3 + i for i, name in enumerate(CRITERIA)}


def average_text(formatter: Formatter, average: Decimal | None) -> str:
    """ "3.2 / 4 — Satisfactory" (the label of the nearest score)."""
    if average is None:
        return ""
    nearest = int(average.quantize(Decimal(1), ROUND_HALF_UP))
    return translate("EvaluationTableModel", "{score} / {max} — {label}").format(
        score=formatter.decimal(average), max=SCORE_MAX, label=score_label(nearest)
    )


def _columns(formatter: Formatter) -> list[Column[EvaluationRow]]:
    def criterion(position: int) -> Column[EvaluationRow]:
        name = CRITERIA[position]

        def shown(row: EvaluationRow) -> str:
            score = row.scores[position][1]
            return "" if score is None else str(score)

        # The header is the criterion's translated name (see headerData).
        return Column(
            "Evaluations",
            name,
            shown,
            sort=lambda r: r.scores[position][1] or 0,
            numeric=True,
        )

    return [
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("EvaluationTableModel", "Date"),
            lambda r: formatter.short_date(r.date),
            sort=lambda r: r.date.isoformat(),
        ),
        Column(_CTX, QT_TRANSLATE_NOOP("EvaluationTableModel", "Evaluator"), lambda r: r.evaluator),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("EvaluationTableModel", "Average score"),
            lambda r: average_text(formatter, r.average),
            sort=lambda r: float(r.average or 0),
        ),
        *(criterion(i) for i in range(len(CRITERIA))),
    ]


class EvaluationTableModel(RowTableModel[EvaluationRow]):
    """Evaluations, the latest first; a criterion's cell tooltip names its score."""

    def __init__(self, formatter: Formatter, parent: Any = None) -> None:
        super().__init__(_columns(formatter), parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        column = index.column()
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and index.isValid()
            and column >= CRITERION_COLUMNS[CRITERIA[0]]
            and 0 <= index.row() < self.rowCount()
        ):
            score = self.row_at(index.row()).scores[column - CRITERION_COLUMNS[CRITERIA[0]]][1]
            return score_label(score) if score is not None else None
        return super().data(index, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        first = CRITERION_COLUMNS[CRITERIA[0]]
        if orientation == Qt.Orientation.Horizontal and first <= section < first + len(CRITERIA):
            name = CRITERIA[section - first]
            if role == Qt.ItemDataRole.DisplayRole:
                return criterion_label(name)
            if role == Qt.ItemDataRole.ToolTipRole:
                return criterion_question(name)
        return super().headerData(section, orientation, role)
