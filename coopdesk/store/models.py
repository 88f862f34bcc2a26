"""ORM classes of the whole data model (SQLAlchemy 2 typed declarative)."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    """A fresh UUID as text: every row can be merged across laptops."""
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class DecimalText(TypeDecorator[Decimal]):
    """An exact decimal kept as text (SQLite has no exact decimal type)."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Any) -> str | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("DecimalText never stores a float")
        return str(Decimal(value))

    def process_result_value(self, value: str | None, dialect: Any) -> Decimal | None:
        return None if value is None else Decimal(value)


class MinorUnits(TypeDecorator[int]):
    """Money in minor units: 64-bit on PostgreSQL (a billion euros is 10^11 cents).

    SQLite's INTEGER is 64-bit already and keeps its declared type. PostgreSQL sums a
    BIGINT as NUMERIC: results come back as ``int`` again (never Decimal, never float).
    """

    impl = BigInteger
    cache_ok = True

    def load_dialect_impl(self, dialect: Any) -> Any:
        return dialect.type_descriptor(Integer() if dialect.name == "sqlite" else BigInteger())

    def process_result_value(self, value: Any, dialect: Any) -> int | None:
        return None if value is None else int(value)


MINOR_UNITS = MinorUnits()

# Text in several languages: {"fr": "...", "wo": "..."} (BCP 47 keys).
LocalizedText = dict[str, str]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        dict[str, str]: JSON,
        list[str]: JSON,
        list[int]: JSON,
        dict[str, Any]: JSON,
        Decimal: DecimalText,
    }


class Entity(Base):
    """Common columns: UUID key and creation / update timestamps."""

    __abstract__ = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # Raised by every update: an edit made on a version someone else has since changed is
    # refused (shared PostgreSQL mode; see coopdesk.store.versioning).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - a declarative directive
        return {"version_id_col": cls.__table__.c.version}


# --- settings ---------------------------------------------------------------------------


class Municipality(Entity):
    """Our municipality: a single row."""

    __tablename__ = "municipality"

    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    country: Mapped[str] = mapped_column(String(2), default="FR")
    insee_code: Mapped[str] = mapped_column(String(10), default="")
    population: Mapped[int | None] = mapped_column(Integer)
    logo_id: Mapped[str | None] = mapped_column(ForeignKey("attachment.id", ondelete="SET NULL"))
    default_currency: Mapped[str] = mapped_column(String(3), default="EUR")
    ui_language: Mapped[str] = mapped_column(String(20), default="fr")
    report_languages: Mapped[list[str]] = mapped_column(default=lambda: ["fr"])
    water_budget_minor: Mapped[int | None] = mapped_column(MINOR_UNITS)
    backup_folder: Mapped[str] = mapped_column(Text, default="")


