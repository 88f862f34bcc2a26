"""Indicator blocks: the status rule, status counts, the table and progress charts."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.graphics.shapes import Drawing

from coopdesk.i18n import QT_TRANSLATE_NOOP
from coopdesk.reports import charts
from coopdesk.reports import labels as lb
from coopdesk.reports.blocks import (
    Block,
    Cell,
    Chart,
    Column,
    Multi,
    Para,
    Table,
    Value,
    lab,
    pct,
    tr,
)
from coopdesk.reports.catalogs import Lang, short_marked
from coopdesk.services.indicator_list import IndicatorRow, IndicatorSeries
from coopdesk.services.progress import AT_RISK_MARGIN, ON_TRACK_MARGIN, IndicatorProgress

# Indicators per progress chart.
CHART_ROWS = 24


def status_rule(lang: Lang) -> str:
    """How statuses are decided, in full sentences (as in the application)."""
    sentences = [
        lang.tr(QT_TRANSLATE_NOOP(
            "Reports", "Progress is the change since the baseline divided by the change the "
            "target asks for: 0 % at the baseline, 100 % when the target is reached.")),
        lang.tr(QT_TRANSLATE_NOOP(
            "Reports", "An indicator is on track when its progress is at most {on_track} points "
            "below the expected progress, at risk when at most {at_risk} points below, and off "
            "track when further behind.")).format(
                on_track=int(ON_TRACK_MARGIN * 100), at_risk=int(AT_RISK_MARGIN * 100)),
    ]
    return " ".join(sentences)


def quantity(value: Decimal | None, unit: str) -> Value:
    def text(lang: Lang) -> str:
        if value is None:
            return "—"
        return f"{lang.fmt.decimal(value)} {unit}".strip()

    return Value(text)


def indicators_table(rows: Sequence[tuple[str, str, dict[str, str], str, IndicatorProgress,
                                          Decimal | None, Decimal | None]],
                     with_project: bool = True) -> Table:
    """(project code, code, names, unit, progress, baseline, target) per indicator."""
    columns = [
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Project")), 1.5),
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Code")), 1.2),
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Indicator")), 6, wrap=True),
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Baseline")), 1, "right", wrap=True),
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Latest value")), 1, "right", wrap=True),
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Target")), 1, "right", wrap=True),
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Progress")), 1, "right"),
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Status")), 1.6, wrap=True),
    ]
    body: list[tuple[Cell, ...]] = []
    for project, code, names, unit, progress, baseline, target in rows:
        cells: list[Cell] = [project, code, Multi(names), quantity(baseline, unit),
                 quantity(progress.latest_value, unit), quantity(target, unit),
                 pct(progress.progress), lab(lb.INDICATOR_STATUS, progress.status.value)]
        body.append(tuple(cells if with_project else cells[1:]))
    return Table(
        tuple(columns if with_project else columns[1:]), tuple(body),
        empty=tr(QT_TRANSLATE_NOOP("Reports", "No indicator.")),
    )


def status_chart(progresses: Sequence[IndicatorProgress]) -> Chart:
    counts = {key: 0 for key in lb.INDICATOR_STATUS}
    for p in progresses:
        counts[p.status.value] = counts.get(p.status.value, 0) + 1

    def draw(langs: Sequence[Lang], width: float) -> Drawing:
        items = [(key, charts.joined(langs, lab(lb.INDICATOR_STATUS, key)), n)
                 for key, n in counts.items()]
        return charts.status_bars(items, langs, width)

    return Chart(draw)


def progress_charts(items: Sequence[tuple[str, dict[str, str], IndicatorProgress]]) -> list[Block]:
    """Progress bars (code and name, progress, expected tick), a chart per 24 indicators."""
    measured = [i for i in items if i[2].progress is not None]
    out: list[Block] = []
    for start in range(0, len(measured), CHART_ROWS):
        chunk = measured[start:start + CHART_ROWS]

        def draw(langs: Sequence[Lang], width: float,
                 chunk: Sequence[tuple[str, dict[str, str], IndicatorProgress]] = chunk) -> Drawing:
            rows = [(f"{code} {short_marked(names, langs[0])}", p.bar, p.expected,
                     p.status.value) for code, names, p in chunk]
            return charts.progress_bars(rows, langs, width)

        out.append(Chart(draw))
    return out


def rows_of(indicators: Sequence[IndicatorRow]) -> list[tuple[str, str, dict[str, str], str,
                                                             IndicatorProgress, Decimal | None,
                                                             Decimal | None]]:
    return [(i.project_code, i.code, i.names, i.unit, i.progress, i.baseline_value,
             i.target_value) for i in indicators]


def series_chart(series: IndicatorSeries) -> Chart:
    points = [(p.period_end, p.value) for p in series.points]

    def draw(langs: Sequence[Lang], width: float) -> Drawing:
        return charts.indicator_line(points, list(series.expected), langs, width)

    return Chart(draw)


def rule_paragraph() -> Para:
    return Para(status_rule, "note")
