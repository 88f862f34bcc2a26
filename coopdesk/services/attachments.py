"""Files kept inside the database (deduplicated by content) and partnership documents."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import mimetypes
import os
import stat
import uuid
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from coopdesk.i18n import translate
from coopdesk.services.errors import FieldError, NotFoundError, ValidationError
from coopdesk.services.validation import Checker
from coopdesk.store.db import fsync_dir
from coopdesk.store.models import Attachment, Base, Partnership, PartnershipDocument

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
DEFAULT_MIME_TYPE = "application/octet-stream"
_O_BINARY: int = getattr(os, "O_BINARY", 0)


@dataclass(frozen=True)
class AttachmentRow:
    """One stored file, without its content."""

    id: str
    filename: str
    mime_type: str
    size: int
    sha256: str
    created_at: dt.datetime


def _base_name(filename: str) -> str:
    """The last component of a name typed or taken from a path ("/" and "\\" both split)."""
    return PureWindowsPath(filename.strip()).name.strip()


def _too_large_message() -> str:
    return translate("Validation", "This file is too large: the limit is {limit} MB.").format(
        limit=MAX_ATTACHMENT_BYTES // (1024 * 1024)
    )


def add_attachment(
    session: Session, filename: str, data: bytes, mime_type: str | None = None
) -> str:
    """Store a file and return its id; a file with the same content is reused.

    Args:
        session: the caller's session.
        filename: the file's name (any folder part is dropped).
        data: the content: not empty, at most ``MAX_ATTACHMENT_BYTES``.
        mime_type: the type; guessed from the name when missing.

    Raises:
        ValidationError: empty or too large content ("file"), bad name ("filename").
    """
    name = _base_name(filename)
    check = Checker()
    check.required("filename", name)
    check.max_length("filename", name, 255)
    if not data:
        check.add("file", translate("Validation", "This file is empty."))
    elif len(data) > MAX_ATTACHMENT_BYTES:
        check.add("file", _too_large_message())
    check.raise_if_any()
    digest = hashlib.sha256(data).hexdigest()
    existing = session.scalars(
        select(Attachment.id)
        .where(Attachment.sha256 == digest, Attachment.size == len(data))
        .order_by(Attachment.created_at, Attachment.id)
        .limit(1)
    ).first()
    if existing is not None:
        return existing
    mime = (mime_type or "").strip() or mimetypes.guess_type(name)[0] or DEFAULT_MIME_TYPE
    attachment = Attachment(
        filename=name, data=data, sha256=digest, size=len(data), mime_type=mime[:100]
    )
    session.add(attachment)
    session.flush()
    return attachment.id


def _unreadable(exc: OSError) -> ValidationError:
    message = translate("Validation", "This file cannot be read: {reason}").format(
        reason=exc.strerror or str(exc)
    )
    return ValidationError([FieldError("file", message)])


def add_attachment_from_path(session: Session, path: Path) -> str:
    """Store the file at ``path`` (see :func:`add_attachment`).

    Raises:
        ValidationError: the file cannot be read, is empty or too large.
    """
    try:
        if path.stat().st_size > MAX_ATTACHMENT_BYTES:
            raise ValidationError([FieldError("file", _too_large_message())])
        data = path.read_bytes()
    except OSError as exc:
        raise _unreadable(exc) from exc
    return add_attachment(session, path.name, data)


def _load(session: Session, attachment_id: str) -> Attachment:
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise NotFoundError(translate("Errors", "This document no longer exists."))
    return attachment


def read_attachment(session: Session, attachment_id: str) -> bytes:
    return _load(session, attachment_id).data


def save_attachment_to(session: Session, attachment_id: str, dest: Path) -> None:
    """Write a stored file to ``dest`` atomically (a temporary file, then a rename).

    Raises:
        NotFoundError: the attachment no longer exists.
        ValidationError: ``dest`` cannot be written (field "dest"); it is left as it was.
    """
    data = read_attachment(session, attachment_id)
    tmp: Path | None = None
    try:
        old_mode = stat.S_IMODE(dest.stat().st_mode) if dest.is_file() else None
        tmp = dest.parent / f".{dest.name}.{uuid.uuid4().hex}.tmp"
        # 0o666 lets the user's umask decide, as for any file a program creates.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, 0o666)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if old_mode is not None:
            with contextlib.suppress(OSError):
                os.chmod(tmp, old_mode)
        os.replace(tmp, dest)
        tmp = None
    except OSError as exc:
        message = translate("Validation", "This file cannot be written: {reason}").format(
            reason=exc.strerror or str(exc)
        )
        raise ValidationError([FieldError("dest", message)]) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
    fsync_dir(dest.parent)


def list_partnership_documents(session: Session, partnership_id: str) -> list[AttachmentRow]:
    """The documents linked to a partnership, by file name (one query, content not loaded)."""
    return list_linked(session, PartnershipDocument.partnership_id, partnership_id)


def attach_to_partnership(session: Session, partnership_id: str, attachment_id: str) -> None:
    """Link a stored file to a partnership (nothing happens when already linked).

    Raises:
        NotFoundError: the partnership or the attachment no longer exists.
    """
    if session.get(Partnership, partnership_id) is None:
        raise NotFoundError(translate("Errors", "This partnership no longer exists."))
    link = PartnershipDocument(partnership_id=partnership_id, attachment_id=attachment_id)
    add_link(session, link)


def detach_from_partnership(session: Session, partnership_id: str, attachment_id: str) -> None:
    """Remove a document from a partnership; the stored file is kept (nothing if not linked)."""
    remove_link(session, PartnershipDocument, (partnership_id, attachment_id))


# --- link tables (partnership, project, exchange documents; receipts; evidence) ----------


def list_linked(session: Session, owner_column: Any, owner_id: str) -> list[AttachmentRow]:
    """The files linked to one owner through a link table, by file name (one query).

    Args:
        owner_column: the link table's owner column, e.g. ``ProjectDocument.project_id``.
    """
    link = owner_column.class_
    query = (
        select(
            Attachment.id,
            Attachment.filename,
            Attachment.mime_type,
            Attachment.size,
            Attachment.sha256,
            Attachment.created_at,
        )
        .join(link, link.attachment_id == Attachment.id)
        .where(owner_column == owner_id)
    )
    rows = [AttachmentRow(*row) for row in session.execute(query).all()]
    rows.sort(key=lambda r: (r.filename.casefold(), r.created_at, r.id))
    return rows


def add_link(session: Session, link: Base) -> None:
    """Add a link row unless it exists (the attachment must still exist)."""
    _load(session, link.attachment_id)  # type: ignore[attr-defined]
    key = inspect(link).mapper.primary_key_from_instance(link)
    if session.get(type(link), tuple(key)) is None:
        session.add(link)
        session.flush()


def remove_link(session: Session, link_model: type[Base], key: tuple[str, str]) -> None:
    """Delete a link row if present; the stored file is kept."""
    link = session.get(link_model, key)
    if link is not None:
        session.delete(link)
        session.flush()
