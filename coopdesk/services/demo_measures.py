"""Demo indicator measurements per period, disaggregated values summing to the totals."""

from __future__ import annotations

import calendar
import datetime as dt
import random
from decimal import Decimal
from typing import Any

from coopdesk.domain.enums import ActivityStatus, AgeGroup, Frequency, IndicatorKind
from coopdesk.services.demo_base import Cluster, Ctx
from coopdesk.services.demo_plans import ProjectRef
from coopdesk.services.demo_projects import QUALITATIVE_NARRATIVES, IndicatorTemplate
from coopdesk.store.models import Measurement, MeasurementEvidence

_MONTHS_PER_PERIOD: dict[str, int] = {
    Frequency.MONTHLY: 1,
    Frequency.QUARTERLY: 3,
    Frequency.SEMIANNUAL: 6,
    Frequency.ANNUAL: 12,
}
# Dry-season peak of water use in the Sahel (monthly factor, in percent).
_SEASON = {3: 115, 4: 120, 5: 120, 6: 110, 8: 85, 9: 85}
_COVID = (dt.date(2020, 3, 1), dt.date(2021, 6, 30))
_AGE_SHARES = {
    "JEU": ((AgeGroup.TEEN, 85), (AgeGroup.YOUNG_ADULT, 15)),
    "DECH": ((AgeGroup.YOUNG_ADULT, 30), (AgeGroup.ADULT, 62), (AgeGroup.SENIOR, 8)),
}
_RECORDERS = ("Claire Fontaine", "Julien Mercier", "Awa Sarr", "Lena Fischer", "Ana Costa")
_NOTES = (
    "",
    "",
    "",
    "",
    "Valeur provisoire",
    "Relevé incomplet, complété par estimation",
    "Chiffre consolidé avec le partenaire",
)


def periods(frequency: str, first_year: int, last: dt.date) -> list[tuple[dt.date, dt.date]]:
    """Calendar periods of the frequency from 1 January of ``first_year`` until ``last``."""
    step = _MONTHS_PER_PERIOD[frequency]
    out = []
    for year in range(first_year, last.year + 1):
        for month in range(1, 13, step):
            end_month = month + step - 1
            end = dt.date(year, end_month, calendar.monthrange(year, end_month)[1])
            if end <= last:
                out.append((dt.date(year, month, 1), end))
    return out


def _split(
    rng: random.Random, total: Decimal, quantum: Decimal, shares: list[tuple[str, int]]
) -> dict[str, str]:
    units = int(total / quantum)
    weights = [w * rng.randint(85, 115) for _, w in shares]
    parts = [units * w // sum(weights) for w in weights]
    parts[-1] += units - sum(parts)
    return {key: str(part * quantum) for (key, _), part in zip(shares, parts, strict=True)}


def _disaggregate(
    rng: random.Random,
    cluster: Cluster,
    ind: IndicatorTemplate,
    value: Decimal,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for dim in ind.disaggregations:
        if dim == "sex":
            shares = [("female", rng.randint(45, 58)), ("male", 50)]
        elif dim == "age_group":
            shares = [(str(a), w) for a, w in _AGE_SHARES[ind.code.split("-")[0]]]
        else:
            places = (
                cluster.places.sn_villages
                if ind.code.startswith(("EAU", "BIB"))
                else cluster.places.br_districts
            )
            shares = [(p, w) for p, w in zip(places, (40, 25, 20, 15), strict=True)]
        out[dim] = _split(rng, value, ind.quantum, shares)
    return out


def build_measurements(ctx: Ctx, cluster: Cluster, projects: list[ProjectRef]) -> None:
    rng = ctx.rng
    last_day = dt.date(ctx.year - 1, 12, 31)
    for ref in projects:
        if ref.template.status == ActivityStatus.PIPELINE:
            continue
        span = Decimal(max((ref.end - ref.start).days, 1))
        for ind_id, ind in ref.indicators:
            gain = Decimal(rng.randint(85, 110)) / 100
            for period_start, period_end in periods(
                ind.frequency, ref.start.year, min(ref.end, last_day)
            ):
                # Periods are calendar ones; the first and last are cut to the project's dates.
                start, end = max(period_start, ref.start), min(period_end, ref.end)
                if start > end:
                    continue
                elapsed = Decimal(min(max((end - ref.start).days, 0), int(span)))
                progress = elapsed / span * gain
                _measure(ctx, cluster, ind_id, ind, start, end, progress)


def _measure(
    ctx: Ctx,
    cluster: Cluster,
    ind_id: str,
    ind: IndicatorTemplate,
    start: dt.date,
    end: dt.date,
    progress: Decimal,
) -> None:
    rng, sink = ctx.rng, ctx.sink
    spread = ind.target - ind.baseline
    noise = Decimal(rng.randint(-4, 4)) / 100
    level = ind.baseline + spread * progress + abs(spread) * noise
    rating = None
    narrative = ""
    if ind.kind == IndicatorKind.QUALITATIVE:
        rating = min(max(int(level.to_integral_value()), 1), ind.scale_max or 5)
        value = Decimal(rating)
        narrative = rng.choice(QUALITATIVE_NARRATIVES)
    else:
        if ind.frequency == Frequency.MONTHLY and ind.code == "EAU-VOL":
            level = level * _SEASON.get(start.month, 100) / 100
        if ind.code.startswith("JEU") and start <= _COVID[1] and end >= _COVID[0]:
            level = level / 4
        level = max(level, Decimal(0))
        if ind.unit == "%":
            level = min(level, Decimal(100))
        value = level.quantize(ind.quantum)
    measurement_id = sink.add(
        Measurement,
        indicator_id=ind_id,
        period_start=start,
        period_end=end,
        value=value,
        disaggregated=_disaggregate(rng, cluster, ind, value) if rating is None else {},
        rating=rating,
        narrative=narrative,
        source=cluster.fmt(ind.data_source),
        note=rng.choice(_NOTES),
        recorded_by=rng.choice(_RECORDERS),
    )
    if ind.frequency == Frequency.ANNUAL and rng.random() < 0.4:
        title = f"Rapport de suivi {ind.code} {start.year}"
        attachment = ctx.pdf(
            f"suivi-{ind.code.lower()}-{start.year}.pdf",
            title,
            [
                cluster.fmt(ind.name["fr"]),
                f"Valeur {start.year} : {value} {ind.unit}",
                f"Source : {cluster.fmt(ind.data_source)}",
            ],
            audited=False,
        )
        sink.add(MeasurementEvidence, measurement_id=measurement_id, attachment_id=attachment)
