"""The projects list: one row per project with what the list's filters need."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import ActivityStatus
from coopdesk.domain.text import fold
from coopdesk.i18n import active_language
from coopdesk.services.partnerships import partnership_title
from coopdesk.store.models import (
    Exchange,
    Organisation,
    Partnership,
    Project,
    ProjectOrganisation,
    ProjectPartnership,
)

# Statuses of a project still running: with no end date it counts as active this year.
_OPEN_STATUSES = {
    ActivityStatus.PIPELINE,
    ActivityStatus.IMPLEMENTATION,
    ActivityStatus.FINALISATION,
    ActivityStatus.SUSPENDED,
}


@dataclass(frozen=True)
class ProjectRow:
    """One line of the projects list; carries every value the list's filters need."""

    id: str
    code: str
    # The title in the language asked for (fallbacks: French, then any).
    title: str
    titles: dict[str, str]
    status: int
    theme: str
    dac_sector: str
    sdgs: tuple[int, ...]
    planned_start: dt.date | None
    planned_end: dt.date | None
    actual_start: dt.date | None
    actual_end: dt.date | None
    location_country: str
    # Participating organisations and partners of linked partnerships, by name.
    partner_ids: tuple[str, ...]
    partner_names: tuple[str, ...]
    # The location's country and the partners' countries, sorted.
    countries: tuple[str, ...]
    # Calendar years the project is active in (see :func:`project_years`).
    years: tuple[int, ...]
    exchange_count: int
    updated_at: dt.datetime
    search_text: str = field(repr=False, default="")  # fold()ed


@dataclass(frozen=True)
class ProjectFilter:
    """The projects list's filters (None: any); a proxy model calls :meth:`matches`."""

    status: int | None = None
    theme: str | None = None
    partner_id: str | None = None
    country: str | None = None
    year: int | None = None
    # Words to find in ``search_text`` (any case or accents).
    text: str = ""

    def matches(self, row: ProjectRow) -> bool:
        return (
            (self.status is None or row.status == self.status)
            and (self.theme is None or row.theme == self.theme)
            and (self.partner_id is None or self.partner_id in row.partner_ids)
            and (self.country is None or self.country in row.countries)
            and (self.year is None or self.year in row.years)
            and all(word in row.search_text for word in fold(self.text).split())
        )


def project_title(title: Mapping[str, str], language: str) -> str:
    """The title in ``language``, else in French, else the first non-empty one ("" if none)."""
    return partnership_title(title, language)


def project_years(
    start: dt.date | None, end: dt.date | None, status: int, today: dt.date | None = None
) -> tuple[int, ...]:
    """The years from ``start`` to ``end`` (the actual dates, else the planned ones).

    A running project with no end date counts until the current year; a project with no
    start date has no years.
    """
    if start is None:
        return ()
    if end is None:
        current = (today or dt.date.today()).year
        last = max(start.year, current) if status in _OPEN_STATUSES else start.year
    else:
        last = max(start.year, end.year)
    return tuple(range(start.year, last + 1))


def _partners(session: Session) -> dict[str, dict[str, tuple[str, str]]]:
    """{project id: {organisation id: (name, country)}} in two queries."""
    out: dict[str, dict[str, tuple[str, str]]] = {}
    participating = (
        select(ProjectOrganisation.project_id, Organisation.id, Organisation.name,
               Organisation.country)
        .join(Organisation, Organisation.id == ProjectOrganisation.organisation_id)
    )
    linked = (
        select(ProjectPartnership.project_id, Organisation.id, Organisation.name,
               Organisation.country)
        .join(Partnership, Partnership.id == ProjectPartnership.partnership_id)
        .join(Organisation, Organisation.id == Partnership.organisation_id)
    )
    for query in (participating, linked):
        for project_id, org_id, name, country in session.execute(query).all():
            out.setdefault(project_id, {})[org_id] = (name, country)
    return out


def list_projects(session: Session, *, language: str | None = None) -> list[ProjectRow]:
    """All projects with partners, countries, years and exchange counts (four queries).

    Args:
        session: the caller's session.
        language: the language of ``ProjectRow.title`` (the UI language by default).

    Sorted by code.
    """
    language = language or active_language()
    partners = _partners(session)
    exchanges = dict(
        session.execute(
            select(Exchange.project_id, func.count())
            .where(Exchange.project_id.is_not(None))
            .group_by(Exchange.project_id)
        ).all()
    )
    rows = []
    for p in session.scalars(select(Project)):
        orgs = sorted(partners.get(p.id, {}).items(), key=lambda kv: (fold(kv[1][0]), kv[0]))
        names = tuple(name for _, (name, _c) in orgs)
        countries = {c for _, (_n, c) in orgs if c}
        if p.location_country:
            countries.add(p.location_country)
        search = fold(
            " ".join([p.code, *p.title.values(), *p.summary.values(), p.location_place, *names])
        )
        rows.append(
            ProjectRow(
                id=p.id,
                code=p.code,
                title=project_title(p.title, language),
                titles=dict(p.title),
                status=p.status,
                theme=p.theme,
                dac_sector=p.dac_sector,
                sdgs=tuple(p.sdgs),
                planned_start=p.planned_start,
                planned_end=p.planned_end,
                actual_start=p.actual_start,
                actual_end=p.actual_end,
                location_country=p.location_country,
                partner_ids=tuple(org_id for org_id, _ in orgs),
                partner_names=names,
                countries=tuple(sorted(countries)),
                years=project_years(
                    p.actual_start or p.planned_start, p.actual_end or p.planned_end, p.status
                ),
                exchange_count=exchanges.get(p.id, 0),
                updated_at=p.updated_at,
                search_text=search,
            )
        )
    rows.sort(key=lambda r: (fold(r.code), r.id))
    return rows
