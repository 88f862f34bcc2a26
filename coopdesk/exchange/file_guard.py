"""Checks on files from outside before any parser opens them: size, zip bombs, XML entities."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

from coopdesk.exchange import limits
from coopdesk.exchange.errors import FileRefusedError
from coopdesk.i18n import translate

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_XML_TRAPS = tuple(
    marker.encode(encoding)
    for marker in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("utf-8", "utf-16-le", "utf-16-be")
)
_CHUNK = 1024 * 1024


def refuse(text: str, **values: object) -> FileRefusedError:
    """A FileRefusedError with ``text`` (already translated) filled with ``values``."""
    return FileRefusedError(text.format(**values))


def read_head(path: Path, size: int = 8) -> bytes:
    """The first bytes of a file; refuses a missing, unreadable, empty or too large one."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise refuse(translate("Exchange", "{path} is not a file."), path=path)
        with path.open("rb") as fh:
            head = fh.read(size)
    except FileNotFoundError as exc:
        raise refuse(translate("Exchange", "The file {path} does not exist."), path=path) from exc
    except OSError as exc:
        message = translate("Exchange", "The file {path} cannot be read: {reason}")
        raise refuse(message, path=path, reason=exc.strerror or exc) from exc
    if info.st_size > limits.MAX_INPUT_FILE_BYTES:
        message = translate("Exchange", "The file {path} is too large: the limit is {limit} MB.")
        raise refuse(message, path=path, limit=limits.MAX_INPUT_FILE_BYTES // limits.MB)
    if info.st_size == 0:
        raise refuse(translate("Exchange", "The file {path} is empty."), path=path)
    return head


def open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        message = translate(
            "Exchange", "The file {path} is damaged: it is not a readable zip file."
        )
        raise refuse(message, path=path) from exc


def unsafe_member_name(name: str) -> bool:
    """True for a member path that could leave the folder it is extracted to."""
    if not name or name.startswith("/") or "\\" in name or "\x00" in name:
        return True
    if len(name) > 1 and name[1] == ":":
        return True
    parts = name.split("/")
    return any(part in ("..", ".") for part in parts) or "" in parts[:-1]


def is_symlink(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


def check_zip(
    zf: zipfile.ZipFile,
    path: Path,
    *,
    max_members: int | None = None,
    max_member: int | None = None,
    max_total: int | None = None,
) -> None:
    """Refuse a zip whose members are too many, too large, or compressed suspiciously well.

    Python's zipfile never inflates a member past the size its header declares, so these
    checks on the declared sizes bound what any later reader can be made to inflate.
    """
    max_members = max_members or limits.MAX_XLSX_MEMBERS
    max_member = max_member or limits.MAX_XLSX_MEMBER_BYTES
    max_total = max_total or limits.MAX_XLSX_TOTAL_BYTES
    infos = zf.infolist()
    bomb = translate(
        "Exchange",
        "The file {path} was refused: it would expand to far more data than it holds "
        "(a possible zip bomb).",
    )
    if len(infos) > max_members:
        raise refuse(bomb, path=path)
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            message = translate("Exchange", "The file {path} is encrypted: remove its password.")
            raise refuse(message, path=path)
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > max_member or total > max_total:
            raise refuse(bomb, path=path)
        if info.file_size >= limits.RATIO_CHECK_FROM_BYTES and ratio > limits.MAX_COMPRESSION_RATIO:
            raise refuse(bomb, path=path)


def check_xml_members(zf: zipfile.ZipFile, path: Path) -> None:
    """Refuse XML parts that declare a DOCTYPE or entities (billion laughs, external files)."""
    message = translate(
        "Exchange", "The file {path} was refused: it contains XML entity declarations."
    )
    for info in zf.infolist():
        if not info.filename.endswith((".xml", ".rels", ".vml")):
            continue
        tail = b""
        try:
            with zf.open(info) as fh:
                while chunk := fh.read(_CHUNK):
                    window = tail + chunk
                    if any(trap in window for trap in _XML_TRAPS):
                        raise refuse(message, path=path)
                    tail = window[-32:]
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            damaged = translate("Exchange", "The file {path} is damaged and cannot be read.")
            raise refuse(damaged, path=path) from exc
