"""Values typed in other people's spreadsheets to CoopDesk's: choices, countries, references."""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import (
    AgeGroup,
    Direction,
    ExchangeKind,
    OrganisationKind,
    Sex,
    TransactionKind,
)
from coopdesk.domain.text import fold
from coopdesk.i18n import Catalog, translate
from coopdesk.i18n.locale_data import countries, is_country
from coopdesk.services import labels, labels_activity
from coopdesk.store.models import Indicator, Organisation, Project

# Words people use in French and English spreadsheets, beside the labels of the application.
_SYNONYMS: dict[Enum, tuple[str, ...]] = {
    OrganisationKind.LOCAL_AUTHORITY: ("collectivite", "commune", "mairie", "municipality", "town"),
    OrganisationKind.COMPANY: ("entreprise", "societe", "business"),
    OrganisationKind.NGO: ("ong",),
    OrganisationKind.SCHOOL: ("ecole", "college", "lycee", "etablissement scolaire"),
    OrganisationKind.STATE_AGENCY: ("etat", "agence", "agence de l'etat", "government"),
    OrganisationKind.INTERNATIONAL: ("organisation internationale", "international"),
    Direction.INCOMING: ("accueil", "entrant", "reception", "in"),
    Direction.OUTGOING: ("depart", "sortant", "deplacement", "mission", "out"),
    Direction.REMOTE: ("a distance", "distance", "visio", "en ligne", "online"),
    ExchangeKind.OFFICIAL_DELEGATION: ("delegation", "delegation officielle"),
    ExchangeKind.SCHOOL_EXCHANGE: ("echange scolaire", "scolaire"),
    ExchangeKind.YOUTH_EXCHANGE: ("echange de jeunes", "jeunesse"),
    ExchangeKind.TECHNICAL_MISSION: ("mission technique", "technical mission"),
    ExchangeKind.VOLUNTEER_VISIT: ("visite benevole", "benevole"),
    ExchangeKind.CULTURAL_EVENT: ("culture", "evenement culturel"),
    ExchangeKind.SPORTS_EVENT: ("sport", "evenement sportif"),
    ExchangeKind.REMOTE_MEETING: ("reunion a distance", "visioconference"),
    TransactionKind.EXPENSE: ("depense", "mandat", "debit", "paiement"),
    TransactionKind.INCOME: ("recette", "titre", "credit", "revenue"),
    TransactionKind.COMMITMENT: ("engagement",),
    Sex.FEMALE: ("f", "femme", "femmes", "woman", "women", "fille", "filles", "girls", "feminin"),
    Sex.MALE: ("m", "h", "homme", "hommes", "man", "men", "garcon", "garcons", "boys", "masculin"),
    Sex.OTHER: ("autre", "autres", "others"),
    Sex.UNKNOWN: ("inconnu", "non renseigne", "nsp", "unknown"),
}
_AGE_ALIASES = {"0_11": "0-11", "12_17": "12-17", "18_25": "18-25", "26_64": "26-64"}


def key(text: str) -> str:
    """A comparison key: folded, punctuation as spaces, single spaces."""
    return " ".join(re.sub(r"[^0-9a-z+]+", " ", fold(text)).split())


def _source_label(member: Enum) -> str:
    """The English label the application shows for ``member`` ("" when it has none)."""
    if isinstance(member, OrganisationKind):
        return labels._LABELS.get(member, "")  # noqa: SLF001 - the label table itself
    pairs = labels_activity._LABELS.items()  # noqa: SLF001
    return next(
        (text for (kind, value), text in pairs if kind is type(member) and value == member.value),
        "",
    )


@lru_cache(maxsize=16)
def _choices(enum_type: type[Enum]) -> dict[str, str]:
    french = Catalog("fr")
    table: dict[str, str] = {}
    for member in enum_type:
        value = str(member.value)
        source = _source_label(member)
        words = [value, value.replace("_", " ")]
        words += [source, french.translate("Labels", source)] if source else []
        words += list(_SYNONYMS.get(member, ()))
        for word in words:
            table.setdefault(key(word), value)
    return table


def choice(enum_type: type[Enum], text: str) -> str | None:
    """The stored value of an enum from its value, label (English or French) or a synonym."""
    if enum_type is AgeGroup:
        text = _AGE_ALIASES.get(text.strip(), text.strip())
        if text in {a.value for a in AgeGroup}:
            return text
    return _choices(enum_type).get(key(text))


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    table: dict[str, str] = {}
    for language in ("en", "fr"):
        for code, name in countries(language):
            table.setdefault(key(name), code)
    return table


def country_code(text: str) -> str:
    """An ISO 3166-1 code from a code or a country name in English or French ("" if unknown)."""
    value = text.strip()
    if is_country(value.upper()):
        return value.upper()
    return _country_names().get(key(value), "")


def not_found(what: str, value: str) -> str:
    messages = {
        "organisation": translate("Exchange", "No partner is named {value}."),
        "project": translate("Exchange", "No project has the code {value}."),
        "indicator": translate("Exchange", "No indicator has the code {value}."),
    }
    return messages[what].format(value=value)


def ambiguous(what: str, value: str) -> str:
    messages = {
        "organisation": translate("Exchange", "Several partners are named {value}: use their id."),
        "indicator": translate(
            "Exchange", "Several projects have an indicator {value}: add a project column."
        ),
    }
    return messages[what].format(value=value)


def organisation_by_name(session: Session, name: str) -> tuple[str | None, str]:
    """(id, "") or (None, translated reason) for a partner's name, short name or id."""
    if session.get(Organisation, name.strip()) is not None:
        return name.strip(), ""
    wanted = key(name)
    found = [
        org_id
        for org_id, long, short in session.execute(
            select(Organisation.id, Organisation.name, Organisation.short_name)
        ).all()
        if wanted and wanted in (key(long), key(short))
    ]
    if len(found) == 1:
        return found[0], ""
    return None, ambiguous("organisation", name) if found else not_found("organisation", name)


def project_by_code(session: Session, code: str) -> tuple[str | None, str]:
    if session.get(Project, code.strip()) is not None:
        return code.strip(), ""
    found = session.scalar(
        select(Project.id).where(func.lower(Project.code) == code.strip().lower())
    )
    return (found, "") if found else (None, not_found("project", code))


def indicator_by_code(
    session: Session, code: str, project_id: str | None
) -> tuple[str | None, str]:
    if session.get(Indicator, code.strip()) is not None:
        return code.strip(), ""
    query = select(Indicator.id).where(func.lower(Indicator.code) == code.strip().lower())
    if project_id:
        query = query.where(Indicator.project_id == project_id)
    found = list(session.scalars(query))
    if len(found) == 1:
        return found[0], ""
    return None, ambiguous("indicator", code) if found else not_found("indicator", code)
