"""Volunteer bundles: what a volunteer logged travels to the town hall and merges safely."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import stat
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coopdesk.exchange.bundle import MANIFEST, export_bundle
from coopdesk.exchange.bundle_apply import apply_bundle
from coopdesk.exchange.bundle_merge import plan_bundle
from coopdesk.exchange.bundle_read import read_bundle
from coopdesk.exchange.errors import FileRefusedError
from coopdesk.services.attachments import add_attachment
from coopdesk.services.exchanges import get_exchange, update_exchange
from coopdesk.services.organisations import OrganisationData, create_organisation
from coopdesk.services.participants import get_participants
from coopdesk.services.volunteer import VisitLogData, log_visit, update_visit
from coopdesk.store.backup import backup_database
from coopdesk.store.db import session_scope
from coopdesk.store.models import Attachment, Exchange, ExchangeDocument, Organisation

VOLUNTEER = "Awa Ndiaye"


@pytest.fixture
def offices(db_path, tmp_path, open_factory):
    """The town hall's database and a volunteer's copy of it, one partner in common."""
    hall = open_factory(db_path)
    with session_scope(hall) as session:
        keur = create_organisation(
            session, OrganisationData("Commune de Keur Madické", "local_authority", "SN")
        )
    laptop = tmp_path / "laptop.coopdb"
    backup_database(db_path, laptop)
    return hall, open_factory(laptop), keur


def _visit(factory, partner: str, day: int, *, photo: bytes | None = None, n: int = 3) -> str:
    with session_scope(factory) as session:
        photos = (add_attachment(session, "photo.jpg", photo),) if photo else ()
        data = VisitLogData(dt.date(2025, 5, day), partner, participant_count=n,
                            note="Visite", logged_by=VOLUNTEER, photos=photos)  # fmt: skip
        return log_visit(session, data)


def _import(factory, path: Path, decisions=None):
    bundle = read_bundle(path)
    with session_scope(factory) as session:
        plan = plan_bundle(session, bundle)
        result = apply_bundle(session, plan, decisions)
    return plan, result


def test_visits_travel_with_new_partners_and_photos(offices, tmp_path):
    hall, laptop, keur = offices
    with session_scope(laptop) as session:
        school = create_organisation(session, OrganisationData("École de Sakhor", "school", "SN"))
    first = _visit(laptop, keur, 3, photo=b"\xff\xd8jpeg bytes")
    second = _visit(laptop, school, 4)
    path = tmp_path / "awa.coopdesk"
    with session_scope(laptop) as session:
        summary = export_bundle(session, path, "awa ndiaye")  # same person, typed differently
    assert (summary.exchanges, summary.partners, summary.attachments) == (2, 2, 1)
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read(MANIFEST))
    assert manifest["format_version"] == 1 and manifest["volunteer"] == "awa ndiaye"
    files = [name for name in manifest["members"] if name.startswith("attachments/")]
    assert len(manifest["members"]) == 2 and "records.json" in manifest["members"]
    assert manifest["members"][files[0]]["size"] == len(b"\xff\xd8jpeg bytes")

    plan, result = _import(hall, path)
    assert (len(plan.additions), len(plan.updates), len(plan.conflicts)) == (2, 0, 0)
    assert (result.added, result.partners_added, result.attachments_added) == (2, 1, 1)
    with session_scope(hall) as session:
        visit = session.get(Exchange, first)
        assert visit is not None and visit.source == "bundle" and visit.logged_by == VOLUNTEER
        assert session.get(Organisation, school).kind == "school"
        assert get_participants(session, second).counts[0].count == 3
        photo = session.scalars(select(Attachment)).one()
        assert photo.data == b"\xff\xd8jpeg bytes"
        assert session.get(ExchangeDocument, (first, photo.id)) is not None

    # The same bundle twice changes nothing.
    with session_scope(hall) as session:
        before = session.scalar(select(func.count()).select_from(Exchange))
    plan, result = _import(hall, path)
    assert (plan.unchanged, result.added, result.updated) == (2, 0, 0)
    with session_scope(hall) as session:
        assert session.scalar(select(func.count()).select_from(Exchange)) == before


def test_only_what_is_new_and_edits_merge_by_time(offices, tmp_path):
    hall, laptop, keur = offices
    visit = _visit(laptop, keur, 3)
    with session_scope(laptop) as session:
        export_bundle(session, tmp_path / "one.coopdesk", VOLUNTEER)
    _import(hall, tmp_path / "one.coopdesk")
    with session_scope(laptop) as session:
        empty = export_bundle(session, tmp_path / "empty.coopdesk", VOLUNTEER)
    assert empty.exchanges == 0 and empty.since is not None

    with session_scope(laptop) as session:
        data = VisitLogData(dt.date(2025, 5, 3), keur, participant_count=5,
                            note="Forage réparé", logged_by=VOLUNTEER)  # fmt: skip
        update_visit(session, visit, data)
        two = export_bundle(session, tmp_path / "two.coopdesk", VOLUNTEER)
    assert two.exchanges == 1
    plan, result = _import(hall, tmp_path / "two.coopdesk")
    assert (len(plan.updates), len(plan.conflicts), result.updated) == (1, 0, 1)
    with session_scope(hall) as session:
        assert get_exchange(session, visit).outcomes == "Forage réparé"


def test_both_sides_changed_is_a_conflict_for_the_user(offices, tmp_path):
    hall, laptop, keur = offices
    visit = _visit(laptop, keur, 3)
    with session_scope(laptop) as session:
        export_bundle(session, tmp_path / "one.coopdesk", VOLUNTEER)
    _import(hall, tmp_path / "one.coopdesk")
    with session_scope(hall) as session:
        data = get_exchange(session, visit)
        update_exchange(session, visit, dataclasses.replace(data, purpose="Bilan"))
    with session_scope(laptop) as session:
        data = VisitLogData(dt.date(2025, 5, 3), keur, participant_count=3,
                            note="Autre note", logged_by=VOLUNTEER)  # fmt: skip
        update_visit(session, visit, data)
        export_bundle(session, tmp_path / "two.coopdesk", VOLUNTEER)

    plan, result = _import(hall, tmp_path / "two.coopdesk")
    assert [c.exchange_id for c in plan.conflicts] == [visit]
    assert {"purpose", "outcomes"} <= set(plan.conflicts[0].differences)
    assert result.conflicts_left == 1
    with session_scope(hall) as session:
        assert get_exchange(session, visit).purpose == "Bilan"  # left as it was

    plan, result = _import(hall, tmp_path / "two.coopdesk", {visit: "theirs"})
    assert result.updated == 1
    with session_scope(hall) as session:
        assert get_exchange(session, visit).outcomes == "Autre note"


def _tampered(tmp_path: Path, source: Path, change) -> Path:
    out = tmp_path / f"bad-{len(list(tmp_path.iterdir()))}.coopdesk"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(out, "w") as zout:
        items = {i.filename: zin.read(i) for i in zin.infolist()}
        for name, data in change(items).items():
            if isinstance(data, zipfile.ZipInfo):
                zout.writestr(data, b"target")
            else:
                zout.writestr(name, data)
    return out


def _manifest_edit(edit):
    def change(items):
        manifest = json.loads(items[MANIFEST])
        edit(manifest)
        return {**items, MANIFEST: json.dumps(manifest).encode()}

    return change


def _symlink(items):
    info = zipfile.ZipInfo("attachments/link")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return {**items, "attachments/link": info}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_manifest_edit(lambda m: m.update(format_version=2)), "newer version"),
        (lambda items: {**items, "records.json": items["records.json"] + b" "}, "damaged or"),
        (lambda items: {**items, "../evil.txt": b"x"}, "path leaves the bundle"),
        (lambda items: {**items, "/etc/evil": b"x"}, "path leaves the bundle"),
        (lambda items: {**items, "attachments/..\\evil": b"x"}, "path leaves the bundle"),
        (_symlink, "path leaves the bundle"),
        (lambda items: {**items, "extra.txt": b"x"}, "damaged or"),
        (_manifest_edit(lambda m: m.update(format="zip")), "not a CoopDesk volunteer bundle"),
    ],
)
def test_unsafe_or_altered_bundles_are_refused_whole(offices, tmp_path, change, message):
    hall, laptop, keur = offices
    _visit(laptop, keur, 3, photo=b"photo")
    good = tmp_path / "good.coopdesk"
    with session_scope(laptop) as session:
        export_bundle(session, good, VOLUNTEER)
    bad = _tampered(tmp_path, good, change)
    with pytest.raises(FileRefusedError, match=message):
        read_bundle(bad)
    with session_scope(hall) as session:
        assert session.scalar(select(func.count()).select_from(Exchange)) == 0


def test_an_altered_photo_is_refused(offices, tmp_path):
    hall, laptop, keur = offices
    _visit(laptop, keur, 3, photo=b"the real photo")
    good = tmp_path / "good.coopdesk"
    with session_scope(laptop) as session:
        export_bundle(session, good, VOLUNTEER)

    def swap(items):
        name = next(n for n in items if n.startswith("attachments/"))
        return {**items, name: b"another photo"}

    with pytest.raises(FileRefusedError, match="damaged or was altered"):
        read_bundle(_tampered(tmp_path, good, swap))


def test_cancelling_an_import_leaves_the_town_hall_unchanged(offices, tmp_path):
    from coopdesk.exchange.errors import CancelledError

    hall, laptop, keur = offices
    _visit(laptop, keur, 3)
    _visit(laptop, keur, 4)
    path = tmp_path / "awa.coopdesk"
    with session_scope(laptop) as session:
        export_bundle(session, path, VOLUNTEER)
    bundle = read_bundle(path)
    with pytest.raises(CancelledError), session_scope(hall) as session:
        apply_bundle(session, plan_bundle(session, bundle), progress=lambda done, total: False)
    with session_scope(hall) as session:
        assert session.scalar(select(func.count()).select_from(Exchange)) == 0
