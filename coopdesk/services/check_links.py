"""Checks across records: unused attachments, money booked across projects, redactions."""

from __future__ import annotations

from sqlalchemy import func, select, union
from sqlalchemy.orm import Session, aliased

from coopdesk.i18n import plural
from coopdesk.services.privacy_audit import REDACTION_ACTION
from coopdesk.store.models import (
    Attachment,
    AuditEntry,
    Base,
    BudgetLine,
    FundingSource,
    MoneyTransaction,
)


def orphan_attachment_ids(session: Session) -> list[str]:
    """Attachments no record refers to (every foreign key to ``attachment`` is looked at,
    so a new link table is covered without change here)."""
    uses = [
        select(fk.parent.label("id")).where(fk.parent.is_not(None))
        for table in Base.metadata.sorted_tables
        for fk in table.foreign_keys
        if fk.column.table.name == Attachment.__tablename__
    ]
    query = select(Attachment.id).order_by(Attachment.id)
    if uses:
        used = union(*uses).subquery()
        query = query.where(Attachment.id.not_in(select(used.c.id)))
    return list(session.scalars(query))


def _cross_project_count(session: Session) -> tuple[int, int]:
    line = aliased(BudgetLine)
    source = aliased(FundingSource)
    on_lines = session.scalar(
        select(func.count())
        .select_from(MoneyTransaction)
        .join(line, MoneyTransaction.budget_line_id == line.id)
        .where(line.project_id != MoneyTransaction.project_id)
    )
    on_sources = session.scalar(
        select(func.count())
        .select_from(MoneyTransaction)
        .join(source, MoneyTransaction.funding_source_id == source.id)
        .where(source.project_id != MoneyTransaction.project_id)
    )
    return on_lines or 0, on_sources or 0


def check_links(session: Session, problems: list[str], notes: list[str]) -> None:
    """Append translated problems (wrong data) and notes (worth knowing) to the lists."""
    on_lines, on_sources = _cross_project_count(session)
    if on_lines:
        problems.append(
            plural.translate(
                "Check",
                "%n transaction(s) are booked on a budget line of another project.",
                None,
                1,
            ).count(on_lines)
        )
    if on_sources:
        problems.append(
            plural.translate(
                "Check", "%n transaction(s) use a funding source of another project.", None, 1
            ).count(on_sources)
        )
    orphans = orphan_attachment_ids(session)
    if orphans:
        notes.append(
            plural.translate(
                "Check",
                "%n attached file(s) are used by no record; they still take space in the file.",
                None,
                1,
            ).count(len(orphans))
        )
    redactions = session.scalar(
        select(func.count()).select_from(AuditEntry).where(AuditEntry.action == REDACTION_ACTION)
    )
    if redactions:
        notes.append(
            plural.translate(
                "Check",
                "The audit trail records %n privacy erasure(s); the erased values are no longer "
                "in it.",
                None,
                1,
            ).count(redactions)
        )
