"""User text prints exactly as typed (never as markup) and a missing translation is marked."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from report_support import flat, pdf_text
from sqlalchemy.orm import Session

from coopdesk.i18n.formatting import Formatter
from coopdesk.reports import ReportRequest, generate_report
from coopdesk.reports.catalogs import report_catalog
from coopdesk.reports.data import project_data
from coopdesk.reports.project_sheet import build_project_sheet
from coopdesk.services.exchanges import ExchangeData, create_exchange
from coopdesk.services.organisations import OrganisationData, create_organisation
from coopdesk.services.partnerships import PartnershipData, create_partnership
from coopdesk.services.project_parts import link_partnership, set_organisation_roles
from coopdesk.services.projects import ProjectData, create_project
from coopdesk.store.db import session_scope

PARTNER = "R&D <Lab>"
AGREEMENT = "Pacte <b>R&D</b> & <img src='/etc/passwd'/> co"
TITLE_FR = "Projet a <b & c> d"
EXCHANGE = "Visite <font size=40>grande</font> & <a href='x'>lien</a>"


@pytest.fixture
def seeded(session_factory) -> str:
    with session_scope(session_factory) as session:
        org = create_organisation(session, OrganisationData(PARTNER, "association", "FR"))
        pact = create_partnership(session, PartnershipData(
            org, "friendship_pact", {"fr": AGREEMENT}, signed_on=dt.date(2020, 5, 4)))
        project = create_project(session, ProjectData(
            code="ESC-1", title={"fr": TITLE_FR, "ar": "مشروع تجريبي"},
            summary={"fr": "Résumé <i>non</i> interprété", "de": "Zusammenfassung"},
            planned_start=dt.date(2024, 1, 1), planned_end=dt.date(2026, 12, 31)))
        set_organisation_roles(session, project, org, [4])
        link_partnership(session, project, pact)
        create_exchange(session, ExchangeData(
            "official_delegation", "incoming", EXCHANGE, dt.date(2025, 6, 2),
            partner_ids=(org,), project_id=project))
        return project


def _sheet(session: Session, project_id: str, langs: tuple[str, ...]) -> str:
    out = io.BytesIO()
    data = project_data(session, project_id, 2025)
    build_project_sheet(data, [report_catalog(c) for c in langs], [Formatter(c) for c in langs],
                        out)
    return flat(pdf_text(out.getvalue()))


def test_markup_in_user_text_prints_as_typed(session_factory, seeded: str) -> None:
    with session_factory() as session:
        text = _sheet(session, seeded, ("fr", "de"))
    for typed in (PARTNER, AGREEMENT, TITLE_FR, EXCHANGE, "Résumé <i>non</i> interprété"):
        assert flat(typed) in text, typed


def test_annual_report_escapes_too(session_factory, seeded: str, tmp_path) -> None:
    out = tmp_path / "annual.pdf"
    with session_factory() as session:
        generate_report(session, ReportRequest("annual", 2025, ("fr",)), out)
    text = flat(pdf_text(out))
    assert PARTNER in text
    assert flat(EXCHANGE) in text


def test_missing_translation_shows_the_french_text_marked(session_factory, seeded: str) -> None:
    with session_factory() as session:
        text = _sheet(session, seeded, ("fr", "de"))
    # The title has no German: the German column says so and shows the French text.
    assert "[fr → de: Übersetzung fehlt]" in text
    assert text.count(TITLE_FR) >= 2
    # The summary has a German text: no marker needed for it.
    assert "Zusammenfassung" in text


def test_arabic_user_text_is_used_when_typed(session_factory, seeded: str) -> None:
    with session_factory() as session:
        text = _sheet(session, seeded, ("fr", "ar"))
    assert "مشروع تجريبي" in text
    # The summary has no Arabic: marked, with the French text.
    assert "[fr → ar: الترجمة غير متوفرة]" in text or "الترجمة غير متوفرة" in text
