"""Indicators with their progress and status, in grouped queries; time series for charts."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from coopdesk.domain.text import fold
from coopdesk.i18n import active_language, translate
from coopdesk.services.computed_indicators import (
    SeriesPoint,
    computed_series_many,
    spec_for,
)
from coopdesk.services.errors import NotFoundError
from coopdesk.services.progress import IndicatorProgress, TargetPoint, assess
from coopdesk.services.project_list import project_title
from coopdesk.store.models import Indicator, IndicatorTarget, Measurement, Project


@dataclass(frozen=True)
class IndicatorRow:
    """One line of an indicators list; carries every value the list's filters need."""

    id: str
    project_id: str
    project_code: str
    code: str
    # The name in the language asked for (fallbacks: French, then any).
    name: str
    names: dict[str, str]
    kind: str
    unit: str
    direction: str
    frequency: str
    baseline_value: Decimal | None
    baseline_date: dt.date | None
    target_value: Decimal | None
    target_date: dt.date | None
    disaggregations: tuple[str, ...]
    rating_scale_max: int | None
    computed_source: str
    # Typed measurements (computed indicators have none).
    measurement_count: int
    progress: IndicatorProgress
    search_text: str = field(repr=False, default="")  # fold()ed code, names, project code


@dataclass(frozen=True)
class IndicatorFilter:
    """The indicators list's filters (None: any); a proxy model calls :meth:`matches`."""

    project_id: str | None = None
    # An IndicatorStatus value.
    status: str | None = None
    # Only these indicators (a dashboard number opens exactly the indicators behind it).
    ids: frozenset[str] | None = None
    text: str = ""

    def matches(self, row: IndicatorRow) -> bool:
        return (
            (self.project_id is None or row.project_id == self.project_id)
            and (self.status is None or row.progress.status == self.status)
            and (self.ids is None or row.id in self.ids)
            and all(word in row.search_text for word in fold(self.text).split())
        )


@dataclass(frozen=True)
class IndicatorSeries:
    """An indicator's values over time with its baseline and targets, for charts and reports.

    Points are placed at the end of their period; ``expected`` is the straight line (or the
    intermediate targets) the status is judged against.
    """

    indicator_id: str
    code: str
    name: str
    unit: str
    kind: str
    direction: str
    rating_scale_max: int | None
    computed: bool
    baseline_value: Decimal | None
    baseline_date: dt.date | None
    target_value: Decimal | None
    target_date: dt.date | None
    targets: tuple[TargetPoint, ...]
    # Oldest first.
    points: tuple[SeriesPoint, ...]
    # (date, value) corners of the expected path: baseline, intermediate targets, target.
    expected: tuple[tuple[dt.date, Decimal], ...]
    progress: IndicatorProgress


# What progress needs (no JSON to decode)...
_PROGRESS_COLUMNS = (
    Indicator.id, Indicator.project_id, Indicator.frequency, Indicator.baseline_value,
    Indicator.baseline_date, Indicator.target_value, Indicator.target_date,
    Indicator.computed_source, Project.planned_start, Project.actual_start,
    Project.planned_end, Project.actual_end,
)
# ...and what a list or a chart shows.
_COLUMNS = (
    *_PROGRESS_COLUMNS, Indicator.code, Indicator.name, Indicator.kind, Indicator.unit,
    Indicator.direction, Indicator.disaggregations, Indicator.rating_scale_max,
    Project.code.label("project_code"),
)


def _window(row: Any) -> tuple[dt.date | None, dt.date | None]:
    starts = [d for d in (row.planned_start, row.actual_start) if d is not None]
    ends = [d for d in (row.planned_end, row.actual_end) if d is not None]
    return (min(starts) if starts else None, max(ends) if ends else None)


def _indicators(
    session: Session, scope: Select[Any] | None, columns: tuple[Any, ...] = _COLUMNS
) -> list[Any]:
    """Indicator columns with their project's code and dates (Core rows, no ORM objects)."""
    query = select(*columns).join(Project, Project.id == Indicator.project_id)
    if scope is not None:
        query = query.where(Indicator.id.in_(scope))
    return list(session.execute(query).all())


def _latest_ends(scope: Select[Any] | None, as_of: dt.date) -> Any:
    """Subquery: each indicator's latest period end up to ``as_of`` (columns ``id``, ``end``)."""
    query = select(
        Measurement.indicator_id.label("id"), func.max(Measurement.period_end).label("end")
    ).where(Measurement.period_end <= as_of)
    if scope is not None:
        query = query.where(Measurement.indicator_id.in_(scope))
    return query.group_by(Measurement.indicator_id).subquery()


