"""Collects generated demo rows, then writes them: audited ORM objects or Core bulk inserts."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from coopdesk.services.demo_files import sha256
from coopdesk.store.models import Attachment, Base, new_id

# Tables written through the ORM session (so they get audit entries) when auditing is on.
AUDITED_TABLES = frozenset(
    {
        "municipality",
        "app_setting",
        "attachment",
        "organisation",
        "contact",
        "partnership",
        "partnership_document",
        "project",
        "project_partnership",
        "project_organisation",
        "risk",
        "project_document",
        "budget_line",
        "funding_source",
        "indicator",
        "indicator_target",
        "evaluation",
    }
)

CHUNK = 5_000
_STAMPED = ("id", "created_at", "updated_at")


@dataclass(frozen=True)
class _Template:
    values: dict[str, Any]
    factories: tuple[tuple[str, Any], ...]
    has_id: bool


class RowSink:
    """Rows of every table, filled with all their columns (Core inserts need them all)."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now
        self.audit = True
        self.orm_rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.core_rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self._templates: dict[str, _Template] = {}

    def _template(self, table_name: str) -> _Template:
        cached = self._templates.get(table_name)
        if cached is not None:
            return cached
        table = Base.metadata.tables[table_name]
        values: dict[str, Any] = {}
        factories: list[tuple[str, Any]] = []
        for column in table.columns:
            arg = getattr(column.default, "arg", None)
            if column.key in _STAMPED:
                values[column.key] = None
            elif callable(arg):
                factories.append((column.key, arg))
            else:
                values[column.key] = arg
        has_id = all(key in table.columns for key in _STAMPED)
        cached = _Template(values, tuple(factories), has_id)
        self._templates[table_name] = cached
        return cached

    def add(self, model: type[Base], *, audited: bool | None = None, **values: Any) -> str:
        """Queue one row; return its id ("" for tables without a UUID key)."""
        name = model.__tablename__
        template = self._template(name)
        row = {**template.values, **values}
        for key, factory in template.factories:
            if key not in values:
                row[key] = factory(None)
        if template.has_id:
            row["id"] = row["id"] or new_id()
            row["created_at"] = row["created_at"] or self.now
            row["updated_at"] = row["updated_at"] or self.now
        use_orm = self.audit and name in AUDITED_TABLES if audited is None else audited
        (self.orm_rows if use_orm else self.core_rows)[name].append(row)
        return str(row["id"]) if template.has_id else ""

    def update(self, model: type[Base], row_id: str, **values: Any) -> None:
        """Change columns of a row queued earlier (and not yet written)."""
        name = model.__tablename__
        for rows in (self.orm_rows.get(name, []), self.core_rows.get(name, [])):
            for row in rows:
                if row.get("id") == row_id:
                    row.update(values)
                    return
        raise KeyError(f"no queued {name} row {row_id}")

    def attachment(
        self, filename: str, mime_type: str, data: bytes, *, audited: bool | None = None
    ) -> str:
        return self.add(
            Attachment,
            audited=audited,
            sha256=sha256(data),
            filename=filename,
            mime_type=mime_type,
            size=len(data),
            data=data,
        )

    def write(self, session: Session) -> None:
        """Write and forget the queued rows: ORM objects first (table by table, in dependency
        order, so the audit hook sees them), then Core bulk inserts."""
        classes = {m.class_.__tablename__: m.class_ for m in Base.registry.mappers}
        for table in Base.metadata.sorted_tables:
            rows = self.orm_rows.get(table.name)
            if rows:
                cls = classes[table.name]
                session.add_all([cls(**row) for row in rows])
                session.flush()
        for table in Base.metadata.sorted_tables:
            rows = self.core_rows.get(table.name)
            for start in range(0, len(rows or ()), CHUNK):
                session.execute(insert(table), rows[start : start + CHUNK])  # type: ignore[index]
        self.orm_rows.clear()
        self.core_rows.clear()
