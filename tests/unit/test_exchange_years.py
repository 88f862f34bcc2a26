"""The years offered by the exchanges list's year filter."""

from __future__ import annotations

import datetime as dt

from coopdesk.services.exchange_years import exchange_years
from coopdesk.services.exchanges import ExchangeData, create_exchange
from coopdesk.services.organisations import OrganisationData, create_organisation
from coopdesk.store.db import session_scope


def test_years_from_first_start_to_last_end(session_factory) -> None:
    with session_scope(session_factory) as s:
        assert exchange_years(s) == []
        org = create_organisation(
            s, OrganisationData(name="Commune de Dioffior", kind="local_authority", country="SN")
        )
        spans = ((dt.date(2021, 5, 1), None), (dt.date(2023, 12, 28), dt.date(2024, 1, 3)))
        for start, end in spans:
            data = ExchangeData(
                kind="official_delegation",
                direction="outgoing",
                title="Délégation",
                start_date=start,
                end_date=end,
                partner_ids=(org,),
            )
            create_exchange(s, data)
        assert exchange_years(s) == [2024, 2023, 2022, 2021]
