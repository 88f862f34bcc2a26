"""Integrity and schema check of a database file, read-only: SQLite checks plus our own."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from coopdesk.domain.money import EUR_PARITIES, is_currency_code
from coopdesk.i18n import plural, translate
from coopdesk.services.check_links import check_links
from coopdesk.services.database import describe_refusal
from coopdesk.services.recovery import BackupInfo, describe_backup, find_backups
from coopdesk.store.audit import entry_hash, hashed_fields
from coopdesk.store.db import DatabaseRefusedError, Refusal, make_engine
from coopdesk.store.lifecycle import probe
from coopdesk.store.migrate import head_revision
from coopdesk.store.models import (
    Attachment,
    AuditEntry,
    Base,
    BudgetLine,
    Exchange,
    FundingSource,
    MoneyTransaction,
    ParticipantCount,
    Partnership,
)


@dataclass
class CheckReport:
    """What ``coopdesk check`` found; healthy when there are no problems."""

    path: Path
    revision: str | None = None
    head: str = ""
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    row_counts: dict[str, int] = field(default_factory=dict)
    # Why the file was refused, if it was.
    refusal: Refusal | None = None
    # SQLite itself found damage (refused as damaged, or integrity_check failed).
    damaged: bool = False
    # When damaged: verified backups to offer, newest first (the file is left untouched).
    backups: list[BackupInfo] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.problems


def check_database(path: Path) -> CheckReport:
    """Run every check on ``path`` without writing to it."""
    report = CheckReport(path=path, head=head_revision())
    try:
        report.revision = probe(path)
    except DatabaseRefusedError as exc:
        report.problems.append(describe_refusal(exc))
        report.refusal = exc.reason
        report.damaged = exc.reason in _DAMAGE
        _offer_backups(report)
        return report
    if report.revision != report.head:
        report.notes.append(
            translate(
                "Check", "The schema is at revision {rev}; it will be upgraded to {head} on open."
            ).format(rev=report.revision, head=report.head)
        )
    engine = make_engine(path, inspect_only=True)
    try:
        with Session(engine) as session:
            if session.get_bind().dialect.name == "sqlite":  # a server checks its own pages
                _sqlite_checks(session, report)
            if report.revision == report.head and not report.damaged:
                _count_rows(session, report)
                _application_checks(session, report)
    except DBAPIError as exc:  # damage that SQLite reports only when the pages are read
        report.damaged = True
        message = translate("Database", "The file {path} is damaged; it was left untouched.")
        report.problems.append(f"{message.format(path=path)} ({exc.orig})")
    finally:
        engine.dispose()
    _offer_backups(report)
    return report


_DAMAGE = frozenset({Refusal.DAMAGED, Refusal.TRUNCATED, Refusal.NOT_SQLITE, Refusal.EMPTY})


def _offer_backups(report: CheckReport) -> None:
    """For a damaged file: the verified backups to restore, newest first, as a note."""
    if not report.damaged:
        return
    report.backups = find_backups(report.path)
    if report.backups:
        report.notes.append(describe_backup(report.backups[0]))
    else:
        report.notes.append(translate("Check", "No verified backup of this file was found."))


def _sqlite_checks(session: Session, report: CheckReport) -> None:
    results = [row[0] for row in session.execute(text("PRAGMA integrity_check"))]
    if results != ["ok"]:
        report.damaged = True
        report.problems.append(
            translate("Check", "SQLite integrity check failed: {detail}").format(
                detail="; ".join(results[:5])
            )
        )
    bad = session.execute(text("PRAGMA foreign_key_check")).fetchall()
    if bad:
        report.problems.append(
            plural.translate(
                "Check", "%n row(s) refer to records that do not exist.", None, 1
            ).count(len(bad))
        )


def _count_rows(session: Session, report: CheckReport) -> None:
    for table in Base.metadata.sorted_tables:
        report.row_counts[table.name] = session.scalar(select(func.count()).select_from(table)) or 0


def _application_checks(session: Session, report: CheckReport) -> None:
    _check_audit_chain(session, report)
    _check_attachments(session, report)
    _check_money(session, report)
    _check_dates(session, report)
    check_links(session, report.problems, report.notes)


def _check_audit_chain(session: Session, report: CheckReport) -> None:
    prev = ""
    expected_seq = 1
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
        broken = (
            entry.seq != expected_seq
            or entry.prev_hash != prev
            or entry.hash != entry_hash(prev, hashed_fields(entry))
        )
        if broken:
            report.problems.append(
                translate(
                    "Check", "The audit trail was altered at entry {seq}: the chain is broken."
                ).format(seq=entry.seq)
            )
            return
        prev = entry.hash
        expected_seq += 1


def _check_attachments(session: Session, report: CheckReport) -> None:
    rows = session.execute(
        select(Attachment.id, Attachment.filename, Attachment.sha256, Attachment.size)
    ).all()
    for att_id, filename, sha, size in rows:
        data = session.scalar(select(Attachment.data).where(Attachment.id == att_id)) or b""
        if len(data) != size or hashlib.sha256(data).hexdigest() != sha:
            report.problems.append(
                translate("Check", "The attached file {name} does not match its checksum.").format(
                    name=filename
                )
            )


def _check_money(session: Session, report: CheckReport) -> None:
    currencies = set()
    for model in (MoneyTransaction, BudgetLine, FundingSource):
        currencies |= set(session.scalars(select(model.currency).distinct()))
    for code in sorted(c for c in currencies if not is_currency_code(c)):
        report.problems.append(
            translate("Check", "Unknown currency code {code} in the budget.").format(code=code)
        )
    for code, parity in EUR_PARITIES.items():
        wrong = session.scalar(
            select(func.count())
            .select_from(MoneyTransaction)
            .where(MoneyTransaction.currency == code, MoneyTransaction.rate_to_eur.is_not(None))
            .where(MoneyTransaction.rate_to_eur != str(parity))
        )
        if wrong:
            report.problems.append(
                plural.translate(
                    "Check", "%n transaction(s) in {code} do not use the fixed parity.", None, 1
                )
                .count(wrong)
                .format(code=code)
            )
    negative = session.scalar(
        select(func.count()).select_from(ParticipantCount).where(ParticipantCount.count < 0)
    )
    if negative:
        report.problems.append(translate("Check", "Some participant counts are negative."))


def _check_dates(session: Session, report: CheckReport) -> None:
    exchanges = session.scalar(
        select(func.count()).select_from(Exchange).where(Exchange.end_date < Exchange.start_date)
    )
    if exchanges:
        report.problems.append(
            plural.translate("Check", "%n exchange(s) end before they start.", None, 1).count(
                exchanges
            )
        )
    partnerships = session.scalar(
        select(func.count())
        .select_from(Partnership)
        .where(Partnership.valid_until < Partnership.signed_on)
    )
    if partnerships:
        report.problems.append(
            plural.translate(
                "Check", "%n partnership(s) end before they were signed.", None, 1
            ).count(partnerships)
        )
