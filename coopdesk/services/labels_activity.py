"""Translated labels of the project and exchange enumerations (IATI codes, kinds, sexes)."""

from __future__ import annotations

from enum import Enum

from coopdesk.domain.enums import (
    ActivityStatus,
    AgeGroup,
    Direction,
    ExchangeKind,
    OrganisationRole,
    RecordSource,
    RiskLevel,
    Sex,
)
from coopdesk.i18n import QT_TRANSLATE_NOOP, translate

_CTX = "Labels"

# Stored value of an age group that nobody recorded (volunteer logs, imported counts).
UNKNOWN_AGE_GROUP = AgeGroup.UNKNOWN.value

# Every age group a participant may carry, in display order (the known ones, then unknown).
AGE_GROUPS: tuple[str, ...] = tuple(a.value for a in AgeGroup)

# Age groups whose members are minors.
MINOR_AGE_GROUPS: frozenset[str] = frozenset({AgeGroup.CHILD.value, AgeGroup.TEEN.value})

# Keyed by (enum type, value): IntEnum and StrEnum members of different enums compare equal
# (ActivityStatus.PIPELINE == OrganisationRole.FUNDING == 1), so members cannot be keys.
_LABELS: dict[tuple[type[Enum], object], str] = {
    (ActivityStatus, 1): QT_TRANSLATE_NOOP("Labels", "Pipeline/identification"),
    (ActivityStatus, 2): QT_TRANSLATE_NOOP("Labels", "Implementation"),
    (ActivityStatus, 3): QT_TRANSLATE_NOOP("Labels", "Finalisation"),
    (ActivityStatus, 4): QT_TRANSLATE_NOOP("Labels", "Closed"),
    (ActivityStatus, 5): QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    (ActivityStatus, 6): QT_TRANSLATE_NOOP("Labels", "Suspended"),
    (OrganisationRole, 1): QT_TRANSLATE_NOOP("Labels", "Funding"),
    (OrganisationRole, 2): QT_TRANSLATE_NOOP("Labels", "Accountable"),
    (OrganisationRole, 3): QT_TRANSLATE_NOOP("Labels", "Extending"),
    (OrganisationRole, 4): QT_TRANSLATE_NOOP("Labels", "Implementing"),
    (ExchangeKind, "official_delegation"): QT_TRANSLATE_NOOP("Labels", "Official delegation"),
    (ExchangeKind, "school_exchange"): QT_TRANSLATE_NOOP("Labels", "School exchange"),
    (ExchangeKind, "youth_exchange"): QT_TRANSLATE_NOOP("Labels", "Youth exchange"),
    (ExchangeKind, "technical_mission"): QT_TRANSLATE_NOOP(
        "Labels", "Staff or technical mission"
    ),
    (ExchangeKind, "volunteer_visit"): QT_TRANSLATE_NOOP("Labels", "Volunteer visit"),
    (ExchangeKind, "cultural_event"): QT_TRANSLATE_NOOP("Labels", "Cultural event"),
    (ExchangeKind, "sports_event"): QT_TRANSLATE_NOOP("Labels", "Sports event"),
    (ExchangeKind, "remote_meeting"): QT_TRANSLATE_NOOP("Labels", "Remote meeting"),
    (Direction, "incoming"): QT_TRANSLATE_NOOP("Labels", "Incoming"),
    (Direction, "outgoing"): QT_TRANSLATE_NOOP("Labels", "Outgoing"),
    (Direction, "remote"): QT_TRANSLATE_NOOP("Labels", "Remote"),
    (Sex, "female"): QT_TRANSLATE_NOOP("Labels", "Female"),
    (Sex, "male"): QT_TRANSLATE_NOOP("Labels", "Male"),
    (Sex, "other"): QT_TRANSLATE_NOOP("Labels", "Other"),
    (Sex, "unknown"): QT_TRANSLATE_NOOP("Labels", "Not known"),
    (AgeGroup, "0-11"): QT_TRANSLATE_NOOP("Labels", "0 to 11 years"),
    (AgeGroup, "12-17"): QT_TRANSLATE_NOOP("Labels", "12 to 17 years"),
    (AgeGroup, "18-25"): QT_TRANSLATE_NOOP("Labels", "18 to 25 years"),
    (AgeGroup, "26-64"): QT_TRANSLATE_NOOP("Labels", "26 to 64 years"),
    (AgeGroup, "65+"): QT_TRANSLATE_NOOP("Labels", "65 years and over"),
    (AgeGroup, "unknown"): QT_TRANSLATE_NOOP("Labels", "Age not known"),
    (RecordSource, "typed"): QT_TRANSLATE_NOOP("Labels", "Typed here"),
    (RecordSource, "bundle"): QT_TRANSLATE_NOOP("Labels", "Imported bundle"),
    (RecordSource, "spreadsheet"): QT_TRANSLATE_NOOP("Labels", "Imported spreadsheet"),
    (RecordSource, "demo"): QT_TRANSLATE_NOOP("Labels", "Demo data"),
    (RiskLevel, 1): QT_TRANSLATE_NOOP("Labels", "Low"),
    (RiskLevel, 2): QT_TRANSLATE_NOOP("Labels", "Medium"),
    (RiskLevel, 3): QT_TRANSLATE_NOOP("Labels", "High"),
}


def label_of(enum_type: type[Enum], value: str | int) -> str:
    """The translated label of a stored value of ``enum_type`` (the value itself if unknown).

    Args:
        enum_type: ActivityStatus, OrganisationRole, ExchangeKind, Direction, Sex, AgeGroup,
            RecordSource or RiskLevel.
        value: the stored value (an int for the IATI codes and risk levels).
    """
    raw = value.value if isinstance(value, Enum) else value
    text = _LABELS.get((enum_type, raw))
    return translate(_CTX, text) if text else str(raw)


def choices(enum_type: type[Enum]) -> list[tuple[str | int, str]]:
    """(stored value, translated label) pairs in display order, for a combo box."""
    values: list[str | int] = [m.value for m in enum_type]
    if enum_type is AgeGroup:
        values = list(AGE_GROUPS)
    return [(v, label_of(enum_type, v)) for v in values]
