"""Every table model passes Qt's model tester; display, sort and id roles hold DTO values."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from coopdesk.i18n.formatting import Formatter
from coopdesk.services.attachments import AttachmentRow
from coopdesk.services.contacts import ContactRow
from coopdesk.services.organisations import OrganisationRow
from coopdesk.services.partnerships import PartnershipRow
from coopdesk.ui.models import (
    attachment_table_model as att,
)
from coopdesk.ui.models import (
    contact_table_model as con,
)
from coopdesk.ui.models import (
    organisation_table_model as org,
)
from coopdesk.ui.models import (
    partnership_table_model as par,
)
from coopdesk.ui.models.row_table_model import ID_ROLE, SORT_ROLE, RowFilterProxyModel, fold

DISPLAY = Qt.ItemDataRole.DisplayRole
WHEN = dt.datetime(2024, 5, 2, 10, 30)


def org_row(name: str, **kw: object) -> OrganisationRow:
    values: dict[str, object] = dict(
        id=f"id-{name}",
        name=name,
        short_name="",
        kind="local_authority",
        country="SN",
        city="Dioffior",
        languages=("fr", "wo"),
        email="",
        contact_count=2,
        partnership_count=1,
        updated_at=WHEN,
        search_text=name.casefold(),
    )
    values.update(kw)
    return OrganisationRow(**values)  # type: ignore[arg-type]


def test_organisation_model(qtmodeltester) -> None:
    model = org.OrganisationTableModel("fr")
    qtmodeltester.check(model)
    model.set_rows([org_row("Commune de Dioffior"), org_row("Stadt", kind="ngo", country="DE")])
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.columnCount() == 7
    first = [model.index(0, c).data(DISPLAY) for c in range(7)]
    assert first == [
        "Commune de Dioffior",
        "Local authority",
        "Sénégal",
        "Dioffior",
        "français, wolof",
        "2",
        "1",
    ]
    assert model.index(1, org.KIND).data(DISPLAY) == "NGO"
    assert model.index(1, org.COUNTRY).data(DISPLAY) == "Allemagne"
    assert model.index(0, org.CONTACTS).data(SORT_ROLE) == 2
    assert model.index(0, org.NAME).data(SORT_ROLE) == "commune de dioffior"
    assert model.index(0, org.NAME).data(ID_ROLE) == "id-Commune de Dioffior"
    assert model.index(0, org.CONTACTS).data(Qt.ItemDataRole.TextAlignmentRole) is not None
    assert model.headerData(org.COUNTRY, Qt.Orientation.Horizontal) == "Country"
    assert model.row_of_id("id-Stadt") == 1
    assert model.row_of_id("nope") is None


def test_contact_model(qtmodeltester) -> None:
    model = con.ContactTableModel(Formatter("fr"))
    row = ContactRow(
        id="c1",
        organisation_id="o1",
        organisation_name="Dioffior",
        first_name="Awa",
        last_name="Ndiaye",
        role="Maire",
        email="awa@example.sn",
        phone="",
        preferred_language="wo",
        consent_given=True,
        consent_date=dt.date(2024, 3, 1),
    )
    other = ContactRow(
        id="c2",
        organisation_id="o1",
        organisation_name="Dioffior",
        first_name="",
        last_name="Sarr",
        role="",
        email="",
        phone="+221 1234",
        preferred_language="",
        consent_given=False,
        consent_date=None,
    )
    model.set_rows([row, other])
    qtmodeltester.check(model)
    assert model.index(0, con.NAME).data(DISPLAY) == "Awa Ndiaye"
    assert model.index(1, con.NAME).data(DISPLAY) == "Sarr"
    assert model.index(0, con.LANGUAGE).data(DISPLAY) == "wolof"
    assert model.index(0, con.CONSENT).data(DISPLAY) == "Yes, on 01/03/2024"
    assert model.index(1, con.CONSENT).data(DISPLAY) == "No"


def test_partnership_model(qtmodeltester) -> None:
    model = par.PartnershipTableModel(Formatter("fr"))
    row = PartnershipRow(
        id="p1",
        organisation_id="o1",
        partner_name="Stadt Bad Waldsee",
        partner_country="DE",
        kind="twinning_charter",
        title={"fr": "Charte", "de": "Urkunde"},
        status="ended",
        signed_on=dt.date(1987, 6, 20),
        valid_until=None,
        deliberation_number="87-12",
        deliberation_date=dt.date(1987, 5, 2),
        document_count=3,
        project_count=0,
    )
    model.set_rows([row])
    qtmodeltester.check(model)
    shown = [model.index(0, c).data(DISPLAY) for c in range(model.columnCount())]
    assert shown == [
        "Charte",
        "Stadt Bad Waldsee",
        "Twinning charter",
        "Ended",
        "20/06/1987",
        "",
        "87-12 — 02/05/1987",
        "3",
    ]
    assert model.index(0, par.SIGNED_ON).data(SORT_ROLE) == "1987-06-20"
    assert model.index(0, par.VALID_UNTIL).data(SORT_ROLE) == ""
    assert model.index(0, par.DOCUMENTS).data(SORT_ROLE) == 3
    german = par.PartnershipTableModel(Formatter("de"))
    german.set_rows([row])
    assert german.index(0, par.TITLE).data(DISPLAY) == "Urkunde"


def test_attachment_model(qtmodeltester) -> None:
    model = att.AttachmentTableModel(Formatter("en"))
    rows = [
        AttachmentRow("a1", "charte.pdf", "application/pdf", 1_468_006, "x" * 64, WHEN),
        AttachmentRow("a2", "photo.jpg", "image/jpeg", 13_000, "y" * 64, WHEN),
        AttachmentRow("a3", "note.txt", "text/plain", 12, "z" * 64, WHEN),
    ]
    model.set_rows(rows)
    qtmodeltester.check(model)
    sizes = [model.index(r, att.SIZE).data(DISPLAY) for r in range(3)]
    assert sizes == ["1.4 MB", "13 KB", "12 bytes"]
    assert model.index(0, att.ADDED_ON).data(DISPLAY) == "02/05/2024"
    assert model.index(0, att.SIZE).data(SORT_ROLE) == 1_468_006


def test_proxy_sorts_by_raw_values_and_filters(qtmodeltester) -> None:
    model = org.OrganisationTableModel("en")
    model.set_rows(
        [
            org_row("École Senghor", contact_count=10),
            org_row("Commune", contact_count=9, country="FR"),
            org_row("Zinder", contact_count=1, kind="ngo"),
        ]
    )
    proxy = RowFilterProxyModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.sort(org.NAME)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["Commune", "École Senghor", "Zinder"]
    proxy.sort(org.CONTACTS, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["École Senghor", "Commune", "Zinder"]
    proxy.set_search_text("ecole")
    assert proxy.rowCount() == 1
    proxy.set_search_text("")
    proxy.set_filter("kind", lambda r: r.kind == "ngo")
    assert proxy.rowCount() == 1 and proxy.is_filtering()
    proxy.set_filter("kind", None)
    proxy.set_search_text("france")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Commune"]


def test_fold_ignores_case_and_accents() -> None:
    assert fold("Ndiaganiao ÉCOLE Sénégal") == "ndiaganiao ecole senegal"
