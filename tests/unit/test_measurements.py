from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from coopdesk.i18n import set_language
from coopdesk.services.attachments import add_attachment
from coopdesk.services.disaggregation import dimension_label, disaggregation_gaps
from coopdesk.services.errors import NotFoundError, ValidationError
from coopdesk.services.indicators import IndicatorData, create_indicator
from coopdesk.services.measurement_evidence import (
    attach_evidence,
    detach_evidence,
    list_evidence,
)
from coopdesk.services.measurements import (
    MeasurementData,
    check_disaggregation,
    create_measurement,
    delete_measurement,
    get_measurement,
    list_measurements,
    update_measurement,
)
from coopdesk.services.projects import ProjectData, create_project
from coopdesk.store.db import session_scope
from coopdesk.store.models import Measurement

D = Decimal
Y2024 = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
GOOD = MeasurementData(
    *Y2024,
    value=D(218),
    disaggregated={"sex": {"female": D(120), "male": D(98)},
                   "place": {"Ndiaganiao": D(150), "Sessène": D(68)}},
    source="Recensement",
    note="Chiffre consolidé",
    recorded_by="Awa Sarr",
)


@pytest.fixture
def ids(session_factory) -> dict[str, str]:
    with session_scope(session_factory) as s:
        project = create_project(
            s,
            ProjectData(code="SN-EAU", title={"fr": "Forages"}, planned_start=dt.date(2024, 1, 1),
                        planned_end=dt.date(2026, 12, 31), actual_start=dt.date(2023, 10, 1)),
        )
        quant = create_indicator(
            s, project,
            IndicatorData(code="POP", name={"fr": "Population"}, baseline_value=D(100),
                          baseline_date=dt.date(2024, 1, 1), target_value=D(500),
                          target_date=dt.date(2026, 12, 31), disaggregations=("sex", "place")),
        )
        qual = create_indicator(
            s, project,
            IndicatorData(code="SAT", name={"fr": "Satisfaction"}, kind="qualitative",
                          rating_scale_max=4),
        )
        computed = create_indicator(
            s, project,
            IndicatorData(code="ECH", name={"fr": "Échanges"}, computed_source="exchanges_held"),
        )
    return {"project": project, "quant": quant, "qual": qual, "computed": computed}


def _errors(session_factory, indicator_id: str, data: MeasurementData) -> dict[str, str]:
    with session_scope(session_factory) as s, pytest.raises(ValidationError) as info:
        create_measurement(s, indicator_id, data)
    return {e.field: e.message for e in info.value.errors}


def test_create_read_update_delete_and_undo(session_factory, ids):
    with session_scope(session_factory) as s:
        saved = create_measurement(s, ids["quant"], GOOD)
        assert saved.gaps == ()
        assert get_measurement(s, saved.id) == GOOD
        stored = s.get(Measurement, saved.id)
        assert stored is not None
        assert stored.disaggregated == {"sex": {"female": "120", "male": "98"},
                                        "place": {"Ndiaganiao": "150", "Sessène": "68"}}
        changed = update_measurement(s, saved.id, replace(GOOD, value="230", note=" "))
        assert changed.id == saved.id
        assert [g.dimension for g in changed.gaps] == ["sex", "place"]
    with session_scope(session_factory) as s:
        assert get_measurement(s, saved.id).value == D(230)
        assert get_measurement(s, saved.id).note == ""
        indicator_id, data = delete_measurement(s, saved.id)
        assert indicator_id == ids["quant"]
        with pytest.raises(NotFoundError, match="This measurement no longer exists."):
            get_measurement(s, saved.id)
        create_measurement(s, indicator_id, data, measurement_id=saved.id)
        assert get_measurement(s, saved.id) == data


def test_breakdown_not_matching_the_total_is_saved_with_the_difference(session_factory, ids):
    data = replace(GOOD, disaggregated={"sex": {"female": "120", "male": "90"},
                                        "place": {"Ndiaganiao": "150", "Sessène": "70"}})
    with session_scope(session_factory) as s:
        saved = create_measurement(s, ids["quant"], data)
    sex, place = saved.gaps
    assert (sex.dimension, sex.total, sex.parts_sum, sex.difference) == ("sex", 218, 210, -8)
    assert sex.message == "The values by sex add up to 210 instead of 218 (difference: -8)."
    assert place.message == "The values by place add up to 220 instead of 218 (difference: +2)."
    assert check_disaggregation(data) == saved.gaps
    with session_scope(session_factory) as s:
        row = list_measurements(s, ids["quant"])[0]
        assert row.gaps == saved.gaps
    set_language("fr")
    gap = disaggregation_gaps(D("1234.5"), {"age_group": {"0-11": D(1000)}})[0]
    assert "1\u202f234,5" in gap.message and "-234,5" in gap.message


def test_live_check_ignores_unreadable_numbers():
    data = MeasurementData(*Y2024, value="10", disaggregated={"sex": {"female": "x", "male": "4"}})
    (gap,) = check_disaggregation(data)
    assert gap.parts_sum == 4
    assert check_disaggregation(replace(data, value="")) == ()


