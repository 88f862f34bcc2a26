"""The facts of the record of processing (GDPR art. 30), read from the database and its settings.

Everything the data protection officer needs and CoopDesk knows: the controller (our
municipality), the retention period, how many persons are held and with which consent,
which fields of personal data are actually filled in, where the data lives and how it is
backed up, and the partner countries that exchanges are recorded with. Read only; the
French document itself is ``coopdesk.reports.processing_register``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import String, case, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from coopdesk.domain.text import fold
from coopdesk.services.database import is_server_location
from coopdesk.services.municipality import MunicipalityData, get_municipality
from coopdesk.services.retention import retention_due, retention_years
from coopdesk.services.storage_location import StorageRisk, check_storage_location
from coopdesk.store.models import (
    AppSetting,
    AuditEntry,
    Contact,
    Evaluation,
    Exchange,
    ExchangePartner,
    MoneyTransaction,
    Organisation,
    Participant,
    ParticipantCount,
)
from coopdesk.store.rotation import (
    DEFAULT_KEEP,
    FOLDER_KEY,
    KEEP_KEY,
    list_backups,
)
from coopdesk.store.server import display_url, server_url

# The data protection officer, when the settings name one: {"name", "email", "phone"}.
DPO_KEY = "privacy.dpo"
# Member states of the European Economic Area (EU 27, Iceland, Liechtenstein, Norway): the
# GDPR applies there, so exchanges with them are no transfer to a third country.
EEA_COUNTRIES: frozenset[str] = frozenset(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK "
    "IS LI NO".split()
)


@dataclass(frozen=True)
class DpoContact:
    """The data protection officer as the settings give it (any part may be empty)."""

    name: str
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class PersonCounts:
    """How many persons the database names, and what is recorded about their consent."""

    contacts: int
    contacts_with_consent: int
    # Named participants (anonymised ones are counted apart).
    participants: int
    participants_with_consent: int
    minors: int
    minors_with_consent: int
    anonymised: int
    # Persons only counted by sex and age group (never named).
    counted_only: int
    exchanges: int
    oldest_exchange: dt.date | None
    # Distinct payees of transactions that are not one of the partners (may be persons).
    other_payees: int
    # Evaluations naming an evaluator.
    named_evaluators: int
    # Entries of the audit trail, and the distinct user names they carry.
    audit_entries: int
    audit_users: int


@dataclass(frozen=True)
class StorageFacts:
    """Where the data lives: a file on this computer or a PostgreSQL server."""

    server: bool
    # The file's full path, or the server URL without its password.
    location: str
    # A cloud-synced folder or a network share holding the file (None: an ordinary folder).
    risk: StorageRisk | None = None
    provider: str = ""


@dataclass(frozen=True)
class BackupFacts:
    """The automatic backups of a database file (a server is backed up by its administrator)."""

    folder: str
    keep: int
    # Backups found in the folder now, and the newest one's time.
    found: int
    newest: dt.datetime | None
    # False when the user turned automatic backups off (the GUI knows; None: not known).
    automatic: bool | None = None


@dataclass(frozen=True)
class BackupPolicy:
    """What the user chose in the preferences, overriding the database's own settings."""

    folder: Path | None = None
    keep: int | None = None
    automatic: bool | None = None


@dataclass(frozen=True)
class PartnerCountry:
    """A country of partner organisations with which exchanges are recorded."""

    code: str
    exchanges: int
    partners: int

    @property
    def in_eea(self) -> bool:
        return self.code in EEA_COUNTRIES


@dataclass(frozen=True)
class RegisterFacts:
    """Everything the record of processing states, as of ``issued_on``."""

    municipality: MunicipalityData | None
    dpo: DpoContact | None
    retention_years: int
    # Named participants of exchanges that ended longer ago than the retention period.
    past_retention: int
    persons: PersonCounts
    # Per table ("contact", "participant"): field name -> number of records where it is filled.
    filled: Mapping[str, Mapping[str, int]]
    storage: StorageFacts
    backups: BackupFacts | None
    partner_countries: tuple[PartnerCountry, ...]
    issued_on: dt.date

    @property
    def third_countries(self) -> tuple[PartnerCountry, ...]:
        """Partner countries outside the European Economic Area."""
        return tuple(c for c in self.partner_countries if not c.in_eea)


# Fields of personal data that the register reports on (with how many records fill them).
CONTACT_FIELDS = ("last_name", "first_name", "role", "email", "phone", "preferred_language",
                  "consent_date", "notes")
PARTICIPANT_FIELDS = ("last_name", "first_name", "role", "organisation_id", "sex", "age_group",
                      "is_minor", "consent_date")


def _dpo(session: Session) -> DpoContact | None:
    setting = session.get(AppSetting, DPO_KEY)
    value: Any = setting.value if setting is not None else None
    if not isinstance(value, dict):
        return None
    parts = [str(value.get(k) or "").strip() for k in ("name", "email", "phone")]
    return DpoContact(*parts) if any(parts) else None


def _filled(column: InstrumentedAttribute[Any]) -> Any:
    """1 when ``column`` holds something (non-empty text, true, a date, an id), else 0."""
    kind = column.type
    if isinstance(kind, String):
        test = func.coalesce(column, "") != ""
    elif column.key == "is_minor":
        test = column.is_(True)
    else:
        test = column.is_not(None)
    return func.coalesce(func.sum(case((test, 1), else_=0)), 0)


