"""The yearly declaration of official development assistance (APD) of the municipality.

Eligible spending of year Y: the expenses of budget year Y (the line's year, else the funding
source's, else the date's: the budget summary's rule) of every project whose recipient
country is on the OECD DAC list of ODA recipients (``apd_countries``), in euros exactly as
``budget_summary`` computes its *spent* figure (each transaction converted once, half to
even). Projects spending in a country off the list (a German twinning's school exchanges)
are named as left out, never declared.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import FundingKind, OrganisationKind
from coopdesk.domain.money import Money
from coopdesk.domain.text import fold
from coopdesk.exchange.apd_countries import is_oda_recipient
from coopdesk.i18n import QT_TRANSLATE_NOOP, active_language, translate
from coopdesk.i18n.formatting import Formatter
from coopdesk.i18n.locale_data import country_name
from coopdesk.services.budget_summary import commune_summary
from coopdesk.services.codelists import sector_name, theme_label
from coopdesk.services.errors import ServiceError
from coopdesk.services.project_list import project_title
from coopdesk.store.models import (
    Municipality,
    Organisation,
    Partnership,
    Project,
    ProjectOrganisation,
    ProjectPartnership,
)

CHANNELS: dict[str, str] = {
    "direct": QT_TRANSLATE_NOOP("Apd", "Direct (by the municipality)"),
    "ngo": QT_TRANSLATE_NOOP("Apd", "Through an association or NGO"),
    "multilateral": QT_TRANSLATE_NOOP("Apd", "Through a multilateral organisation"),
}
# OECD policy markers, scored 0 (not targeted), 1 (significant) or 2 (principal objective).
MARKERS: dict[str, str] = {
    "gender": QT_TRANSLATE_NOOP("Apd", "Gender equality"),
    "environment": QT_TRANSLATE_NOOP("Apd", "Environment"),
    "biodiversity": QT_TRANSLATE_NOOP("Apd", "Biodiversity"),
    "nutrition": QT_TRANSLATE_NOOP("Apd", "Nutrition / inclusion"),
}
FIRST_YEAR, LAST_YEAR = 1900, 2200


class ApdError(ServiceError):
    """The declaration cannot be made (no municipality, impossible year); nothing written."""


@dataclass(frozen=True)
class Cofinancer:
    name: str
    kind: str
    committed_eur: Money


@dataclass(frozen=True)
class ApdRow:
    """One declared project: its eligible spending of the year and its declaration fields."""

    project_id: str
    code: str
    title: str
    country: str
    country_name: str
    channel: str
    channel_label: str
    sector: str
    sector_name: str
    # Marker key -> score 0-2, None when not scored.
    markers: dict[str, int | None]
    partner_authorities: tuple[str, ...]
    theme: str
    description: str
    cofinancers: tuple[Cofinancer, ...]
    cofinancing_eur: Money
    spent_eur: Money


@dataclass(frozen=True)
class Breakdown:
    """Spending summed by one key (a country, a sector or a channel)."""

    key: str
    label: str
    projects: int
    spent_eur: Money


@dataclass(frozen=True)
class LeftOut:
    """A project with spending in the year that is not declared, and why."""

    code: str
    country: str
    country_name: str
    spent_eur: Money


@dataclass(frozen=True)
class ApdDeclaration:
    municipality: str
    insee_code: str
    year: int
    rows: tuple[ApdRow, ...]
    total_eur: Money
    by_country: tuple[Breakdown, ...]
    by_sector: tuple[Breakdown, ...]
    by_channel: tuple[Breakdown, ...]
    left_out: tuple[LeftOut, ...]
    # Expenses left out of every figure: a floating currency without a rate.
    unconverted: int


def _markers(raw: object) -> dict[str, int | None]:
    found = raw if isinstance(raw, dict) else {}
    out: dict[str, int | None] = {}
    for key in MARKERS:
        value = found.get(key)
        scored = isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 2
        out[key] = value if scored and isinstance(value, int) else None
    return out


def _partner_authorities(
    session: Session, project_ids: list[str], home: str
) -> dict[str, tuple[str, ...]]:
    """Foreign local authorities taking part in each project or its partnerships."""
    o = Organisation
    found: dict[str, set[str]] = defaultdict(set)
    queries = (
        select(ProjectOrganisation.project_id, o.name, o.country)
        .join(o, o.id == ProjectOrganisation.organisation_id)
        .where(ProjectOrganisation.project_id.in_(project_ids),
               o.kind == OrganisationKind.LOCAL_AUTHORITY),
        select(ProjectPartnership.project_id, o.name, o.country)
        .join(Partnership, Partnership.id == ProjectPartnership.partnership_id)
        .join(o, o.id == Partnership.organisation_id)
        .where(ProjectPartnership.project_id.in_(project_ids),
               o.kind == OrganisationKind.LOCAL_AUTHORITY),
    )
    for query in queries:
        for project_id, name, country in session.execute(query).all():
            if country != home:
                found[project_id].add(name)
    return {key: tuple(sorted(names, key=fold)) for key, names in found.items()}


def _breakdown(rows: Iterable[ApdRow], key: str, label: str) -> tuple[Breakdown, ...]:
    sums: dict[str, list[int]] = {}
    labels: dict[str, str] = {}
    for row in rows:
        k = getattr(row, key)
        bucket = sums.setdefault(k, [0, 0])
        bucket[0] += 1
        bucket[1] += row.spent_eur.minor
        labels[k] = getattr(row, label)
    out = [Breakdown(k, labels[k], n, Money(c, "EUR")) for k, (n, c) in sums.items()]
    out.sort(key=lambda b: (-b.spent_eur.minor, b.key))
    return tuple(out)


def apd_declaration(
    session: Session, year: int, *, language: str | None = None
) -> ApdDeclaration:
    """The year's declaration: declared projects by code, breakdowns and left-out projects.

    Args:
        language: names of countries and sectors, labels (the UI language by default);
            descriptions are the French summaries whatever the language.

    Raises:
        ApdError: no municipality yet, or a year out of range.
    """
    language = language or active_language()
    if not FIRST_YEAR <= year <= LAST_YEAR:
        message = translate("Apd", "The year must be between {first} and {last}.")
        raise ApdError(message.format(first=FIRST_YEAR, last=LAST_YEAR))
    municipality = session.scalars(select(Municipality).limit(1)).first()
    if municipality is None:
        raise ApdError(translate("Apd", "Enter the municipality's settings first."))
    summary = commune_summary(session, year=year, detail=True, fmt=Formatter(language))
    spending = {
        p.project_id: y for p in summary.projects for y in p.years if y.year == year
    }
    ids = [pid for pid, y in spending.items() if y.spent.minor or y.unconverted_count]
    projects = {
        p.id: p for p in session.scalars(select(Project).where(Project.id.in_(ids)))
    }
    partners = _partner_authorities(session, ids, municipality.country)
    rows: list[ApdRow] = []
    left_out: list[LeftOut] = []
    unconverted = 0
    for pid in ids:
        p, y = projects[pid], spending[pid]
        if not is_oda_recipient(p.location_country):
            if y.spent.minor:
                name = country_name(p.location_country, language) if p.location_country else ""
                left_out.append(LeftOut(p.code, p.location_country, name, y.spent))
            continue
        unconverted += y.unconverted_count
        if not y.spent.minor:
            continue
        cofinancers = tuple(
            Cofinancer(s.name, s.kind, s.committed_eur)
            for s in y.sources
            if s.kind != FundingKind.OWN_BUDGET and s.committed_eur.minor
        )
        channel = p.apd_channel if p.apd_channel in CHANNELS else "direct"
        rows.append(ApdRow(
            project_id=pid,
            code=p.code,
            title=project_title(p.title, language),
            country=p.location_country,
            country_name=country_name(p.location_country, language),
            channel=channel,
            channel_label=translate("Apd", CHANNELS[channel]),
            sector=p.dac_sector,
            sector_name=sector_name(p.dac_sector, language) if p.dac_sector else "",
            markers=_markers(p.policy_markers),
            partner_authorities=partners.get(pid, ()),
            theme=theme_label(p.theme),
            description=project_title(p.summary, "fr"),
            cofinancers=cofinancers,
            cofinancing_eur=Money(sum(c.committed_eur.minor for c in cofinancers), "EUR"),
            spent_eur=y.spent,
        ))
    rows.sort(key=lambda r: (fold(r.code), r.project_id))
    left_out.sort(key=lambda x: fold(x.code))
    return ApdDeclaration(
        municipality=municipality.name,
        insee_code=municipality.insee_code,
        year=year,
        rows=tuple(rows),
        total_eur=Money(sum(r.spent_eur.minor for r in rows), "EUR"),
        by_country=_breakdown(rows, "country", "country_name"),
        by_sector=_breakdown(rows, "sector", "sector_name"),
        by_channel=_breakdown(rows, "channel", "channel_label"),
        left_out=tuple(left_out),
        unconverted=unconverted,
    )
