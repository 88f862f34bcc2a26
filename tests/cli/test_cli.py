"""The command line as users and scripts use it: exit codes, one-line errors, files untouched."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from coopdesk import __version__
from coopdesk.cli import main


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_init_then_check_is_healthy(tmp_path, capsys):
    db = tmp_path / "new.coopdb"
    code, out, err = _run(capsys, "init", "--db", str(db))
    assert (code, err) == (0, "")
    code, out, err = _run(capsys, "check", "--db", str(db))
    assert code == 0, err
    assert "healthy" in out


def test_init_refuses_an_existing_file(tmp_path, capsys):
    db = tmp_path / "x.coopdb"
    db.write_text("precious notes")
    code, out, err = _run(capsys, "init", "--db", str(db))
    assert code == 1
    assert err.count("\n") == 1 and "already exists" in err
    assert db.read_text() == "precious notes"


def _damaged_files(tmp_path: Path, good: Path) -> dict[str, Path]:
    text_file = tmp_path / "notes.coopdb"
    text_file.write_text("Compte rendu du conseil municipal\n" * 50, encoding="utf-8")
    empty = tmp_path / "empty.coopdb"
    empty.write_bytes(b"")
    truncated = tmp_path / "truncated.coopdb"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.close()
    newer = tmp_path / "newer.coopdb"
    shutil.copyfile(good, newer)
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    con.commit()
    con.close()
    return {
        "text": text_file,
        "empty": empty,
        "truncated": truncated,
        "other": other,
        "newer": newer,
    }


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("text", "not a CoopDesk database"),
        ("empty", "empty"),
        ("truncated", "truncated"),
        ("other", "another program"),
        ("newer", "newer version"),
    ],
)
def test_check_refuses_bad_files_and_leaves_them_untouched(tmp_path, capsys, db_path, kind, words):
    target = _damaged_files(tmp_path, db_path)[kind]
    before = _digest(target)
    neighbours = sorted(p.name for p in tmp_path.iterdir())
    code, out, err = _run(capsys, "check", "--db", str(target))
    assert code == 1
    assert err.count("\n") == 1, err
    assert words in err
    assert "Traceback" not in err
    assert _digest(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == neighbours


def test_missing_file_is_never_created(tmp_path, capsys):
    target = tmp_path / "usb-stick" / "gone.coopdb"
    code, _, err = _run(capsys, "check", "--db", str(target))
    assert code == 1 and "does not exist" in err
    assert not target.exists()


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["check"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["demo", "--db", "x", "--scale", "0"])
    assert info.value.code == 2


def test_check_detects_a_tampered_audit_trail(tmp_path, capsys, session_factory, db_path):
    from coopdesk.services.organisations import OrganisationData, create_organisation
    from coopdesk.store.db import session_scope

    with session_scope(session_factory) as s:
        create_organisation(s, OrganisationData(name="Stadt Hohenwald", kind="local_authority",
                                                country="DE"))
    session_factory.kw["bind"].dispose()
    assert _run(capsys, "check", "--db", str(db_path))[0] == 0
    con = sqlite3.connect(db_path)
    con.execute("UPDATE audit_entry SET user = 'someone else' WHERE seq = 1")
    con.commit()
    con.close()
    code, _, err = _run(capsys, "check", "--db", str(db_path))
    assert code == 1 and "audit trail" in err


def test_french_messages_from_the_environment(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COOPDESK_LANG", "fr")
    code, _, err = _run(capsys, "check", "--db", str(tmp_path / "absent.coopdb"))
    assert code == 1
    assert "n'existe pas" in err
