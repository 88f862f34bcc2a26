"""The timeline under a caption naming its year, in a scroll area (a view of the list)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from coopdesk.i18n.formatting import Formatter
from coopdesk.services.exchange_list import ExchangeRow
from coopdesk.ui.exchange_timeline import ExchangeTimeline


class TimelineView(QWidget):
    """The timeline under a caption naming its year, scrolling when the lanes are many."""

    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchangeTimelineView")
        self.caption = QLabel(self)
        self.caption.setObjectName("exchangeTimelineCaption")
        font = self.caption.font()
        font.setBold(True)
        self.caption.setFont(font)
        self.timeline = ExchangeTimeline(formatter, self)
        scroll = QScrollArea(self)
        scroll.setObjectName("exchangeTimelineScroll")
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.timeline)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.caption)
        layout.addWidget(scroll, 1)
        self.setFocusProxy(self.timeline)

    def set_rows(self, year: int, rows: Sequence[ExchangeRow]) -> None:
        self.timeline.set_rows(year, rows)
        count = len(self.timeline.exchange_ids())
        self.caption.setText(self.tr("{year}: %n exchange(s)", "", count).format(year=year))
        self.timeline.set_empty_text(self.tr("No exchange in {year}.").format(year=year))
