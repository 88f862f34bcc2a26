"""A project's risk register: one RiskRow per line, the score with a colour cue."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from coopdesk.domain.enums import RiskLevel
from coopdesk.i18n import QT_TRANSLATE_NOOP, translate
from coopdesk.services.labels_activity import label_of
from coopdesk.services.risks import RiskRow
from coopdesk.ui.models.row_table_model import Column, Index, RowTableModel

_CTX = "RiskTableModel"

SCORE, DESCRIPTION, LIKELIHOOD, IMPACT, MITIGATION, OWNER = range(6)

# Traffic-light colours of the three score bands (the band's name is shown too).
LEVEL_COLOURS: dict[RiskLevel, str] = {
    RiskLevel.LOW: "#2e7d32",
    RiskLevel.MEDIUM: "#ef8f00",
    RiskLevel.HIGH: "#c62828",
}


def score_level(score: int) -> RiskLevel:
    """The band of a likelihood × impact score: 1–2 low, 3–4 medium, 6–9 high."""
    if score >= 6:
        return RiskLevel.HIGH
    if score >= 3:
        return RiskLevel.MEDIUM
    return RiskLevel.LOW


def score_text(score: int) -> str:
    """ "6 — High"."""
    return translate("RiskTableModel", "{score} — {level}").format(
        score=score, level=label_of(RiskLevel, score_level(score).value)
    )


def _columns() -> list[Column[RiskRow]]:
    return [
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("RiskTableModel", "Score"),
            lambda r: score_text(r.score),
            sort=lambda r: (r.score, r.impact),
        ),
        Column(_CTX, QT_TRANSLATE_NOOP("RiskTableModel", "Description"), lambda r: r.description),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("RiskTableModel", "Likelihood"),
            lambda r: label_of(RiskLevel, r.likelihood),
            sort=lambda r: r.likelihood,
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("RiskTableModel", "Impact"),
            lambda r: label_of(RiskLevel, r.impact),
            sort=lambda r: r.impact,
        ),
        Column(_CTX, QT_TRANSLATE_NOOP("RiskTableModel", "Mitigation"), lambda r: r.mitigation),
        Column(_CTX, QT_TRANSLATE_NOOP("RiskTableModel", "Owner"), lambda r: r.owner),
    ]


class RiskTableModel(RowTableModel[RiskRow]):
    """Risks with score (likelihood × impact, 1 to 9), levels, mitigation and owner."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(_columns(), parent)
        self._colours = {level: QColor(colour) for level, colour in LEVEL_COLOURS.items()}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.DecorationRole
            and index.isValid()
            and index.column() == SCORE
            and 0 <= index.row() < self.rowCount()
        ):
            return self._colours[score_level(self.row_at(index.row()).score)]
        return super().data(index, role)
