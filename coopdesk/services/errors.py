"""Errors a service raises; each carries a translated message fit for the user."""

from __future__ import annotations

from dataclasses import dataclass


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