def _latest(
    session: Session, scope: Select[Any] | None, as_of: dt.date
) -> tuple[dict[str, tuple[Decimal | None, dt.date]], dict[str, list[TargetPoint]]]:
    """Each indicator's latest value (or rating) up to ``as_of`` with the end of its period,
    and the intermediate targets whose period contains that end: one grouped query.

    Two measurements ending the same day: the shorter period (the later start) wins.
    """
    ends = _latest_ends(scope, as_of)
    target = aliased(IndicatorTarget)
    query = (
        select(
            Measurement.indicator_id, Measurement.value, Measurement.rating,
            Measurement.period_start, Measurement.period_end, target.period_start,
            target.period_end, target.value,
        )
        .join(ends, (ends.c.id == Measurement.indicator_id)
              & (ends.c.end == Measurement.period_end))
        .outerjoin(target, (target.indicator_id == Measurement.indicator_id)
                   & (target.period_start <= Measurement.period_end)
                   & (target.period_end >= Measurement.period_end))
    )
    best: dict[str, tuple[dt.date, str, Decimal | None, dt.date]] = {}
    targets: dict[str, set[TargetPoint]] = defaultdict(set)
    for ind_id, value, rating, start, end, t_start, t_end, t_value in session.execute(query):
        current = best.get(ind_id)
        number = value if value is not None else _rating(rating)
        if current is None or (start, str(number)) > current[:2]:
            best[ind_id] = (start, str(number), number, end)
        if t_start is not None:
            targets[ind_id].add(TargetPoint(t_start, t_end, t_value))
    latest = {key: (number, end) for key, (_s, _n, number, end) in best.items()}
    return latest, {key: sorted(points, key=_target_order) for key, points in targets.items()}


def _target_order(point: TargetPoint) -> tuple[dt.date, dt.date]:
    return (point.period_start, point.period_end)


def _rating(rating: int | None) -> Decimal | None:
    return None if rating is None else Decimal(rating)


def _targets(session: Session, scope: Select[Any] | None) -> dict[str, list[TargetPoint]]:
    query = select(
        IndicatorTarget.indicator_id, IndicatorTarget.period_start, IndicatorTarget.period_end,
        IndicatorTarget.value,
    ).order_by(IndicatorTarget.period_start)
    if scope is not None:
        query = query.where(IndicatorTarget.indicator_id.in_(scope))
    out: dict[str, list[TargetPoint]] = defaultdict(list)
    for indicator_id, start, end, value in session.execute(query).all():
        out[indicator_id].append(TargetPoint(start, end, value))
    return out


def _assess_rows(
    session: Session, rows: list[Any], scope: Select[Any] | None, as_of: dt.date
) -> dict[str, IndicatorProgress]:
    latest, targets = _latest(session, scope, as_of)
    specs = [spec_for(row, _window(row), as_of) for row in rows if row.computed_source]
    computed = computed_series_many(session, [s for s in specs if s is not None])
    if computed:
        ids = select(Indicator.id).where(Indicator.id.in_(list(computed)))
        targets.update(_targets(session, ids))
    out: dict[str, IndicatorProgress] = {}
    for row in rows:
        value, end = latest.get(row.id, (None, None))
        if row.computed_source:
            points = computed.get(row.id, [])
            value, end = (points[-1].value, points[-1].period_end) if points else (None, None)
        out[row.id] = _assess(row, value, end, targets.get(row.id, ()))
    return out


def _assess(
    row: Any, value: Decimal | None, end: dt.date | None, targets: Sequence[TargetPoint]
) -> IndicatorProgress:
    return assess(
        baseline=row.baseline_value, baseline_date=row.baseline_date,
        target=row.target_value, target_date=row.target_date,
        latest=value, latest_date=end, targets=targets,
    )


def _scope(
    project_id: str | None, indicator_ids: Collection[str] | Select[Any] | None
) -> Select[Any] | None:
    if project_id is None and indicator_ids is None:
        return None
    query = select(Indicator.id)
    if project_id is not None:
        query = query.where(Indicator.project_id == project_id)
    if isinstance(indicator_ids, Select):
        query = query.where(Indicator.id.in_(indicator_ids))
    elif indicator_ids is not None:
        query = query.where(Indicator.id.in_(list(indicator_ids)))
    return query


def progress_by_indicator(
    session: Session,
    *,
    project_id: str | None = None,
    indicator_ids: Collection[str] | Select[Any] | None = None,
    as_of: dt.date | None = None,
) -> dict[str, IndicatorProgress]:
    """{indicator id: progress and status at ``as_of``} (today by default).

    Four grouped queries, plus a few per kind of computed source in use.
    """
    scope = _scope(project_id, indicator_ids)
    rows = _indicators(session, scope, _PROGRESS_COLUMNS)
    return _assess_rows(session, rows, scope, as_of or dt.date.today())


