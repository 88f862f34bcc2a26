"""The year timeline widget: placement by date, lanes without overlap, a compact mode."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt

from coopdesk.i18n.formatting import Formatter
from coopdesk.services.exchange_list import ExchangeRow
from coopdesk.ui.exchange_timeline import COMPACT_ABOVE, ExchangeTimeline


def row(n: int, start: dt.date, days: int = 1, kind: str = "official_delegation") -> ExchangeRow:
    return ExchangeRow(
        id=f"e{n}",
        kind=kind,
        direction="incoming" if n % 2 else "outgoing",
        title=f"Échange numéro {n}",
        start_date=start,
        end_date=start + dt.timedelta(days=days - 1),
        year=start.year,
        place="",
        country="",
        partner_ids=("p",),
        partner_names=("Commune de Dioffior",),
        project_id=None,
        project_code="",
        listed_count=0,
        counted_count=3,
        participant_total=3,
        minor_count=0,
        document_count=0,
        logged_by="",
        source="typed",
    )


def timeline(qtbot) -> ExchangeTimeline:
    widget = ExchangeTimeline(Formatter("en"))
    qtbot.addWidget(widget)
    widget.resize(1000, 400)
    widget.show()
    return widget


def test_bars_never_overlap_and_follow_the_calendar(qtbot) -> None:
    widget = timeline(qtbot)
    rows = [row(n, dt.date(2024, 1 + n % 12, 1 + n % 27), days=1 + n % 9) for n in range(40)]
    rows.append(row(99, dt.date(2023, 12, 20), days=20))  # begun the year before
    rows.append(row(100, dt.date(2025, 1, 2)))  # next year: not shown
    widget.set_rows(2024, rows)
    ids = widget.exchange_ids()
    assert len(ids) == 41 and "e100" not in ids and ids[0] == "e99"
    rects = {i: widget.bar_rect(i) for i in ids}
    assert rects["e99"] is not None and rects["e99"].left() <= 12  # clipped to 1 January
    placed = list(rects.values())
    for i, a in enumerate(placed):
        for b in placed[i + 1 :]:
            assert a is not None and b is not None
            assert not a.intersects(b)
    assert widget.sizeHint().height() > 100


def test_compact_mode_for_crowded_years(qtbot) -> None:
    widget = timeline(qtbot)
    start = dt.date(2024, 1, 1)
    rows = [row(n, start + dt.timedelta(days=n % 360)) for n in range(COMPACT_ABOVE + 80)]
    widget.set_rows(2024, rows)
    thin = widget.bar_rect("e0")
    assert thin is not None and thin.height() < 12
    assert widget.sizeHint().height() < 600  # titles are in the tooltips only


def test_keyboard_and_click(qtbot) -> None:
    widget = timeline(qtbot)
    widget.set_rows(2024, [row(1, dt.date(2024, 3, 1)), row(2, dt.date(2024, 9, 1))])
    with qtbot.waitSignal(widget.exchange_clicked) as clicked:
        qtbot.keyClick(widget, Qt.Key.Key_Right)
    assert clicked.args == ["e1"]
    qtbot.keyClick(widget, Qt.Key.Key_Right)
    assert widget.current() == "e2"
    with qtbot.waitSignal(widget.exchange_activated) as activated:
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert activated.args == ["e2"]
    with qtbot.assertNotEmitted(widget.exchange_clicked):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(500, 380))


def test_empty_year(qtbot) -> None:
    widget = timeline(qtbot)
    widget.set_empty_text("No exchange in 2019.")
    widget.set_rows(2019, [])
    assert widget.exchange_ids() == []
    assert not widget.grab().isNull()
