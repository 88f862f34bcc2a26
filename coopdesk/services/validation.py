"""Field checks shared by the services; every message is translated."""

from __future__ import annotations

import datetime as dt
import re

from coopdesk.i18n import plural, translate
from coopdesk.i18n.locale_data import is_country, is_language
from coopdesk.services.errors import FieldError, ValidationError

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL = re.compile(r"^(https?://)?[\w.-]+\.[a-z]{2,}(/\S*)?$", re.IGNORECASE)
_PHONE = re.compile(r"^\+?[\d\s().-]{4,30}$")


class Checker:
    """Collects field errors, then raises them all at once."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field: str, message: str) -> None:
        if not any(e.field == field for e in self.errors):
            self.errors.append(FieldError(field, message))

    def required(self, field: str, value: str) -> bool:
        if not value.strip():
            self.add(field, translate("Validation", "This field is required."))
            return False
        return True

    def max_length(self, field: str, value: str, limit: int) -> None:
        if len(value) > limit:
            msg = plural.translate("Validation", "At most %n characters.", None, 1).count(limit)
            self.add(field, msg)

    def email(self, field: str, value: str) -> None:
        if value and not _EMAIL.match(value.strip()):
            self.add(field, translate("Validation", "This is not a valid e-mail address."))

    def url(self, field: str, value: str) -> None:
        if value and not _URL.match(value.strip()):
            self.add(field, translate("Validation", "This is not a valid web address."))

    def phone(self, field: str, value: str) -> None:
        if value and not _PHONE.match(value.strip()):
            self.add(field, translate("Validation", "This is not a valid phone number."))

    def country(self, field: str, value: str, *, required: bool = True) -> None:
        if not value and not required:
            return
        if not is_country(value):
            self.add(field, translate("Validation", "Choose a country from the list."))

    def languages(self, field: str, values: tuple[str, ...] | list[str]) -> None:
        if any(not is_language(v) for v in values):
            self.add(field, translate("Validation", "Choose languages from the list."))

    def choice(self, field: str, value: str | int, allowed: set[str] | set[int]) -> None:
        if value not in allowed:
            self.add(field, translate("Validation", "Choose a value from the list."))

    def date_order(
        self, field: str, start: dt.date | None, end: dt.date | None, message: str
    ) -> None:
        if start is not None and end is not None and end < start:
            self.add(field, message)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(list(self.errors))
