"""In the GUI process: each area's list opened (first rows painted), scrolled, searched."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtTest import QTest

from coopdesk.bench.gui_wait import WAIT_SECONDS, app, built_pages, loading, wait_idle
from coopdesk.ui.widgets.table_view import RecordTableView

PAGE_SIZE = (1100, 720)
EMPTY_GRACE_SECONDS = 0.5  # how long an empty list may take to fill (a lazy page)
TYPED = 5  # characters typed one by one in the search box
# Areas with a year filter whose "All years" choice shows the largest list.
ALL_YEARS_AREAS = frozenset({"exchanges"})


class PaintWatch(QObject):
    """Notes when a table's viewport paints while its model has rows."""

    def __init__(self, view: Any) -> None:
        super().__init__()
        self.view = view
        self.painted = False
        self.done_at: float | None = None  # end of the event pass that painted rows
        view.viewport().installEventFilter(self)

    def reset(self) -> None:
        self.painted, self.done_at = False, None

    def rows(self) -> int:
        return _rows(self.view)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and self.rows() > 0:
            self.painted = True
        return False


def _rows(table: Any | None) -> int:
    model = None if table is None else table.model()
    return 0 if model is None else int(model.rowCount())


def _main_watch(page: Any, watches: list[PaintWatch]) -> PaintWatch | None:
    """The page's record list (``page.list.table``), else its shown table with the most rows."""
    table = getattr(getattr(page, "list", None), "table", None)
    for watch in watches:
        if watch.view is table:
            return watch
    shown = [w for w in watches if w.view.isVisible()]  # a hidden tab's table never paints
    return max(shown, key=PaintWatch.rows, default=None)


def _settle(page: Any, watches: list[PaintWatch]) -> tuple[float, PaintWatch | None]:
    """Process events until the main table painted rows (or the page is idle and empty).

    Returns:
        When that happened (``perf_counter``), and the main table's watch.
    """
    events = app()
    started = idle_since = time.perf_counter()
    idle = False
    while True:
        events.processEvents()
        now = time.perf_counter()
        for watch in watches:
            if watch.painted and watch.done_at is None:
                watch.done_at = now
        main = _main_watch(page, watches)
        if main is not None and main.done_at is not None:
            return main.done_at, main
        if loading(page):
            idle = False
        elif not idle:
            idle, idle_since = True, now
        empty = main is None or main.rows() == 0
        if idle and empty and now - idle_since > EMPTY_GRACE_SECONDS:
            return idle_since, main
        if now - started > WAIT_SECONDS:
            return now, main


def _scroll(table: Any) -> float:
    started = time.perf_counter()
    table.scrollToBottom()
    app().processEvents()
    return time.perf_counter() - started


@dataclass
class Opened:
    key: str
    page: Any
    table: Any | None


def _open(area: Any, context: Any, out: dict[str, Any]) -> Opened:
    started = time.perf_counter()
    page = area.factory(context, None)
    page.resize(*PAGE_SIZE)
    watches = [PaintWatch(view) for view in page.findChildren(RecordTableView)]
    page.show()
    done, main = _settle(page, watches)
    key = area.key
    table = None if main is None else main.view
    out["open"][key] = done - started
    out["rows"][key] = _rows(table)
    out["painted"][key] = main is not None and main.painted
    out["table"][key] = "" if table is None else table.objectName()
    if table is not None and main is not None:
        out["scroll"][key] = _scroll(table)
    if key in ALL_YEARS_AREAS and main is not None and hasattr(page, "set_year"):
        key = f"{key}_all"
        main.reset()
        started = time.perf_counter()
        page.set_year(None)  # every year instead of the current one
        done, _main = _settle(page, [main])
        out["open"][key] = done - started
        out["first_rows"][key] = main.rows()
        if loading(page):  # the first rows shown, the others read in a worker thread
            wait_idle([page])
            out["complete"][key] = time.perf_counter() - started
        out["rows"][key] = main.rows()
        out["painted"][key] = main.painted
        out["scroll"][key] = _scroll(main.view)
    return Opened(area.key, page, table)


def search_term(model: Any) -> str:
    """What users would type: the start of a frequent word, matching 1 % to 20 % of the rows."""
    haystack = getattr(model, "haystack_at", None)
    count = int(model.rowCount())
    if haystack is None or count == 0:
        return "a"
    texts = [haystack(row) for row in range(count)]
    words = Counter(w for t in texts for w in set(t.split()) if len(w) >= TYPED and w.isalpha())
    for word, _n in words.most_common(200):
        prefix = word[:TYPED]
        if count * 0.01 <= sum(prefix in t for t in texts) <= count * 0.2:
            return prefix
    common = words.most_common(1)
    return common[0][0][:TYPED] if common else "a"


def _search(opened: Opened, out: dict[str, Any]) -> None:
    search = getattr(getattr(opened.page, "list", None), "search", None)
    if search is None or opened.table is None:
        return
    proxy = opened.table.model()
    source = proxy.sourceModel() if hasattr(proxy, "sourceModel") else proxy
    term = search_term(source)
    events = app()
    times, shown = [], []
    search.clear()
    events.processEvents()
    for char in term:
        started = time.perf_counter()
        QTest.keyClick(search, char)
        events.processEvents()
        times.append(time.perf_counter() - started)
        shown.append(int(proxy.rowCount()))
    out["search"] = {
        "area": opened.key,
        "term": term,
        "rows": int(source.rowCount()),
        "keystrokes": times,
        "shown": shown,
    }
    search.clear()
    events.processEvents()


def measure_lists(window: Any) -> dict[str, Any]:
    """Time each area's page of ``window``'s database, built afresh; then search the largest."""
    out: dict[str, Any] = {
        "open": {}, "scroll": {}, "rows": {}, "painted": {}, "table": {},
        "first_rows": {}, "complete": {},
    }  # fmt: skip
    out["startup_settled"] = wait_idle(built_pages(window))
    opened = [_open(area, window.context, out) for area in window.area_specs]
    searchable = [o for o in opened if getattr(getattr(o.page, "list", None), "search", None)]
    if searchable:
        _search(max(searchable, key=lambda o: _rows(o.table)), out)
    for item in opened:
        item.page.close()
        item.page.deleteLater()
    app().processEvents()
    return out
