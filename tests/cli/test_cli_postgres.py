"""Every command against a PostgreSQL server (shared office mode): ``--db postgresql+psycopg://…``."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from coopdesk.cli import main
from coopdesk.store.migrate import head_revision

pytestmark = pytest.mark.postgresql


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_url(pg_server) -> str:
    url = pg_server.new_database(empty=True)
    assert main(["demo", "--db", url]) == 0
    return url


def test_init_check_and_refusals(pg_server, capsys):
    url = pg_server.new_database(empty=True)
    code, out, err = _run(capsys, "check", "--db", url)
    assert code == 0 and "upgraded" in out  # an empty database: nothing to check yet
    code, out, err = _run(capsys, "init", "--db", url)
    assert (code, err) == (0, "")
    code, out, err = _run(capsys, "init", "--db", url)
    assert code == 1 and "already holds CoopDesk data" in err and "\n" not in err.strip()
    code, out, err = _run(capsys, "check", "--db", url)
    assert code == 0, err
    assert f"healthy (schema {head_revision()})" in out


def test_unreachable_server_is_one_line(capsys):
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none"
    code, out, err = _run(capsys, "check", "--db", url)
    assert code == 1 and "cannot be reached" in err and err.count("\n") == 1
    assert "Traceback" not in err


def test_demo_check_and_reports(demo_url, tmp_path, capsys):
    code, out, err = _run(capsys, "check", "--db", demo_url)
    assert code == 0, err
    assert "healthy" in out and "money_transaction" in out
    pdf = tmp_path / "annual.pdf"
    code, out, err = _run(
        capsys, "report", "annual", "--db", demo_url, "--year", "2025", "--lang", "fr",
        "-o", str(pdf),
    )
    assert code == 0, err
    assert len(PdfReader(pdf).pages) >= 1
    code, out, err = _run(
        capsys, "export", "apd", "--db", demo_url, "--year", "2025", "-o", str(tmp_path / "a.xlsx")
    )
    assert code == 0, err
    code, out, err = _run(capsys, "export", "iati", "--db", demo_url, "-o", str(tmp_path / "i.xml"))
    assert code == 0, err
    assert "validated" in out


def test_export_then_import_into_another_server_database(demo_url, pg_server, tmp_path, capsys):
    sheet = tmp_path / "partners.csv"
    code, out, err = _run(
        capsys, "export", "csv", "--db", demo_url, "--table", "organisations", "-o", str(sheet)
    )
    assert code == 0, err
    target = pg_server.new_database()
    code, out, err = _run(capsys, "import", "csv", "--db", target, str(sheet), "--kind", "partners")
    assert code == 0, err
    assert " added" in out
    code, out, err = _run(capsys, "import", "csv", "--db", target, str(sheet), "--kind", "partners")
    assert code == 0 and "0 added, 0 updated" in out, err
    code, out, err = _run(capsys, "check", "--db", target)
    assert code == 0, err


def test_backup_points_to_pg_dump_and_privacy_works(demo_url, tmp_path, capsys):
    out_file = tmp_path / "copy.coopdb"
    code, out, err = _run(capsys, "backup", "--db", demo_url, "-o", str(out_file))
    assert code == 1 and "pg_dump" in err and not out_file.exists()
    code, out, err = _run(capsys, "privacy", "find", "--db", demo_url, "Diop")
    assert code == 0, err
    assert "participant" in out
