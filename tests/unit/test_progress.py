from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from coopdesk.services.progress import (
    STATUS_RANK,
    IndicatorStatus,
    TargetPoint,
    assess,
    calendar_periods,
    clamp,
    elapsed_share,
    expected_progress,
    next_period,
    period_containing,
    progress,
    status_label,
    status_of,
    status_rule,
)

D = Decimal
BASE_DAY = dt.date(2024, 1, 1)
TARGET_DAY = dt.date(2028, 1, 1)

values = st.decimals(min_value=-10**6, max_value=10**6, places=2, allow_nan=False,
                     allow_infinity=False)
days = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2032, 12, 31))
shares = st.decimals(min_value=-3, max_value=3, places=3, allow_nan=False, allow_infinity=False)


HUNDRED, TWO_HUNDRED = D(100), D(200)


def _assess(
    latest: Decimal,
    on: dt.date,
    baseline: Decimal = HUNDRED,
    target: Decimal = TWO_HUNDRED,
    targets: tuple[TargetPoint, ...] = (),
):
    return assess(
        baseline=baseline, baseline_date=BASE_DAY, target=target, target_date=TARGET_DAY,
        latest=latest, latest_date=on, targets=targets,
    )


# --- examples ---------------------------------------------------------------------------


def test_progress_examples_in_both_directions():
    assert progress(D(150), D(100), D(200)) == D("0.5")
    assert progress(D(100), D(100), D(200)) == 0
    assert progress(D(200), D(100), D(200)) == 1
    assert progress(D(250), D(100), D(200)) == D("1.5")
    assert progress(D(50), D(100), D(200)) == D("-0.5")
    # Lower is better: breakdown rate 35 % -> 5 %; 20 % is half way.
    assert progress(D(20), D(35), D(5)) == D("0.5")
    assert progress(D(40), D(35), D(5)) < 0
    assert progress(D(0), D(35), D(5)) > 1
    assert progress(D(7), D(7), D(7)) is None


def test_clamp_for_bars():
    assert clamp(D("-0.2")) == 0
    assert clamp(D("0.4")) == D("0.4")
    assert clamp(D("1.7")) == 1
    assert clamp(None) == 0


def test_thresholds_are_inclusive():
    assert status_of(D("0.40"), D("0.50")) == IndicatorStatus.ON_TRACK
    assert status_of(D("0.399"), D("0.50")) == IndicatorStatus.AT_RISK
    assert status_of(D("0.25"), D("0.50")) == IndicatorStatus.AT_RISK
    assert status_of(D("0.249"), D("0.50")) == IndicatorStatus.OFF_TRACK


def test_assess_uses_the_time_elapsed_at_the_latest_measurement():
    half_way = dt.date(2026, 1, 1)  # 731 of 1461 days
    result = _assess(D(150), half_way)
    assert result.status == IndicatorStatus.ON_TRACK
    assert result.progress == D("0.5")
    assert result.bar == D("0.5")
    assert result.expected == D(731) / D(1461)
    assert result.latest_value == 150 and result.latest_date == half_way
    assert _assess(D(130), half_way).status == IndicatorStatus.AT_RISK
    assert _assess(D(110), half_way).status == IndicatorStatus.OFF_TRACK
    # The same value measured early on is on track.
    assert _assess(D(110), dt.date(2024, 6, 30)).status == IndicatorStatus.ON_TRACK


def test_lower_is_better_assessment():
    result = _assess(D(20), dt.date(2026, 1, 1), baseline=D(35), target=D(5))
    assert result.status == IndicatorStatus.ON_TRACK
    assert result.expected_value is not None and D(19) < result.expected_value < D(21)
    worse = _assess(D(36), dt.date(2026, 1, 1), baseline=D(35), target=D(5))
    assert worse.status == IndicatorStatus.OFF_TRACK
    assert worse.progress is not None and worse.progress < 0 and worse.bar == 0


def test_intermediate_target_replaces_the_straight_line():
    # The straight line expects 50 % at the start of 2026; the plan says 70 % that year.
    plan = (TargetPoint(dt.date(2026, 1, 1), dt.date(2026, 12, 31), D(170)),)
    on = dt.date(2026, 1, 1)
    assert _assess(D(150), on).status == IndicatorStatus.ON_TRACK
    result = _assess(D(150), on, targets=plan)
    assert result.expected == D("0.7")
    assert result.expected_value == 170
    assert result.status == IndicatorStatus.AT_RISK
    # Outside the target's period, the straight line applies again.
    assert _assess(D(150), dt.date(2025, 12, 31), targets=plan).status == (
        IndicatorStatus.ON_TRACK
    )
    # An intermediate target below the baseline is possible (a dip during works).
    dip = (TargetPoint(dt.date(2024, 1, 1), dt.date(2024, 12, 31), D(90)),)
    assert expected_progress(dt.date(2024, 6, 1), baseline=D(100), baseline_date=BASE_DAY,
                             target=D(200), target_date=TARGET_DAY, targets=dip) == D("-0.1")


def test_missing_data_and_missing_targets():
    no_data = assess(baseline=D(1), baseline_date=BASE_DAY, target=D(2), target_date=TARGET_DAY,
                     latest=None, latest_date=None)
    assert no_data.status == IndicatorStatus.NO_DATA and no_data.bar == 0
    for missing in ({"baseline": None}, {"target": None}, {"baseline_date": None},
                    {"target_date": None}, {"target": D(1)}):
        kwargs = {"baseline": D(1), "baseline_date": BASE_DAY, "target": D(2),
                  "target_date": TARGET_DAY, "latest": D(2), "latest_date": BASE_DAY}
        kwargs.update(missing)  # type: ignore[arg-type]
        result = assess(**kwargs)  # type: ignore[arg-type]
        assert result.status == IndicatorStatus.NO_TARGET
        assert result.progress is None and result.latest_value == 2


