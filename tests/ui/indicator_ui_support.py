"""Indicator seed shared by the indicator, measurement and dashboard UI tests (no tests here)."""

# Dates are fixed in the past, so statuses do not depend on the day the tests run: a status is
# judged at the end of the latest measured period.

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from coopdesk.services.exchanges import ExchangeData, create_exchange
from coopdesk.services.indicators import IndicatorData, create_indicator
from coopdesk.services.measurements import MeasurementData, create_measurement
from coopdesk.services.organisations import OrganisationData, create_organisation
from coopdesk.services.participants import CountData, set_participants
from coopdesk.services.projects import ProjectData, create_project


@dataclass(frozen=True)
class IndicatorSeed:
    """Ids of a water project (2020–2030) with three indicators, and of another project."""

    project: str
    other: str
    partner: str
    # EAU-POP: 100 → 200 by 2024, by sex; 145 at the end of 2022: at risk.
    population: str
    population_2022: str
    # EAU-OUV: 0 → 10 by 2024; 8 at the end of 2022: on track.
    points: str
    # EAU-SAT: a rating from 1 to 5, 2 → 4; never measured: no data.
    satisfaction: str


def period(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def seed_indicators(session: Session) -> IndicatorSeed:
    partner = create_organisation(
        session, OrganisationData(name="Commune de Dioffior", kind="local_authority", country="SN")
    )
    project = create_project(
        session,
        ProjectData(
            code="EAU-SN-01",
            title={"fr": "Accès à l'eau potable"},
            planned_start=dt.date(2020, 1, 1),
            planned_end=dt.date(2030, 12, 31),
        ),
    )
    other = create_project(session, ProjectData(code="ATELIER-01", title={"fr": "Atelier"}))
    common = {
        "baseline_date": dt.date(2020, 1, 1),
        "target_date": dt.date(2024, 12, 31),
        "frequency": "annual",
    }
    population = create_indicator(
        session,
        project,
        IndicatorData(
            code="EAU-POP",
            name={"fr": "Population desservie", "en": "Population served"},
            unit="people",
            baseline_value=Decimal(100),
            target_value=Decimal(200),
            disaggregations=("sex",),
            **common,  # type: ignore[arg-type]
        ),
    )
    points = create_indicator(
        session,
        project,
        IndicatorData(
            code="EAU-OUV",
            name={"fr": "Points d'eau", "en": "Water points"},
            baseline_value=Decimal(0),
            target_value=Decimal(10),
            **common,  # type: ignore[arg-type]
        ),
    )
    satisfaction = create_indicator(
        session,
        project,
        IndicatorData(
            code="EAU-SAT",
            name={"fr": "Satisfaction", "en": "Satisfaction"},
            kind="qualitative",
            rating_scale_max=5,
            baseline_value=Decimal(2),
            target_value=Decimal(4),
            **common,  # type: ignore[arg-type]
        ),
    )
    start, end = period(2022)
    measured = create_measurement(
        session,
        population,
        MeasurementData(
            start, end, Decimal(145), {"sex": {"female": Decimal(80), "male": Decimal(65)}},
            source="Recensement",
        ),
    )
    create_measurement(session, points, MeasurementData(start, end, Decimal(8)))
    this_year = dt.date.today().year
    exchange = create_exchange(
        session,
        ExchangeData(
            kind="technical_mission",
            direction="outgoing",
            title="Mission forages",
            start_date=dt.date(this_year, 1, 15),
            partner_ids=(partner,),
            project_id=project,
        ),
    )
    set_participants(
        session,
        exchange,
        (),
        (CountData("female", "26-64", 3), CountData("male", "18-25", 2)),
    )
    return IndicatorSeed(
        project, other, partner, population, measured.id, points, satisfaction
    )
