"""Start-up imports only what the first screen needs (issue 9: the window opens in < 1 s).

Each check runs in a fresh interpreter: this test process has long imported everything.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from coopdesk.ui.areas import STAFF_AREAS, VOLUNTEER_AREAS, LazyPage

HEAVY = ("openpyxl", "reportlab", "bidi", "alembic")
# The pages' modules, imported when their area is first shown.
PAGE_MODULES = tuple(
    area.factory.module for area in STAFF_AREAS[1:] if isinstance(area.factory, LazyPage)
)

_SCRIPT = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from coopdesk.services.database import open_db
from coopdesk.ui.context import AppContext
from coopdesk.ui.main_window import MainWindow

app = QApplication([])
opened = open_db(Path(sys.argv[1]))
context = AppContext(session_factory=opened.session_factory, db_path=opened.path)
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
window = MainWindow(context, settings, database=opened)
window.show()
app.processEvents()
at_start = sorted(sys.modules)
window.open_area(sys.argv[3])
app.processEvents()
shown = type(window.pages[sys.argv[3]]).__name__
print(json.dumps({"at_start": at_start, "after": sorted(sys.modules), "shown": shown}))
window.close()
"""


def _run(db_path: Path, tmp_path: Path, area: str) -> dict[str, object]:
    import json

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(db_path), str(tmp_path / "s.ini"), area],
        capture_output=True, text=True, check=True, timeout=180, env=env,
    )  # fmt: skip
    line = done.stdout.strip().splitlines()[-1]
    result: dict[str, object] = json.loads(line)
    return result


def test_the_window_starts_without_the_heavy_libraries_and_other_pages(
    db_path: Path, tmp_path: Path
) -> None:
    out = _run(db_path, tmp_path, "partners")
    at_start = set(out["at_start"])  # type: ignore[arg-type]
    assert "coopdesk.ui.dashboard_page" in at_start  # the first page is shown
    assert not {m for m in at_start if m.split(".")[0] in HEAVY}
    assert not at_start & set(PAGE_MODULES)
    # Showing an area imports its page, and only that one.
    after = set(out["after"])  # type: ignore[arg-type]
    assert out["shown"] == "PartnersPage"
    assert "coopdesk.ui.partners_page" in after
    assert "coopdesk.ui.budget_area" not in after and "coopdesk.ui.reports_page" not in after
    assert "openpyxl" not in after


def test_the_report_worker_imports_reportlab_only_to_make_a_report() -> None:
    code = "import sys, coopdesk.ui.report_worker; print('reportlab' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "False"


def test_lazy_page_factories_name_real_page_classes() -> None:
    for area in (*STAFF_AREAS, *VOLUNTEER_AREAS):
        assert isinstance(area.factory, LazyPage), area.key
        page_class = area.factory.page_class()
        assert page_class.__module__ == area.factory.module
        assert hasattr(page_class, "status_text") or area.key in {"dashboard", "reports"}
