from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from coopdesk.domain.enums import Frequency, IndicatorDirection, IndicatorKind
from coopdesk.services import codelists
from coopdesk.services.computed_indicators import is_computed_key
from coopdesk.services.disaggregation import DIMENSIONS
from coopdesk.services.errors import NotFoundError, ValidationError
from coopdesk.services.indicator_library import (
    LIBRARY,
    create_from_library,
    library,
    library_data,
    library_entry,
)
from coopdesk.services.indicators import get_indicator, validate_indicator
from coopdesk.services.projects import ProjectData, create_project
from coopdesk.store.db import session_scope

REQUIRED = {
    "water_access", "jobs_created", "local_income", "election_turnout", "cultural_exchanges",
    "girls_enrolment", "waste_collected", "waste_recycled", "officials_trained",
}


@pytest.fixture
def project_id(session_factory) -> str:
    with session_scope(session_factory) as s:
        return create_project(s, ProjectData(code="SN-EAU", title={"fr": "Forages"}))


def test_entries_are_complete_in_french_and_english():
    keys = [e.key for e in LIBRARY]
    assert len(keys) == len(set(keys)) >= 15
    assert REQUIRED <= set(keys)
    assert len({e.code for e in LIBRARY}) == len(LIBRARY)
    for e in LIBRARY:
        for texts in (e.name, e.definition, e.unit, e.data_source):
            assert set(texts) == {"fr", "en"}
        assert e.name["fr"] and e.name["en"] and e.definition["fr"] and e.definition["en"]
        assert e.kind in {k.value for k in IndicatorKind}
        assert e.direction in {d.value for d in IndicatorDirection}
        assert e.frequency in {f.value for f in Frequency}
        assert set(e.disaggregations) <= set(DIMENSIONS)
        assert codelists.is_theme(e.theme)
        assert (e.rating_scale_max is not None) == (e.kind == IndicatorKind.QUALITATIVE)
        assert not e.computed_source or is_computed_key(e.computed_source)
        assert len(e.code) <= 30


def test_library_is_sorted_by_name_in_the_language():
    english = [e.text(e.name, "en") for e in library("en")]
    assert english == sorted(english, key=str.casefold)
    assert library("fr")[0].text(library("fr")[0].name, "fr").startswith("Arbres")
    assert library_entry("jobs_created") is not None
    assert library_entry("nope") is None


def test_every_entry_is_a_valid_indicator(session_factory, project_id):
    with session_scope(session_factory) as s:
        for entry in LIBRARY:
            data = library_data(s, project_id, entry.key, language="en")
            validate_indicator(data)
            create_from_library(s, project_id, entry.key)


def test_create_with_baseline_and_target(session_factory, project_id):
    with session_scope(session_factory) as s:
        first = create_from_library(
            s, project_id, "water_access", baseline_value="3,200",
            baseline_date=dt.date(2024, 1, 1), target_value=Decimal(11500),
            target_date=dt.date(2026, 12, 31), language="en",
        )
        second = create_from_library(s, project_id, "water_access", language="fr")
        data, again = get_indicator(s, first), get_indicator(s, second)
    assert data.code == "EAU-POP" and again.code == "EAU-POP-2"
    assert data.name == {"fr": "Population ayant accès à l'eau potable",
                         "en": "Population with access to safe drinking water"}
    assert (data.unit, again.unit) == ("people", "personnes")
    assert data.disaggregations == ("sex", "place")
    assert (data.baseline_value, data.target_value) == (Decimal(3200), Decimal(11500))


def test_refusals(session_factory, project_id):
    with session_scope(session_factory) as s:
        with pytest.raises(NotFoundError, match="This indicator is not in the library."):
            create_from_library(s, project_id, "nope")
        with pytest.raises(NotFoundError, match="This project no longer exists."):
            create_from_library(s, "nope", "jobs_created")
        with pytest.raises(ValidationError) as info:
            create_from_library(s, project_id, "water_breakdowns", baseline_value=Decimal(10),
                                baseline_date=dt.date(2024, 1, 1), target_value=Decimal(30),
                                target_date=dt.date(2025, 1, 1))
        assert info.value.for_field("target_value") == (
            "When lower is better, the target must be below the baseline."
        )