def test_labels_and_rule_sentence():
    assert status_label("on_track") == "On track"
    assert status_label(IndicatorStatus.NO_DATA) == "No measurement yet"
    rule = status_rule()
    assert "at most 10 points below the expected progress" in rule
    assert "at most 25 points below" in rule
    assert "intermediate target of that period" in rule


@pytest.mark.parametrize(
    ("frequency", "day", "expected"),
    [
        ("monthly", dt.date(2024, 2, 10), (dt.date(2024, 2, 1), dt.date(2024, 2, 29))),
        ("quarterly", dt.date(2024, 5, 31), (dt.date(2024, 4, 1), dt.date(2024, 6, 30))),
        ("semiannual", dt.date(2024, 7, 1), (dt.date(2024, 7, 1), dt.date(2024, 12, 31))),
        ("annual", dt.date(2024, 12, 31), (dt.date(2024, 1, 1), dt.date(2024, 12, 31))),
    ],
)
def test_calendar_periods(frequency, day, expected):
    assert period_containing(day, frequency) == expected
    assert next_period(expected[1], frequency)[0] == expected[1] + dt.timedelta(days=1)


def test_calendar_periods_stop_at_the_last_ended_one():
    periods = calendar_periods("quarterly", dt.date(2024, 2, 15), dt.date(2024, 12, 30))
    assert periods == [
        (dt.date(2024, 1, 1), dt.date(2024, 3, 31)),
        (dt.date(2024, 4, 1), dt.date(2024, 6, 30)),
        (dt.date(2024, 7, 1), dt.date(2024, 9, 30)),
    ]
    assert calendar_periods("annual", dt.date(2024, 3, 1), dt.date(2024, 6, 1)) == []


# --- properties -------------------------------------------------------------------------


@given(values, values, values)
def test_progress_is_zero_at_baseline_and_one_at_target(baseline, target, latest):
    assume(baseline != target)
    assert progress(baseline, baseline, target) == 0
    assert progress(target, baseline, target) == 1
    p = progress(latest, baseline, target)
    assert p is not None
    assert 0 <= clamp(p) <= 1


@given(values, values, values, values)
def test_progress_grows_as_the_value_moves_towards_the_target(baseline, target, a, b):
    assume(baseline != target)
    low, high = sorted((a, b))
    p_low, p_high = progress(low, baseline, target), progress(high, baseline, target)
    assert p_low is not None and p_high is not None
    if target > baseline:  # higher is better
        assert p_low <= p_high
    else:  # lower is better
        assert p_low >= p_high


@given(values, values, values)
def test_direction_symmetry(baseline, target, latest):
    """Mirroring every value (higher <-> lower is better) keeps the progress."""
    assume(baseline != target)
    assert progress(latest, baseline, target) == progress(-latest, -baseline, -target)


@given(values, values, values, days)
def test_status_is_symmetric_in_direction(baseline, target, latest, on):
    assume(baseline != target)
    kwargs = {"baseline_date": BASE_DAY, "target_date": TARGET_DAY, "latest_date": on}
    up = assess(baseline=baseline, target=target, latest=latest, **kwargs)
    down = assess(baseline=-baseline, target=-target, latest=-latest, **kwargs)
    assert up.status == down.status
    assert up.bar == down.bar


@given(values, values, values, values, days)
def test_a_better_value_never_gives_a_worse_status(baseline, target, a, b, on):
    assume(baseline != target)
    worse, better = sorted((a, b)) if target > baseline else sorted((a, b), reverse=True)
    kwargs = {"baseline": baseline, "target": target, "baseline_date": BASE_DAY,
              "target_date": TARGET_DAY, "latest_date": on}
    s_worse = assess(latest=worse, **kwargs).status
    s_better = assess(latest=better, **kwargs).status
    assert STATUS_RANK[s_better] >= STATUS_RANK[s_worse]


@given(shares, days, days)
def test_the_same_progress_later_never_gives_a_better_status(actual, d1, d2):
    early, late = sorted((d1, d2))
    e_early = elapsed_share(early, BASE_DAY, TARGET_DAY)
    e_late = elapsed_share(late, BASE_DAY, TARGET_DAY)
    assert 0 <= e_early <= e_late <= 1
    assert STATUS_RANK[status_of(actual, e_early)] >= STATUS_RANK[status_of(actual, e_late)]


@given(shares, shares)
def test_status_bands(actual, expected):
    status = status_of(actual, expected)
    gap = expected - actual
    if gap <= D("0.10"):
        assert status == IndicatorStatus.ON_TRACK
    elif gap <= D("0.25"):
        assert status == IndicatorStatus.AT_RISK
    else:
        assert status == IndicatorStatus.OFF_TRACK


@given(days, st.sampled_from(["monthly", "quarterly", "semiannual", "annual"]))
def test_periods_contain_their_day_and_follow_each_other(day, frequency):
    start, end = period_containing(day, frequency)
    assert start <= day <= end
    assert start.day == 1
    following = next_period(end, frequency)
    assert following[0] == end + dt.timedelta(days=1)
    assert period_containing(following[1], frequency) == following


@given(values, values, days)
def test_target_reached_is_always_on_track(baseline, target, on):
    assume(baseline != target)
    result = assess(baseline=baseline, target=target, baseline_date=BASE_DAY,
                    target_date=TARGET_DAY, latest=target, latest_date=on)
    assert result.status == IndicatorStatus.ON_TRACK
    assert result.bar == 1
