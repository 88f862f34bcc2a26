"""Indicator progress and status (on track, at risk, off track) and measurement periods."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from coopdesk.domain.enums import Frequency
from coopdesk.i18n import QT_TRANSLATE_NOOP, translate

_CTX = "Indicators"

# Progress may lag behind the expected progress by this much and still be on track...
ON_TRACK_MARGIN = Decimal("0.10")
# ...and by this much and be at risk; further behind, it is off track.
AT_RISK_MARGIN = Decimal("0.25")

MONTHS_PER_PERIOD: dict[str, int] = {
    Frequency.MONTHLY.value: 1,
    Frequency.QUARTERLY.value: 3,
    Frequency.SEMIANNUAL.value: 6,
    Frequency.ANNUAL.value: 12,
}

_ZERO = Decimal(0)
_ONE = Decimal(1)


class IndicatorStatus(StrEnum):
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    # No measurement yet (or none up to the date asked for).
    NO_DATA = "no_data"
    # The baseline or the target (value or date) is missing: progress cannot be measured.
    NO_TARGET = "no_target"


# Higher is better: a better value never gives a lower rank.
STATUS_RANK: dict[IndicatorStatus, int] = {
    IndicatorStatus.OFF_TRACK: 0,
    IndicatorStatus.AT_RISK: 1,
    IndicatorStatus.ON_TRACK: 2,
}

_LABELS: dict[IndicatorStatus, str] = {
    IndicatorStatus.ON_TRACK: QT_TRANSLATE_NOOP("Indicators", "On track"),
    IndicatorStatus.AT_RISK: QT_TRANSLATE_NOOP("Indicators", "At risk"),
    IndicatorStatus.OFF_TRACK: QT_TRANSLATE_NOOP("Indicators", "Off track"),
    IndicatorStatus.NO_DATA: QT_TRANSLATE_NOOP("Indicators", "No measurement yet"),
    IndicatorStatus.NO_TARGET: QT_TRANSLATE_NOOP("Indicators", "Baseline or target missing"),
}


def status_label(status: IndicatorStatus | str) -> str:
    """The translated name of a status."""
    return translate(_CTX, _LABELS[IndicatorStatus(status)])


def status_rule() -> str:
    """The rule behind the statuses, in full sentences the UI and the reports show."""
    points = {
        "on_track": int(ON_TRACK_MARGIN * 100),
        "at_risk": int(AT_RISK_MARGIN * 100),
    }
    sentences = [
        translate(
            "Indicators",
            "Progress is the change since the baseline divided by the change the target asks "
            "for: 0 % at the baseline, 100 % when the target is reached.",
        ),
        translate(
            "Indicators",
            "The expected progress at the end of the latest measured period is the "
            "intermediate target of that period, or else the share of time elapsed between "
            "the baseline date and the target date.",
        ),
        translate(
            "Indicators",
            "An indicator is on track when its progress is at most {on_track} points below "
            "the expected progress, at risk when at most {at_risk} points below, and off "
            "track when further behind.",
        ).format(**points),
    ]
    return " ".join(sentences)


@dataclass(frozen=True)
class TargetPoint:
    """An intermediate target: the value expected during one period."""

    period_start: dt.date
    period_end: dt.date
    value: Decimal


@dataclass(frozen=True)
class IndicatorProgress:
    """Where an indicator stands at its latest measurement."""

    status: IndicatorStatus
    # The latest value (a rating for a qualitative indicator) and the end of its period.
    latest_value: Decimal | None
    latest_date: dt.date | None
    # (latest − baseline) / (target − baseline), unrounded: below 0 when worse than the
    # baseline, above 1 beyond the target. None without baseline, target or measurement.
    progress: Decimal | None
    # ``progress`` kept within 0 and 1, for a progress bar (0 when None).
    bar: Decimal
    # The progress expected at ``latest_date`` (see :func:`status_rule`), and its value.
    expected: Decimal | None
    expected_value: Decimal | None


def progress(latest: Decimal, baseline: Decimal, target: Decimal) -> Decimal | None:
    """(latest − baseline) / (target − baseline); None when the target equals the baseline.

    The same formula serves both directions: when lower is better the target is below the
    baseline, so a fall gives a positive progress.
    """
    span = target - baseline
    if span == 0:
        return None
    return (latest - baseline) / span


def clamp(value: Decimal | None) -> Decimal:
    """``value`` kept within 0 and 1 (0 when None), for a progress bar."""
    if value is None:
        return _ZERO
    return min(max(value, _ZERO), _ONE)


def elapsed_share(day: dt.date, start: dt.date, end: dt.date) -> Decimal:
    """The share of the time from ``start`` to ``end`` elapsed on ``day``, within 0 and 1."""
    total = (end - start).days
    if total <= 0:
        return _ONE if day >= end else _ZERO
    return clamp(Decimal((day - start).days) / Decimal(total))


def target_for(day: dt.date, targets: Sequence[TargetPoint]) -> TargetPoint | None:
    """The intermediate target whose period contains ``day`` (the latest starting one)."""
    found = [t for t in targets if t.period_start <= day <= t.period_end]
    return max(found, key=lambda t: (t.period_start, t.period_end)) if found else None


def expected_progress(
    day: dt.date,
    *,
    baseline: Decimal,
    baseline_date: dt.date,
    target: Decimal,
    target_date: dt.date,
    targets: Sequence[TargetPoint] = (),
) -> Decimal:
    """The progress expected on ``day``: an intermediate target's, else the time elapsed."""
    point = target_for(day, targets)
    if point is not None:
        share = progress(point.value, baseline, target)
        if share is not None:
            return share
    return elapsed_share(day, baseline_date, target_date)


