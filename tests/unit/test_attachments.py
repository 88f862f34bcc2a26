from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat
import sys

import pytest
from sqlalchemy import select

from coopdesk.services import attachments
from coopdesk.services.attachments import (
    MAX_ATTACHMENT_BYTES,
    add_attachment,
    add_attachment_from_path,
    attach_to_partnership,
    detach_from_partnership,
    list_partnership_documents,
    read_attachment,
    save_attachment_to,
)
from coopdesk.services.errors import NotFoundError, ValidationError
from coopdesk.services.organisations import OrganisationData, create_organisation
from coopdesk.services.partnerships import PartnershipData, create_partnership
from coopdesk.store.db import session_scope
from coopdesk.store.models import Attachment, AuditEntry, PartnershipDocument

PDF = b"%PDF-1.4 charte de jumelage"


def _partnership(session) -> str:
    org_id = create_organisation(
        session, OrganisationData(name="Stadt Bad Kissingen", kind="local_authority", country="DE")
    )
    return create_partnership(
        session,
        PartnershipData(organisation_id=org_id, kind="twinning_charter", title={"fr": "Charte"}),
    )


def test_add_read_and_dedup(session_factory):
    with session_scope(session_factory) as s:
        first = add_attachment(s, "C:\\Scans\\charte.pdf", PDF)
        again = add_attachment(s, "copie.pdf", PDF, "application/pdf")
        other = add_attachment(s, "notes.txt", b"notes")
        unknown = add_attachment(s, "blob.zzunknown", b"\x00\x01")
        typed = add_attachment(s, "scan", b"jpeg", " image/jpeg ")
    assert again == first and other != first
    with session_scope(session_factory) as s:
        stored = {a.id: a for a in s.scalars(select(Attachment))}
        assert len(stored) == 4
        pdf = stored[first]
        assert (pdf.filename, pdf.mime_type) == ("charte.pdf", "application/pdf")
        assert pdf.size == len(PDF)
        assert pdf.sha256 == hashlib.sha256(PDF).hexdigest()
        assert stored[other].mime_type == "text/plain"
        assert stored[unknown].mime_type == "application/octet-stream"
        assert stored[typed].mime_type == "image/jpeg"
        assert read_attachment(s, first) == PDF
        created = s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "attachment")
        ).all()
        assert [e.action for e in created] == ["created"] * 4
        assert all("data" not in e.changes for e in created)


@pytest.mark.parametrize(
    ("name", "size", "field", "message"),
    [
        ("empty.pdf", 0, "file", "This file is empty."),
        ("big.bin", MAX_ATTACHMENT_BYTES + 1, "file",
         "This file is too large: the limit is 50 MB."),
        ("  ", 1, "filename", "This field is required."),
        ("x" * 256, 1, "filename", "At most 255 characters."),
    ],
)
def test_refused_content_writes_nothing(session_factory, name, size, field, message):
    with pytest.raises(ValidationError) as info, session_scope(session_factory) as s:
        add_attachment(s, name, b"x" * size)
    assert info.value.for_field(field) == message
    with session_scope(session_factory) as s:
        assert s.scalars(select(Attachment)).all() == []
        assert s.scalars(select(AuditEntry)).all() == []


def test_add_from_path(session_factory, tmp_path, monkeypatch):
    path = tmp_path / "délibération.pdf"
    path.write_bytes(PDF)
    with session_scope(session_factory) as s:
        att_id = add_attachment_from_path(s, path)
        assert s.get(Attachment, att_id).filename == "délibération.pdf"
        with pytest.raises(ValidationError) as info:
            add_attachment_from_path(s, tmp_path / "missing.pdf")
        assert info.value.for_field("file").startswith("This file cannot be read: ")
        assert len(info.value.for_field("file")) > len("This file cannot be read: ")
        with pytest.raises(ValidationError) as info:
            add_attachment_from_path(s, tmp_path)
        assert info.value.for_field("file").startswith("This file cannot be read: ")
        (tmp_path / "empty.txt").write_bytes(b"")
        with pytest.raises(ValidationError) as info:
            add_attachment_from_path(s, tmp_path / "empty.txt")
        assert info.value.for_field("file") == "This file is empty."
        monkeypatch.setattr(attachments, "MAX_ATTACHMENT_BYTES", 4)
        with pytest.raises(ValidationError) as info:
            add_attachment_from_path(s, path)
        assert info.value.for_field("file").startswith("This file is too large")
        assert s.scalars(select(Attachment.id)).all() == [att_id]


