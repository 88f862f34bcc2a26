"""Import rows through the services: validate (a dry run), then apply all or nothing."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from coopdesk.exchange.cells import (
    CellError,
    is_blank,
    to_bool,
    to_date,
    to_decimal,
    to_int,
    to_int_list,
    to_json_object,
    to_minor,
    to_str_list,
    to_text,
)
from coopdesk.exchange.column_mapping import KINDS, ColumnMapping, TargetKind, missing_fields
from coopdesk.exchange.errors import Progress, RowError, RowsRejectedError
from coopdesk.exchange.import_engine import (
    CREATED,
    UNCHANGED,
    UPDATED,
    ImportContext,
    PlannedRow,
    execute,
)
from coopdesk.exchange.readers import RawTable
from coopdesk.exchange.schema import ColumnType
from coopdesk.i18n import active_language, translate


@dataclass
class ImportPlan:
    """The rows that passed every check and the rejected ones, for the user to review."""

    kind: str
    valid_rows: list[PlannedRow]
    errors: list[RowError]
    context: ImportContext = field(default_factory=ImportContext)
    # How many valid rows would be created, updated or left unchanged.
    outcomes: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
    skipped: int


def convert(value: Any, kind: ColumnType, currency: str = "EUR") -> Any:
    """A cell as the field's type; None for a blank cell."""
    if is_blank(value):
        return None
    converters: dict[ColumnType, Callable[[Any], Any]] = {
        ColumnType.INT: to_int,
        ColumnType.BOOL: to_bool,
        ColumnType.DATE: to_date,
        ColumnType.DECIMAL: to_decimal,
        ColumnType.MONEY: lambda v: to_minor(v, currency),
        ColumnType.STR_LIST: to_str_list,
        ColumnType.INT_LIST: to_int_list,
        ColumnType.JSON: to_json_object,
    }
    return converters.get(kind, to_text)(value)


def _currency(cells: dict[str, Any]) -> str:
    raw = cells.get("currency")
    return "EUR" if is_blank(raw) else to_text(raw).strip().upper()


def convert_row(
    cells: dict[str, Any], kind: TargetKind, row: int, headers: dict[str, str], table: str = ""
) -> tuple[dict[str, Any], list[RowError]]:
    """Typed values of one row (cells keyed by field); texts by language are gathered."""
    values: dict[str, Any] = {}
    errors: list[RowError] = []
    currency = _currency(cells)
    for key, raw in cells.items():
        fdef = kind.field(key)
        if fdef is None:
            continue
        try:
            value = convert(raw, fdef.type, currency)
        except CellError as exc:
            errors.append(RowError(row, headers.get(key, key), str(exc), table))
            continue
        base = next(
            (f for f in kind.fields if f.type is ColumnType.TEXTS and key.startswith(f.key + "_")),
            None,
        )
        if base is not None and key != base.key:
            texts = values.setdefault(base.key, {})
            if value:
                texts[key[len(base.key) + 1 :]] = value
        elif fdef.type is ColumnType.TEXTS:
            # One column for a text kept in several languages: the UI language's.
            values[key] = {active_language(): value} if value else {}
        else:
            values[key] = value
    return values, errors


def plan_rows(
    raw: RawTable, mapping: ColumnMapping, kind: TargetKind
) -> tuple[list[PlannedRow], list[RowError]]:
    """Typed rows of a table through a mapping (no database access)."""
    index = {h: i for i, h in enumerate(raw.headers)}
    headers = {f: h for f, h in mapping.columns.items() if h in index}
    planned, errors = [], []
    for number, line in zip(raw.row_numbers, raw.rows, strict=True):
        cells = {f: line[index[h]] for f, h in headers.items()}
        for f, default in mapping.defaults.items():
            if f not in cells or is_blank(cells[f]):
                cells[f] = default
        values, row_errors = convert_row(cells, kind, number, headers, raw.name)
        errors += row_errors
        if not row_errors:
            planned.append(PlannedRow(kind.table, (number,), values, headers))
    return planned, errors


def missing_columns_error(
    raw: RawTable, mapping: ColumnMapping, kind: TargetKind
) -> list[RowError]:
    missing = missing_fields(mapping, kind)
    if not missing:
        return []
    if len(raw.headers) == 1:
        reason = translate(
            "Exchange",
            "The file has a single column: separate its columns with commas, semicolons or tabs.",
        )
        return [RowError(1, raw.headers[0], reason, raw.name)]
    names = ", ".join(" / ".join(group) for group in missing)
    reason = translate("Exchange", "Required columns are missing: {names}.").format(names=names)
    return [RowError(1, "", reason, raw.name)]


def dry_run(
    session: Session,
    rows: Sequence[PlannedRow],
    context: ImportContext,
    kind: str,
    errors: list[RowError],
    progress: Progress | None = None,
) -> ImportPlan:
    """Run the writers inside a savepoint that is always rolled back: nothing is kept."""
    outer = session.begin_nested()
    try:
        ok, failed, outcomes = execute(session, rows, context, progress=progress)
    finally:
        outer.rollback()
    return ImportPlan(kind, ok, errors + failed, context, outcomes)


def validate(
    raw: RawTable,
    mapping: ColumnMapping,
    kind: str,
    session: Session,
    *,
    source: str = "",
    progress: Progress | None = None,
) -> ImportPlan:
    """Check every row as the services would, without keeping anything.

    Args:
        raw: the table read by ``readers.read_table``.
        mapping: which column feeds which field (see ``column_mapping.suggest_mapping``).
        kind: "partners", "contacts", "exchanges", "transactions" or "measurements".
        session: the caller's session; the database is left unchanged.
        source: the file's name, kept with imported exchanges.
        progress: ``(done, total) -> bool``; False cancels (CancelledError).

    Returns:
        The plan: valid rows and errors (row, column, translated reason).
    """
    target = KINDS[kind]
    context = ImportContext(source=source)
    errors = missing_columns_error(raw, mapping, target)
    if errors:
        return ImportPlan(kind, [], [dataclasses.replace(e, sheet="") for e in errors], context)
    if not raw.rows:
        reason = translate("Exchange", "The file has no rows to import.")
        return ImportPlan(kind, [], [RowError(1, "", reason)], context)
    rows, errors = plan_rows(raw, mapping, target)
    plan = dry_run(session, rows, context, kind, errors, progress)
    plan.errors = [dataclasses.replace(e, sheet="") for e in plan.errors]
    return plan


def apply(
    session: Session,
    plan: ImportPlan,
    only_valid: bool = False,
    *,
    progress: Progress | None = None,
) -> ImportResult:
    """Write the plan's rows in the caller's transaction (the caller commits).

    All or nothing: when the plan has errors, or a row fails now, RowsRejectedError is
    raised and the caller's rollback leaves the database unchanged; with ``only_valid``,
    the valid rows are written and the others skipped.
    """
    if plan.errors and not only_valid:
        raise RowsRejectedError(plan.errors)
    reason = translate("Exchange", "Import of {source}").format(source=plan.context.source)
    previous = session.info.get("reason")
    session.info["reason"] = reason
    try:
        ok, errors, outcomes = execute(session, plan.valid_rows, plan.context, progress=progress)
    finally:
        session.info["reason"] = previous or ""
    if errors and not only_valid:
        raise RowsRejectedError(errors)
    skipped = len(plan.errors) + len(errors)
    return ImportResult(outcomes[CREATED], outcomes[UPDATED], outcomes[UNCHANGED], skipped)
