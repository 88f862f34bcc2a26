"""Import a whole CoopDesk workbook (or zip of CSV) back, and the one-call file import."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from coopdesk.exchange.cells import to_int, to_text
from coopdesk.exchange.column_mapping import KINDS, ColumnMapping, suggest_mapping, table_kind
from coopdesk.exchange.errors import Progress, RowError, RowsRejectedError
from coopdesk.exchange.file_guard import refuse
from coopdesk.exchange.readers import RawTable, read_workbook
from coopdesk.exchange.schema import ABOUT_SHEET, FORMAT_NAME, FORMAT_VERSION, TABLES
from coopdesk.exchange.spreadsheet_import import (
    ImportContext,
    ImportPlan,
    ImportResult,
    PlannedRow,
    dry_run,
    execute,
    missing_columns_error,
    plan_rows,
)
from coopdesk.exchange.writers_exchanges import COUNTS, PARTNERS, PERSONS
from coopdesk.exchange.writers_money import TARGETS
from coopdesk.i18n import translate

# Sheets read with the exchanges (their rows are written with the exchange they belong to).
CHILD_SHEETS = ("exchange_partners", "participants", "participant_counts")
# Likewise for indicators: their intermediate targets.
TARGET_SHEET = "indicator_targets"


def about(tables: dict[str, RawTable]) -> dict[str, Any] | None:
    """The key/value "about" sheet of a CoopDesk workbook, or None for other files."""
    raw = tables.get(ABOUT_SHEET)
    if raw is None or raw.headers[:2] != ["key", "value"]:
        return None
    values = {to_text(row[0]): row[1] for row in raw.rows if row}
    return values if values.get("format") == FORMAT_NAME else None


def check_version(info: dict[str, Any], path: Path) -> None:
    try:
        version = to_int(info.get("format_version"))
    except ValueError:
        version = FORMAT_VERSION + 1
    if version > FORMAT_VERSION:
        message = translate(
            "Exchange",
            "The file {path} was written by a newer version of CoopDesk: update CoopDesk first.",
        )
        raise refuse(message, path=path)


def _typed(tables: dict[str, RawTable], name: str) -> tuple[list[PlannedRow], list[RowError]]:
    raw = tables.get(name)
    if raw is None or not raw.headers:
        return [], []
    kind = table_kind(name)
    mapping = ColumnMapping(name, {h: h for h in raw.headers if kind.field(h) is not None})
    errors = missing_columns_error(raw, mapping, kind)
    if errors:
        return [], errors
    return plan_rows(raw, mapping, kind)


def _attach_children(
    exchanges: list[PlannedRow], tables: dict[str, RawTable]
) -> tuple[list[PlannedRow], list[RowError]]:
    children: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    errors: list[RowError] = []
    for sheet, slot in zip(CHILD_SHEETS, (PARTNERS, PERSONS, COUNTS), strict=True):
        rows, sheet_errors = _typed(tables, sheet)
        errors += sheet_errors
        for planned in rows:
            owner = planned.values.get("exchange_id") or ""
            item = planned.values.get("organisation_id") if slot == PARTNERS else None
            children[owner][slot].append(item or (planned.row, planned.values))
    known = {str(p.values.get("id")) for p in exchanges}
    for owner in set(children) - known:
        reason = translate("Exchange", "This row refers to an exchange that is not in the file.")
        errors.append(RowError(0, "exchange_id", f"{reason} ({owner})", CHILD_SHEETS[0]))
    out = []
    for planned in exchanges:
        found = children.get(str(planned.values.get("id")), {})
        values = {**planned.values, PARTNERS: found.get(PARTNERS, [])}
        if PERSONS in found or COUNTS in found or tables.get("participants") is not None:
            values[PERSONS] = found.get(PERSONS, [])
            values[COUNTS] = found.get(COUNTS, [])
        out.append(dataclasses.replace(planned, values=values))
    return out, errors


def _attach_targets(
    indicators: list[PlannedRow], tables: dict[str, RawTable]
) -> tuple[list[PlannedRow], list[RowError]]:
    rows, errors = _typed(tables, TARGET_SHEET)
    if tables.get(TARGET_SHEET) is None:
        return indicators, errors
    targets: dict[str, list[Any]] = defaultdict(list)
    for planned in rows:
        targets[planned.values.get("indicator_id") or ""].append((planned.row, planned.values))
    out = [
        dataclasses.replace(
            p, values={**p.values, TARGETS: targets.get(str(p.values.get("id")), [])}
        )
        for p in indicators
    ]
    return out, errors


def _group_roles(rows: list[PlannedRow]) -> list[PlannedRow]:
    grouped: dict[tuple[str, str], list[PlannedRow]] = defaultdict(list)
    for planned in rows:
        grouped[(planned.values.get("project_id"), planned.values.get("organisation_id"))].append(
            planned
        )
    return [
        PlannedRow(
            "project_roles",
            tuple(p.row for p in group),
            {**group[0].values, "roles": [p.values.get("role") for p in group]},
            group[0].headers,
        )
        for group in grouped.values()
    ]


def workbook_rows(
    tables: dict[str, RawTable], only: set[str] | None = None
) -> tuple[list[PlannedRow], list[RowError]]:
    """Typed rows of every sheet in dependency order (exchanges carry their children)."""
    rows: list[PlannedRow] = []
    errors: list[RowError] = []
    for spec in TABLES:
        consumed = spec.name in CHILD_SHEETS or spec.name == TARGET_SHEET
        if consumed or (only is not None and spec.name not in only):
            continue
        planned, sheet_errors = _typed(tables, spec.name)
        errors += sheet_errors
        if spec.name == "exchanges":
            planned, child_errors = _attach_children(planned, tables)
            errors += child_errors
        elif spec.name == "indicators":
            planned, target_errors = _attach_targets(planned, tables)
            errors += target_errors
        elif spec.name == "project_roles":
            planned = _group_roles(planned)
        rows += planned
    return rows, errors


def _table_rows(
    tables: dict[str, RawTable], path: Path, kind: str, mapping: ColumnMapping | None
) -> tuple[list[PlannedRow], list[RowError]]:
    raw = next((t for t in tables.values() if t.headers), None)
    if raw is None:
        raise refuse(translate("Exchange", "The file {path} is empty."), path=path)
    target = KINDS[kind]
    mapping = mapping or suggest_mapping(raw.headers, kind)
    fatal = missing_columns_error(raw, mapping, target)
    if not fatal and not raw.rows:
        fatal = [RowError(1, "", translate("Exchange", "The file has no rows to import."))]
    if fatal:
        raise RowsRejectedError([dataclasses.replace(e, sheet="") for e in fatal])
    rows, errors = plan_rows(raw, mapping, target)
    return rows, [dataclasses.replace(e, sheet="") for e in errors]


def plan_workbook(
    session: Session,
    tables: dict[str, RawTable],
    *,
    source: str = "",
    progress: Progress | None = None,
) -> ImportPlan:
    """Check a whole CoopDesk workbook as a dry run (the database is left unchanged)."""
    rows, errors = workbook_rows(tables)
    context = ImportContext(source=source, coopdesk_file=True)
    return dry_run(session, rows, context, "all", errors, progress)


def _rows_of_file(
    path: Path, kind: str | None, mapping: ColumnMapping | None
) -> tuple[list[PlannedRow], list[RowError], ImportContext]:
    tables = read_workbook(path)
    info = about(tables)
    if info is not None:
        check_version(info, path)
    context = ImportContext(source=path.name, coopdesk_file=info is not None)
    if kind is None:
        if info is None:
            message = translate(
                "Exchange",
                "Say what the file {path} holds: partners, contacts, exchanges, "
                "transactions or measurements.",
            )
            raise refuse(message, path=path)
        rows, errors = workbook_rows(tables)
    elif info is not None and mapping is None:
        rows, errors = workbook_rows(tables, {KINDS[kind].table})
    else:
        rows, errors = _table_rows(tables, path, kind, mapping)
    return rows, errors, context


def plan_file(
    session: Session,
    path: Path,
    kind: str | None = None,
    *,
    mapping: ColumnMapping | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """Check a file as :func:`import_file` would write it, as a dry run (for a preview).

    Pass the plan to ``spreadsheet_import.apply`` to write it.
    """
    path = Path(path)
    rows, errors, context = _rows_of_file(path, kind, mapping)
    plan = dry_run(session, rows, context, kind or "all", errors, progress)
    if kind is not None and not context.coopdesk_file:
        plan.errors = [dataclasses.replace(e, sheet="") for e in plan.errors]
    return plan


def import_file(
    session: Session,
    path: Path,
    kind: str | None = None,
    *,
    only_valid: bool = False,
    mapping: ColumnMapping | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Read, check and write a file in one pass, in the caller's transaction.

    Args:
        session: the caller's session; on any exception the caller rolls back.
        path: .xlsx, .csv or zip of CSV files.
        kind: one of ``column_mapping.KINDS``; None imports every sheet of a CoopDesk
            workbook (refused for other files).
        only_valid: write the valid rows and skip the others (default: all or nothing).
        mapping: columns to fields; suggested from the headers when None.
        progress: ``(done, total) -> bool``; False cancels (CancelledError).

    Raises:
        FileRefusedError: the file cannot be read safely.
        RowsRejectedError: rows were rejected and ``only_valid`` is False.
    """
    path = Path(path)
    rows, errors, context = _rows_of_file(path, kind, mapping)
    if errors and not only_valid:
        raise RowsRejectedError(errors)
    session.info["reason"] = translate("Exchange", "Import of {source}").format(source=path.name)
    _ok, failed, outcomes = execute(session, rows, context, progress=progress)
    if kind is not None and not context.coopdesk_file:
        failed = [dataclasses.replace(e, sheet="") for e in failed]
    if failed and not only_valid:
        raise RowsRejectedError(failed)
    skipped = len(errors) + len(failed)
    return ImportResult(outcomes["created"], outcomes["updated"], outcomes["unchanged"], skipped)
