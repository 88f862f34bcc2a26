"""PDF reports in one or two languages (reportlab): data in, PDF out; no Qt widgets.

Public API: :class:`ReportRequest`, :func:`generate_report`, :func:`check_request`,
:class:`ReportError` and the options of ``coopdesk.reports.options``. The heavy modules
(reportlab, the services) load on first use, so ``import coopdesk.reports`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from coopdesk.reports.options import (
    LAYOUTS,
    REPORT_KINDS,
    REPORT_LANGUAGES,
    SEQUENTIAL,
    SIDE_BY_SIDE,
)

if TYPE_CHECKING:
    from coopdesk.reports.errors import ReportError
    from coopdesk.reports.generate import (
        Progress,
        ReportRequest,
        check_request,
        generate_report,
    )

__all__ = [
    "LAYOUTS",
    "REPORT_KINDS",
    "REPORT_LANGUAGES",
    "SEQUENTIAL",
    "SIDE_BY_SIDE",
    "Progress",
    "ReportError",
    "ReportRequest",
    "check_request",
    "generate_report",
]
_LAZY = {
    "ReportError": "coopdesk.reports.errors",
    "Progress": "coopdesk.reports.generate",
    "ReportRequest": "coopdesk.reports.generate",
    "check_request": "coopdesk.reports.generate",
    "generate_report": "coopdesk.reports.generate",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'coopdesk.reports' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(module), name)
