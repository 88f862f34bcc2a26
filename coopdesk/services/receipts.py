"""Receipts of money transactions (invoices, payment slips): attach, detach, list."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.i18n import translate
from coopdesk.services.attachments import (
    AttachmentRow,
    add_attachment,
    add_link,
    list_linked,
    remove_link,
)
from coopdesk.services.errors import NotFoundError
from coopdesk.store.models import Attachment, MoneyTransaction, TransactionReceipt


def _check_transaction(session: Session, tx_id: str) -> None:
    if session.get(MoneyTransaction, tx_id) is None:
        raise NotFoundError(translate("Errors", "This transaction no longer exists."))


def list_receipts(session: Session, tx_id: str) -> list[AttachmentRow]:
    """The receipts of a transaction, by file name (one query, content not loaded)."""
    return list_linked(session, TransactionReceipt.transaction_id, tx_id)


def attach_receipt(session: Session, tx_id: str, attachment_id: str) -> None:
    """Link a stored file to a transaction (nothing happens when already linked).

    Raises:
        NotFoundError: the transaction or the file no longer exists.
    """
    _check_transaction(session, tx_id)
    add_link(session, TransactionReceipt(transaction_id=tx_id, attachment_id=attachment_id))


def add_receipt(
    session: Session, tx_id: str, filename: str, data: bytes, mime_type: str | None = None
) -> str:
    """Store a file (see ``attachments.add_attachment``) and link it to the transaction.

    Returns:
        The attachment's id.

    Raises:
        NotFoundError: the transaction no longer exists.
        ValidationError: an empty or too large file, or a bad name.
    """
    _check_transaction(session, tx_id)
    attachment_id = add_attachment(session, filename, data, mime_type)
    attach_receipt(session, tx_id, attachment_id)
    return attachment_id


def detach_receipt(session: Session, tx_id: str, attachment_id: str) -> None:
    """Remove a receipt from a transaction; the stored file is kept (nothing if not linked)."""
    remove_link(session, TransactionReceipt, (tx_id, attachment_id))


def receipt_ids(session: Session, tx_id: str) -> tuple[str, ...]:
    query = select(TransactionReceipt.attachment_id).where(
        TransactionReceipt.transaction_id == tx_id
    )
    return tuple(sorted(session.scalars(query)))


def relink_receipts(session: Session, tx_id: str, attachment_ids: tuple[str, ...]) -> None:
    """Link again the receipts of a restored transaction, skipping files deleted since."""
    if not attachment_ids:
        return
    existing = set(session.scalars(select(Attachment.id).where(Attachment.id.in_(attachment_ids))))
    for attachment_id in attachment_ids:
        if attachment_id in existing:
            session.add(TransactionReceipt(transaction_id=tx_id, attachment_id=attachment_id))
    session.flush()


def receipt_counts(session: Session, project_id: str) -> dict[str, int]:
    """Receipts per transaction of a project (one grouped query)."""
    query = (
        select(TransactionReceipt.transaction_id, func.count())
        .join(MoneyTransaction, MoneyTransaction.id == TransactionReceipt.transaction_id)
        .where(MoneyTransaction.project_id == project_id)
        .group_by(TransactionReceipt.transaction_id)
    )
    return {tx_id: n for tx_id, n in session.execute(query).all()}
