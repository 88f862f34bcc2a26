"""The project sheet, budget statement and exchanges log show the right figures."""

from __future__ import annotations

import io

import pytest
from report_support import flat, pdf_text
from sqlalchemy.orm import Session

from coopdesk.i18n.formatting import Formatter
from coopdesk.reports.budget_statement import build_budget_statement
from coopdesk.reports.catalogs import report_catalog
from coopdesk.reports.data import (
    budget_data,
    exchanges_data,
    find_project,
    project_data,
)
from coopdesk.reports.exchanges_log import build_exchanges_log
from coopdesk.reports.project_sheet import build_project_sheet
from coopdesk.services.budget_summary import commune_summary, project_summary
from coopdesk.services.participants import year_statistics

YEAR = 2025


def _args(langs: tuple[str, ...]) -> tuple[list, list]:
    return [report_catalog(c) for c in langs], [Formatter(c) for c in langs]


def _pdf(builder, data, langs: tuple[str, ...], layout: str = "side-by-side") -> str:
    out = io.BytesIO()
    builder(data, *_args(langs), out, layout=layout)
    return flat(pdf_text(out.getvalue()))


@pytest.fixture
def water(demo: Session) -> str:
    found = find_project(demo, "EAU-SN-01")
    assert found is not None
    return found


def test_project_sheet_sections(demo: Session, water: str) -> None:
    text = _pdf(build_project_sheet, project_data(demo, water, YEAR), ("fr", "de"))
    for heading in ("Fiche projet", "Projektblatt", "Présentation", "Überblick",
                    "Partenaires et rôles", "Partner und Rollen", "Indicateurs", "Indikatoren",
                    "Risques", "Risiken", "Évaluation", "Evaluierung",
                    "Lignes budgétaires 2025", "Haushaltsposten 2025"):
        assert heading in text, heading
    budget = project_summary(demo, water)
    assert flat(Formatter("fr").money(budget.planned)) in text
    assert flat(Formatter("de").money(budget.planned)) in text


def test_project_sheet_sequential_in_arabic_first(demo: Session, water: str) -> None:
    text = _pdf(build_project_sheet, project_data(demo, water, YEAR), ("ar", "fr"), "sequential")
    assert "بطاقة المشروع" in text
    assert text.index("العربية") < text.index("Français")


def test_commune_budget_statement(demo: Session) -> None:
    text = _pdf(build_budget_statement, budget_data(demo, YEAR), ("it", "en"))
    summary = commune_summary(demo, year=YEAR)
    assert "Rendiconto di bilancio 2025" in text and "Budget statement 2025" in text
    for amount in (summary.planned, summary.committed, summary.spent, summary.funding_received):
        assert flat(Formatter("it").money(amount)) in text
        assert flat(Formatter("en").money(amount)) in text


def test_project_budget_statement(demo: Session, water: str) -> None:
    text = _pdf(build_budget_statement, budget_data(demo, YEAR, water), ("es",))
    year = next(y for y in project_summary(demo, water).years if y.year == YEAR)
    assert "Partidas presupuestarias" in text
    for amount in (year.planned, year.spent, year.funding_committed):
        assert flat(Formatter("es").money(amount)) in text


def test_budget_statement_of_an_empty_year(demo: Session) -> None:
    data = budget_data(demo, 1990)
    assert data.empty
    text = _pdf(build_budget_statement, data, ("fr", "pl"))
    assert "Aucun budget n'a été enregistré pour 1990." in text
    assert "Na rok 1990 nie zarejestrowano budżetu." in text


def test_exchanges_log_counts_every_participant(demo: Session) -> None:
    data = exchanges_data(demo, YEAR)
    stats = year_statistics(demo, YEAR)
    assert data.exchanges and stats.total
    assert sum(b.total for b in data.breakdown.values()) == stats.total
    text = _pdf(build_exchanges_log, data, ("pt", "ro"))
    assert "Registro de intercâmbios" in text and "Registrul schimburilor" in text
    assert flat(Formatter("pt").decimal(stats.total)) in text
    for row in data.exchanges[:5]:
        assert flat(row.title)[:20] in text


def test_exchanges_log_of_an_empty_year(demo: Session) -> None:
    text = _pdf(build_exchanges_log, exchanges_data(demo, 1950), ("de",))
    assert "Für 1950 wurde keine Begegnung erfasst." in text
