"""Warn when a database lives in a cloud-synced folder or on a network share."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PurePath, PureWindowsPath

from coopdesk.i18n import translate


class StorageRisk(StrEnum):
    """Why a folder is a risky place for a database file."""

    CLOUD_SYNC = "cloud_sync"
    NETWORK_SHARE = "network_share"


@dataclass(frozen=True)
class StorageWarning:
    """A risk found for a path: what, which service or file system, and a message."""

    risk: StorageRisk
    # The sync service ("OneDrive", "Dropbox"...) or the file system type ("nfs4", "cifs").
    provider: str
    # The folder that revealed it (sync root, marker's folder, mount point, share).
    where: str
    message: str


# Folder names (case-insensitive; "prefix*" matches the start) used by sync clients.
_SYNC_FOLDERS: tuple[tuple[str, str], ...] = (
    ("onedrive*", "OneDrive"),
    ("dropbox*", "Dropbox"),
    ("google drive*", "Google Drive"),
    ("googledrive*", "Google Drive"),
    ("my drive", "Google Drive"),
    ("mon drive", "Google Drive"),
    ("nextcloud*", "Nextcloud"),
    ("owncloud*", "ownCloud"),
    ("icloud drive*", "iCloud"),
    ("iclouddrive*", "iCloud"),
    ("mobile documents", "iCloud"),
    ("com~apple~clouddocs", "iCloud"),
    ("seafile*", "Seafile"),
    ("pcloud drive", "pCloud"),
    ("pclouddrive", "pCloud"),
    ("box", "Box"),
    ("box sync", "Box"),
    ("box drive", "Box"),
    ("mega", "MEGA"),
    ("megasync", "MEGA"),
    ("mega downloads", "MEGA"),
)

# Files or folders that sync clients keep at the root of a synced folder.
_SYNC_MARKERS: tuple[tuple[str, str], ...] = (
    (".dropbox", "Dropbox"),
    (".dropbox.cache", "Dropbox"),
    (".nextcloudsync.log", "Nextcloud"),
    (".owncloudsync.log", "ownCloud"),
    (".sync", "Resilio Sync"),
    (".debris", "MEGA"),
    (".tmp.drivedownload", "Google Drive"),
    (".tmp.driveupload", "Google Drive"),
    (".pcloud", "pCloud"),
    (".seafile-data", "Seafile"),
)

# Environment variables Windows sets to the OneDrive folders.
_ONEDRIVE_VARS = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")

NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "sshfs", "fuse.sshfs", "afs",
        "ncpfs", "9p", "ceph", "fuse.ceph", "glusterfs", "fuse.glusterfs", "davfs",
        "fuse.davfs2", "webdav", "fuse.rclone", "fuse.s3fs", "lustre", "gpfs", "ocfs2",
        "fuse.gvfsd-fuse", "coda", "fuse.cloudfuse",
    }
)


def _matches(name: str, pattern: str) -> bool:
    name = name.casefold()
    if pattern.endswith("*"):
        return name.startswith(pattern[:-1])
    return name == pattern


def _ancestors(path: PurePath) -> Iterator[PurePath]:
    yield path
    yield from path.parents


def _sync_by_name(path: PurePath) -> tuple[str, str] | None:
    for folder in _ancestors(path):
        for pattern, provider in _SYNC_FOLDERS:
            if folder.name and _matches(folder.name, pattern):
                return provider, str(folder)
    return None


def _sync_by_environment(path: Path, env: Mapping[str, str]) -> tuple[str, str] | None:
    for var in _ONEDRIVE_VARS:
        root = env.get(var, "")
        if root and _is_within(path, Path(root)):
            return "OneDrive", root
    return None


def _is_within(path: PurePath, root: PurePath) -> bool:
    try:
        path.relative_to(root)
    except ValueError:
        return False
    return True


def _onedrive_desktop_ini(folder: Path) -> bool:
    try:
        text = (folder / "desktop.ini").read_bytes()[:4096]
    except OSError:
        return False
    decoded = text.decode("utf-16", "ignore") if text[:2] in (b"\xff\xfe", b"\xfe\xff") else ""
    return "onedrive" in (decoded or text.decode("latin-1")).casefold()


def _sync_by_marker(path: Path) -> tuple[str, str] | None:
    for folder in _ancestors(path):
        folder = Path(folder)
        for marker, provider in _SYNC_MARKERS:
            if (folder / marker).exists():
                return provider, str(folder)
        if _onedrive_desktop_ini(folder):
            return "OneDrive", str(folder)
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        if any(n.startswith(("._sync_", ".sync_")) and n.endswith(".db") for n in names):
            return "Nextcloud / ownCloud", str(folder)
    return None


def _unescape_mount(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes.
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def read_mounts() -> str:
    """The mount table of this computer ("" where there is none to read)."""
    for name in ("/proc/self/mounts", "/proc/mounts"):
        try:
            return Path(name).read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
    return ""


def _mount_of(path: PurePath, mounts: str) -> tuple[str, str] | None:
    """(file system type, mount point) of the longest mount point holding ``path``."""
    best: tuple[str, str] | None = None
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point, fstype = _unescape_mount(parts[1]), parts[2]
        if _is_within(path, PurePath(point)) and (best is None or len(point) > len(best[1])):
            best = (fstype, point)
    return best


def _unc_share(path_text: str) -> str | None:
    text = path_text.replace("/", "\\") if sys.platform == "win32" else path_text
    if text.upper().startswith("\\\\?\\UNC\\"):
        text = "\\\\" + text[8:]
    elif text.startswith(("\\\\?\\", "\\\\.\\")):
        return None
    if not text.startswith("\\\\"):
        return None
    parts = PureWindowsPath(text).parts
    return parts[0].rstrip("\\") if parts else text


def _windows_remote_drive(path: Path) -> str | None:  # pragma: no cover - Windows only
    import ctypes

    drive = path.drive
    if not drive:
        return None
    kind = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")  # type: ignore[attr-defined]
    return drive if kind == 4 else None  # DRIVE_REMOTE


def _message(risk: StorageRisk, provider: str, where: str) -> str:
    if risk is StorageRisk.CLOUD_SYNC:
        text = translate(
            "Storage",
            "This database is in a folder synchronised by {provider} ({where}). Sync tools "
            "copy a database while it is being written and create conflicted copies, which "
            "loses changes or damages the file. Keep the database in a local folder and "
            "use CoopDesk's backups to copy it to the cloud.",
        )
    else:
        text = translate(
            "Storage",
            "This database is on a network share ({where}, {provider}). File locking over "
            "the network is unreliable: two computers can write at once and damage the "
            "file, and a dropped connection can cut a write in half. Keep the database on "
            "this computer and copy backups to the share.",
        )
    return text.format(provider=provider, where=where)


def check_storage_location(
    path: Path | str,
    *,
    mounts: str | None = None,
    env: Mapping[str, str] | None = None,
    look_for_markers: bool = True,
) -> StorageWarning | None:
    """The risk of keeping a database at ``path``, or None for an ordinary local folder.

    Args:
        path: the database file (it need not exist yet).
        mounts: the mount table in ``/proc/mounts`` format (read from the system if None).
        env: environment variables (``os.environ`` if None), for the OneDrive folders.
        look_for_markers: also look for sync clients' marker files in the parent folders.
    """
    text = str(path)
    share = _unc_share(text)
    if share is not None:
        return _warning(StorageRisk.NETWORK_SHARE, "SMB", share)
    resolved = Path(text).resolve()
    found = _sync_by_environment(resolved, os.environ if env is None else env)
    found = found or _sync_by_name(resolved.parent)
    if found is None and look_for_markers:
        found = _sync_by_marker(resolved.parent)
    if found is not None:
        return _warning(StorageRisk.CLOUD_SYNC, *found)
    if sys.platform == "win32":  # pragma: no cover - Windows only
        drive = _windows_remote_drive(resolved)
        return _warning(StorageRisk.NETWORK_SHARE, "SMB", drive) if drive else None
    mount = _mount_of(resolved, read_mounts() if mounts is None else mounts)
    if mount is not None and mount[0].casefold() in NETWORK_FILESYSTEMS:
        return _warning(StorageRisk.NETWORK_SHARE, mount[0], mount[1])
    return None


def _warning(risk: StorageRisk, provider: str, where: str) -> StorageWarning:
    return StorageWarning(risk, provider, where, _message(risk, provider, where))