def filled_fields(session: Session) -> dict[str, dict[str, int]]:
    """How many contacts and named participants fill each personal field (one query each)."""
    out: dict[str, dict[str, int]] = {}
    for table, model, names, where in (
        ("contact", Contact, CONTACT_FIELDS, None),
        ("participant", Participant, PARTICIPANT_FIELDS, Participant.anonymised.is_(False)),
    ):
        columns = [getattr(model, name) for name in names]
        query = select(*(_filled(c) for c in columns)).select_from(model)
        if where is not None:
            query = query.where(where)
        row = session.execute(query).one()
        out[table] = {name: int(n or 0) for name, n in zip(names, row, strict=True)}
    return out


def _count(session: Session, query: Any) -> int:
    return int(session.scalar(query) or 0)


def _other_payees(session: Session) -> int:
    """Distinct transaction payees whose name is none of the partners' names or short names."""
    partners = set()
    for name, short in session.execute(select(Organisation.name, Organisation.short_name)):
        partners.update(fold(x.strip()) for x in (name, short) if x and x.strip())
    payees = session.scalars(
        select(MoneyTransaction.counterparty).where(MoneyTransaction.counterparty != "").distinct()
    )
    return len({fold(p.strip()) for p in payees if p.strip()} - partners)


def person_counts(session: Session) -> PersonCounts:
    """Contacts, participants, minors and their consent; the other persons CoopDesk names."""
    named = Participant.anonymised.is_(False)
    consent = Participant.consent_given.is_(True)
    minor = Participant.is_minor.is_(True)
    total = select(func.count()).select_from

    return PersonCounts(
        contacts=_count(session, total(Contact)),
        contacts_with_consent=_count(session, total(Contact).where(Contact.consent_given)),
        participants=_count(session, total(Participant).where(named)),
        participants_with_consent=_count(session, total(Participant).where(named, consent)),
        minors=_count(session, total(Participant).where(named, minor)),
        minors_with_consent=_count(session, total(Participant).where(named, minor, consent)),
        anonymised=_count(session, total(Participant).where(Participant.anonymised)),
        counted_only=_count(session, select(func.sum(ParticipantCount.count))),
        exchanges=_count(session, total(Exchange)),
        oldest_exchange=session.scalar(select(func.min(Exchange.start_date))),
        other_payees=_other_payees(session),
        named_evaluators=_count(session, total(Evaluation).where(Evaluation.evaluator != "")),
        audit_entries=_count(session, total(AuditEntry)),
        audit_users=_count(
            session, select(func.count(AuditEntry.user.distinct())).where(AuditEntry.user != "")
        ),
    )


def partner_countries(session: Session) -> tuple[PartnerCountry, ...]:
    """Countries of the partners of recorded exchanges, most exchanges first."""
    query = (
        select(
            Organisation.country,
            func.count(ExchangePartner.exchange_id.distinct()),
            func.count(Organisation.id.distinct()),
        )
        .join(Organisation, Organisation.id == ExchangePartner.organisation_id)
        .where(Organisation.country != "")
        .group_by(Organisation.country)
    )
    rows = [PartnerCountry(code.upper(), n, p) for code, n, p in session.execute(query).all()]
    return tuple(sorted(rows, key=lambda c: (-c.exchanges, c.code)))


def storage_facts(location: Path | str) -> StorageFacts:
    """The file (with the risk of its folder) or the server (password hidden)."""
    if is_server_location(location):
        url = server_url(location) or str(location)
        return StorageFacts(server=True, location=display_url(url))
    path = Path(location).resolve()
    warning = check_storage_location(path)
    if warning is None:
        return StorageFacts(server=False, location=str(path))
    return StorageFacts(False, str(path), warning.risk, warning.provider)


def _setting_value(session: Session, key: str) -> object:
    setting = session.get(AppSetting, key)
    return (setting.value or {}).get("value") if setting is not None else None


def backup_facts(
    session: Session, db_file: Path, policy: BackupPolicy | None = None
) -> BackupFacts:
    """The backup folder and rotation of a database file, and the backups found there.

    The user's preferences (``policy``) win over the database's settings, which win over
    the defaults (``<name>-backups`` beside the file, ``DEFAULT_KEEP`` copies).
    """
    policy = policy or BackupPolicy()
    folder = policy.folder
    if folder is None:
        configured = _setting_value(session, FOLDER_KEY)
        if isinstance(configured, str) and configured.strip():
            folder = Path(configured.strip()).expanduser()
        else:
            folder = db_file.resolve().parent / f"{db_file.stem}-backups"
    keep = policy.keep
    if keep is None:
        value = _setting_value(session, KEEP_KEY)
        ok = isinstance(value, int) and not isinstance(value, bool) and value >= 1
        keep = value if ok and isinstance(value, int) else DEFAULT_KEEP
    try:
        found = [b for b in list_backups(folder) if b.path.name.startswith(f"{db_file.stem}-")]
    except OSError:
        found = []
    newest = max((b.created_at for b in found), default=None)
    return BackupFacts(str(folder), keep, len(found), newest, policy.automatic)


def register_facts(
    session: Session,
    location: Path | str,
    *,
    today: dt.date | None = None,
    backups: BackupPolicy | None = None,
) -> RegisterFacts:
    """Gather the record of processing's facts (read only).

    Args:
        session: the caller's session.
        location: the database file, or the server URL it was opened with.
        today: the date of issue (today by default).
        backups: the user's backup preferences, when the GUI knows them.
    """
    storage = storage_facts(location)
    day = today or dt.date.today()
    return RegisterFacts(
        municipality=get_municipality(session),
        dpo=_dpo(session),
        retention_years=retention_years(session),
        past_retention=len(retention_due(session, day)),
        persons=person_counts(session),
        filled=filled_fields(session),
        storage=storage,
        backups=None if storage.server else backup_facts(session, Path(location), backups),
        partner_countries=partner_countries(session),
        issued_on=day,
    )
