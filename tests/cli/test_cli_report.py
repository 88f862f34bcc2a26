"""coopdesk report KIND as scripts use it: a PDF written, or one translated line and exit 1."""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from coopdesk import cli
from coopdesk.cli_report import add_report_parser, run_report
from coopdesk.config import TRANSLATIONS_DIR
from coopdesk.services.demo import populate_demo
from coopdesk.store.lifecycle import create_database


@pytest.fixture(scope="module", autouse=True)
def report_catalogs() -> None:
    """The reports' .qm files, compiled as ``make qm`` does when missing."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in sorted(TRANSLATIONS_DIR.glob("reports_*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture
def run(monkeypatch, capsys):
    """``coopdesk ARGS`` through cli.main, with ``report`` wired in if cli.py does not yet."""
    if "report" not in cli.COMMANDS:
        original = cli.build_parser

        def build() -> argparse.ArgumentParser:
            parser = original()
            sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
            add_report_parser(sub)
            return parser

        monkeypatch.setattr(cli, "build_parser", build)
        monkeypatch.setitem(cli.COMMANDS, "report", run_report)

    def invoke(*argv: object) -> tuple[int, str, str]:
        code = cli.main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli-report") / "demo.coopdb"
    create_database(path, populate=lambda e: populate_demo(e, today=dt.date(2026, 3, 15)))
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_annual_report_in_two_languages(run, db, tmp_path):
    out = tmp_path / "rapport.pdf"
    before = _digest(db)
    code, stdout, err = run("report", "annual", "--db", db, "--year", 2025, "--lang", "fr",
                            "--lang", "de", "-o", out)
    assert (code, err) == (0, "")
    assert str(out) in stdout
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "L'année en bref" in text and "Das Jahr im Überblick" in text
    assert _digest(db) == before


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("project", "--project", "JEU-DE-01", "--lang", "de", "--lang", "ar",
          "--layout", "sequential"), "Projektblatt"),
        (("budget", "--lang", "es"), "Estado presupuestario"),
        (("exchanges", "--lang", "it"), "Registro degli scambi"),
    ],
)
def test_other_kinds(run, db, tmp_path, args, expected):
    out = tmp_path / "r.pdf"
    code, _out, err = run("report", args[0], "--db", db, "--year", 2025, *args[1:], "-o", out)
    assert (code, err) == (0, "")
    assert expected in "\n".join(p.extract_text() for p in PdfReader(out).pages)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("annual", "--lang", "xx"), "Unknown report language “xx”"),
        (("annual", "--lang", "fr", "--lang", "de", "--lang", "es"), "one or two"),
        (("project", "--lang", "fr"), "--project"),
        (("project", "--lang", "fr", "--project", "NOPE"), "No project has the code “NOPE”"),
    ],
)
def test_refusals_are_one_line_and_write_nothing(run, db, tmp_path, args, words):
    out = tmp_path / "r.pdf"
    code, stdout, err = run("report", args[0], "--db", db, "--year", 2025, *args[1:], "-o", out)
    assert code == 1 and err.count("\n") == 1 and words in err, err
    assert "Traceback" not in err and stdout == ""
    assert list(tmp_path.iterdir()) == []


def test_refusal_in_french(run, db, tmp_path, monkeypatch):
    monkeypatch.setenv("COOPDESK_LANG", "fr")
    code, _out, err = run("report", "annual", "--db", db, "--year", 2025, "--lang", "zz",
                          "-o", tmp_path / "r.pdf")
    assert code == 1 and "Langue de rapport inconnue « zz »" in err


def test_unwritable_output(run, db, tmp_path):
    target = tmp_path / "no" / "such" / "folder" / "r.pdf"
    code, _out, err = run("report", "exchanges", "--db", db, "--year", 2025, "--lang", "fr",
                          "-o", target)
    assert code == 1 and err.count("\n") == 1 and "cannot be written" in err


def test_missing_database(run, tmp_path):
    code, _out, err = run("report", "annual", "--db", tmp_path / "none.coopdb", "--year", 2025,
                          "--lang", "fr", "-o", tmp_path / "r.pdf")
    assert code == 1 and "does not exist" in err
    assert not (tmp_path / "r.pdf").exists()


def test_bad_layout_is_a_usage_error(run, db, tmp_path):
    with pytest.raises(SystemExit) as exit_info:
        run("report", "annual", "--db", db, "--year", 2025, "--lang", "fr",
            "--layout", "diagonal", "-o", tmp_path / "r.pdf")
    assert exit_info.value.code == 2
