"""Enumerations of the domain; values are stable strings stored in the database."""

from __future__ import annotations

from enum import IntEnum, StrEnum


class OrganisationKind(StrEnum):
    LOCAL_AUTHORITY = "local_authority"
    ASSOCIATION = "association"
    COMPANY = "company"
    NGO = "ngo"
    SCHOOL = "school"
    STATE_AGENCY = "state_agency"
    INTERNATIONAL = "international"


class PartnershipKind(StrEnum):
    TWINNING_CHARTER = "twinning_charter"
    COOPERATION_CONVENTION = "cooperation_convention"
    FRIENDSHIP_PACT = "friendship_pact"
    MOU = "mou"


class PartnershipStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    ENDED = "ended"


class ActivityStatus(IntEnum):
    """IATI ActivityStatus codelist."""

    PIPELINE = 1
    IMPLEMENTATION = 2
    FINALISATION = 3
    CLOSED = 4
    CANCELLED = 5
    SUSPENDED = 6


class OrganisationRole(IntEnum):
    """IATI OrganisationRole codelist."""

    FUNDING = 1
    ACCOUNTABLE = 2
    EXTENDING = 3
    IMPLEMENTING = 4


class ExchangeKind(StrEnum):
    OFFICIAL_DELEGATION = "official_delegation"
    SCHOOL_EXCHANGE = "school_exchange"
    YOUTH_EXCHANGE = "youth_exchange"
    TECHNICAL_MISSION = "technical_mission"
    VOLUNTEER_VISIT = "volunteer_visit"
    CULTURAL_EVENT = "cultural_event"
    SPORTS_EVENT = "sports_event"
    REMOTE_MEETING = "remote_meeting"


class Direction(StrEnum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"
    REMOTE = "remote"


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class AgeGroup(StrEnum):
    CHILD = "0-11"
    TEEN = "12-17"
    YOUNG_ADULT = "18-25"
    ADULT = "26-64"
    SENIOR = "65+"
    UNKNOWN = "unknown"


class RecordSource(StrEnum):
    TYPED = "typed"
    BUNDLE = "bundle"
    SPREADSHEET = "spreadsheet"
    DEMO = "demo"


class RiskLevel(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


class BudgetCategory(StrEnum):
    TRAVEL = "travel"
    EQUIPMENT = "equipment"
    WORKS = "works"
    SERVICES = "services"
    STAFF = "staff"
    TRAINING = "training"
    COMMUNICATION = "communication"
    OTHER = "other"


class FundingKind(StrEnum):
    OWN_BUDGET = "own_budget"
    MINISTRY_GRANT = "ministry_grant"
    WATER_AGENCY = "water_agency"
    REGION = "region"
    DEPARTMENT = "department"
    EU = "eu"
    PRIVATE_SPONSOR = "private_sponsor"
    PARTNER_CONTRIBUTION = "partner_contribution"
    IN_KIND = "in_kind"


class TransactionKind(StrEnum):
    EXPENSE = "expense"
    INCOME = "income"
    COMMITMENT = "commitment"


class IndicatorKind(StrEnum):
    QUANTITATIVE = "quantitative"
    QUALITATIVE = "qualitative"


class IndicatorDirection(StrEnum):
    HIGHER_IS_BETTER = "higher"
    LOWER_IS_BETTER = "lower"


class Frequency(StrEnum):
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    SEMIANNUAL = "semiannual"
    ANNUAL = "annual"


class AuditAction(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"
