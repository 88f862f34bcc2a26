from __future__ import annotations

import datetime as dt

import pytest
from budget_support import eur, project, source, tx

from coopdesk.domain.money import Money
from coopdesk.services.errors import InUseError, NotFoundError, ValidationError
from coopdesk.services.funding import (
    FundingSourceData,
    create_funding_source,
    delete_funding_source,
    funding_source_choices,
    get_funding_source,
    list_funding_sources,
    update_funding_source,
    validate_funding_source,
)
from coopdesk.services.organisations import OrganisationData, create_organisation
from coopdesk.store.db import session_scope
from coopdesk.store.models import FundingSource


@pytest.fixture
def ids(session_factory):
    with session_scope(session_factory) as s:
        pid = project(s)
        org = create_organisation(
            s,
            OrganisationData(
                name="Agence de l'eau Loire-Bretagne", kind="state_agency", country="FR"
            ),
        )
    return pid, org


def test_round_trip_and_order(session_factory, ids):
    pid, org = ids
    data = FundingSourceData(
        year=2025,
        kind="water_agency",
        committed=eur("40000"),
        received=eur("20000"),
        organisation_id=org,
        committed_on=dt.date(2025, 3, 1),
        received_on=dt.date(2025, 9, 1),
        cap_basis_points=8000,
    )
    with session_scope(session_factory) as s:
        water = create_funding_source(s, pid, data)
        own = source(s, pid, "10000", year=2025, kind="own_budget", label="Budget annexe")
        partner = source(
            s,
            pid,
            "655957",
            year=2025,
            kind="partner_contribution",
            currency="XOF",
            label="Commune de Ndiaganiao",
        )
        first = source(s, pid, "1", year=2024, kind="eu")
    with session_scope(session_factory) as s:
        rows = list_funding_sources(s, pid)
        assert [r.id for r in rows] == [first, own, water, partner]
        assert rows[2].organisation_name == "Agence de l'eau Loire-Bretagne"
        assert rows[2].committed == eur("40000") and rows[2].received == eur("20000")
        assert rows[2].cap_basis_points == 8000 and rows[2].transaction_count == 0
        assert rows[3].committed == Money(655_957, "XOF")
        assert get_funding_source(s, water) == data
        assert funding_source_choices(s, pid, year=2025) == [
            (own, "2025 – Own budget – Budget annexe"),
            (water, "2025 – Water agency (1 % water) – Agence de l'eau Loire-Bretagne"),
            (partner, "2025 – Partner contribution – Commune de Ndiaganiao"),
        ]
        changed = FundingSourceData(2025, "region", eur("1"), eur("2"), label=" Région ")
        update_funding_source(s, water, changed)
    with session_scope(session_factory) as s:
        assert get_funding_source(s, water) == FundingSourceData(
            2025, "region", eur("1"), eur("2"), label="Région"
        )


def test_validation_lists_every_field(session_factory, ids):
    pid, _org = ids
    bad = FundingSourceData(
        year=3000,
        kind="lottery",
        committed=Money(-1, "EUR"),
        received=Money(1, "XOF"),
        label="x" * 201,
        cap_basis_points=10_001,
    )
    with pytest.raises(ValidationError) as info:
        validate_funding_source(bad)
    assert {e.field: e.message for e in info.value.errors} == {
        "year": "Enter a year between 1990 and 2100.",
        "kind": "Choose a value from the list.",
        "label": "At most 200 characters.",
        "committed": "The amount cannot be negative.",
        "received": "The received amount must be in the currency of the committed one.",
        "cap_basis_points": "The cap must be more than 0 % and at most 100 %.",
    }
    for cap in (0, -5, True):
        with pytest.raises(ValidationError):
            validate_funding_source(
                FundingSourceData(2024, "eu", eur("1"), eur("0"), cap_basis_points=cap)
            )
    with pytest.raises(ValidationError) as info:
        validate_funding_source(FundingSourceData(2024, "eu", Money(1, "BRL"), Money(0, "BRL")))
    assert info.value.for_field("currency") is not None
    with pytest.raises(ValidationError) as info:
        validate_funding_source(FundingSourceData(2024, "eu", eur("1"), eur("2000000000")))
    assert list(info.value.errors)[0].field == "received"
    with session_scope(session_factory) as s:
        with pytest.raises(ValidationError) as info:
            create_funding_source(
                s, pid, FundingSourceData(2024, "eu", eur("1"), eur("0"), organisation_id="x")
            )
        assert info.value.for_field("organisation_id") == "Choose a partner from the list."
        with pytest.raises(NotFoundError) as info:
            delete_funding_source(s, "nope")
        assert info.value.message == "This funding source no longer exists."
    # Received above committed is allowed (a warning of the budget summary).
    validate_funding_source(FundingSourceData(2024, "eu", eur("1"), eur("2")))


def test_delete_refused_while_transactions_refer(session_factory, ids):
    pid, org = ids
    with session_scope(session_factory) as s:
        used = create_funding_source(
            s,
            pid,
            FundingSourceData(2024, "water_agency", eur("10"), eur("10"), organisation_id=org),
        )
        free = source(s, pid)
        tx(s, pid, "10", kind="income", source_id=used)
    with session_scope(session_factory) as s:
        with pytest.raises(InUseError) as info:
            delete_funding_source(s, used)
        assert info.value.message == (
            "Agence de l'eau Loire-Bretagne cannot be deleted: it is still referred to by "
            "1 transaction."
        )
        data = get_funding_source(s, free)
        assert delete_funding_source(s, free) == pid
    with session_scope(session_factory) as s:
        assert s.get(FundingSource, free) is None
        create_funding_source(s, pid, data, source_id=free)
    with session_scope(session_factory) as s:
        assert get_funding_source(s, free) == data
