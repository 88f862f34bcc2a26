"""Backups: verified copies, restore that keeps the replaced file, rotating automatic copies."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from coopdesk.exchange.backups import automatic_backup, make_backup, restore
from coopdesk.services.database import DatabaseError
from coopdesk.services.organisations import OrganisationData, create_organisation
from coopdesk.store.db import make_session_factory, session_scope
from coopdesk.store.lifecycle import open_database
from coopdesk.store.models import AppSetting
from coopdesk.store.rotation import backup_folder, list_backups, rotate_backup


def _partners(path) -> list[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in con.execute("SELECT name FROM organisation ORDER BY name")]
    finally:
        con.close()


def _add(path, name: str) -> None:
    result = open_database(path)
    try:
        with session_scope(make_session_factory(result.engine)) as session:
            create_organisation(session, OrganisationData(name, "ngo", "SN"))
    finally:
        result.engine.dispose()


def test_backup_then_restore_keeps_the_replaced_file(db_path, tmp_path):
    _add(db_path, "Avant")
    copy = make_backup(db_path, tmp_path / "copy.coopdb")
    _add(db_path, "Après")
    with pytest.raises(DatabaseError, match="already exists"):
        make_backup(db_path, copy)

    aside = restore(copy, db_path)
    assert aside is not None and aside.name.startswith("test.coopdb.replaced-")
    assert _partners(db_path) == ["Avant"]
    assert _partners(aside) == ["Après", "Avant"]
    assert restore(copy, tmp_path / "new.coopdb") is None  # no file to keep aside
    assert _partners(tmp_path / "new.coopdb") == ["Avant"]


def test_restore_refuses_while_the_database_is_open(db_path, tmp_path, open_factory):
    copy = make_backup(db_path, tmp_path / "copy.coopdb")
    _add(db_path, "Ouverte")
    factory = open_factory(db_path)
    with session_scope(factory) as session:
        session.get(AppSetting, "x")  # CoopDesk holds the file open
    with pytest.raises(DatabaseError, match="left as it was: database is locked"):
        restore(copy, db_path)
    assert _partners(db_path) == ["Ouverte"]


def test_restore_refuses_a_bad_backup_and_leaves_the_file(db_path, tmp_path):
    before = db_path.read_bytes()
    notes = tmp_path / "notes.coopdb"
    notes.write_text("compte rendu", encoding="utf-8")
    with pytest.raises(DatabaseError, match="not a CoopDesk database"):
        restore(notes, db_path)
    damaged = tmp_path / "damaged.coopdb"
    damaged.write_bytes(before[: len(before) // 2])
    with pytest.raises(DatabaseError, match="truncated or damaged"):
        restore(damaged, db_path)
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "damaged.coopdb", "notes.coopdb", "test.coopdb",
    ]  # fmt: skip


def test_backup_of_something_else_is_refused(tmp_path):
    other = tmp_path / "other.coopdb"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(DatabaseError, match="another program"):
        make_backup(other, tmp_path / "out.coopdb")
    assert not (tmp_path / "out.coopdb").exists()


def test_rotation_keeps_the_newest_copies(db_path, open_factory):
    start = dt.datetime(2026, 3, 1, 18, 0)
    for day in range(5):
        rotate_backup(db_path, keep=3, now=start + dt.timedelta(days=day))
    folder = db_path.parent / "test-backups"
    assert backup_folder(db_path) == folder
    found = list_backups(folder, verify=True)
    assert [b.created_at.day for b in found] == [5, 4, 3]
    assert all(b.verified and b.size > 0 for b in found)
    (folder / "test-20260101-000000.coopdb").write_bytes(b"not a database")
    (folder / "holiday-photo.jpg").write_bytes(b"kept: not ours")
    listed = list_backups(folder)
    assert [b.verified for b in listed] == [True, True, True, False]
    rotate_backup(db_path, keep=3, now=start + dt.timedelta(days=9))
    assert len(list_backups(folder)) == 3 and (folder / "holiday-photo.jpg").exists()


def test_settings_choose_the_folder_and_how_many_to_keep(db_path, tmp_path, open_factory):
    elsewhere = tmp_path / "cle-usb"
    with session_scope(open_factory(db_path)) as session:
        session.add(AppSetting(key="backup.folder", value={"value": str(elsewhere)}))
        session.add(AppSetting(key="backup.keep_copies", value={"value": 2}))
    now = dt.datetime(2026, 3, 1, 12, 0)
    for minutes in range(4):
        automatic_backup(db_path, now=now + dt.timedelta(minutes=minutes))
    assert len(list_backups(elsewhere)) == 2
    assert automatic_backup(db_path, daily=True, now=now + dt.timedelta(hours=2)) is None
    made = automatic_backup(db_path, daily=True, now=now + dt.timedelta(days=1, minutes=5))
    assert made is not None and made.path.parent == elsewhere
