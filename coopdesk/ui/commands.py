"""Undoable create / edit / delete actions built on ServiceCommand."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.orm import Session

from coopdesk.ui.context import AppContext, ServiceCommand

D = TypeVar("D")


def create_record(
    context: AppContext,
    text: str,
    entity: str,
    create: Callable[[Session, str | None], str],
    delete: Callable[[Session, str], object],
) -> str:
    """Create a record; undo deletes it by id, redo re-creates it with the same id.

    Args:
        create: ``create(session, record_id)``: ``record_id`` is None the first time.
        delete: ``delete(session, record_id)``.

    Returns:
        The new record's id.

    Raises:
        ServiceError: the record was refused; nothing was written.
    """
    created: list[str] = []

    def do(session: Session) -> None:
        record_id = create(session, created[0] if created else None)
        if not created:
            created.append(record_id)

    context.execute(ServiceCommand(context, text, entity, do, lambda s: delete(s, created[0])))
    return created[0]


def update_record(
    context: AppContext,
    text: str,
    entity: str,
    record_id: str,
    new: D,
    read: Callable[[Session, str], D],
    update: Callable[[Session, str, D], object],
) -> None:
    """Apply ``new``; undo re-applies the snapshot read just before the change."""
    old: list[D] = []

    def do(session: Session) -> None:
        if not old:
            old.append(read(session, record_id))
        update(session, record_id, new)

    def undo(session: Session) -> None:
        update(session, record_id, old[0])

    context.execute(ServiceCommand(context, text, entity, do, undo))


def delete_record(
    context: AppContext,
    text: str,
    entity: str,
    record_id: str,
    read: Callable[[Session, str], D],
    delete: Callable[[Session, str], object],
    recreate: Callable[[Session, D, str, object], object],
) -> None:
    """Delete a record; undo re-creates it from a snapshot with the same id.

    Args:
        recreate: ``recreate(session, snapshot, record_id, result_of_delete)``.
    """
    snapshot: list[D] = []
    result: list[object] = []

    def do(session: Session) -> None:
        data = read(session, record_id)
        outcome = delete(session, record_id)
        snapshot[:] = [data]
        result[:] = [outcome]

    def undo(session: Session) -> None:
        recreate(session, snapshot[0], record_id, result[0])

    context.execute(ServiceCommand(context, text, entity, do, undo))
