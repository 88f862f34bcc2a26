"""Retention: participants of old exchanges are listed, then anonymised in one call."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from coopdesk.services.check import check_database
from coopdesk.services.errors import ValidationError
from coopdesk.services.exchanges import ExchangeData, create_exchange
from coopdesk.services.organisations import OrganisationData, create_organisation
from coopdesk.services.participants import PersonData, set_participants, year_statistics
from coopdesk.services.retention import (
    DEFAULT_RETENTION_YEARS,
    anonymise_due,
    retention_due,
    retention_limit,
    retention_summary,
    retention_years,
    set_retention_years,
)
from coopdesk.store.db import session_scope
from coopdesk.store.models import AppSetting, Participant

TODAY = dt.date(2026, 5, 8)


@pytest.fixture
def exchanges(session_factory):
    """Exchanges that ended 7 years, 5 years and a day, 4 years ago, and last month."""
    ends = {"old": dt.date(2019, 4, 20), "edge": dt.date(2021, 5, 7),
            "kept": dt.date(2022, 6, 1), "recent": dt.date(2026, 4, 10)}
    ids = {}
    with session_scope(session_factory) as s:
        org = create_organisation(
            s, OrganisationData(name="Gemeinde Lauterbach", kind="local_authority", country="DE")
        )
        for key, end in ends.items():
            ids[key] = create_exchange(
                s, ExchangeData(kind="official_delegation", direction="outgoing",
                                title=f"Délégation {key}", start_date=end - dt.timedelta(days=3),
                                end_date=end, partner_ids=(org,)))
            set_participants(s, ids[key], [
                PersonData(last_name=f"Becker-{key}", first_name="Jonas", sex="male",
                           age_group="26-64"),
                PersonData(last_name=f"Schmitt-{key}", first_name="Lena", sex="female",
                           age_group="18-25"),
            ], [])
    return ids


def test_retention_setting(session_factory):
    with session_scope(session_factory) as s:
        assert retention_years(s) == DEFAULT_RETENTION_YEARS == 5
        set_retention_years(s, 3)
        assert retention_years(s) == 3
        with pytest.raises(ValidationError):
            set_retention_years(s, 0)
        s.get(AppSetting, "privacy.retention_years").value = {"value": "ten"}
        assert retention_years(s) == 5  # a damaged setting falls back to the default


def test_retention_limit_on_29_february():
    assert retention_limit(dt.date(2028, 2, 29), 5) == dt.date(2023, 2, 28)
    assert retention_limit(TODAY, 5) == dt.date(2021, 5, 8)


def test_due_lists_named_participants_of_old_exchanges(session_factory, exchanges):
    with session_scope(session_factory) as s:
        due = retention_due(s, TODAY)
        assert [(r.last_name, r.exchange_id) for r in due] == [
            ("Becker-old", exchanges["old"]), ("Schmitt-old", exchanges["old"]),
            ("Becker-edge", exchanges["edge"]), ("Schmitt-edge", exchanges["edge"]),
        ]
        assert due[0].exchange_end == dt.date(2019, 4, 20)
        summary = retention_summary(due, 5)  # plural forms come from the catalog
        assert summary.startswith("4 participant") and "more than 5 year" in summary
        set_retention_years(s, 3)
        assert len(retention_due(s, TODAY)) == 6


def test_anonymise_due_in_one_call(session_factory, exchanges, db_path):
    with session_scope(session_factory) as s:
        before = [year_statistics(s, y) for y in (2019, 2021, 2022)]
        result = anonymise_due(s, TODAY)
    assert result.anonymised == 4
    with session_scope(session_factory) as s:
        assert retention_due(s, TODAY) == []
        assert retention_summary([], 5).startswith("No participant is kept longer than 5 year")
        assert [year_statistics(s, y) for y in (2019, 2021, 2022)] == before
        names = {p.last_name for p in s.scalars(select(Participant))}
        assert names == {"", "Becker-kept", "Schmitt-kept", "Becker-recent", "Schmitt-recent"}
        assert anonymise_due(s, TODAY).anonymised == 0
    assert check_database(db_path).healthy
