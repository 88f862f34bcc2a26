"""Translated display labels of the domain's enumerations."""

from __future__ import annotations

from enum import Enum

from coopdesk.domain.enums import (
    OrganisationKind,
    PartnershipKind,
    PartnershipStatus,
)
from coopdesk.i18n import QT_TRANSLATE_NOOP, translate

_CTX = "Labels"

_LABELS: dict[Enum, str] = {
    OrganisationKind.LOCAL_AUTHORITY: QT_TRANSLATE_NOOP("Labels", "Local authority"),
    OrganisationKind.ASSOCIATION: QT_TRANSLATE_NOOP("Labels", "Association"),
    OrganisationKind.COMPANY: QT_TRANSLATE_NOOP("Labels", "Company"),
    OrganisationKind.NGO: QT_TRANSLATE_NOOP("Labels", "NGO"),
    OrganisationKind.SCHOOL: QT_TRANSLATE_NOOP("Labels", "School"),
    OrganisationKind.STATE_AGENCY: QT_TRANSLATE_NOOP("Labels", "State agency"),
    OrganisationKind.INTERNATIONAL: QT_TRANSLATE_NOOP("Labels", "International organisation"),
    PartnershipKind.TWINNING_CHARTER: QT_TRANSLATE_NOOP("Labels", "Twinning charter"),
    PartnershipKind.COOPERATION_CONVENTION: QT_TRANSLATE_NOOP(
        "Labels", "Decentralised cooperation convention"
    ),
    PartnershipKind.FRIENDSHIP_PACT: QT_TRANSLATE_NOOP("Labels", "Friendship pact"),
    PartnershipKind.MOU: QT_TRANSLATE_NOOP("Labels", "Memorandum of understanding"),
    PartnershipStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
    PartnershipStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active"),
    PartnershipStatus.SUSPENDED: QT_TRANSLATE_NOOP("Labels", "Suspended"),
    PartnershipStatus.ENDED: QT_TRANSLATE_NOOP("Labels", "Ended"),
}


def label(value: Enum) -> str:
    """The translated label of an enum member (its value when none is defined)."""
    text = _LABELS.get(value)
    return translate(_CTX, text) if text else str(value.value)


def choices(enum_type: type[Enum]) -> list[tuple[str, str]]:
    """(stored value, translated label) for every member, in declaration order."""
    return [(str(m.value), label(m)) for m in enum_type]


def label_of(enum_type: type[Enum], value: str) -> str:
    """The label of a stored value, or the value itself when unknown."""
    try:
        return label(enum_type(value))
    except ValueError:
        return value