def list_indicators(
    session: Session,
    *,
    project_id: str | None = None,
    indicator_ids: Collection[str] | None = None,
    language: str | None = None,
    as_of: dt.date | None = None,
) -> list[IndicatorRow]:
    """Indicators with their measurement count, progress and status, sorted by project and code.

    Args:
        session: the caller's session.
        project_id: only this project's indicators.
        indicator_ids: only these indicators (what a dashboard number stands for).
        language: the language of ``IndicatorRow.name`` (the UI language by default).
        as_of: the day the status is judged on (today by default).
    """
    language = language or active_language()
    scope = _scope(project_id, indicator_ids)
    rows = _indicators(session, scope)
    progress = _assess_rows(session, rows, scope, as_of or dt.date.today())
    count_query = select(Measurement.indicator_id, func.count()).group_by(
        Measurement.indicator_id
    )
    if scope is not None:
        count_query = count_query.where(Measurement.indicator_id.in_(scope))
    counts = dict(session.execute(count_query).all())
    out = []
    for row in rows:
        names = dict(row.name)
        out.append(
            IndicatorRow(
                id=row.id, project_id=row.project_id, project_code=row.project_code,
                code=row.code, name=project_title(names, language), names=names, kind=row.kind,
                unit=row.unit, direction=row.direction, frequency=row.frequency,
                baseline_value=row.baseline_value, baseline_date=row.baseline_date,
                target_value=row.target_value, target_date=row.target_date,
                disaggregations=tuple(row.disaggregations),
                rating_scale_max=row.rating_scale_max, computed_source=row.computed_source,
                measurement_count=counts.get(row.id, 0), progress=progress[row.id],
                search_text=fold(" ".join([row.code, row.project_code, *names.values()])),
            )
        )
    out.sort(key=lambda r: (fold(r.project_code), fold(r.code), r.id))
    return out


def indicator_series(
    session: Session,
    indicator_id: str,
    *,
    language: str | None = None,
    as_of: dt.date | None = None,
) -> IndicatorSeries:
    """The values over time of one indicator (typed or computed), with baseline and targets.

    Raises:
        NotFoundError: the indicator no longer exists.
    """
    scope = select(Indicator.id).where(Indicator.id == indicator_id)
    rows = _indicators(session, scope)
    if not rows:
        raise NotFoundError(translate("Errors", "This indicator no longer exists."))
    ind = rows[0]
    day = as_of or dt.date.today()
    if ind.computed_source:
        spec = spec_for(ind, _window(ind), day)
        points = computed_series_many(session, [spec]).get(ind.id, []) if spec else []
    else:
        points = [
            SeriesPoint(start, end, value if value is not None else Decimal(rating or 0))
            for start, end, value, rating in session.execute(
                select(Measurement.period_start, Measurement.period_end, Measurement.value,
                       Measurement.rating)
                .where(Measurement.indicator_id == indicator_id, Measurement.period_end <= day)
                .order_by(Measurement.period_end, Measurement.period_start)
            ).all()
            if value is not None or rating is not None
        ]
    targets = tuple(_targets(session, scope).get(ind.id, ()))
    last = points[-1] if points else None
    return IndicatorSeries(
        indicator_id=ind.id, code=ind.code,
        name=project_title(dict(ind.name), language or active_language()), unit=ind.unit,
        kind=ind.kind, direction=ind.direction, rating_scale_max=ind.rating_scale_max,
        computed=bool(ind.computed_source), baseline_value=ind.baseline_value,
        baseline_date=ind.baseline_date, target_value=ind.target_value,
        target_date=ind.target_date, targets=targets, points=tuple(points),
        expected=_expected_path(ind, targets),
        progress=_assess(ind, last.value if last else None, last.period_end if last else None,
                         targets),
    )


Corner = tuple[dt.date, Decimal]


def _expected_path(ind: Any, targets: tuple[TargetPoint, ...]) -> tuple[Corner, ...]:
    corners: list[Corner] = []
    if ind.baseline_value is not None and ind.baseline_date is not None:
        corners.append((ind.baseline_date, ind.baseline_value))
    for t in targets:
        corners += [(t.period_start, t.value), (t.period_end, t.value)]
    if ind.target_value is not None and ind.target_date is not None:
        corners.append((ind.target_date, ind.target_value))
    return tuple(sorted(corners, key=lambda c: c[0]))
