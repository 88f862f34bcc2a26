"""Ready-made indicators common in decentralised cooperation, in French and English."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import Frequency, IndicatorDirection, IndicatorKind
from coopdesk.domain.text import fold
from coopdesk.i18n import active_language, translate
from coopdesk.services.computed_indicators import BUDGET_EXECUTED_RATE, EXCHANGES_HELD
from coopdesk.services.errors import NotFoundError
from coopdesk.services.indicators import IndicatorData, create_indicator
from coopdesk.services.number_input import NumberInput
from coopdesk.store.models import Indicator

_A, _S, _Q, _M = (
    Frequency.ANNUAL.value, Frequency.SEMIANNUAL.value, Frequency.QUARTERLY.value,
    Frequency.MONTHLY.value,
)
_LOWER = IndicatorDirection.LOWER_IS_BETTER.value
_QUAL = IndicatorKind.QUALITATIVE.value


@dataclass(frozen=True)
class LibraryEntry:
    """A ready-made indicator; texts are data in French and English, not UI strings."""

    key: str
    # Suggested code (made unique within the project when created).
    code: str
    # A ``codelists.THEMES`` key.
    theme: str
    name: dict[str, str]
    definition: dict[str, str]
    unit: dict[str, str]
    frequency: str
    data_source: dict[str, str]
    disaggregations: tuple[str, ...] = ()
    direction: str = IndicatorDirection.HIGHER_IS_BETTER.value
    kind: str = IndicatorKind.QUANTITATIVE.value
    rating_scale_max: int | None = None
    computed_source: str = ""

    def text(self, texts: dict[str, str], language: str) -> str:
        """``texts`` in ``language``, else in French."""
        return texts.get(language) or texts["fr"]


def _e(key: str, code: str, theme: str, name: tuple[str, str], definition: tuple[str, str],
       unit: tuple[str, str], frequency: str, source: tuple[str, str],
       dims: tuple[str, ...] = (), **extra: object) -> LibraryEntry:
    def pair(texts: tuple[str, str]) -> dict[str, str]:
        return {"fr": texts[0], "en": texts[1]}

    return LibraryEntry(key, code, theme, pair(name), pair(definition), pair(unit), frequency,
                        pair(source), dims, **extra)  # type: ignore[arg-type]


_SURVEY = ("Enquête auprès des ménages", "Household survey")
_COMMUNE = ("Registres de la commune partenaire", "Partner municipality's records")

LIBRARY: tuple[LibraryEntry, ...] = (
    _e("water_access", "EAU-POP", "water",
       ("Population ayant accès à l'eau potable", "Population with access to safe drinking water"),
       ("Personnes vivant à moins de 500 m d'un point d'eau potable fonctionnel.",
        "People living within 500 m of a functional safe drinking water point."),
       ("personnes", "people"), _A, ("Recensement et registre du service de l'eau",
                                     "Census and water service register"), ("sex", "place")),
    _e("water_points", "EAU-OUV", "water",
       ("Points d'eau fonctionnels", "Functional water points"),
       ("Forages, bornes-fontaines et puits en service à la fin de la période.",
        "Boreholes, standpipes and wells in service at the end of the period."),
       ("points d'eau", "water points"), _Q, ("Visites de terrain", "Field visits"), ("place",)),
    _e("water_breakdowns", "EAU-PAN", "water",
       ("Taux de panne des points d'eau", "Breakdown rate of water points"),
       ("Part des points d'eau hors service plus de 48 heures pendant la période.",
        "Share of water points out of service for more than 48 hours in the period."),
       ("%", "%"), _M, ("Registre des pannes", "Breakdown log"), direction=_LOWER),
    _e("waterborne_diseases", "SAN-HYD", "health",
       ("Cas de maladies hydriques", "Cases of water-borne diseases"),
       ("Cas de diarrhée, choléra et typhoïde déclarés par le centre de santé.",
        "Cases of diarrhoea, cholera and typhoid reported by the health centre."),
       ("cas", "cases"), _Q, ("Registre du centre de santé", "Health centre register"),
       ("age_group", "place"), direction=_LOWER),
    _e("sanitation_households", "SAN-LAT", "water",
       ("Ménages disposant d'un assainissement amélioré",
        "Households with improved sanitation"),
       ("Ménages équipés de latrines améliorées ou raccordés à un réseau.",
        "Households with improved latrines or connected to a sewer."),
       ("ménages", "households"), _A, _SURVEY, ("place",)),
    _e("jobs_created", "ECO-EMP", "economy", ("Emplois créés", "Jobs created"),
       ("Emplois d'au moins six mois créés grâce au projet.",
        "Jobs of six months or more created thanks to the project."),
       ("emplois", "jobs"), _A, ("Registre des structures accompagnées",
                                 "Records of the supported organisations"), ("sex", "age_group")),
    _e("local_income", "ECO-REV", "economy",
       ("Revenu mensuel moyen des ménages accompagnés",
        "Average monthly income of supported households"),
       ("Revenu monétaire moyen par ménage et par mois, en monnaie locale.",
        "Average cash income per household and month, in local currency."),
       ("monnaie locale/mois", "local currency/month"), _A, _SURVEY, ("sex", "place")),
    _e("own_revenue", "GOU-REC", "governance",
       ("Recettes propres de la commune partenaire", "Own revenue of the partner municipality"),
       ("Taxes, redevances et produits du domaine encaissés dans l'année.",
        "Local taxes, fees and property income collected in the year."),
       ("monnaie locale", "local currency"), _A, ("Compte administratif", "Annual accounts")),
    _e("election_turnout", "GOU-VOT", "governance",
       ("Taux de participation aux élections locales", "Turnout in local elections"),
       ("Votants rapportés aux inscrits lors du dernier scrutin local.",
        "Voters as a share of registered voters at the latest local election."),
       ("%", "%"), _A, ("Résultats officiels des élections", "Official election results"),
       ("sex", "place")),
    _e("officials_trained", "GOU-FOR", "governance",
       ("Élus et agents locaux formés", "Local councillors and staff trained"),
       ("Personnes ayant suivi au moins une journée complète de formation.",
        "People who attended at least one full day of training."),
       ("personnes", "people"), _S, ("Feuilles d'émargement", "Attendance sheets"), ("sex",)),
    _e("women_in_committees", "GOU-FEM", "governance",
       ("Part des femmes dans les comités de gestion", "Share of women in management committees"),
       ("Femmes membres des comités de gestion (eau, école, santé) sur l'ensemble des membres.",
        "Women among the members of the water, school and health committees."),
       ("%", "%"), _A, ("Procès-verbaux des comités", "Committee minutes")),
    _e("girls_enrolment", "EDU-FIL", "education",
       ("Taux de scolarisation des filles", "Girls' school enrolment rate"),
       ("Filles inscrites à l'école rapportées aux filles d'âge scolaire.",
        "Girls enrolled in school as a share of school-age girls."),
       ("%", "%"), _A, ("Statistiques de l'inspection académique",
                        "Education office statistics"), ("age_group", "place")),
    _e("pupils_in_exchanges", "EDU-ELV", "education",
       ("Élèves participant aux échanges scolaires", "Pupils taking part in school exchanges"),
       ("Élèves ayant participé à un séjour, un accueil ou un projet commun.",
        "Pupils who took part in a visit, a hosting or a joint project."),
       ("élèves", "pupils"), _A, ("Listes de participants", "Participant lists"),
       ("sex", "age_group")),
    _e("cultural_exchanges", "CUL-ECH", "culture",
       ("Échanges culturels organisés", "Cultural exchanges organised"),
       ("Concerts, expositions, festivals et résidences organisés avec le partenaire.",
        "Concerts, exhibitions, festivals and residencies organised with the partner."),
       ("échanges", "exchanges"), _A, ("Comité de jumelage", "Twinning committee")),
    _e("exchanges_held", "ECH-NB", "culture",
       ("Échanges réalisés avec le partenaire", "Exchanges held with the partner"),
       ("Visites et événements du projet commencés pendant la période (calculé).",
        "The project's visits and events that started in the period (computed)."),
       ("échanges", "exchanges"), _A, ("Base CoopDesk", "CoopDesk database"),
       computed_source=EXCHANGES_HELD),
    _e("waste_collected", "DEC-COL", "waste", ("Déchets collectés", "Waste collected"),
       ("Tonnes de déchets ménagers collectées et pesées.",
        "Tonnes of household waste collected and weighed."),
       ("t", "t"), _M, ("Pesées du service de collecte", "Collection service weighings"),
       ("place",)),
    _e("waste_recycled", "DEC-REC", "waste",
       ("Déchets recyclés ou valorisés", "Waste recycled or recovered"),
       ("Tonnes de déchets triés puis recyclés, compostés ou vendus.",
        "Tonnes of waste sorted, then recycled, composted or sold."),
       ("t", "t"), _M, ("Pesées de la coopérative", "Cooperative weighings")),
    _e("illegal_dumps", "DEC-DEP", "waste", ("Dépôts sauvages recensés", "Illegal dumps counted"),
       ("Sites de dépôt sauvage relevés lors de la tournée annuelle.",
        "Illegal dumping sites found during the yearly survey."),
       ("sites", "sites"), _A, ("Relevés de terrain", "Field survey"), ("place",),
       direction=_LOWER),
    _e("trees_planted", "CLI-ARB", "climate",
       ("Arbres plantés et vivants", "Trees planted and alive"),
       ("Arbres plantés depuis le début du projet et encore vivants à la fin de la période.",
        "Trees planted since the start of the project and still alive at the end of the period."),
       ("arbres", "trees"), _A, ("Comptage des pépiniéristes", "Nursery counts"), ("place",)),
    _e("budget_executed", "BUD-EXE", "governance",
       ("Taux d'exécution du budget", "Budget execution rate"),
       ("Dépenses cumulées rapportées au budget prévu du projet (calculé).",
        "Cumulative expenses as a share of the project's planned budget (computed)."),
       ("%", "%"), _S, ("Base CoopDesk", "CoopDesk database"),
       computed_source=BUDGET_EXECUTED_RATE),
    _e("service_satisfaction", "SAT-SRV", "governance",
       ("Satisfaction des usagers du service", "Users' satisfaction with the service"),
       ("Note moyenne donnée par un échantillon d'usagers (1 : pas satisfait, 5 : très).",
        "Average score given by a sample of users (1: not satisfied, 5: very)."),
       ("", ""), _A, _SURVEY, kind=_QUAL, rating_scale_max=5),
    _e("partnership_quality", "PAR-QUA", "governance",
       ("Qualité du partenariat entre les deux communes",
        "Quality of the partnership between the two municipalities"),
       ("Appréciation conjointe du dialogue, de la confiance et du partage des décisions.",
        "Joint assessment of dialogue, trust and shared decisions."),
       ("", ""), _A, ("Revue annuelle conjointe", "Joint annual review"),
       kind=_QUAL, rating_scale_max=4),
)

_BY_KEY = {e.key: e for e in LIBRARY}


def library(language: str | None = None) -> list[LibraryEntry]:
    """The ready-made indicators, by name in ``language`` (the UI language by default)."""
    lang = language or active_language()
    return sorted(LIBRARY, key=lambda e: fold(e.text(e.name, lang)))


def library_entry(key: str) -> LibraryEntry | None:
    return _BY_KEY.get(key)


def _free_code(session: Session, project_id: str, code: str) -> str:
    taken = {
        c.casefold()
        for c in session.scalars(select(Indicator.code).where(Indicator.project_id == project_id))
    }
    candidates = [code, *(f"{code}-{n}" for n in range(2, len(taken) + 3))]
    return next(c for c in candidates if c.casefold() not in taken)


def library_data(
    session: Session, project_id: str, key: str, *, language: str | None = None
) -> IndicatorData:
    """The entry as an indicator of the project (a free code), for the dialog to complete.

    Raises:
        NotFoundError: no entry has this key.
    """
    entry = _BY_KEY.get(key)
    if entry is None:
        raise NotFoundError(translate("Errors", "This indicator is not in the library."))
    lang = language or active_language()
    return IndicatorData(
        code=_free_code(session, project_id, entry.code),
        name=dict(entry.name),
        definition=dict(entry.definition),
        kind=entry.kind,
        unit=entry.text(entry.unit, lang),
        direction=entry.direction,
        frequency=entry.frequency,
        data_source=entry.text(entry.data_source, lang),
        disaggregations=entry.disaggregations,
        rating_scale_max=entry.rating_scale_max,
        computed_source=entry.computed_source,
    )


def create_from_library(
    session: Session,
    project_id: str,
    key: str,
    *,
    baseline_value: NumberInput = None,
    baseline_date: dt.date | None = None,
    target_value: NumberInput = None,
    target_date: dt.date | None = None,
    language: str | None = None,
    indicator_id: str | None = None,
) -> str:
    """Add a library indicator to a project, with its baseline and target when known.

    Args:
        session: the caller's session.
        project_id: the project.
        key: a :data:`LIBRARY` key.
        baseline_value, baseline_date, target_value, target_date: as on the indicator dialog.
        language: the language of the unit and data source (the UI language by default);
            the name and definition keep both French and English.
        indicator_id: re-creates an indicator with this id (redo).

    Raises:
        NotFoundError: the project no longer exists, or no entry has this key.
        ValidationError: invalid baseline or target.
    """
    data = replace(
        library_data(session, project_id, key, language=language),
        baseline_value=baseline_value,
        baseline_date=baseline_date,
        target_value=target_value,
        target_date=target_date,
    )
    return create_indicator(session, project_id, data, indicator_id=indicator_id)
