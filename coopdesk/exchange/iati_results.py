"""IATI results of one activity: its indicators with baseline, targets and actual values.

One ``result`` per project (type 2 Outcome: the project's objectives) holds every indicator.
Measure (IATI IndicatorMeasure): quantitative in "%" -> 2 Percentage, other quantitative ->
1 Unit, qualitative rated on a scale -> 4 Ordinal (the ratings are values), qualitative
without a scale -> 5 Qualitative (no values, only the narratives as comments). Periods: each
intermediate target's period, the final target from the baseline (else the project's start)
to the target date, and each measured or computed period; a measurement falling on a
target's exact period shares its ``period``. Disaggregated values become extra ``actual``
elements, each with its ``dimension`` (e.g. name "sex", value "female").
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from coopdesk.domain.enums import IndicatorDirection, IndicatorKind
from coopdesk.exchange.iati_data import ActivitySource, IndicatorValues
from coopdesk.exchange.iati_text import INDENT, Out, iso_day

QUALITATIVE = "5"


@dataclass
class _Period:
    """The markup of a period's targets and actuals (the schema wants targets first)."""

    targets: list[str] = field(default_factory=list)
    actuals: list[str] = field(default_factory=list)


def measure_code(kind: str, unit: str, scale_max: int | None) -> str:
    """The IATI IndicatorMeasure code of an indicator (see the module notes)."""
    if kind == IndicatorKind.QUALITATIVE:
        return "4" if scale_max else QUALITATIVE
    return "2" if unit.strip() == "%" else "1"


def number_text(value: Any) -> str:
    """A stored decimal (text or Decimal) as plain digits ("" when it is not a number)."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else format(value, "f")
    digits = text.replace(".", "", 1).lstrip("-")
    if digits.isascii() and digits.isdigit():
        return text
    try:
        number = Decimal(text)
    except InvalidOperation:
        return ""
    return format(number, "f") if number.is_finite() else ""


def _project_start(project: Any) -> dt.date | None:
    days = [d for d in (project.planned_start, project.actual_start) if d is not None]
    return min(days) if days else None


def _value(depth: int, tag: str, number: str, comment: str = "", dimension: str = "") -> str:
    """The markup of one target or actual: ``number`` ("" for none), an escaped comment, a
    ready ``dimension`` element."""
    attrs = f' value="{number}"' if number else ""
    if not comment and not dimension:
        return f"{INDENT[depth]}<{tag}{attrs}/>"
    if comment:
        comment = (f"{INDENT[depth + 1]}<comment>{INDENT[depth + 2]}<narrative>{comment}"
                   f"</narrative>{INDENT[depth + 1]}</comment>")
    return f"{INDENT[depth]}<{tag}{attrs}>{dimension}{comment}{INDENT[depth]}</{tag}>"


def _dimensions(out: Out, raw: Any, depth: int, qualitative: bool) -> list[str]:
    """Disaggregated values ({"sex": {"female": "120"}}) as extra actuals, in stored order."""
    if raw.__class__ is str:
        try:
            raw = json.loads(raw)
        except ValueError:
            return []
    found: list[str] = []
    if raw.__class__ is not dict:
        return found
    i0, i1 = INDENT[depth], INDENT[depth + 1]
    for name, values in raw.items():
        if values.__class__ is not dict:
            continue
        escaped = out.name(str(name))
        for key, number in values.items():
            if number.__class__ is str and number.isascii() and number.isdigit():
                text = number  # the usual case: a whole number as text
            else:
                text = number_text(number if isinstance(number, str) else str(number))
            if text:
                value = "" if qualitative else f' value="{text}"'
                found.append(f'{i0}<actual{value}>{i1}<dimension name="{escaped}" '
                             f'value="{out.name(str(key))}"/>{i0}</actual>')
    return found


def _periods(
    out: Out, ind: Any, project: Any, values: IndicatorValues, depth: int, qualitative: bool
) -> dict[tuple[str, str], _Period]:
    """The indicator's periods (start, end as ISO text) with their targets and actuals."""
    periods: dict[tuple[str, str], _Period] = {}
    for _id, start, end, value in values.targets:
        number = "" if qualitative else number_text(value)
        periods.setdefault((iso_day(start), iso_day(end)), _Period()).targets.append(
            _value(depth, "target", number)
        )
    if ind.target_value is not None and ind.target_date is not None:
        end = ind.target_date.isoformat()
        if not any(key[1] == end for key in periods):
            start = ind.baseline_date or _project_start(project) or ind.target_date
            number = "" if qualitative else number_text(ind.target_value)
            periods.setdefault((min(start.isoformat(), end), end), _Period()).targets.append(
                _value(depth, "target", number)
            )
    for _id, start, end, value, rating, narrative, disaggregated in values.measurements:
        if qualitative:
            number = ""
        elif value is not None:
            number = number_text(value)
        else:
            number = "" if rating is None else str(rating)
        actuals = periods.setdefault((iso_day(start), iso_day(end)), _Period()).actuals
        actuals.append(_value(depth, "actual", number, out.text(narrative)))
        if disaggregated and disaggregated != "{}":
            actuals.extend(_dimensions(out, disaggregated, depth, qualitative))
    for point in values.computed:
        key = (point.period_start.isoformat(), point.period_end.isoformat())
        number = "" if qualitative else number_text(point.value)
        periods.setdefault(key, _Period()).actuals.append(_value(depth, "actual", number))
    return periods


def _indicator(
    out: Out, depth: int, ind: Any, project: Any, values: IndicatorValues
) -> None:
    measure = measure_code(ind.kind, ind.unit, ind.rating_scale_max)
    qualitative = measure == QUALITATIVE
    ascending = "false" if ind.direction == IndicatorDirection.LOWER_IS_BETTER else "true"
    out.add(depth, f'<indicator measure="{measure}" ascending="{ascending}">')
    out.element_with_narratives(depth + 1, "title", ind.name, fallback=ind.code)
    out.element_with_narratives(depth + 1, "description", ind.definition, required=False)
    base_day = ind.baseline_date or _project_start(project)
    if base_day is not None and (ind.baseline_value is not None or ind.baseline_date):
        attrs = f' year="{base_day.year}"'
        if ind.baseline_date is not None:
            attrs += f' iso-date="{ind.baseline_date.isoformat()}"'
        number = number_text(ind.baseline_value)
        if number and not qualitative:
            attrs += f' value="{number}"'
        out.add(depth + 1, f"<baseline{attrs}/>")
    periods = _periods(out, ind, project, values, depth + 2, qualitative)
    i1, i2 = INDENT[depth + 1], INDENT[depth + 2]
    for start, end in sorted(periods):
        found = periods[(start, end)]
        out.parts.append(
            f'{i1}<period>{i2}<period-start iso-date="{start}"/>'
            f'{i2}<period-end iso-date="{end}"/>{"".join(found.targets)}'
            f'{"".join(found.actuals)}{i1}</period>'
        )
    out.add(depth, "</indicator>")


def results(
    out: Out, depth: int, source: ActivitySource, values: dict[str, IndicatorValues]
) -> None:
    """The project's indicators under one outcome (nothing when it has none)."""
    if not source.indicators:
        return
    project = source.project
    out.add(depth, '<result type="2" aggregation-status="false">')
    out.element_with_narratives(depth + 1, "title", project.title, fallback=project.code)
    out.element_with_narratives(depth + 1, "description", project.objectives, required=False)
    for ind in source.indicators:
        _indicator(out, depth + 1, ind, project, values[ind.id])
    out.add(depth, "</result>")
