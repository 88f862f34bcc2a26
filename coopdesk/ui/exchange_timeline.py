"""A year of exchanges drawn as bars on twelve months; click to select, double-click to open."""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from coopdesk.domain.enums import Direction, ExchangeKind
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.exchange_list import ExchangeRow
from coopdesk.services.labels_activity import label_of

# One colour per kind (distinct, readable with white text, not only hue for colour-blindness).
KIND_COLOURS: dict[str, str] = {
    ExchangeKind.OFFICIAL_DELEGATION.value: "#1f4e79",
    ExchangeKind.SCHOOL_EXCHANGE.value: "#d9822b",
    ExchangeKind.YOUTH_EXCHANGE.value: "#b5446e",
    ExchangeKind.TECHNICAL_MISSION.value: "#2e7d6b",
    ExchangeKind.VOLUNTEER_VISIT.value: "#6a8d2f",
    ExchangeKind.CULTURAL_EVENT.value: "#7b4fa8",
    ExchangeKind.SPORTS_EVENT.value: "#c0392b",
    ExchangeKind.REMOTE_MEETING.value: "#5d6d7e",
}
_OTHER_COLOUR = "#7f8c8d"
_MARGIN = 10
_HEADER = 26
_BAR = 20
_GAP = 4
_LEGEND = 28
_MIN_BAR = 12
_THIN_BAR = 8
# More exchanges than this in the year: thin bars without titles.
COMPACT_ABOVE = 120
_MAX_LABEL = 170  # widest title written beside a short bar


def _month_start(year: int, month: int) -> dt.date:
    """The first day of ``month`` (13 is January of the next year)."""
    return dt.date(year + 1, 1, 1) if month == 13 else dt.date(year, month, 1)


def kind_colour(kind: str) -> QColor:
    return QColor(KIND_COLOURS.get(kind, _OTHER_COLOUR))


@dataclass
class _Bar:
    row: ExchangeRow
    first: dt.date  # clipped to the year
    last: dt.date
    lane: int = 0
    # The title is written in the bar when it fits, else after it (before it near December).
    title_width: int = 0
    label_inside: bool = False
    label_before: bool = False


