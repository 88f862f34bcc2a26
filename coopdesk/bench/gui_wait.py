"""In the GUI process: waiting for pages that load in worker threads to be done."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication

WAIT_SECONDS = 10.0  # longer than that is reported as it is, not waited for


def app() -> QCoreApplication:
    found = QCoreApplication.instance()
    assert found is not None
    return found


def loading(page: Any) -> bool:
    """A page that loads in a worker thread says so with ``is_loading()``."""
    is_loading = getattr(page, "is_loading", None)
    return bool(is_loading()) if callable(is_loading) else False


def wait_idle(pages: list[Any]) -> float:
    """Process events until no page is loading (at most ``WAIT_SECONDS``).

    Returns:
        How long that took.
    """
    started = time.perf_counter()
    while any(loading(p) for p in pages) and time.perf_counter() - started < WAIT_SECONDS:
        app().processEvents()
    app().processEvents()
    return time.perf_counter() - started
