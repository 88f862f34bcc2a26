"""Run import units through their writers: savepoints per chunk, per unit on failure."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from coopdesk.exchange.errors import Progress, RowError, RowsRejectedError, tick
from coopdesk.i18n import translate
from coopdesk.services.errors import ServiceError, ValidationError

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"
# Units written in one savepoint; a failure re-runs the chunk one unit at a time.
CHUNK = 200


@dataclass
class ImportContext:
    """What writers need besides a row: where it comes from, and lookups without queries."""

    source: str = ""
    # True for files CoopDesk wrote (ids kept, the file wins); False for others' files.
    coopdesk_file: bool = False
    # Ids stored before the run, per table; records met during the run, by (class, id).
    stored_ids: dict[str, set[str]] = field(default_factory=dict, repr=False)
    objects: dict[tuple[type, str], Any] = field(default_factory=dict, repr=False)

    def reset(self) -> None:
        self.stored_ids.clear()
        self.objects.clear()

    def remember(self, instance: Any) -> None:
        row_id = getattr(instance, "id", None)
        if isinstance(row_id, str):
            self.objects[(type(instance), row_id)] = instance

    def get(self, session: Session, model: Any, row_id: str | None) -> Any:
        """The record with this id (stored, or added by this import), or None.

        Records added during the run are answered from memory, and ids that were not
        stored before the run are not looked up: no query, hence no flush per row.
        """
        if not row_id:
            return None
        found = self.objects.get((model, row_id))
        if found is not None:
            state = inspect(found)
            if state.persistent or state.pending:
                return found
        table = model.__tablename__
        if table not in self.stored_ids:
            self.stored_ids[table] = set(session.scalars(select(model.id)))
        if row_id not in self.stored_ids[table]:
            return None
        found = session.get(model, row_id)
        if found is not None:
            self.remember(found)
        return found

    find = get


Writer = Callable[[Session, dict[str, Any], ImportContext], str]


@dataclass(frozen=True)
class PlannedRow:
    """One unit of import: typed values of one row (or a group of rows) and their origin."""

    table: str
    rows: tuple[int, ...]
    values: dict[str, Any]
    # Field key -> the file's header, to name the column in error messages.
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def row(self) -> int:
        return self.rows[0]


def _writers() -> dict[str, Writer]:
    from coopdesk.exchange.writers_core import CORE_WRITERS
    from coopdesk.exchange.writers_exchanges import EXCHANGE_WRITERS
    from coopdesk.exchange.writers_money import MONEY_WRITERS

    return {**CORE_WRITERS, **EXCHANGE_WRITERS, **MONEY_WRITERS}


@contextlib.contextmanager
def tracking(session: Session, context: ImportContext) -> Iterator[None]:
    """Keep the records the run loads or adds (the identity map holds them only weakly)."""

    def hold(_session: Session, instance: object) -> None:
        context.remember(instance)

    events = ("loaded_as_persistent", "pending_to_persistent")
    for name in events:
        event.listen(session, name, hold)
    try:
        yield
    finally:
        for name in events:
            event.remove(session, name, hold)


def _header(planned: PlannedRow, name: str) -> str:
    """The file's header for a service's field name ("disaggregated.sex" -> "sexe/femmes")."""
    if name in planned.headers:
        return planned.headers[name]
    if name.startswith("disaggregated."):
        prefix = "disagg/" + name.split(".")[1] + "/"
        found = next((h for k, h in planned.headers.items() if k.startswith(prefix)), None)
        return found or planned.headers.get("disaggregated", name)
    return name


def field_errors(planned: PlannedRow, exc: ValidationError) -> list[RowError]:
    return [
        RowError(planned.row, _header(planned, e.field), e.message, planned.table)
        for e in exc.errors
    ]


def execute(
    session: Session,
    rows: Sequence[PlannedRow],
    context: ImportContext,
    *,
    progress: Progress | None = None,
) -> tuple[list[PlannedRow], list[RowError], dict[str, int]]:
    """Write the units; a failing unit is rolled back alone and reported.

    Returns:
        The units written, the errors, and how many were created, updated or unchanged.
    """
    writers = _writers()
    context.reset()
    ok: list[PlannedRow] = []
    errors: list[RowError] = []
    outcomes = {CREATED: 0, UPDATED: 0, UNCHANGED: 0}
    with tracking(session, context):
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start : start + CHUNK]
            if _chunk(session, writers, chunk, context, outcomes):
                ok += chunk
            else:
                ok += [p for p in chunk if _one(session, writers, p, context, errors, outcomes)]
            tick(progress, min(start + CHUNK, len(rows)), len(rows))
    context.reset()
    return ok, errors, outcomes


def _chunk(
    session: Session,
    writers: dict[str, Writer],
    chunk: Sequence[PlannedRow],
    context: ImportContext,
    outcomes: dict[str, int],
) -> bool:
    """Write a chunk in one savepoint; False (and nothing kept) when any unit fails."""
    savepoint = session.begin_nested()
    try:
        done = [writers[p.table](session, p.values, context) for p in chunk]
        savepoint.commit()
    except (ServiceError, SQLAlchemyError):
        savepoint.rollback()
        return False
    for outcome in done:
        outcomes[outcome] += 1
    return True


def _one(
    session: Session,
    writers: dict[str, Writer],
    planned: PlannedRow,
    context: ImportContext,
    errors: list[RowError],
    outcomes: dict[str, int],
) -> bool:
    savepoint = session.begin_nested()
    try:
        outcome = writers[planned.table](session, planned.values, context)
        savepoint.commit()
    except (ServiceError, SQLAlchemyError) as exc:
        savepoint.rollback()
        errors += _errors_of(planned, exc)
        return False
    outcomes[outcome] += 1
    return True


def _errors_of(planned: PlannedRow, exc: Exception) -> list[RowError]:
    if isinstance(exc, RowsRejectedError):
        return exc.errors
    if isinstance(exc, ValidationError):
        return field_errors(planned, exc)
    if isinstance(exc, ServiceError):
        return [RowError(planned.row, "", exc.message, planned.table)]
    reason = translate("Exchange", "This row conflicts with a record already stored.")
    return [RowError(planned.row, "", reason, planned.table)]
