"""Names of the codes the reports print (statuses, kinds, sexes...) in the reports' catalogs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import cast

from coopdesk.i18n import QT_TRANSLATE_NOOP
from coopdesk.reports.catalogs import Lang

ACTIVITY_STATUS: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("Reports", "Pipeline/identification"),
    2: QT_TRANSLATE_NOOP("Reports", "Implementation"),
    3: QT_TRANSLATE_NOOP("Reports", "Finalisation"),
    4: QT_TRANSLATE_NOOP("Reports", "Closed"),
    5: QT_TRANSLATE_NOOP("Reports", "Cancelled"),
    6: QT_TRANSLATE_NOOP("Reports", "Suspended"),
}
ORGANISATION_ROLE: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("Reports", "Funding"),
    2: QT_TRANSLATE_NOOP("Reports", "Accountable"),
    3: QT_TRANSLATE_NOOP("Reports", "Extending"),
    4: QT_TRANSLATE_NOOP("Reports", "Implementing"),
}
ORGANISATION_KIND: dict[str, str] = {
    "local_authority": QT_TRANSLATE_NOOP("Reports", "Local authority"),
    "association": QT_TRANSLATE_NOOP("Reports", "Association"),
    "company": QT_TRANSLATE_NOOP("Reports", "Company"),
    "ngo": QT_TRANSLATE_NOOP("Reports", "NGO"),
    "school": QT_TRANSLATE_NOOP("Reports", "School"),
    "state_agency": QT_TRANSLATE_NOOP("Reports", "State agency"),
    "international": QT_TRANSLATE_NOOP("Reports", "International organisation"),
}
PARTNERSHIP_KIND: dict[str, str] = {
    "twinning_charter": QT_TRANSLATE_NOOP("Reports", "Twinning charter"),
    "cooperation_convention": QT_TRANSLATE_NOOP("Reports", "Decentralised cooperation convention"),
    "friendship_pact": QT_TRANSLATE_NOOP("Reports", "Friendship pact"),
    "mou": QT_TRANSLATE_NOOP("Reports", "Memorandum of understanding"),
}
PARTNERSHIP_STATUS: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("Reports", "Draft"),
    "active": QT_TRANSLATE_NOOP("Reports", "Active"),
    "suspended": QT_TRANSLATE_NOOP("Reports", "Suspended"),
    "ended": QT_TRANSLATE_NOOP("Reports", "Ended"),
}
EXCHANGE_KIND: dict[str, str] = {
    "official_delegation": QT_TRANSLATE_NOOP("Reports", "Official delegation"),
    "school_exchange": QT_TRANSLATE_NOOP("Reports", "School exchange"),
    "youth_exchange": QT_TRANSLATE_NOOP("Reports", "Youth exchange"),
    "technical_mission": QT_TRANSLATE_NOOP("Reports", "Staff or technical mission"),
    "volunteer_visit": QT_TRANSLATE_NOOP("Reports", "Volunteer visit"),
    "cultural_event": QT_TRANSLATE_NOOP("Reports", "Cultural event"),
    "sports_event": QT_TRANSLATE_NOOP("Reports", "Sports event"),
    "remote_meeting": QT_TRANSLATE_NOOP("Reports", "Remote meeting"),
}
DIRECTION: dict[str, str] = {
    "incoming": QT_TRANSLATE_NOOP("Reports", "Incoming"),
    "outgoing": QT_TRANSLATE_NOOP("Reports", "Outgoing"),
    "remote": QT_TRANSLATE_NOOP("Reports", "Remote"),
}
SEX: dict[str, str] = {
    "female": QT_TRANSLATE_NOOP("Reports", "Women and girls"),
    "male": QT_TRANSLATE_NOOP("Reports", "Men and boys"),
    "other": QT_TRANSLATE_NOOP("Reports", "Other"),
    "unknown": QT_TRANSLATE_NOOP("Reports", "Not known"),
}
AGE_GROUP: dict[str, str] = {
    "0-11": QT_TRANSLATE_NOOP("Reports", "0 to 11 years"),
    "12-17": QT_TRANSLATE_NOOP("Reports", "12 to 17 years"),
    "18-25": QT_TRANSLATE_NOOP("Reports", "18 to 25 years"),
    "26-64": QT_TRANSLATE_NOOP("Reports", "26 to 64 years"),
    "65+": QT_TRANSLATE_NOOP("Reports", "65 years and over"),
    "unknown": QT_TRANSLATE_NOOP("Reports", "Age not known"),
}
RISK_LEVEL: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("Reports", "Low"),
    2: QT_TRANSLATE_NOOP("Reports", "Medium"),
    3: QT_TRANSLATE_NOOP("Reports", "High"),
}
BUDGET_CATEGORY: dict[str, str] = {
    "travel": QT_TRANSLATE_NOOP("Reports", "Travel"),
    "equipment": QT_TRANSLATE_NOOP("Reports", "Equipment"),
    "works": QT_TRANSLATE_NOOP("Reports", "Works"),
    "services": QT_TRANSLATE_NOOP("Reports", "Services"),
    "staff": QT_TRANSLATE_NOOP("Reports", "Staff"),
    "training": QT_TRANSLATE_NOOP("Reports", "Training"),
    "communication": QT_TRANSLATE_NOOP("Reports", "Communication"),
    "other": QT_TRANSLATE_NOOP("Reports", "Other expenses"),
}
FUNDING_KIND: dict[str, str] = {
    "own_budget": QT_TRANSLATE_NOOP("Reports", "Own budget"),
    "ministry_grant": QT_TRANSLATE_NOOP("Reports", "Ministry grant (DAECT)"),
    "water_agency": QT_TRANSLATE_NOOP("Reports", "Water agency (1 % water)"),
    "region": QT_TRANSLATE_NOOP("Reports", "Region"),
    "department": QT_TRANSLATE_NOOP("Reports", "Department"),
    "eu": QT_TRANSLATE_NOOP("Reports", "European Union"),
    "private_sponsor": QT_TRANSLATE_NOOP("Reports", "Private sponsor"),
    "partner_contribution": QT_TRANSLATE_NOOP("Reports", "Partner contribution"),
    "in_kind": QT_TRANSLATE_NOOP("Reports", "In kind"),
}
INDICATOR_STATUS: dict[str, str] = {
    "on_track": QT_TRANSLATE_NOOP("Reports", "On track"),
    "at_risk": QT_TRANSLATE_NOOP("Reports", "At risk"),
    "off_track": QT_TRANSLATE_NOOP("Reports", "Off track"),
    "no_data": QT_TRANSLATE_NOOP("Reports", "No measurement yet"),
    "no_target": QT_TRANSLATE_NOOP("Reports", "Baseline or target missing"),
}
THEME: dict[str, str] = {
    "water": QT_TRANSLATE_NOOP("Reports", "Water and sanitation"),
    "energy": QT_TRANSLATE_NOOP("Reports", "Energy"),
    "waste": QT_TRANSLATE_NOOP("Reports", "Waste and circular economy"),
    "education": QT_TRANSLATE_NOOP("Reports", "Education and youth"),
    "culture": QT_TRANSLATE_NOOP("Reports", "Culture"),
    "health": QT_TRANSLATE_NOOP("Reports", "Health"),
    "governance": QT_TRANSLATE_NOOP("Reports", "Local governance"),
    "economy": QT_TRANSLATE_NOOP("Reports", "Economic development and tourism"),
    "agriculture": QT_TRANSLATE_NOOP("Reports", "Agriculture and food"),
    "climate": QT_TRANSLATE_NOOP("Reports", "Climate"),
    "human_rights": QT_TRANSLATE_NOOP("Reports", "Human rights and citizenship"),
}
SDG: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("Reports", "No poverty"),
    2: QT_TRANSLATE_NOOP("Reports", "Zero hunger"),
    3: QT_TRANSLATE_NOOP("Reports", "Good health and well-being"),
    4: QT_TRANSLATE_NOOP("Reports", "Quality education"),
    5: QT_TRANSLATE_NOOP("Reports", "Gender equality"),
    6: QT_TRANSLATE_NOOP("Reports", "Clean water and sanitation"),
    7: QT_TRANSLATE_NOOP("Reports", "Affordable and clean energy"),
    8: QT_TRANSLATE_NOOP("Reports", "Decent work and economic growth"),
    9: QT_TRANSLATE_NOOP("Reports", "Industry, innovation and infrastructure"),
    10: QT_TRANSLATE_NOOP("Reports", "Reduced inequalities"),
    11: QT_TRANSLATE_NOOP("Reports", "Sustainable cities and communities"),
    12: QT_TRANSLATE_NOOP("Reports", "Responsible consumption and production"),
    13: QT_TRANSLATE_NOOP("Reports", "Climate action"),
    14: QT_TRANSLATE_NOOP("Reports", "Life below water"),
    15: QT_TRANSLATE_NOOP("Reports", "Life on land"),
    16: QT_TRANSLATE_NOOP("Reports", "Peace, justice and strong institutions"),
    17: QT_TRANSLATE_NOOP("Reports", "Partnerships for the goals"),
}
CRITERION: dict[str, str] = {
    "relevance": QT_TRANSLATE_NOOP("Reports", "Relevance"),
    "coherence": QT_TRANSLATE_NOOP("Reports", "Coherence"),
    "effectiveness": QT_TRANSLATE_NOOP("Reports", "Effectiveness"),
    "efficiency": QT_TRANSLATE_NOOP("Reports", "Efficiency"),
    "impact": QT_TRANSLATE_NOOP("Reports", "Impact"),
    "sustainability": QT_TRANSLATE_NOOP("Reports", "Sustainability"),
}
SCORE: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("Reports", "Unsatisfactory"),
    2: QT_TRANSLATE_NOOP("Reports", "Partly satisfactory"),
    3: QT_TRANSLATE_NOOP("Reports", "Satisfactory"),
    4: QT_TRANSLATE_NOOP("Reports", "Highly satisfactory"),
}
WARNING_KIND: dict[str, str] = {
    "line_overspent": QT_TRANSLATE_NOOP("Reports", "Budget lines spent beyond their plan"),
    "year_overspent": QT_TRANSLATE_NOOP("Reports", "Project budgets spent beyond their plan"),
    "source_over_cap": QT_TRANSLATE_NOOP("Reports", "Funding above the funder's ceiling"),
    "received_over_committed": QT_TRANSLATE_NOOP(
        "Reports", "Funding received beyond the amount committed"
    ),
    "missing_rate": QT_TRANSLATE_NOOP(
        "Reports", "Transactions left out: no exchange rate to the euro"
    ),
    "water_ceiling_exceeded": QT_TRANSLATE_NOOP("Reports", "1 % water ceiling exceeded"),
    "water_budget_missing": QT_TRANSLATE_NOOP("Reports", "Water budget of the commune missing"),
}
UNALLOCATED = QT_TRANSLATE_NOOP("Reports", "Not allocated to a budget line")


def label(lang: Lang, table: Mapping[str, str] | Mapping[int, str], key: str | int) -> str:
    """The name of ``key`` in ``lang`` (the key itself when it is not a known code)."""
    text = cast(Mapping[object, str], table).get(key)
    return lang.tr(text) if text else str(key)