def test_period_rules(session_factory, ids):
    assert _errors(session_factory, ids["quant"], replace(GOOD, period_start=None,
                                                          period_end=None)) == {
        "period_start": "This field is required.", "period_end": "This field is required."
    }
    assert _errors(session_factory, ids["quant"], replace(GOOD, period_end=dt.date(2023, 12, 31))
                   ) == {"period_end": "The end of the period must be on or after its start."}
    outside = (
        "A measurement outside the project's dates cannot be recorded: the project runs from "
        "1 Oct 2023 to 31 Dec 2026."
    )
    # The actual start (October 2023) is before the planned one: both count.
    with session_scope(session_factory) as s:
        create_measurement(s, ids["quant"], replace(GOOD, period_start=dt.date(2023, 10, 1),
                                                    period_end=dt.date(2023, 12, 31)))
    assert _errors(session_factory, ids["quant"], replace(
        GOOD, period_start=dt.date(2023, 9, 1), period_end=dt.date(2023, 9, 30))) == {
        "period_start": outside}
    assert _errors(session_factory, ids["quant"], replace(
        GOOD, period_start=dt.date(2026, 7, 1), period_end=dt.date(2027, 6, 30))) == {
        "period_start": outside}
    with session_scope(session_factory) as s:
        create_measurement(s, ids["quant"], GOOD)
    assert _errors(session_factory, ids["quant"], GOOD) == {
        "period_start": "This period already has a measurement."
    }


def test_value_rules(session_factory, ids):
    assert _errors(session_factory, ids["quant"], replace(GOOD, value=None)) == {
        "value": "Enter the value."
    }
    assert _errors(session_factory, ids["quant"], replace(GOOD, value="deux cents")) == {
        "value": "Enter a number, for example 1,234.5."
    }
    assert _errors(
        session_factory, ids["quant"],
        replace(GOOD, disaggregated={"sex": {"female": "beaucoup"}, "age_group": {"0-11": "3"}}),
    ) == {
        "disaggregated.sex.female": "Enter a number, for example 1,234.5.",
        "disaggregated.age_group": "This indicator has no such breakdown.",
    }
    assert _errors(session_factory, ids["quant"],
                   replace(GOOD, disaggregated={"sex": {"women": "218"}})) == {
        "disaggregated.sex": "Choose a value from the list."
    }
    assert _errors(session_factory, ids["quant"], replace(GOOD, recorded_by="x" * 151)) == {
        "recorded_by": "At most 150 characters."
    }
    assert _errors(session_factory, ids["quant"], replace(GOOD, evidence_ids=("gone",))) == {
        "evidence_ids": "This document no longer exists."
    }
    assert _errors(session_factory, ids["computed"], GOOD) == {
        "value": "The values of a computed indicator come from the database and cannot be typed."
    }
    with session_scope(session_factory) as s, pytest.raises(NotFoundError):
        create_measurement(s, "nope", GOOD)
    # A rating means nothing on a quantitative indicator: it is not kept.
    with session_scope(session_factory) as s:
        saved = create_measurement(s, ids["quant"], replace(GOOD, rating=3))
        assert get_measurement(s, saved.id).rating is None
        assert list_measurements(s, ids["quant"])[0].value == D(218)


def test_qualitative_measurement(session_factory, ids):
    for rating in (None, 0, 5, True):
        assert _errors(session_factory, ids["qual"], MeasurementData(*Y2024, rating=rating)) == {
            "rating": "Choose a rating from 1 to 4."
        }
    with session_scope(session_factory) as s:
        saved = create_measurement(
            s, ids["qual"], MeasurementData(*Y2024, rating=3, value="99", narrative="Bon dialogue")
        )
        row = list_measurements(s, ids["qual"])[0]
        assert (row.value, row.rating, row.narrative, row.gaps) == (D(3), 3, "Bon dialogue", ())
        assert get_measurement(s, saved.id).value is None


def test_evidence(session_factory, ids):
    with session_scope(session_factory) as s:
        photo = add_attachment(s, "borne.jpg", b"\xff\xd8 photo")
        sheet = add_attachment(s, "Enquete.pdf", b"%PDF sheet")
        saved = create_measurement(s, ids["quant"], replace(GOOD, evidence_ids=(photo, photo)))
        assert get_measurement(s, saved.id).evidence_ids == (photo,)
        attach_evidence(s, saved.id, sheet)
        attach_evidence(s, saved.id, sheet)
        assert [r.filename for r in list_evidence(s, saved.id)] == ["borne.jpg", "Enquete.pdf"]
        assert list_measurements(s, ids["quant"])[0].evidence_count == 2
        detach_evidence(s, saved.id, photo)
        detach_evidence(s, saved.id, photo)
        assert [r.id for r in list_evidence(s, saved.id)] == [sheet]
        update_measurement(s, saved.id, replace(GOOD, evidence_ids=(photo,)))
        assert [r.id for r in list_evidence(s, saved.id)] == [photo]
        with pytest.raises(NotFoundError, match="This document no longer exists."):
            attach_evidence(s, saved.id, "gone")
        with pytest.raises(NotFoundError, match="This measurement no longer exists."):
            attach_evidence(s, "gone", photo)


def test_list_order_and_labels(session_factory, ids):
    with session_scope(session_factory) as s:
        for year in (2025, 2024, 2026):
            create_measurement(s, ids["quant"], replace(GOOD, period_start=dt.date(year, 1, 1),
                                                        period_end=dt.date(year, 6, 30)))
        rows = list_measurements(s, ids["quant"])
    assert [r.period_start.year for r in rows] == [2026, 2025, 2024]
    assert dimension_label("age_group") == "Age group"
    assert dimension_label("caste") == "caste"
