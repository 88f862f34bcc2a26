"""Our municipality's settings (a single row): read, validate, save, restore; its logo.

The backup folder is kept twice: on the municipality row (what the user typed) and as the
AppSetting ``backup.folder`` that the automatic backups read (``store.rotation``); saving
writes both, so the folder chosen in the settings is the one the backups really use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.i18n import SUPPORTED_UI_LANGUAGES, translate
from coopdesk.services.attachments import add_attachment
from coopdesk.services.currencies import currency
from coopdesk.services.errors import ValidationError
from coopdesk.services.validation import Checker
from coopdesk.store.models import (
    AppSetting,
    Exchange,
    Municipality,
    Organisation,
    Partnership,
    Project,
)
from coopdesk.store.rotation import FOLDER_KEY

# Commune codes of the French official geographic code: 5 digits (01001, 97411), or 2A/2B
# and 3 digits in Corsica (2A004 Ajaccio).
_INSEE = re.compile(r"^(?:\d{5}|2[AB]\d{3})$")
MAX_LOGO_BYTES = 5 * 1024 * 1024
# What the reports can print (reportlab reads PNG and JPEG): the files' first bytes.
_LOGO_SIGNATURES = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg"}
MAX_REPORT_LANGUAGES = 2


@dataclass(frozen=True)
class MunicipalityData:
    """What the settings hold (also the snapshot that undo restores)."""

    name: str
    address: str = ""
    postal_code: str = ""
    city: str = ""
    insee_code: str = ""
    logo_id: str | None = None
    default_currency: str = "EUR"
    ui_language: str = "fr"
    report_languages: tuple[str, ...] = ("fr",)
    backup_folder: str = ""


def is_insee_code(code: str) -> bool:
    """True for a commune code: 5 digits, or 2A/2B and 3 digits (Corsica)."""
    return bool(_INSEE.match(code))


def reporting_identifier(insee_code: str) -> str:
    """The IATI reporting-organisation identifier built from the code (``FR-INSEE-…``)."""
    return f"FR-INSEE-{insee_code}" if insee_code else ""


def clean(data: MunicipalityData) -> MunicipalityData:
    """Spaces trimmed, the INSEE and currency codes in capitals, languages deduplicated."""
    values = {f.name: getattr(data, f.name) for f in fields(data)}
    for key, value in values.items():
        if isinstance(value, str):
            values[key] = value.strip()
    values["address"] = "\n".join(line.strip() for line in data.address.strip().splitlines())
    values["insee_code"] = values["insee_code"].upper()
    values["default_currency"] = values["default_currency"].upper()
    languages = (code.strip() for code in data.report_languages)
    values["report_languages"] = tuple(dict.fromkeys(code for code in languages if code))
    return MunicipalityData(**values)


def validate_municipality(data: MunicipalityData) -> None:
    """Raise ValidationError listing every invalid field (``data`` already cleaned)."""
    check = Checker()
    check.required("name", data.name)
    check.max_length("name", data.name, 200)
    check.max_length("postal_code", data.postal_code, 20)
    check.max_length("city", data.city, 120)
    if data.insee_code and not is_insee_code(data.insee_code):
        check.add(
            "insee_code",
            translate(
                "Validation",
                "An INSEE code has 5 characters: 5 digits, or 2A or 2B and 3 digits in Corsica.",
            ),
        )
    found = currency(data.default_currency)
    if found is None or not found.active:
        check.add("default_currency", translate("Validation", "Choose a currency from the list."))
    check.choice("ui_language", data.ui_language, set(SUPPORTED_UI_LANGUAGES))
    if not 1 <= len(data.report_languages) <= MAX_REPORT_LANGUAGES:
        check.add(
            "report_languages",
            translate("Validation", "Choose one or two languages for the reports."),
        )
    check.languages("report_languages", data.report_languages)
    if data.backup_folder:
        folder = Path(data.backup_folder).expanduser()
        if not folder.is_absolute():
            message = translate(
                "Validation", "Give the full path of the backup folder, from the drive or the root."
            )
            check.add("backup_folder", message)
        elif folder.exists() and not folder.is_dir():
            message = translate("Validation", "This path is a file, not a folder.")
            check.add("backup_folder", message)
    check.raise_if_any()


def _row(session: Session) -> Municipality | None:
    return session.scalars(select(Municipality).order_by(Municipality.created_at).limit(1)).first()


def get_municipality(session: Session) -> MunicipalityData | None:
    """The settings, or None while the municipality has not been entered."""
    town = _row(session)
    if town is None:
        return None
    return MunicipalityData(
        name=town.name,
        address=town.address,
        postal_code=town.postal_code,
        city=town.city,
        insee_code=town.insee_code,
        logo_id=town.logo_id,
        default_currency=town.default_currency,
        ui_language=town.ui_language,
        report_languages=tuple(town.report_languages or ()),
        backup_folder=town.backup_folder,
    )


def is_configured(session: Session) -> bool:
    """True once the municipality has a name (the first-run assistant is then not shown)."""
    town = _row(session)
    return town is not None and bool(town.name.strip())


def is_blank(session: Session) -> bool:
    """True when the database holds no partner, partnership, project or exchange yet."""
    for model in (Organisation, Partnership, Project, Exchange):
        if session.scalar(select(model.id).limit(1)) is not None:
            return False
    return True


def logo_type(data: bytes) -> str | None:
    """The MIME type of a PNG or JPEG image, None for anything else."""
    return next((t for sig, t in _LOGO_SIGNATURES.items() if data.startswith(sig)), None)


def store_logo(session: Session, path: Path) -> str:
    """Keep an image file inside the database as the logo's attachment; its id.

    Raises:
        ValidationError: ("logo") unreadable, not a PNG or JPEG image, or too large.
    """
    check = Checker()
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_LOGO_BYTES + 1)
    except OSError as exc:
        message = translate("Validation", "The file cannot be read: {reason}")
        check.add("logo", message.format(reason=exc.strerror or exc))
        check.raise_if_any()
    mime = logo_type(data)
    if len(data) > MAX_LOGO_BYTES:
        message = translate("Validation", "The logo is too large: the limit is {limit} MB.")
        check.add("logo", message.format(limit=MAX_LOGO_BYTES // (1024 * 1024)))
    elif mime is None:
        check.add("logo", translate("Validation", "The logo must be a PNG or JPEG image."))
    check.raise_if_any()
    try:
        return add_attachment(session, path.name, data, mime)
    except ValidationError as exc:  # the attachment's own refusals, shown on the logo
        raise ValidationError([replace(e, field="logo") for e in exc.errors]) from exc


def _write_backup_setting(session: Session, folder: str) -> None:
    setting = session.get(AppSetting, FOLDER_KEY)
    if not folder:
        if setting is not None:
            session.delete(setting)
    elif setting is None:
        session.add(AppSetting(key=FOLDER_KEY, value={"value": folder}))
    elif setting.value.get("value") != folder:
        setting.value = {"value": folder}


def save_municipality(
    session: Session, data: MunicipalityData, *, logo_file: Path | None = None
) -> MunicipalityData:
    """Create or update the single municipality row (audited like every change).

    Args:
        session: the caller's session (it commits).
        data: the settings; ``logo_id`` is kept unless ``logo_file`` is given.
        logo_file: a new logo (PNG or JPEG) stored inside the database.

    Returns:
        What was saved (with the logo's attachment id).

    Raises:
        ValidationError: a field is invalid; nothing was written.
    """
    data = clean(data)
    validate_municipality(data)
    if logo_file is not None:
        data = replace(data, logo_id=store_logo(session, logo_file))
    town = _row(session)
    if town is None:
        town = Municipality(name=data.name)
        session.add(town)
    town.name = data.name
    town.address = data.address
    town.postal_code = data.postal_code
    town.city = data.city
    town.insee_code = data.insee_code
    town.logo_id = data.logo_id
    town.default_currency = data.default_currency
    town.ui_language = data.ui_language
    town.report_languages = list(data.report_languages)
    town.backup_folder = data.backup_folder
    _write_backup_setting(session, data.backup_folder)
    session.flush()
    return data


def restore_municipality(session: Session, previous: MunicipalityData | None) -> None:
    """Undo of a save: the previous settings again, or no municipality when there was none."""
    if previous is not None:
        save_municipality(session, previous)
        return
    town = _row(session)
    if town is not None:
        session.delete(town)
    _write_backup_setting(session, "")
    session.flush()
