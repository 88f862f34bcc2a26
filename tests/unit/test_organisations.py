from __future__ import annotations

import pytest
from sqlalchemy import select

from coopdesk.services.errors import InUseError, ValidationError
from coopdesk.services.organisations import (
    OrganisationData,
    create_organisation,
    delete_organisation,
    get_organisation,
    list_organisations,
    update_organisation,
)
from coopdesk.store.db import session_scope
from coopdesk.store.models import AuditEntry, Contact, Organisation

GOOD = OrganisationData(name="Commune de Ndiaganiao", kind="local_authority", country="SN",
                        languages=("fr", "wo"), email="mairie@example.sn")


def test_create_list_update_delete(session_factory):
    with session_scope(session_factory) as s:
        org_id = create_organisation(s, GOOD)
    with session_scope(session_factory) as s:
        rows = list_organisations(s)
        assert [r.name for r in rows] == ["Commune de Ndiaganiao"]
        assert rows[0].languages == ("fr", "wo")
        update_organisation(s, org_id, OrganisationData(**{**GOOD.__dict__, "city": "Mbour"}))
    with session_scope(session_factory) as s:
        assert get_organisation(s, org_id).city == "Mbour"
        delete_organisation(s, org_id)
    with session_scope(session_factory) as s:
        assert list_organisations(s) == []
        actions = [a.action for a in s.scalars(select(AuditEntry).order_by(AuditEntry.seq))]
        assert actions == ["created", "updated", "deleted"]


def test_validation_lists_every_bad_field_and_writes_nothing(session_factory):
    bad = OrganisationData(name="  ", kind="nonsense", country="XX", languages=("zz-bad",),
                           email="not-an-email", website="no web")
    with pytest.raises(ValidationError) as info, session_scope(session_factory) as s:
        create_organisation(s, bad)
    fields = {e.field for e in info.value.errors}
    assert fields == {"name", "kind", "country", "languages", "email", "website"}
    with session_scope(session_factory) as s:
        assert s.scalars(select(Organisation)).all() == []
        assert s.scalars(select(AuditEntry)).all() == []


def test_delete_refused_while_contacts_refer(session_factory):
    with session_scope(session_factory) as s:
        org_id = create_organisation(s, GOOD)
        s.add(Contact(organisation_id=org_id, last_name="Diop"))
    with pytest.raises(InUseError) as info, session_scope(session_factory) as s:
        delete_organisation(s, org_id)
    assert info.value.references == {"contacts": 1}
    assert "1 contact" in info.value.message
    with session_scope(session_factory) as s:
        assert s.get(Organisation, org_id) is not None
