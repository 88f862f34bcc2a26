"""In the GUI process: waiting for pages that load in worker threads to be done."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication

WAIT_SECONDS = 10.0  # longer than that is reported as it is, not waited for
IDLE_SLEEP = 0.002  # seconds between two passes of the event loop while pages load


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
        # An idle event loop sleeps: spinning here would hold the GIL the worker needs.
        time.sleep(IDLE_SLEEP)
    app().processEvents()
    return time.perf_counter() - started


def built_pages(window: Any) -> list[Any]:
    """The main window's pages built so far (areas are built when first shown)."""
    pages = window.pages
    built = getattr(pages, "built", None)
    return list(built().values()) if callable(built) else list(pages.values())
