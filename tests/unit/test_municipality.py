"""Municipality settings: validation, the single row, the logo, the backup folder, undo."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from coopdesk.exchange.iati_export import reporting_org
from coopdesk.services.errors import ValidationError
from coopdesk.services.municipality import (
    MunicipalityData,
    get_municipality,
    is_blank,
    is_configured,
    is_insee_code,
    reporting_identifier,
    restore_municipality,
    save_municipality,
)
from coopdesk.store.db import session_scope
from coopdesk.store.models import AppSetting, Attachment, AuditEntry, Municipality
from coopdesk.store.rotation import backup_folder

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
    b"\x00\x00\x00IEND\xaeB`\x82"
)
TOWN = MunicipalityData(
    name=" Ville de Dreux ",
    address="Hôtel de ville\n 2 place Métézeau ",
    postal_code="28100",
    city="Dreux",
    insee_code="28134",
    report_languages=("fr", "de"),
)


def _save(factory: sessionmaker[Session], data: MunicipalityData, **kw: object) -> MunicipalityData:
    with session_scope(factory) as s:
        return save_municipality(s, data, **kw)  # type: ignore[arg-type]


def _errors(factory: sessionmaker[Session], data: MunicipalityData) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        _save(factory, data)
    return {e.field: e.message for e in caught.value.errors}


@pytest.mark.parametrize(
    ("code", "valid"),
    [("28134", True), ("97411", True), ("2A004", True), ("2B033", True), ("2C004", False),
     ("2804", False), ("281345", False), ("ABCDE", False), ("", False)],
)
def test_insee_codes(code: str, valid: bool) -> None:
    assert is_insee_code(code) is valid


def test_a_new_database_is_not_configured_until_saved(session_factory) -> None:
    with session_scope(session_factory) as s:
        assert not is_configured(s)
        assert get_municipality(s) is None
        assert is_blank(s)
    saved = _save(session_factory, TOWN)
    assert saved.name == "Ville de Dreux"
    assert saved.address == "Hôtel de ville\n2 place Métézeau"
    with session_scope(session_factory) as s:
        assert is_configured(s)
        assert get_municipality(s) == saved
        # The IATI export builds the reporting organisation from the INSEE code.
        assert reporting_org(s).ref == "FR-INSEE-28134" == reporting_identifier("28134")


def test_saving_twice_keeps_a_single_row_and_is_audited(session_factory) -> None:
    _save(session_factory, TOWN)
    _save(session_factory, replace(TOWN, city="Dreux (Eure-et-Loir)", insee_code="2a004"))
    with session_scope(session_factory) as s:
        assert s.scalar(select(func.count()).select_from(Municipality)) == 1
        data = get_municipality(s)
        assert data is not None and data.insee_code == "2A004"  # capitals
        actions = s.execute(
            select(AuditEntry.action, AuditEntry.changes).where(
                AuditEntry.entity == "municipality"
            ).order_by(AuditEntry.seq)
        ).all()
    assert [a for a, _ in actions] == ["created", "updated"]
    assert "city" in actions[1][1]


def test_every_invalid_field_is_named(session_factory) -> None:
    errors = _errors(
        session_factory,
        replace(
            TOWN,
            name=" ",
            insee_code="2804",
            default_currency="EUX",
            ui_language="de",
            report_languages=("fr", "en", "de"),
            backup_folder="relative/folder",
        ),
    )
    assert set(errors) == {
        "name", "insee_code", "default_currency", "ui_language", "report_languages",
        "backup_folder",
    }
    assert "2A or 2B" in errors["insee_code"]
    assert _errors(session_factory, replace(TOWN, report_languages=()))["report_languages"]
    with session_scope(session_factory) as s:
        assert get_municipality(s) is None  # nothing written


def test_a_backup_folder_that_is_a_file_is_refused(session_factory, tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    assert "file" in _errors(session_factory, replace(TOWN, backup_folder=str(a_file)))[
        "backup_folder"
    ]


def test_the_backup_folder_is_the_one_the_backups_use(
    session_factory, db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "sauvegardes"
    _save(session_factory, replace(TOWN, backup_folder=str(folder)))
    assert backup_folder(db_path) == folder
    _save(session_factory, replace(TOWN, backup_folder=""))
    assert backup_folder(db_path) == db_path.parent / "test-backups"
    with session_scope(session_factory) as s:
        assert s.get(AppSetting, "backup.folder") is None


def test_the_logo_is_kept_inside_the_database(session_factory, tmp_path: Path) -> None:
    logo = tmp_path / "blason.png"
    logo.write_bytes(PNG)
    saved = _save(session_factory, TOWN, logo_file=logo)
    assert saved.logo_id is not None
    logo.unlink()  # the file is not needed any more
    with session_scope(session_factory) as s:
        stored = s.get(Attachment, saved.logo_id)
        assert stored is not None and stored.data == PNG and stored.mime_type == "image/png"
    kept = _save(session_factory, replace(saved, city="Dreux"))
    assert kept.logo_id == saved.logo_id  # no new file: the logo stays


def test_a_logo_that_is_not_an_image_is_refused(session_factory, tmp_path: Path) -> None:
    fake = tmp_path / "logo.png"
    fake.write_text("not an image")
    with pytest.raises(ValidationError) as caught:
        _save(session_factory, TOWN, logo_file=fake)
    assert "PNG or JPEG" in (caught.value.for_field("logo") or "")
    with pytest.raises(ValidationError) as missing:
        _save(session_factory, TOWN, logo_file=tmp_path / "absent.png")
    assert missing.value.for_field("logo")


def test_restore_undoes_a_save(session_factory, tmp_path: Path) -> None:
    first = _save(session_factory, replace(TOWN, backup_folder=str(tmp_path)))
    _save(session_factory, replace(first, name="Dreux", backup_folder=""))
    with session_scope(session_factory) as s:
        restore_municipality(s, first)
    with session_scope(session_factory) as s:
        assert get_municipality(s) == first
        setting = s.get(AppSetting, "backup.folder")
        assert setting is not None and setting.value == {"value": str(tmp_path)}
        restore_municipality(s, None)
    with session_scope(session_factory) as s:
        assert get_municipality(s) is None and not is_configured(s)
        assert s.get(AppSetting, "backup.folder") is None
