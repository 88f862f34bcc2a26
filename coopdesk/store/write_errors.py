"""Writes refused by the storage medium: disk full, read-only medium, input/output error."""

from __future__ import annotations

import sqlite3
from enum import StrEnum

# SQLite primary result codes (the low byte of an extended code).
_SQLITE_CODES = {13: "disk_full", 8: "read_only", 10: "io_error"}  # FULL, READONLY, IOERR
# The same as sentences, for drivers that only give a message.
_SQLITE_MESSAGES = (
    ("database or disk is full", "disk_full"),
    ("attempt to write a readonly database", "read_only"),
    ("disk i/o error", "io_error"),
)
# PostgreSQL SQLSTATE codes: disk_full, read_only_sql_transaction, io_error.
_SQLSTATES = {"53100": "disk_full", "25006": "read_only", "58030": "io_error"}


class StorageFailure(StrEnum):
    """Why the medium refused a write."""

    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    IO_ERROR = "io_error"


class StorageFailedError(Exception):
    """A transaction failed because of the medium; it was rolled back, nothing was saved."""

    def __init__(self, failure: StorageFailure, detail: str = "") -> None:
        super().__init__(f"{failure.value}: {detail}".rstrip(": "))
        self.failure = failure
        self.detail = detail


def storage_failure(exc: BaseException) -> StorageFailure | None:
    """The storage failure behind ``exc`` (a DB-API error, or SQLAlchemy's wrapper of one)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        found = _classify(current)
        if found is not None:
            return StorageFailure(found)
        orig = getattr(current, "orig", None)  # sqlalchemy.exc.DBAPIError
        current = orig if isinstance(orig, BaseException) else current.__cause__
    return None


def _classify(exc: BaseException) -> str | None:
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(code, int) and (code & 0xFF) in _SQLITE_CODES:
            return _SQLITE_CODES[code & 0xFF]
        text = str(exc).casefold()
        return next((kind for message, kind in _SQLITE_MESSAGES if message in text), None)
    sqlstate = getattr(exc, "sqlstate", None)
    if isinstance(sqlstate, str):
        return _SQLSTATES.get(sqlstate)
    return None
