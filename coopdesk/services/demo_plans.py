"""Demo projects with their partners, risks, documents, budgets, funding and indicators."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from coopdesk.domain.enums import ActivityStatus, FundingKind
from coopdesk.domain.money import Money
from coopdesk.services.demo_base import Cluster, Ctx
from coopdesk.services.demo_projects import (
    TEMPLATES,
    FundingTemplate,
    IndicatorTemplate,
    LineTemplate,
    ProjectTemplate,
)
from coopdesk.store.models import (
    BudgetLine,
    FundingSource,
    Indicator,
    Project,
    ProjectDocument,
    ProjectOrganisation,
    ProjectPartnership,
    Risk,
)

XOF_PER_EUR = Decimal("655.957")
_FREQUENCY_FR = {
    "monthly": "mensuelle",
    "quarterly": "trimestrielle",
    "semiannual": "semestrielle",
    "annual": "annuelle",
}


@dataclass(frozen=True)
class LineRef:
    id: str
    year: int
    template: LineTemplate
    planned_minor: int


@dataclass(frozen=True)
class FundingRef:
    id: str
    year: int
    template: FundingTemplate
    org_name: str
    currency: str
    committed_minor: int
    received_minor: int
    received_on: dt.date | None


@dataclass
class ProjectRef:
    id: str
    code: str
    template: ProjectTemplate
    start: dt.date
    end: dt.date
    lines: list[LineRef] = field(default_factory=list)
    funding: list[FundingRef] = field(default_factory=list)
    indicators: list[tuple[str, IndicatorTemplate]] = field(default_factory=list)


def eur_to_xof(eur_minor: int) -> int:
    """Euro cents to whole francs CFA at the fixed parity."""
    return Money.from_decimal(Decimal(eur_minor) / 100 * XOF_PER_EUR, "XOF").minor


def _date(year: int, offset: tuple[int, int, int]) -> dt.date:
    return dt.date(year + offset[0], offset[1], offset[2])


def budget_years(ctx: Ctx, ref: ProjectRef) -> list[int]:
    if ref.template.status == ActivityStatus.PIPELINE:
        return [ctx.year, ref.start.year]
    return list(range(ref.start.year, min(ref.end.year, ctx.year) + 1))


def build_projects(ctx: Ctx, cluster: Cluster) -> list[ProjectRef]:
    refs = []
    for tpl in TEMPLATES:
        ref = _project(ctx, cluster, tpl)
        _budget(ctx, cluster, ref)
        _indicators(ctx, cluster, ref)
        refs.append(ref)
    return refs


def _project(ctx: Ctx, cluster: Cluster, tpl: ProjectTemplate) -> ProjectRef:
    sink, y = ctx.sink, ctx.year
    code = f"{tpl.code}-{cluster.index + 1:02d}"
    start, end = _date(y, tpl.start), _date(y, tpl.end)
    project_id = sink.add(
        Project,
        code=code,
        title=cluster.fmt_dict(tpl.title),
        summary=cluster.fmt_dict(tpl.summary),
        objectives=cluster.fmt_dict(tpl.objectives),
        theme=tpl.theme,
        dac_sector=tpl.dac,
        sdgs=list(tpl.sdgs),
        status=int(tpl.status),
        planned_start=start,
        planned_end=end,
        actual_start=_date(y, tpl.actual_start) if tpl.actual_start else None,
        actual_end=_date(y, tpl.actual_end) if tpl.actual_end else None,
        location_place=cluster.fmt(tpl.place),
        location_country=tpl.country,
        lessons_learned=cluster.fmt_dict(tpl.lessons),
    )
    sink.add(
        ProjectPartnership,
        project_id=project_id,
        partnership_id=cluster.partnerships[tpl.partnership],
    )
    for org_key, role in tpl.roles:
        sink.add(
            ProjectOrganisation,
            project_id=project_id,
            organisation_id=cluster.orgs[org_key].id,
            role=int(role),
        )
    for description, likelihood, impact, mitigation, owner in tpl.risks:
        sink.add(
            Risk,
            project_id=project_id,
            description=cluster.fmt(description),
            likelihood=likelihood,
            impact=impact,
            mitigation=cluster.fmt(mitigation),
            owner=cluster.fmt(owner),
        )
    title = cluster.fmt(tpl.title["fr"])
    for n, doc in enumerate(tpl.documents, start=1):
        attachment = ctx.pdf(
            f"{code.lower()}-{n}.pdf",
            f"{doc} — {code}",
            [
                title,
                cluster.fmt(tpl.summary["fr"])[:110],
                f"Période : {start.isoformat()} – {end.isoformat()}",
            ],
        )
        sink.add(ProjectDocument, project_id=project_id, attachment_id=attachment)
    return ProjectRef(project_id, code, tpl, start, end)


def _budget(ctx: Ctx, cluster: Cluster, ref: ProjectRef) -> None:
    rng, sink = ctx.rng, ctx.sink
    for year in budget_years(ctx, ref):
        total = 0
        for line in ref.template.lines:
            euros = line.euros * rng.randint(85, 115) // 100 // 100 * 100
            planned = euros * 100
            total += planned
            line_id = sink.add(
                BudgetLine,
                project_id=ref.id,
                year=year,
                category=line.category,
                label=line.label,
                planned_minor=planned,
                currency="EUR",
            )
            ref.lines.append(LineRef(line_id, year, line, planned))
        for fund in ref.template.funding:
            ref.funding.append(_funding(ctx, cluster, ref, fund, year, total))


def _funding(
    ctx: Ctx, cluster: Cluster, ref: ProjectRef, fund: FundingTemplate, year: int, total: int
) -> FundingRef:
    rng = ctx.rng
    cents = total * fund.share_bp // 10_000 // 100 * 100
    committed_on: dt.date | None = ctx.day_in(year, (2, 3, 4, 5))
    pipeline = ref.template.status == ActivityStatus.PIPELINE
    if (
        year > ctx.year
        or (committed_on and committed_on > ctx.today)
        or (pipeline and fund.kind == FundingKind.MINISTRY_GRANT)
    ):
        cents, committed_on = 0, None
    received, received_on = 0, None
    if cents and year < ctx.year:
        share = 100 if year < ctx.year - 1 else rng.choice((50, 70, 100))
        received = cents * share // 100
        received_on = ctx.day_in(year, (6, 7, 9, 10, 11, 12))
    committed = eur_to_xof(cents) if fund.currency == "XOF" else cents
    if fund.currency == "XOF":
        received = eur_to_xof(received)
    org = cluster.orgs.get(fund.org) if fund.org else None
    fund_id = ctx.sink.add(
        FundingSource,
        project_id=ref.id,
        year=year,
        organisation_id=org.id if org else None,
        kind=fund.kind,
        label=cluster.fmt(fund.label),
        committed_minor=committed,
        received_minor=received,
        currency=fund.currency,
        committed_on=committed_on,
        received_on=received_on,
        cap_basis_points=fund.cap_bp,
    )
    return FundingRef(
        fund_id,
        year,
        fund,
        org.name if org else "",
        fund.currency,
        committed,
        received,
        received_on,
    )


def _indicators(ctx: Ctx, cluster: Cluster, ref: ProjectRef) -> None:
    for ind in ref.template.indicators:
        ind_id = ctx.sink.add(
            Indicator,
            project_id=ref.id,
            code=ind.code,
            name=cluster.fmt_dict(ind.name),
            definition={
                "fr": f"{cluster.fmt(ind.name['fr'])} ({ind.unit or 'échelle 1–5'}) : "
                f"mesure {_FREQUENCY_FR[ind.frequency]}."
            },
            kind=ind.kind,
            unit=ind.unit,
            direction=ind.direction,
            baseline_value=ind.baseline,
            baseline_date=ref.start,
            target_value=ind.target,
            target_date=ref.end,
            frequency=ind.frequency,
            data_source=cluster.fmt(ind.data_source),
            disaggregations=list(ind.disaggregations),
            rating_scale_max=ind.scale_max,
        )
        ref.indicators.append((ind_id, ind))
