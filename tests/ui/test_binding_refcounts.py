"""Guard against a Qt binding that leaks or drops references to None (it aborts the app)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QLabel


def test_qt_calls_keep_the_reference_count_of_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    model = QStringListModel(["a"])
    outside = model.index(5, 0)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        outside.data()
    assert abs(sys.getrefcount(None) - before) < 50
