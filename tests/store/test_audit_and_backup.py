"""The audit hook records every change, refuses edits to itself; backups verify."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select

from coopdesk.store.backup import BackupError, backup_database
from coopdesk.store.db import session_scope
from coopdesk.store.models import AuditEntry, Organisation


def _org(**kw: object) -> Organisation:
    return Organisation(name="Prefeitura de São Lourenço", kind="local_authority", country="BR",
                        **kw)


def test_update_records_old_and_new_values(session_factory):
    with session_scope(session_factory) as s:
        org = _org(city="Recife")
        s.add(org)
    with session_scope(session_factory) as s:
        s.get(Organisation, org.id).city = "Olinda"
    with session_scope(session_factory) as s:
        entries = s.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
    assert [e.action for e in entries] == ["created", "updated"]
    assert entries[1].changes == {"city": ["Recife", "Olinda"]}
    assert entries[1].user == "tester"
    assert entries[1].prev_hash == entries[0].hash


def test_audit_entries_cannot_be_edited_or_deleted(session_factory):
    with session_scope(session_factory) as s:
        s.add(_org())
    with pytest.raises(PermissionError), session_scope(session_factory) as s:
        s.scalars(select(AuditEntry)).first().user = "forger"
    with pytest.raises(PermissionError), session_scope(session_factory) as s:
        s.delete(s.scalars(select(AuditEntry)).first())


def test_failed_action_writes_nothing(session_factory):
    with pytest.raises(RuntimeError), session_scope(session_factory) as s:
        s.add(_org())
        s.flush()
        raise RuntimeError("user action failed half-way")
    with session_scope(session_factory) as s:
        assert s.scalars(select(Organisation)).all() == []
        assert s.scalars(select(AuditEntry)).all() == []


def test_backup_is_a_verified_copy(session_factory, db_path, tmp_path):
    with session_scope(session_factory) as s:
        s.add(_org())
    dest = backup_database(db_path, tmp_path / "copies" / "b.coopdb")
    con = sqlite3.connect(dest)
    assert con.execute("SELECT name FROM organisation").fetchone()[0].startswith("Prefeitura")
    con.close()


def test_backup_of_a_non_database_fails_and_writes_nothing(tmp_path):
    src = tmp_path / "notes.txt"
    src.write_text("not a database")
    dest = tmp_path / "out" / "b.coopdb"
    with pytest.raises(BackupError):
        backup_database(src, dest)
    assert not dest.exists()
    assert list((tmp_path / "out").iterdir()) == []