class AppSetting(Base):
    """Key/value settings that travel with the database."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column()


# --- attachments ------------------------------------------------------------------------


class Attachment(Entity):
    """A file kept inside the database (so every backup includes it)."""

    __tablename__ = "attachment"

    sha256: Mapped[str] = mapped_column(String(64), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)


# --- partners ---------------------------------------------------------------------------


class Organisation(Entity):
    __tablename__ = "organisation"

    name: Mapped[str] = mapped_column(String(200), index=True)
    short_name: Mapped[str] = mapped_column(String(60), default="")
    kind: Mapped[str] = mapped_column(String(30))
    country: Mapped[str] = mapped_column(String(2), index=True)
    city: Mapped[str] = mapped_column(String(120), default="")
    region: Mapped[str] = mapped_column(String(120), default="")
    languages: Mapped[list[str]] = mapped_column(default=list)
    website: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    iati_identifier: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    contacts: Mapped[list[Contact]] = relationship(back_populates="organisation")


class Contact(Entity):
    """A person at an organisation (personal data)."""

    __tablename__ = "contact"

    organisation_id: Mapped[str] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(150), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    preferred_language: Mapped[str] = mapped_column(String(20), default="")
    consent_given: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_date: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    organisation: Mapped[Organisation] = relationship(back_populates="contacts")


class Partnership(Entity):
    """An agreement with a partner: charter, convention, pact, MoU."""

    __tablename__ = "partnership"

    organisation_id: Mapped[str] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[dict[str, str]] = mapped_column(default=dict)
    status: Mapped[str] = mapped_column(String(20), default="active")
    signed_on: Mapped[dt.date | None] = mapped_column(Date)
    valid_until: Mapped[dt.date | None] = mapped_column(Date)
    deliberation_number: Mapped[str] = mapped_column(String(50), default="")
    deliberation_date: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    organisation: Mapped[Organisation] = relationship()


class PartnershipDocument(Base):
    __tablename__ = "partnership_document"

    partnership_id: Mapped[str] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), primary_key=True
    )
    attachment_id: Mapped[str] = mapped_column(
        ForeignKey("attachment.id", ondelete="RESTRICT"), primary_key=True
    )


# --- projects ---------------------------------------------------------------------------


class Project(Entity):
    __tablename__ = "project"

    code: Mapped[str] = mapped_column(String(30), unique=True)
    title: Mapped[dict[str, str]] = mapped_column(default=dict)
    summary: Mapped[dict[str, str]] = mapped_column(default=dict)
    objectives: Mapped[dict[str, str]] = mapped_column(default=dict)
    theme: Mapped[str] = mapped_column(String(40), default="")
    dac_sector: Mapped[str] = mapped_column(String(5), default="")
    sdgs: Mapped[list[int]] = mapped_column(default=list)
    status: Mapped[int] = mapped_column(Integer, default=2)
    planned_start: Mapped[dt.date | None] = mapped_column(Date)
    planned_end: Mapped[dt.date | None] = mapped_column(Date)
    actual_start: Mapped[dt.date | None] = mapped_column(Date)
    actual_end: Mapped[dt.date | None] = mapped_column(Date)
    location_place: Mapped[str] = mapped_column(String(200), default="")
    location_country: Mapped[str] = mapped_column(String(2), default="")
    lessons_learned: Mapped[dict[str, str]] = mapped_column(default=dict)
    # OECD policy markers scored 0-2: {"gender": 1, "environment": 2, ...} (APD declaration).
    policy_markers: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # APD channel: "direct", "ngo" (through an association/NGO) or "multilateral".
    apd_channel: Mapped[str] = mapped_column(String(20), default="direct")


class ProjectPartnership(Base):
    __tablename__ = "project_partnership"

    project_id: Mapped[str] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), primary_key=True
    )
    partnership_id: Mapped[str] = mapped_column(
        ForeignKey("partnership.id", ondelete="RESTRICT"), primary_key=True
    )


class ProjectOrganisation(Entity):
    """A participating organisation with its IATI role."""

    __tablename__ = "project_organisation"
    __table_args__ = (UniqueConstraint("project_id", "organisation_id", "role"),)

    project_id: Mapped[str] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[str] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[int] = mapped_column(Integer)


class Risk(Entity):
    __tablename__ = "risk"

    project_id: Mapped[str] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    description: Mapped[str] = mapped_column(Text)
    likelihood: Mapped[int] = mapped_column(Integer, default=2)
    impact: Mapped[int] = mapped_column(Integer, default=2)
    mitigation: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(150), default="")


class ProjectDocument(Base):
    __tablename__ = "project_document"

    project_id: Mapped[str] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), primary_key=True
    )
    attachment_id: Mapped[str] = mapped_column(
        ForeignKey("attachment.id", ondelete="RESTRICT"), primary_key=True
    )


# --- exchanges --------------------------------------------------------------------------


class Exchange(Entity):
    """A visit or event."""

    __tablename__ = "exchange"
    # The year filters ask "ends on/after Jan 1 and starts on/before Dec 31" (migration 0004).
    __table_args__ = (Index("ix_exchange_end_date", "end_date", "start_date"),)

    kind: Mapped[str] = mapped_column(String(30))
    direction: Mapped[str] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[dt.date] = mapped_column(Date, index=True)
    end_date: Mapped[dt.date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    project_id: Mapped[str | None] = mapped_column(
        ForeignKey("project.id", ondelete="SET NULL"), index=True
    )
    purpose: Mapped[str] = mapped_column(Text, default="")
    outcomes: Mapped[str] = mapped_column(Text, default="")
    logged_by: Mapped[str] = mapped_column(String(150), default="")
    source: Mapped[str] = mapped_column(String(20), default="typed")
    source_ref: Mapped[str] = mapped_column(String(200), default="")


class ExchangePartner(Base):
    __tablename__ = "exchange_partner"

    exchange_id: Mapped[str] = mapped_column(
        ForeignKey("exchange.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_id: Mapped[str] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), primary_key=True, index=True
    )


class Participant(Entity):
    """A listed person taking part in an exchange (personal data, often pupils)."""

    __tablename__ = "participant"

    exchange_id: Mapped[str] = mapped_column(
        ForeignKey("exchange.id", ondelete="CASCADE"), index=True
    )
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    role: Mapped[str] = mapped_column(String(150), default="")
    organisation_id: Mapped[str | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL")
    )
    sex: Mapped[str] = mapped_column(String(10), default="unknown")
    age_group: Mapped[str] = mapped_column(String(10), default="26-64")
    is_minor: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_given: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_date: Mapped[dt.date | None] = mapped_column(Date)
    anonymised: Mapped[bool] = mapped_column(Boolean, default=False)


class ParticipantCount(Entity):
    """Counts by sex and age group, for events too large to list persons."""

    __tablename__ = "participant_count"
    __table_args__ = (UniqueConstraint("exchange_id", "sex", "age_group"),)

    exchange_id: Mapped[str] = mapped_column(
        ForeignKey("exchange.id", ondelete="CASCADE"), index=True
    )
    sex: Mapped[str] = mapped_column(String(10))
    age_group: Mapped[str] = mapped_column(String(10))
    count: Mapped[int] = mapped_column(Integer)


class ExchangeDocument(Base):
    __tablename__ = "exchange_document"

    exchange_id: Mapped[str] = mapped_column(
        ForeignKey("exchange.id", ondelete="CASCADE"), primary_key=True
    )
    attachment_id: Mapped[str] = mapped_column(
        ForeignKey("attachment.id", ondelete="RESTRICT"), primary_key=True
    )


# --- budget -----------------------------------------------------------------------------


class BudgetLine(Entity):
    __tablename__ = "budget_line"

    project_id: Mapped[str] = mapped_column(
        ForeignKey("project.id", ondelete="RESTRICT"), index=True
    )
    year: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(20))
    label: Mapped[str] = mapped_column(String(200), default="")
    planned_minor: Mapped[int] = mapped_column(MINOR_UNITS)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")


class FundingSource(Entity):
    __tablename__ = "funding_source"

    project_id: Mapped[str] = mapped_column(
        ForeignKey("project.id", ondelete="RESTRICT"), index=True
    )
    year: Mapped[int] = mapped_column(Integer)
    organisation_id: Mapped[str | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT")
    )
    kind: Mapped[str] = mapped_column(String(30))
    label: Mapped[str] = mapped_column(String(200), default="")
    committed_minor: Mapped[int] = mapped_column(MINOR_UNITS, default=0)
    received_minor: Mapped[int] = mapped_column(MINOR_UNITS, default=0)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    committed_on: Mapped[dt.date | None] = mapped_column(Date)
    received_on: Mapped[dt.date | None] = mapped_column(Date)
    cap_basis_points: Mapped[int | None] = mapped_column(Integer)


class MoneyTransaction(Entity):
    """An expense, income or commitment."""

    __tablename__ = "money_transaction"

    project_id: Mapped[str] = mapped_column(
        ForeignKey("project.id", ondelete="RESTRICT"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    amount_minor: Mapped[int] = mapped_column(MINOR_UNITS)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    rate_to_eur: Mapped[Decimal | None] = mapped_column()
    rate_date: Mapped[dt.date | None] = mapped_column(Date)
    budget_line_id: Mapped[str | None] = mapped_column(
        ForeignKey("budget_line.id", ondelete="RESTRICT"), index=True
    )
    funding_source_id: Mapped[str | None] = mapped_column(
        ForeignKey("funding_source.id", ondelete="RESTRICT")
    )
    counterparty: Mapped[str] = mapped_column(String(200), default="")
    accounting_ref: Mapped[str] = mapped_column(String(50), default="")
    accounting_code: Mapped[str] = mapped_column(String(20), default="")
    description: Mapped[str] = mapped_column(Text, default="")


class TransactionReceipt(Base):
    __tablename__ = "transaction_receipt"

    transaction_id: Mapped[str] = mapped_column(
        ForeignKey("money_transaction.id", ondelete="CASCADE"), primary_key=True
    )
    attachment_id: Mapped[str] = mapped_column(
        ForeignKey("attachment.id", ondelete="RESTRICT"), primary_key=True
    )


# --- indicators -------------------------------------------------------------------------


class Indicator(Entity):
    __tablename__ = "indicator"
    __table_args__ = (UniqueConstraint("project_id", "code"),)

    project_id: Mapped[str] = mapped_column(
        ForeignKey("project.id", ondelete="RESTRICT"), index=True
    )
    code: Mapped[str] = mapped_column(String(30))
    name: Mapped[dict[str, str]] = mapped_column(default=dict)
    definition: Mapped[dict[str, str]] = mapped_column(default=dict)
    kind: Mapped[str] = mapped_column(String(20), default="quantitative")
    unit: Mapped[str] = mapped_column(String(50), default="")
    direction: Mapped[str] = mapped_column(String(10), default="higher")
    baseline_value: Mapped[Decimal | None] = mapped_column()
    baseline_date: Mapped[dt.date | None] = mapped_column(Date)
    target_value: Mapped[Decimal | None] = mapped_column()
    target_date: Mapped[dt.date | None] = mapped_column(Date)
    frequency: Mapped[str] = mapped_column(String(20), default="annual")
    data_source: Mapped[str] = mapped_column(Text, default="")
    disaggregations: Mapped[list[str]] = mapped_column(default=list)
    rating_scale_max: Mapped[int | None] = mapped_column(Integer)
    # Key of a figure computed from the database (e.g. "exchanges_held"); "" when typed.
    computed_source: Mapped[str] = mapped_column(String(40), default="")


class IndicatorTarget(Entity):
    """An intermediate target of an indicator for one period."""

    __tablename__ = "indicator_target"

    indicator_id: Mapped[str] = mapped_column(
        ForeignKey("indicator.id", ondelete="CASCADE"), index=True
    )
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[Decimal] = mapped_column()


class Measurement(Entity):
    __tablename__ = "measurement"

    indicator_id: Mapped[str] = mapped_column(
        ForeignKey("indicator.id", ondelete="CASCADE"), index=True
    )
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[Decimal | None] = mapped_column()
    # {"sex": {"female": "120", "male": "98"}, ...} values as decimal strings.
    disaggregated: Mapped[dict[str, Any]] = mapped_column(default=dict)
    rating: Mapped[int | None] = mapped_column(Integer)
    narrative: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(150), default="")


class MeasurementEvidence(Base):
    __tablename__ = "measurement_evidence"

    measurement_id: Mapped[str] = mapped_column(
        ForeignKey("measurement.id", ondelete="CASCADE"), primary_key=True
    )
    attachment_id: Mapped[str] = mapped_column(
        ForeignKey("attachment.id", ondelete="RESTRICT"), primary_key=True
    )


class Evaluation(Entity):
    """A project evaluation against the OECD DAC criteria."""

    __tablename__ = "evaluation"

    project_id: Mapped[str] = mapped_column(
        ForeignKey("project.id", ondelete="RESTRICT"), index=True
    )
    date: Mapped[dt.date] = mapped_column(Date)
    evaluator: Mapped[str] = mapped_column(String(200), default="")
    # {"relevance": {"score": 3, "text": "..."}, "coherence": ..., ...} (scores 1-4).
    criteria: Mapped[dict[str, Any]] = mapped_column(default=dict)
    recommendations: Mapped[str] = mapped_column(Text, default="")
    lessons_learned: Mapped[str] = mapped_column(Text, default="")


# --- audit ------------------------------------------------------------------------------


class AuditEntry(Base):
    """Append-only change log, chained by hash so tampering is detectable."""

    __tablename__ = "audit_entry"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    user: Mapped[str] = mapped_column(String(150), default="")
    entity: Mapped[str] = mapped_column(String(50), index=True)
    entity_id: Mapped[str] = mapped_column(String(100), index=True)  # 2 keys of a link row
    action: Mapped[str] = mapped_column(String(10))
    # {field: [old, new]} with JSON-safe values.
    changes: Mapped[dict[str, Any]] = mapped_column(default=dict)
    reason: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64))
