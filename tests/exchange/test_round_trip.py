"""Files CoopDesk exports import back unchanged: demo -> XLSX -> new database -> XLSX."""

from __future__ import annotations

import zipfile
from pathlib import Path

from sqlalchemy import func, select

from coopdesk.exchange.full_export import export_database
from coopdesk.exchange.full_import import import_file
from coopdesk.exchange.schema import TABLES
from coopdesk.store.db import session_scope
from coopdesk.store.models import AuditEntry, Organisation


def _sheets(path: Path) -> dict[str, bytes]:
    """The XML of every data sheet (the first, "about" sheet holds the export time)."""
    with zipfile.ZipFile(path) as zf:
        names = sorted(n for n in zf.namelist() if n.startswith("xl/worksheets/sheet"))
        return {n: zf.read(n) for n in names if n != "xl/worksheets/sheet1.xml"}


def test_demo_round_trip_through_xlsx_is_identical(demo_db, new_db, open_factory, tmp_path):
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    with session_scope(open_factory(demo_db)) as session:
        counts = export_database(session, first, "xlsx")
    assert set(counts) == {spec.name for spec in TABLES}
    assert all(counts.values()), counts

    target = new_db("imported.coopdb")
    factory = open_factory(target)
    with session_scope(factory) as session:
        result = import_file(session, first)
    assert result.created > 2000  # child rows are written with their exchange or indicator
    assert (result.updated, result.skipped) == (0, 0)

    with session_scope(factory) as session:
        export_database(session, second, "xlsx")
        audited = session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "organisation")
        )
        partners = session.scalar(select(func.count()).select_from(Organisation))
    assert _sheets(first) == _sheets(second)
    assert len(_sheets(first)) == len(TABLES)
    assert audited == partners  # imports go through the audited session