def test_save_is_atomic_and_replaces(session_factory, tmp_path):
    with session_scope(session_factory) as s:
        att_id = add_attachment(s, "charte.pdf", PDF)
    out = tmp_path / "out"
    out.mkdir()
    dest = out / "charte.pdf"
    with session_scope(session_factory) as s:
        save_attachment_to(s, att_id, dest)
        assert dest.read_bytes() == PDF
        assert os.listdir(out) == ["charte.pdf"]
        dest.write_bytes(b"older version, longer than the new content" * 10)
        if sys.platform != "win32":
            dest.chmod(0o600)
        save_attachment_to(s, att_id, dest)
    assert dest.read_bytes() == PDF
    assert os.listdir(out) == ["charte.pdf"]
    if sys.platform != "win32":
        assert stat.S_IMODE(dest.stat().st_mode) == 0o600


def test_save_failure_leaves_nothing(session_factory, tmp_path):
    with session_scope(session_factory) as s:
        att_id = add_attachment(s, "charte.pdf", PDF)
        with pytest.raises(ValidationError) as info:
            save_attachment_to(s, att_id, tmp_path / "no" / "such" / "dir.pdf")
        assert info.value.for_field("dest").startswith("This file cannot be written: ")
        target = tmp_path / "a-folder"
        target.mkdir()
        with pytest.raises(ValidationError):
            save_attachment_to(s, att_id, target)
        assert os.listdir(target) == []
        with pytest.raises(NotFoundError) as nf:
            save_attachment_to(s, "nope", tmp_path / "x.pdf")
        assert nf.value.message == "This document no longer exists."
    assert not any(name.endswith(".tmp") for name in os.listdir(tmp_path))
    assert not (tmp_path / "x.pdf").exists()


def test_attach_list_detach(session_factory):
    with session_scope(session_factory) as s:
        pid = _partnership(s)
        charter = add_attachment(s, "Charte.pdf", PDF)
        annex = add_attachment(s, "annexe.odt", b"annex")
        attach_to_partnership(s, pid, charter)
        attach_to_partnership(s, pid, charter)
        attach_to_partnership(s, pid, annex)
    with session_scope(session_factory) as s:
        rows = list_partnership_documents(s, pid)
        assert [r.filename for r in rows] == ["annexe.odt", "Charte.pdf"]
        row = rows[1]
        assert (row.id, row.mime_type, row.size) == (charter, "application/pdf", len(PDF))
        assert row.sha256 == hashlib.sha256(PDF).hexdigest()
        assert isinstance(row.created_at, dt.datetime)
        detach_from_partnership(s, pid, charter)
        detach_from_partnership(s, pid, charter)
    with session_scope(session_factory) as s:
        assert [r.id for r in list_partnership_documents(s, pid)] == [annex]
        assert s.get(Attachment, charter) is not None
        assert s.scalars(select(PartnershipDocument)).all()[0].attachment_id == annex
        links = s.scalars(
            select(AuditEntry.action)
            .where(AuditEntry.entity == "partnership_document")
            .order_by(AuditEntry.seq)
        ).all()
        assert links == ["created", "created", "deleted"]
        assert list_partnership_documents(s, "nope") == []


def test_attach_to_missing_records(session_factory):
    with session_scope(session_factory) as s:
        pid = _partnership(s)
        att_id = add_attachment(s, "charte.pdf", PDF)
        with pytest.raises(NotFoundError) as info:
            attach_to_partnership(s, "nope", att_id)
        assert info.value.message == "This partnership no longer exists."
        with pytest.raises(NotFoundError) as info:
            attach_to_partnership(s, pid, "nope")
        assert info.value.message == "This document no longer exists."
        with pytest.raises(NotFoundError):
            read_attachment(s, "nope")