def status_of(actual: Decimal, expected: Decimal) -> IndicatorStatus:
    """On track, at risk or off track: how far ``actual`` progress lags behind ``expected``."""
    if actual >= expected - ON_TRACK_MARGIN:
        return IndicatorStatus.ON_TRACK
    if actual >= expected - AT_RISK_MARGIN:
        return IndicatorStatus.AT_RISK
    return IndicatorStatus.OFF_TRACK


def assess(
    *,
    baseline: Decimal | None,
    baseline_date: dt.date | None,
    target: Decimal | None,
    target_date: dt.date | None,
    latest: Decimal | None,
    latest_date: dt.date | None,
    targets: Sequence[TargetPoint] = (),
) -> IndicatorProgress:
    """Progress and status of an indicator from its latest value (see :func:`status_rule`)."""
    if (
        baseline is None
        or target is None
        or baseline_date is None
        or target_date is None
        or baseline == target
    ):
        return IndicatorProgress(IndicatorStatus.NO_TARGET, latest, latest_date, None, _ZERO,
                                 None, None)
    if latest is None or latest_date is None:
        return IndicatorProgress(IndicatorStatus.NO_DATA, None, None, None, _ZERO, None, None)
    actual = (latest - baseline) / (target - baseline)
    expected = expected_progress(
        latest_date,
        baseline=baseline,
        baseline_date=baseline_date,
        target=target,
        target_date=target_date,
        targets=targets,
    )
    return IndicatorProgress(
        status=status_of(actual, expected),
        latest_value=latest,
        latest_date=latest_date,
        progress=actual,
        bar=clamp(actual),
        expected=expected,
        expected_value=baseline + (target - baseline) * expected,
    )


# --- periods ----------------------------------------------------------------------------


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def period_containing(day: dt.date, frequency: str) -> tuple[dt.date, dt.date]:
    """The calendar period of ``frequency`` containing ``day`` (Q1 = January to March...)."""
    step = MONTHS_PER_PERIOD.get(frequency, 12)
    first_month = (day.month - 1) // step * step + 1
    return dt.date(day.year, first_month, 1), _month_end(day.year, first_month + step - 1)


def next_period(period_end: dt.date, frequency: str) -> tuple[dt.date, dt.date]:
    """The calendar period of ``frequency`` following the one that ends on ``period_end``."""
    return period_containing(period_end + dt.timedelta(days=1), frequency)


def calendar_periods(
    frequency: str, first: dt.date, last: dt.date
) -> list[tuple[dt.date, dt.date]]:
    """The calendar periods from the one containing ``first`` to the last one ended by ``last``."""
    out: list[tuple[dt.date, dt.date]] = []
    start, end = period_containing(first, frequency)
    while end <= last:
        out.append((start, end))
        start, end = next_period(end, frequency)
    return out
