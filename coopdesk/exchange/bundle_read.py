"""Read a volunteer bundle and verify it whole (format, paths, checksums) before any use."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coopdesk.exchange import limits
from coopdesk.exchange.bundle import ATTACHMENTS, BUNDLE_FORMAT, BUNDLE_VERSION, MANIFEST, RECORDS
from coopdesk.exchange.errors import FileRefusedError
from coopdesk.exchange.file_guard import (
    ZIP_MAGIC,
    check_zip,
    is_symlink,
    open_zip,
    refuse,
    unsafe_member_name,
)
from coopdesk.i18n import translate


@dataclass(frozen=True)
class Bundle:
    """A verified bundle: its manifest and records (attachments are read on demand)."""

    path: Path
    manifest: dict[str, Any]
    records: dict[str, Any]

    @property
    def volunteer(self) -> str:
        return str(self.manifest.get("volunteer", ""))

    @property
    def created_at(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.manifest["created_at"])

    @property
    def since(self) -> dt.datetime | None:
        since = self.manifest.get("since")
        return dt.datetime.fromisoformat(since) if since else None

    @property
    def source_key(self) -> str:
        source = self.manifest.get("source") or {}
        return f"{source.get('database_id', '')}/{self.volunteer}"

    def read_attachment(self, member: str, sha256: str) -> bytes:
        """An attachment's bytes, checked again against its hash (the file may have changed)."""
        try:
            with zipfile.ZipFile(self.path) as zf:
                data = zf.read(member)
        except (OSError, KeyError, zipfile.BadZipFile) as exc:
            raise _damaged(self.path) from exc
        if hashlib.sha256(data).hexdigest() != sha256:
            raise _damaged(self.path)
        return data


def _damaged(path: Path) -> FileRefusedError:
    message = translate(
        "Exchange", "The bundle {path} is damaged or was altered: nothing was imported."
    )
    return refuse(message, path=path)


def _sha256(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(1024 * 1024):
                digest.update(chunk)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise _damaged(path) from exc
    return digest.hexdigest()


def _check_members(zf: zipfile.ZipFile, path: Path) -> dict[str, zipfile.ZipInfo]:
    unsafe = translate(
        "Exchange",
        "The bundle {path} was refused: it holds a file whose path leaves the bundle ({name}).",
    )
    found: dict[str, zipfile.ZipInfo] = {}
    for info in zf.infolist():
        name = info.filename
        if unsafe_member_name(name) or is_symlink(info):
            raise refuse(unsafe, path=path, name=name)
        if info.is_dir():
            continue
        if name in found:
            raise _damaged(path)
        found[name] = info
    return found


def _load_json(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path, limit: int) -> Any:
    if info.file_size > limit:
        raise _damaged(path)
    try:
        return json.loads(zf.read(info).decode("utf-8"))
    except (ValueError, UnicodeDecodeError, zipfile.BadZipFile, OSError) as exc:
        raise _damaged(path) from exc


def _check_manifest(manifest: Any, path: Path) -> dict[str, Any]:
    if not isinstance(manifest, dict) or manifest.get("format") != BUNDLE_FORMAT:
        message = translate("Exchange", "The file {path} is not a CoopDesk volunteer bundle.")
        raise refuse(message, path=path)
    version = manifest.get("format_version")
    if not isinstance(version, int) or version > BUNDLE_VERSION:
        message = translate(
            "Exchange",
            "The bundle {path} was made by a newer version of CoopDesk: update CoopDesk first.",
        )
        raise refuse(message, path=path)
    try:
        dt.datetime.fromisoformat(manifest["created_at"])
        if manifest.get("since"):
            dt.datetime.fromisoformat(manifest["since"])
        members = manifest["members"]
        assert isinstance(members, dict)
        assert all(isinstance(m["sha256"], str) for m in members.values())
    except (KeyError, TypeError, ValueError, AssertionError) as exc:
        raise _damaged(path) from exc
    return manifest


def _check_records(records: Any, path: Path, present: set[str]) -> dict[str, Any]:
    try:
        assert isinstance(records, dict)
        for name in ("exchanges", "partners", "projects", "attachments"):
            assert isinstance(records[name], list)
            assert all(isinstance(item, dict) for item in records[name])
        for exchange in records["exchanges"]:
            assert isinstance(exchange["id"], str) and isinstance(exchange["fields"], dict)
            dt.datetime.fromisoformat(exchange["changed_at"])
            dt.datetime.fromisoformat(exchange["updated_at"])
        for attachment in records["attachments"]:
            member = attachment["member"]
            assert member.startswith(ATTACHMENTS) and member in present
            assert isinstance(attachment["sha256"], str)
    except (KeyError, TypeError, ValueError, AssertionError) as exc:
        raise _damaged(path) from exc
    return records


def read_bundle(path: Path) -> Bundle:
    """Open and verify a bundle whole; refuse it before anything is imported.

    Refused: not a zip or not a bundle, a newer format version, member paths that leave
    the bundle (absolute, ``..``, drive letters, symbolic links), members missing or not
    listed in the manifest, any checksum that does not match, sizes past the limits.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(4)
    except OSError as exc:
        message = translate("Exchange", "The file {path} cannot be read: {reason}")
        raise refuse(message, path=path, reason=exc.strerror or exc) from exc
    if size > limits.MAX_BUNDLE_FILE_BYTES or not head.startswith(ZIP_MAGIC):
        message = translate("Exchange", "The file {path} is not a CoopDesk volunteer bundle.")
        raise refuse(message, path=path)
    with open_zip(path) as zf:
        check_zip(
            zf,
            path,
            max_members=limits.MAX_BUNDLE_MEMBERS,
            max_member=limits.MAX_BUNDLE_TOTAL_BYTES,
            max_total=limits.MAX_BUNDLE_TOTAL_BYTES,
        )
        members = _check_members(zf, path)
        if MANIFEST not in members:
            message = translate("Exchange", "The file {path} is not a CoopDesk volunteer bundle.")
            raise refuse(message, path=path)
        manifest = _check_manifest(_load_json(zf, members[MANIFEST], path, limits.MB), path)
        listed = manifest["members"]
        if set(listed) != set(members) - {MANIFEST} or RECORDS not in listed:
            raise _damaged(path)
        for name, info in members.items():
            if name != MANIFEST and _sha256(zf, info, path) != listed[name]["sha256"]:
                raise _damaged(path)
        limit = limits.MAX_BUNDLE_RECORDS_BYTES
        records = _check_records(_load_json(zf, members[RECORDS], path, limit), path, set(members))
    if any(listed[a["member"]]["sha256"] != a["sha256"] for a in records["attachments"]):
        raise _damaged(path)
    return Bundle(path, manifest, records)
