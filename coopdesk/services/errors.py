"""Errors a service raises; each carries a translated message fit for the user."""

from __future__ import annotations

from dataclasses import dataclass

from coopdesk.i18n import translate
from coopdesk.store.write_errors import StorageFailure


@dataclass(frozen=True)
class FieldError:
    """One invalid field: its name in the input dataclass and a translated message."""

    field: str
    message: str


class ServiceError(Exception):
    """Base class: ``str(error)`` is a complete, translated sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(ServiceError):
    """The input was refused; nothing was written."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__(" ".join(e.message for e in errors))
        self.errors = errors

    def for_field(self, name: str) -> str | None:
        return next((e.message for e in self.errors if e.field == name), None)


class NotFoundError(ServiceError):
    """The record no longer exists (deleted elsewhere, or by an undo)."""


class InUseError(ServiceError):
    """The record cannot be deleted while other records refer to it."""

    def __init__(self, message: str, references: dict[str, int]) -> None:
        super().__init__(message)
        self.references = references


def _storage_message(failure: StorageFailure) -> str:
    if failure is StorageFailure.DISK_FULL:
        return translate(
            "Storage",
            "Not saved: the disk is full. Nothing was changed in the database. Free some "
            "space on the disk, then try again.",
        )
    if failure is StorageFailure.READ_ONLY:
        return translate(
            "Storage",
            "Not saved: the database file or its disk is read-only (a locked USB stick, a "
            "CD, a file without write permission). Nothing was changed in the database.",
        )
    return translate(
        "Storage",
        "Not saved: the disk reported a read or write error (a removed USB stick, a "
        "dropped network drive). Nothing was changed in the database; check the disk, "
        "then try again.",
    )


class StorageError(ServiceError):
    """The medium refused a write (disk full, read-only, I/O error); nothing was saved."""

    def __init__(self, failure: StorageFailure) -> None:
        super().__init__(_storage_message(failure))
        self.failure = failure