class ExchangeTimeline(QWidget):
    """Paints :meth:`set_rows`' exchanges of one year; keyboard: ←/→ to move, Enter to open."""

    exchange_clicked = Signal(str)
    exchange_activated = Signal(str)

    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchangeTimeline")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumWidth(600)
        self._formatter = formatter
        self._locale = QLocale(formatter.language)
        self._year = dt.date.today().year
        self._bars: list[_Bar] = []
        self._lanes = 0
        self._current: str | None = None
        self._empty_text = ""
        self._compact = False
        self._bar_height, self._gap = _BAR, _GAP

    # --- data -----------------------------------------------------------------------------

    def set_rows(self, year: int, rows: Sequence[ExchangeRow]) -> None:
        """Show the exchanges of ``rows`` that take place (at least partly) in ``year``."""
        self._year = year
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        inside = sorted(
            (r for r in rows if r.start_date <= end and r.end_date >= start),
            key=lambda r: (r.start_date, r.end_date, r.id),
        )
        # Past a few dozen exchanges, titles would make the band unreadably tall: thin bars,
        # titles in the tooltips only.
        self._compact = len(inside) > COMPACT_ABOVE
        self._bar_height, self._gap = (_THIN_BAR, 2) if self._compact else (_BAR, _GAP)
        metrics = QFontMetrics(self.font())
        self._bars = [
            _Bar(
                row,
                max(row.start_date, start),
                min(row.end_date, end),
                title_width=0
                if self._compact
                else min(metrics.horizontalAdvance(row.title), _MAX_LABEL),
            )
            for row in inside
        ]
        self._layout()
        self.update()

    def _layout(self) -> None:
        """Put each bar, with its title, on a lane where it overlaps nothing (fewest lanes)."""
        free: list[tuple[float, int]] = []  # a heap of (right end, lane)
        lanes = 0
        for bar in self._bars:
            rect = self._rect(bar)
            bar.label_inside = self._compact or rect.width() >= bar.title_width + 14
            room_after = self.width() - _MARGIN - rect.right() - 6
            bar.label_before = not bar.label_inside and room_after < min(bar.title_width, 100)
            left, right = rect.left(), rect.right() + self._gap * 2
            if bar.label_before:
                left -= bar.title_width + 6
            elif not bar.label_inside:
                right += bar.title_width + 6
            if free and free[0][0] < left:
                _end, bar.lane = heapq.heappop(free)
            else:
                bar.lane, lanes = lanes, lanes + 1
            heapq.heappush(free, (right, bar.lane))
        if lanes != self._lanes:
            self._lanes = lanes
            self.updateGeometry()

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.update()

    def year(self) -> int:
        return self._year

    def exchange_ids(self) -> list[str]:
        """The exchanges shown, by start date."""
        return [bar.row.id for bar in self._bars]

    def set_current(self, exchange_id: str | None) -> None:
        self._current = exchange_id
        self.update()

    def current(self) -> str | None:
        return self._current

    def bar_rect(self, exchange_id: str) -> QRect | None:
        """Where an exchange is drawn (None when not shown)."""
        for bar in self._bars:
            if bar.row.id == exchange_id:
                return self._rect(bar).toAlignedRect()
        return None

    # --- geometry -------------------------------------------------------------------------

    def _x(self, day: dt.date) -> float:
        start = dt.date(self._year, 1, 1)
        days = (dt.date(self._year + 1, 1, 1) - start).days
        width = self.width() - 2 * _MARGIN
        return _MARGIN + width * (day - start).days / days

    def _rect(self, bar: _Bar) -> QRectF:
        left = self._x(bar.first)
        right = self._x(bar.last + dt.timedelta(days=1))
        width = max(right - left, _MIN_BAR)
        top = _HEADER + self._gap + bar.lane * (self._bar_height + self._gap)
        return QRectF(left, top, width, self._bar_height)

    def _label_rect(self, bar: _Bar) -> QRectF:
        rect = self._rect(bar)
        if bar.label_inside:
            return rect.adjusted(7, 0, -4, 0)
        if bar.label_before:
            return QRectF(rect.left() - 4 - _MAX_LABEL, rect.top(), _MAX_LABEL, rect.height())
        room = self.width() - _MARGIN - rect.right() - 4
        return QRectF(rect.right() + 4, rect.top(), min(_MAX_LABEL, room), rect.height())

    def _bar_at(self, pos: QPoint) -> _Bar | None:
        point = pos.toPointF()
        for bar in reversed(self._bars):
            if self._rect(bar).contains(point):
                return bar
        for bar in reversed(self._bars):
            if not bar.label_inside and self._label_rect(bar).contains(point):
                return bar
        return None

    def sizeHint(self) -> QSize:
        lanes = max(self._lanes, 3)
        band = lanes * (self._bar_height + self._gap)
        return QSize(900, _HEADER + self._gap + band + _LEGEND + _GAP)

    def minimumSizeHint(self) -> QSize:
        return QSize(600, self.sizeHint().height())

    # --- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        self._paint_months(painter, palette)
        self._paint_today(painter)
        exposed = QRectF(event.rect()).adjusted(-_MAX_LABEL, 0, _MAX_LABEL, 0)
        for bar in self._bars:
            if self._rect(bar).intersects(exposed):
                self._paint_bar(painter, bar)
        self._paint_legend(painter, palette)
        if not self._bars and self._empty_text:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            body = QRect(0, _HEADER, self.width(), self.height() - _HEADER - _LEGEND)
            painter.drawText(body, Qt.AlignmentFlag.AlignCenter, self._empty_text)
        painter.end()

    def _paint_months(self, painter: QPainter, palette: QPalette) -> None:
        bottom = self.height() - _LEGEND
        shade = palette.color(QPalette.ColorRole.AlternateBase)
        line = palette.color(QPalette.ColorRole.Mid)
        text = palette.color(QPalette.ColorRole.Text)
        for month in range(1, 13):
            left = self._x(dt.date(self._year, month, 1))
            right = self._x(_month_start(self._year, month + 1))
            column = QRectF(left, 0, right - left, bottom)
            if month % 2 == 0:
                painter.fillRect(column, shade)
            painter.setPen(QPen(line, 1))
            painter.drawLine(int(left), 0, int(left), bottom)
            painter.setPen(text)
            name = self._locale.monthName(month, QLocale.FormatType.ShortFormat)
            painter.drawText(
                QRectF(left, 0, right - left, _HEADER), Qt.AlignmentFlag.AlignCenter, name
            )
        painter.setPen(QPen(line, 1))
        painter.drawLine(_MARGIN, _HEADER, self.width() - _MARGIN, _HEADER)

    def _paint_today(self, painter: QPainter) -> None:
        today = dt.date.today()
        if today.year != self._year:
            return
        x = int(self._x(today) + 0.5)
        painter.setPen(QPen(QColor("#b3261e"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(x, _HEADER, x, self.height() - _LEGEND)

    def _paint_bar(self, painter: QPainter, bar: _Bar) -> None:
        rect = self._rect(bar)
        colour = kind_colour(bar.row.kind)
        selected = bar.row.id == self._current
        painter.setBrush(colour)
        if selected:
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 3))
        else:
            painter.setPen(QPen(colour.darker(130), 1))
        painter.drawRoundedRect(rect, 4, 4)
        if bar.row.direction == Direction.INCOMING:
            # Incoming visits get a light left edge: readable without colour.
            edge = QRectF(rect.left() + 1, rect.top() + 3, 3, rect.height() - 6)
            painter.fillRect(edge, QColor("white"))
        if self._compact:
            return
        label = self._label_rect(bar)
        if bar.label_inside:
            painter.setPen(QColor("white"))
        else:
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        metrics = QFontMetrics(painter.font())
        title = metrics.elidedText(bar.row.title, Qt.TextElideMode.ElideRight, int(label.width()))
        align = Qt.AlignmentFlag.AlignRight if bar.label_before else Qt.AlignmentFlag.AlignLeft
        painter.drawText(label, Qt.AlignmentFlag.AlignVCenter | align, title)

    def _paint_legend(self, painter: QPainter, palette: QPalette) -> None:
        """The kinds shown, by colour; then how an incoming visit is marked."""
        metrics = QFontMetrics(painter.font())
        x, top = float(_MARGIN), self.height() - _LEGEND + 8
        items = [
            (kind_colour(k.value), label_of(ExchangeKind, k.value), False)
            for k in ExchangeKind
            if any(b.row.kind == k.value for b in self._bars)
        ]
        if any(b.row.direction == Direction.INCOMING for b in self._bars):
            items.append((QColor(_OTHER_COLOUR), label_of(Direction, Direction.INCOMING), True))
        for colour, label, stripe in items:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(x, top + 1, 12, 12), 2, 2)
            if stripe:
                painter.fillRect(QRectF(x + 1, top + 3, 3, 8), QColor("white"))
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            width = metrics.horizontalAdvance(label)
            painter.drawText(
                QRectF(x + 16, top - 2, width + 2, 18), Qt.AlignmentFlag.AlignVCenter, label
            )
            x += 16 + width + 18

    # --- interaction ----------------------------------------------------------------------

    def _tooltip(self, row: ExchangeRow) -> str:
        fmt = self._formatter
        dates = fmt.short_date(row.start_date)
        if row.end_date != row.start_date:
            dates = f"{dates} – {fmt.short_date(row.end_date)}"
        lines = [
            row.title,
            f"{label_of(ExchangeKind, row.kind)} · {label_of(Direction, row.direction)} · {dates}",
            ", ".join(row.partner_names),
            self.tr("%n participant(s)", "", row.participant_total),
        ]
        return "\n".join(line for line in lines if line)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self._bar_at(event.pos())
            if bar is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self._tooltip(bar.row), self)
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        bar = self._bar_at(event.position().toPoint())
        if bar is not None and event.button() == Qt.MouseButton.LeftButton:
            self.set_current(bar.row.id)
            self.exchange_clicked.emit(bar.row.id)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        bar = self._bar_at(event.position().toPoint())
        if bar is not None:
            self.exchange_activated.emit(bar.row.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ids = self.exchange_ids()
        key = event.key()
        if ids and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            index = ids.index(self._current) if self._current in ids else -1
            step = 1 if key == Qt.Key.Key_Right else -1
            index = min(max(index + step, 0), len(ids) - 1)
            self.set_current(ids[index])
            self.exchange_clicked.emit(ids[index])
            return
        if self._current in ids and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.exchange_activated.emit(self._current)
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout()
        self.update()
