"""generate_report: requests checked first, translated refusals, the file written atomically."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from report_support import flat, fonts, pdf_text
from sqlalchemy.orm import Session

from coopdesk.i18n import set_language
from coopdesk.reports import REPORT_LANGUAGES, ReportError, ReportRequest, generate_report
from coopdesk.reports import generate as generate_module

YEAR = 2025


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize(
    ("kind", "langs", "code", "expected"),
    [
        ("annual", ("fr", "de"), None, "Das Jahr im Überblick"),
        ("project", ("es", "it"), "EAU-SN-01", "Ficha de proyecto"),
        ("budget", ("pt", "pl"), None, "Zestawienie budżetowe"),
        ("budget", ("ro",), "JEU-DE-01", "Situația bugetară 2025"),
        ("exchanges", ("en", "ar"), None, "Exchanges log"),
    ],
)
def test_every_kind(demo: Session, tmp_path: Path, kind, langs, code, expected) -> None:
    out = tmp_path / f"{kind}.pdf"
    steps: list[int] = []
    written = generate_report(demo, ReportRequest(kind, YEAR, langs, code),
                              out, progress=lambda percent, _message: steps.append(percent))
    assert written == out
    assert expected in flat(pdf_text(out))
    assert all(f["embedded"] and "DejaVuSans" in f["name"] for f in fonts(out))
    assert steps[0] < steps[-1] == 100
    assert _files(tmp_path) == [out.name]


def test_all_languages_load(demo: Session, tmp_path: Path) -> None:
    for code in REPORT_LANGUAGES:
        out = tmp_path / f"{code}.pdf"
        generate_report(demo, ReportRequest("budget", YEAR, (code,)), out)
        assert out.stat().st_size > 1000


@pytest.mark.parametrize(
    ("request_", "message"),
    [
        (ReportRequest("annual", YEAR, ("fr", "xx")), "Unknown report language “xx”"),
        (ReportRequest("annual", YEAR, ("fr", "de", "es")), "one or two report languages"),
        (ReportRequest("annual", YEAR, ()), "one or two report languages"),
        (ReportRequest("annual", YEAR, ("de", "de")), "“de” was given twice"),
        (ReportRequest("yearly", YEAR, ("fr",)), "Unknown kind of report “yearly”"),
        (ReportRequest("annual", YEAR, ("fr",), layout="diagonal"), "Unknown layout"),
        (ReportRequest("annual", 20250, ("fr",)), "Choose a year between"),
        (ReportRequest("project", YEAR, ("fr",)), "Choose the project by its code"),
        (ReportRequest("project", YEAR, ("fr",), "NOPE-99"), "No project has the code “NOPE-99”"),
        (ReportRequest("budget", YEAR, ("fr",), "NOPE-99"), "No project has the code “NOPE-99”"),
    ],
)
def test_bad_requests_are_refused_and_nothing_is_written(
    demo: Session, tmp_path: Path, request_: ReportRequest, message: str
) -> None:
    with pytest.raises(ReportError, match=message):
        generate_report(demo, request_, tmp_path / "out.pdf")
    assert _files(tmp_path) == []


def test_refusals_are_translated_in_the_interface_language(demo: Session, tmp_path) -> None:
    set_language("fr")
    with pytest.raises(ReportError, match="Aucun projet n'a le code « NOPE »"):
        generate_report(demo, ReportRequest("project", YEAR, ("de",), "NOPE"), tmp_path / "x")


def test_project_code_ignores_case(demo: Session, tmp_path: Path) -> None:
    out = tmp_path / "p.pdf"
    generate_report(demo, ReportRequest("project", YEAR, ("fr",), "eau-sn-01"), out)
    assert "EAU-SN-01" in pdf_text(out)


def test_unwritable_folder(demo: Session, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "out.pdf"
    with pytest.raises(ReportError, match="cannot be written to"):
        generate_report(demo, ReportRequest("annual", YEAR, ("fr",)), target)
    assert not target.parent.exists()


def test_a_folder_is_not_overwritten(demo: Session, tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="it is a folder"):
        generate_report(demo, ReportRequest("annual", YEAR, ("fr",)), tmp_path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_read_only_folder(demo: Session, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir(mode=0o500)
    with pytest.raises(ReportError, match="cannot be written to"):
        generate_report(demo, ReportRequest("annual", YEAR, ("fr",)), folder / "out.pdf")


def test_a_failure_leaves_nothing_half_written(
    demo: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"the previous report")

    def broken(data, catalogs, fmts, handle, *, layout):
        handle.write(b"%PDF-1.4 half")
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(generate_module, "build_annual", broken)
    with pytest.raises(RuntimeError, match="disk on fire"):
        generate_report(demo, ReportRequest("annual", YEAR, ("fr",)), out)
    assert _files(tmp_path) == ["report.pdf"]
    assert out.read_bytes() == b"the previous report"


def test_replaces_an_existing_report(demo: Session, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"old")
    generate_report(demo, ReportRequest("exchanges", YEAR, ("fr",)), out)
    assert out.read_bytes().startswith(b"%PDF")
    assert _files(tmp_path) == ["report.pdf"]


def test_issue_date_can_be_given(demo: Session, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    request = ReportRequest("exchanges", YEAR, ("de",), issued_on=dt.date(2026, 2, 1))
    generate_report(demo, request, out)
    assert "Erstellt am 1. Februar 2026" in flat(pdf_text(out))


def test_default_languages_come_from_the_settings(demo: Session) -> None:
    from coopdesk.reports.data import default_languages

    assert default_languages(demo) == ("fr",)
