"""The annual report: both languages, amounts to the cent, numbering, fonts, metadata."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from report_support import STANDARD_14, flat, fonts, pdf_text, reader
from sqlalchemy.orm import Session

from coopdesk.i18n.formatting import Formatter
from coopdesk.reports.annual import build_annual
from coopdesk.reports.catalogs import report_catalog
from coopdesk.reports.data import AnnualData, annual_data
from coopdesk.reports.text import strip_controls
from coopdesk.services.budget_summary import commune_summary

YEAR = 2025


def _build(data: AnnualData, langs: tuple[str, ...], layout: str = "side-by-side") -> bytes:
    out = io.BytesIO()
    build_annual(data, [report_catalog(c) for c in langs], [Formatter(c) for c in langs], out,
                 layout=layout)
    return out.getvalue()


@pytest.fixture(scope="module")
def data(demo_factory) -> AnnualData:
    with demo_factory() as session:
        return annual_data(session, YEAR)


@pytest.fixture(scope="module")
def fr_de(data: AnnualData) -> bytes:
    return _build(data, ("fr", "de"))


@pytest.fixture(scope="module")
def fr_ar(data: AnnualData) -> bytes:
    return _build(data, ("fr", "ar"))


def test_both_languages_headings(fr_de: bytes) -> None:
    text = flat(pdf_text(fr_de))
    for heading in ("L'année en bref", "Das Jahr im Überblick", "État budgétaire",
                    "Haushaltsübersicht", "Perspectives pour 2026", "Ausblick auf 2026",
                    "Sommaire", "Inhalt", "Rapport annuel au conseil municipal — 2025",
                    "Jahresbericht an den Gemeinderat — 2025"):
        assert heading in text


def test_arabic_is_shaped_and_present(fr_ar: bytes) -> None:
    text = flat(pdf_text(fr_ar))
    assert "L'année en bref" in text
    # pypdf gives the joined (presentation) forms, NFKC folds them back to letters.
    assert "السنة في لمحة" in text
    assert "التقرير السنوي المقدَّم إلى المجلس البلدي — 2025" in text or "المجلس البلدي" in text


@pytest.mark.parametrize("langs", [("fr", "de"), ("fr", "ar"), ("en", "es")])
def test_budget_totals_to_the_cent(demo: Session, data: AnnualData, langs) -> None:
    pdf = _build(data, langs)
    text = flat(pdf_text(pdf))
    summary = commune_summary(demo, year=YEAR)
    assert summary.planned.minor > 0
    for code in langs:
        fmt = Formatter(code)
        for amount in (summary.planned, summary.spent, summary.committed,
                       summary.funding_committed):
            shown = flat(strip_controls(fmt.money(amount)))
            if code == "ar":  # drawn right to left: "€ 121,200.00"
                shown = shown.replace("€", "").strip()
            assert shown in text, (code, shown)


def test_money_is_formatted_for_each_language(demo: Session, fr_de: bytes) -> None:
    planned = commune_summary(demo, year=YEAR).planned
    text = flat(pdf_text(fr_de))
    assert flat(Formatter("fr").money(planned)) in text  # 121 200,00 €
    assert flat(Formatter("de").money(planned)) in text  # 121.200,00 €


def test_page_x_of_y_in_both_languages(fr_de: bytes) -> None:
    pages = len(reader(fr_de).pages)
    text = flat(pdf_text(fr_de))
    assert f"Page 2 sur {pages}" in text
    assert f"Seite 2 von {pages}" in text
    assert f"2 / {pages}" in text
    assert f"{pages} / {pages}" in text


def test_arabic_page_numbers(fr_ar: bytes) -> None:
    pages = len(reader(fr_ar).pages)
    text = flat(pdf_text(fr_ar)).replace(" ", "")
    # "الصفحة 2 من 13", drawn right to left (pypdf's extraction order varies).
    assert "الصفحة" in text
    assert f"من{pages}" in text or f"{pages}من" in text


@pytest.mark.parametrize("fixture", ["fr_de", "fr_ar"])
def test_every_font_is_embedded(request, fixture: str) -> None:
    found = fonts(request.getfixturevalue(fixture))
    assert found
    for font in found:
        assert font["embedded"], font
        assert font["subtype"] == "/TrueType", font
        assert font["name"].split("+")[-1] not in STANDARD_14, font
        assert "DejaVuSans" in font["name"], font


def test_metadata(fr_de: bytes) -> None:
    pdf = reader(fr_de)
    meta = pdf.metadata
    assert meta is not None
    assert meta.title == "Coopération décentralisée et jumelages / " \
        "Dezentrale Zusammenarbeit und Städtepartnerschaften"
    assert meta.author == "Sainte-Aurèle-sur-Loire"
    assert "2025" in (meta.subject or "")
    assert pdf.trailer["/Root"]["/Lang"] == "fr"
    assert pdf.outline  # bookmarks for every section


def test_same_data_same_bytes(data: AnnualData, fr_de: bytes) -> None:
    assert _build(data, ("fr", "de")) == fr_de


def test_sequential_layout_has_each_language_in_turn(data: AnnualData) -> None:
    text = flat(pdf_text(_build(data, ("de", "pl"), "sequential")))
    assert text.index("Deutsch") < text.index("Polski")
    assert text.rindex("Das Jahr im Überblick") < text.rindex("Rok w skrócie")
    assert "Strona 3 z" in text


def test_missing_translation_is_marked(fr_de: bytes) -> None:
    text = flat(pdf_text(fr_de))
    # Demo titles are in French (and Wolof or Portuguese), rarely in German.
    assert "[fr → de: Übersetzung fehlt]" in text


def test_signature_block(fr_de: bytes) -> None:
    text = flat(pdf_text(fr_de))
    assert "Hélène Garnier" in text
    assert "Maire de Sainte-Aurèle-sur-Loire" in text
    assert "Fait à Sainte-Aurèle-sur-Loire, le" in text


def test_a_year_with_no_data_says_so(demo: Session) -> None:
    data = annual_data(demo, 1950)
    assert data.empty
    text = flat(pdf_text(_build(data, ("fr", "de"))))
    assert "Rien n'a été enregistré pour 1950" in text
    assert "Für 1950 wurde nichts erfasst" in text


def test_issue_date_comes_from_the_data(demo: Session) -> None:
    data = annual_data(demo, YEAR, today=dt.date(2026, 1, 31))
    text = flat(pdf_text(_build(data, ("fr",))))
    assert "Établi le 31 janvier 2026" in text
    assert data.header.as_of == dt.date(2025, 12, 31)


def test_single_language(data: AnnualData, tmp_path: Path) -> None:
    out = tmp_path / "fr.pdf"
    build_annual(data, [report_catalog("fr")], [Formatter("fr")], out)
    text = flat(pdf_text(out))
    assert "L'année en bref" in text and "Das Jahr" not in text
