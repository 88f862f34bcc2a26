"""coopdesk check: cross-record checks, and a damaged file kept aside with backups offered."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from coopdesk.services.attachments import add_attachment
from coopdesk.services.check import check_database
from coopdesk.services.exchanges import ExchangeData, create_exchange
from coopdesk.services.privacy import EraseMode, PersonKind, PersonRef, erase_person
from coopdesk.services.recovery import (
    RecoveryError,
    find_backups,
    restore_backup,
    set_aside_damaged,
)
from coopdesk.store.backup import backup_database
from coopdesk.store.db import Refusal, session_scope
from coopdesk.store.lock import lock_path
from coopdesk.store.models import (
    AppSetting,
    BudgetLine,
    Contact,
    ExchangeDocument,
    MoneyTransaction,
    Municipality,
    Organisation,
    Project,
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _settle(path: Path) -> None:
    """Fold the write-ahead log into the file, as after a clean close."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


def _damage(path: Path) -> None:
    """Overwrite the pages after the schema with garbage (the header stays valid)."""
    _settle(path)
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(3 * page, len(data) - page, page):
        data[offset + 8: offset + 400] = b"\xa5" * 392
    path.write_bytes(bytes(data))


def test_unused_attachments_are_a_note(session_factory, db_path):
    with session_scope(session_factory) as s:
        used = add_attachment(s, "charte.pdf", b"%PDF charte")
        add_attachment(s, "brouillon.txt", b"brouillon")
        logo = add_attachment(s, "logo.png", b"\x89PNG logo")
        s.add(Municipality(name="Sainte-Aurèle", logo_id=logo))
        s.flush()
        org = Organisation(name="Ville de Fatick", kind="local_authority", country="SN")
        s.add(org)
        s.flush()
        ex = create_exchange(s, ExchangeData(kind="cultural_event", direction="incoming",
                                             title="Festival", start_date=dt.date(2025, 6, 1),
                                             partner_ids=(org.id,)))
        s.add(ExchangeDocument(exchange_id=ex, attachment_id=used))
    report = check_database(db_path)
    assert report.healthy, report.problems
    [note] = [n for n in report.notes if "used by no record" in n]
    assert note.startswith("1 attached file")


def test_money_booked_across_projects_is_a_problem(session_factory, db_path):
    with session_scope(session_factory) as s:
        water, school = Project(code="EAU"), Project(code="ECOLE")
        s.add_all([water, school])
        s.flush()
        line = BudgetLine(project_id=water.id, year=2025, category="works", planned_minor=100)
        s.add(line)
        s.flush()
        s.add(MoneyTransaction(project_id=school.id, kind="expense", date=dt.date(2025, 3, 1),
                               amount_minor=50, budget_line_id=line.id))
    report = check_database(db_path)
    assert not report.healthy
    assert any("budget line of another project" in p for p in report.problems)


def test_redactions_are_noted(session_factory, db_path):
    with session_scope(session_factory) as s:
        org = Organisation(name="Ville de Fatick", kind="local_authority", country="SN")
        s.add(org)
        s.flush()
        contact = Contact(organisation_id=org.id, first_name="Awa", last_name="Diop")
        s.add(contact)
    with session_scope(session_factory) as s:
        erase_person(s, [PersonRef(PersonKind.CONTACT, contact.id)], EraseMode.DELETE)
    report = check_database(db_path)
    assert report.healthy and any("privacy erasure" in n for n in report.notes)


@pytest.fixture
def backups(session_factory, db_path, tmp_path):
    """Two verified backups (beside, and in the backup folder) and a damaged one."""
    folder = tmp_path / "sauvegardes"
    with session_scope(session_factory) as s:
        s.add(Organisation(name="Comune di Lucca", kind="local_authority", country="IT"))
        s.add(AppSetting(key="backup.folder", value={"value": str(folder)}))
    beside = backup_database(db_path, db_path.with_name(
        f"{db_path.name}.before-0001-20250102-080000.bak"))
    newest = backup_database(db_path, folder / "test-20260301-174500.coopdb")
    broken = backup_database(db_path, folder / "test-20260401-090000.coopdb")
    _damage(broken)
    (folder / "notes.txt").write_text("pas une sauvegarde")
    session_factory.kw["bind"].dispose()
    return beside, newest


def test_damaged_file_is_kept_aside_and_a_backup_restored(db_path, backups):
    beside, newest = backups
    found = find_backups(db_path)
    assert [(b.path, b.origin) for b in found] == [(newest, "folder"), (beside, "beside")]
    assert found[0].taken_at == dt.datetime(2026, 3, 1, 17, 45)
    _damage(db_path)
    damaged = _digest(db_path)
    report = check_database(db_path)
    assert not report.healthy and report.damaged
    assert [b.path for b in report.backups] == [newest, beside]
    assert any("verified backup from" in n and str(newest) in n for n in report.notes)
    assert _digest(db_path) == damaged  # check never writes
    backup_digest = _digest(newest)
    result = restore_backup(newest, db_path)
    assert result.damaged_copy is not None and _digest(result.damaged_copy) == damaged
    assert result.damaged_copy.name.startswith("test.coopdb.damaged-")
    assert _digest(newest) == backup_digest
    again = check_database(db_path)
    assert again.healthy and again.problems == [] and not again.damaged and not again.backups
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT name FROM organisation").fetchall() == [("Comune di Lucca",)]
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()


def test_truncated_file_still_finds_its_backup_folder(db_path, backups, tmp_path):
    beside, newest = backups
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2 + 100])
    report = check_database(db_path)
    assert report.refusal is Refusal.TRUNCATED and report.damaged
    # The file cannot tell its backup folder any more: its verified copy beside it does.
    assert [b.path for b in report.backups] == [newest, beside]
    beside.unlink()
    assert find_backups(db_path) == []
    assert [b.path for b in find_backups(db_path, folders=[newest.parent])] == [newest]


def test_restore_refuses_a_damaged_backup_or_a_file_in_use(db_path, backups, tmp_path):
    bad = tmp_path / "sauvegardes" / "test-20260401-090000.coopdb"
    before = _digest(db_path)
    with pytest.raises(RecoveryError, match="damaged too"):
        restore_backup(bad, db_path)
    lock_path(db_path).write_text(json.dumps(
        {"host": "mairie-accueil-02", "pid": 4242, "user": "agent", "since": None}))
    with pytest.raises(RecoveryError, match="open in another CoopDesk"):
        restore_backup(backups[1], db_path)
    assert _digest(db_path) == before


def test_set_aside_never_overwrites(db_path, monkeypatch):
    import coopdesk.services.recovery as recovery

    class Frozen(dt.datetime):
        @classmethod
        def now(cls, tz=None):  # noqa: ARG003
            return dt.datetime(2026, 5, 8, 10, 0, 0)

    monkeypatch.setattr(recovery.dt, "datetime", Frozen)
    content = db_path.read_bytes()
    first = set_aside_damaged(db_path)
    db_path.write_bytes(b"second damaged file")
    second = set_aside_damaged(db_path)
    assert (first.name, second.name) == ("test.coopdb.damaged-20260508-100000",
                                         "test.coopdb.damaged-20260508-100000-2")
    assert first.read_bytes() == content and second.read_bytes() == b"second damaged file"
    assert not db_path.exists() and set_aside_damaged(db_path) is None
