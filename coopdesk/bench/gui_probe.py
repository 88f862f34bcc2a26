"""The GUI under test, in a fresh process: ``python -m coopdesk.bench.gui_probe MODE --db F``.

It starts CoopDesk exactly as ``python -m coopdesk --db F`` does (``cli.main``), with the
main window's ``show`` wrapped to note the time and, once the event loop is idle
(``QTimer.singleShot(0)``), run the mode's work and print one ``BENCH-RESULT {json}`` line:

- ``startup``: the timestamps of the start-up phases;
- ``lists``: each area's page built afresh, timed until its table has painted rows, scrolled
  to its end, the exchanges of every year, and search-as-you-type on the largest list;
- ``memory``: every area opened, then every year's exchanges; peak RSS after each.

Settings go to a private folder (``--config``), never the user's.
"""

from __future__ import annotations

import time

ENTERED = time.time()  # noqa: E402 - before any heavy import: the interpreter is up

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from PySide6.QtCore import QCoreApplication, QSettings, QTimer  # noqa: E402

from coopdesk.bench.memory import peak_rss_mb  # noqa: E402

MARKER = "BENCH-RESULT "
MODES = ("startup", "lists", "memory")


def isolate_settings(folder: Path) -> None:
    """QSettings() of this process read and write INI files under ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def _memory(window: Any) -> dict[str, Any]:
    """Switch through every area, then show every year's exchanges; peak RSS after each."""
    from coopdesk.bench.gui_wait import built_pages, wait_idle

    keys = list(window.pages)
    out: dict[str, Any] = {"rss_started_mb": peak_rss_mb(), "areas": keys}
    wait_idle(built_pages(window))  # pages loading in worker threads since start-up
    out["rss_settled_mb"] = peak_rss_mb()
    for row, key in enumerate(keys):
        window.areas.setCurrentRow(row)  # a page is built (and loads) when first shown
        wait_idle([window.pages[key]])
    out["rss_areas_mb"] = peak_rss_mb()
    exchanges = window.pages.get("exchanges")
    if exchanges is not None and hasattr(exchanges, "set_year"):
        window.areas.setCurrentRow(list(window.pages).index("exchanges"))
        exchanges.set_year(None)
        wait_idle([exchanges])
        out["rss_all_exchanges_mb"] = peak_rss_mb()
    return out


def _install(mode: str, report: Callable[[dict[str, Any]], None]) -> None:
    """Wrap the main window's constructor and ``show`` to time them and run ``mode``."""
    from coopdesk.ui.main_window import MainWindow

    times: dict[str, Any] = {"entered": ENTERED}
    original_init, original_show = MainWindow.__init__, MainWindow.show

    def init(self: MainWindow, *args: Any, **kwargs: Any) -> None:
        times["window_started"] = time.time()
        original_init(self, *args, **kwargs)
        times["window_built"] = time.time()

    def idle(window: MainWindow) -> None:
        times["idle"] = time.time()
        out: dict[str, Any] = {"times": times, "rss_started_mb": peak_rss_mb()}
        try:
            if mode == "lists":
                from coopdesk.bench.gui_lists import measure_lists  # QtTest: not at start-up

                out["lists"] = measure_lists(window)
            elif mode == "memory":
                out.update(_memory(window))
        except Exception as exc:  # noqa: BLE001 - reported to the parent, not raised
            out["error"] = f"{type(exc).__name__}: {exc}"
        report(out)
        window.close()
        app = QCoreApplication.instance()
        if app is not None:
            app.quit()

    def show(self: MainWindow) -> None:
        original_show(self)
        if "shown" not in times:
            times["shown"] = time.time()
            QTimer.singleShot(0, lambda: idle(self))

    MainWindow.__init__ = init  # type: ignore[method-assign]
    MainWindow.show = show  # type: ignore[method-assign]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m coopdesk.bench.gui_probe")
    parser.add_argument("mode", choices=MODES)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--config", type=Path, required=True, help="a private settings folder")
    args = parser.parse_args(argv)
    isolate_settings(args.config)
    reported: list[dict[str, Any]] = []

    def report(out: dict[str, Any]) -> None:
        reported.append(out)
        print(MARKER + json.dumps(out), flush=True)

    _install(args.mode, report)
    from coopdesk.cli import main as coopdesk_main

    status = coopdesk_main(["--db", str(args.db)])
    if not reported:
        print(f"coopdesk.bench: the main window was never shown (exit {status})", file=sys.stderr)
        return 1
    return 0 if "error" not in reported[0] else 1


if __name__ == "__main__":
    raise SystemExit(main())
