"""The partnerships a project belongs to: one LinkedPartnershipRow per line."""

from __future__ import annotations

from typing import Any

from coopdesk.domain.enums import PartnershipKind, PartnershipStatus
from coopdesk.i18n import QT_TRANSLATE_NOOP
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.labels import label_of
from coopdesk.services.partnerships import partnership_title
from coopdesk.services.project_parts import LinkedPartnershipRow
from coopdesk.ui.models.row_table_model import Column, RowTableModel

_CTX = "ProjectPartnershipTableModel"

TITLE, PARTNER, KIND, STATUS, SIGNED_ON = range(5)


def _columns(formatter: Formatter) -> list[Column[LinkedPartnershipRow]]:
    lang = formatter.language
    return [
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("ProjectPartnershipTableModel", "Partnership"),
            lambda r: partnership_title(r.title, lang),
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("ProjectPartnershipTableModel", "Partner"),
            lambda r: r.partner_name,
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("ProjectPartnershipTableModel", "Kind"),
            lambda r: label_of(PartnershipKind, r.kind),
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("ProjectPartnershipTableModel", "Status"),
            lambda r: label_of(PartnershipStatus, r.status),
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("ProjectPartnershipTableModel", "Signed on"),
            lambda r: formatter.short_date(r.signed_on),
            sort=lambda r: r.signed_on.isoformat() if r.signed_on else "",
        ),
    ]


class ProjectPartnershipTableModel(RowTableModel[LinkedPartnershipRow]):
    """Partnerships with their partner, kind, status and signature date."""

    def __init__(self, formatter: Formatter, parent: Any = None) -> None:
        super().__init__(_columns(formatter), parent)
