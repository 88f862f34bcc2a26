"""Demo evaluations, intermediate targets, APD fields and a computed indicator."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_EVEN, Decimal

from coopdesk.services.demo_base import Ctx
from coopdesk.services.demo_plans import ProjectRef
from coopdesk.store.models import Evaluation, Indicator, IndicatorTarget, Project

# OECD policy markers (0 not targeted, 1 significant, 2 principal) and APD channel.
APD_FIELDS: dict[str, tuple[dict[str, int], str]] = {
    "water": ({"gender": 1, "environment": 1, "biodiversity": 0, "nutrition": 1}, "direct"),
    "library": ({"gender": 1, "environment": 0, "biodiversity": 0, "nutrition": 0}, "ngo"),
    "sanitation": ({"gender": 2, "environment": 1, "biodiversity": 0, "nutrition": 1}, "direct"),
    "youth": ({"gender": 1, "environment": 0, "biodiversity": 0, "nutrition": 0}, "direct"),
    "waste": ({"gender": 1, "environment": 2, "biodiversity": 1, "nutrition": 0}, "multilateral"),
}

_CRITERIA = ("relevance", "coherence", "effectiveness", "efficiency", "impact", "sustainability")
_TEXTS = {
    "relevance": "Répond à un besoin prioritaire exprimé par la commune partenaire.",
    "coherence": "Cohérent avec le plan communal de développement et les autres bailleurs.",
    "effectiveness": "La plupart des résultats attendus sont atteints ou en bonne voie.",
    "efficiency": "Coûts maîtrisés ; retards liés aux délais d'acheminement du matériel.",
    "impact": "Premiers effets visibles sur la vie quotidienne des habitants.",
    "sustainability": "Le comité de gestion local doit encore consolider ses recettes.",
}


def apply_apd_fields(ctx: Ctx, project_id: str, key: str) -> None:
    """Policy markers and channel of one demo project (read by the APD declaration)."""
    markers, channel = APD_FIELDS.get(key, ({}, "direct"))
    ctx.sink.update(Project, project_id, policy_markers=dict(markers), apd_channel=channel)


def build_evaluations(ctx: Ctx, projects: list[ProjectRef]) -> None:
    """A mid-term or final evaluation for each project that started at least two years ago."""
    for ref in projects:
        if ref.start.year > ctx.year - 2:
            continue
        when = min(ref.end, dt.date(ctx.year - 1, 11, 15))
        scores = {c: ctx.rng.randint(2, 4) for c in _CRITERIA}
        ctx.sink.add(
            Evaluation,
            project_id=ref.id,
            date=when,
            evaluator="Cabinet Sahel Conseil" if ref.template.country == "SN" else "F3E",
            criteria={c: {"score": scores[c], "text": _TEXTS[c]} for c in _CRITERIA},
            recommendations="Renforcer la maintenance locale ; partager les données chaque année.",
            lessons_learned="Associer plus tôt les écoles et les associations de femmes.",
        )


def build_targets(ctx: Ctx, projects: list[ProjectRef]) -> None:
    """Yearly intermediate targets on a straight line from baseline to target."""
    for ref in projects:
        years = list(range(ref.start.year + 1, ref.end.year))
        for ind_id, ind in ref.indicators:
            if not years or ind.target == ind.baseline:
                continue
            span = Decimal(ref.end.year - ref.start.year)
            for year in years:
                share = Decimal(year - ref.start.year) / span
                value = (ind.baseline + (ind.target - ind.baseline) * share).quantize(
                    ind.quantum, rounding=ROUND_HALF_EVEN
                )
                ctx.sink.add(
                    IndicatorTarget,
                    indicator_id=ind_id,
                    period_start=dt.date(year, 1, 1),
                    period_end=dt.date(year, 12, 31),
                    value=value,
                )


def mark_computed_indicator(ctx: Ctx, projects: list[ProjectRef]) -> None:
    """The pupils taking part in exchanges are counted from the database, never typed."""
    for ref in projects:
        if ref.template.key == "youth" and ref.indicators:
            indicator_id, _template = ref.indicators.pop(0)  # no typed values, no targets
            ctx.sink.update(Indicator, indicator_id, computed_source="participants_minors")
