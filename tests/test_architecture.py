"""Only the ui layer (and app.py) may import Qt widgets or Qt GUI classes."""

from __future__ import annotations

import ast

from coopdesk.config import PROJECT_ROOT

PACKAGE = PROJECT_ROOT / "coopdesk"
GUI_MODULES = ("PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtCharts", "PySide6.QtPrintSupport")


def _imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_no_widgets_below_ui():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "ui" or rel.name == "app.py":
            continue
        offenders += [f"{rel}: {m}" for m in _imports(path) if m.startswith(GUI_MODULES)]
    assert offenders == []
