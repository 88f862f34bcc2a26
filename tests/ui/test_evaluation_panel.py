"""The project's Evaluations tab: the six OECD DAC criteria, New / Edit / Delete with undo."""

from __future__ import annotations

import datetime as dt

import pytest
from indicator_ui_support import IndicatorSeed, seed_indicators

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QPushButton, QToolButton

from coopdesk.services.evaluations import (
    CRITERIA,
    CriterionData,
    EvaluationData,
    create_evaluation,
    get_evaluation,
    list_evaluations,
)
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.evaluation_dialog import EvaluationDialog
from coopdesk.ui.models import evaluation_table_model as et
from coopdesk.ui.projects_page import ProjectsPage


@pytest.fixture
def seed(app_context: AppContext) -> IndicatorSeed:
    return app_context.run(seed_indicators)


@pytest.fixture
def page(qtbot, app_context: AppContext, seed: IndicatorSeed) -> ProjectsPage:
    widget = ProjectsPage(app_context)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    assert widget.list.select_id(seed.project)
    return widget


def evaluations(app_context: AppContext, project_id: str) -> list[tuple[str, object]]:
    rows = app_context.run(lambda s: list_evaluations(s, project_id))
    return [(r.evaluator, r.average) for r in rows]


def test_evaluation_crud_with_undo(
    qtbot, page: ProjectsPage, app_context: AppContext, seed: IndicatorSeed, answer_yes
) -> None:
    view = page.view
    panel = view.evaluations
    assert panel.objectName() == "evaluationsTab"
    assert view.tabText(view.indexOf(panel)) == "Evaluations (0)"
    qtbot.mouseClick(panel.findChild(QToolButton, "newEvaluationButton"), Qt.MouseButton.LeftButton)
    dialog = panel.findChild(EvaluationDialog)
    assert isinstance(dialog, EvaluationDialog) and dialog.isVisible()
    dialog.date_edit.setDate(QDate(2025, 6, 30))
    qtbot.keyClicks(dialog.evaluator_edit, "Cabinet Ndiaye")
    relevance = dialog.findChild(QComboBox, "criterion_relevance_score")
    assert relevance is not None
    assert [relevance.itemText(i) for i in range(relevance.count())] == [
        "Not assessed",
        "1 — Unsatisfactory",
        "2 — Partly satisfactory",
        "3 — Satisfactory",
        "4 — Highly satisfactory",
    ]
    assert relevance.toolTip() == "Is the project doing the right things?"
    relevance.setCurrentIndex(relevance.findData(4))
    qtbot.keyClicks(dialog.criterion_edits["relevance"], "Answers a real need")
    dialog.score_combos["sustainability"].setCurrentIndex(2)  # score 2
    qtbot.keyClicks(dialog.recommendations_edit, "Train the committee")
    qtbot.mouseClick(dialog.findChild(QPushButton, "dialogOkButton"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    stored = app_context.run(lambda s: get_evaluation(s, dialog.record_id))
    assert stored.criteria == {
        "relevance": CriterionData(4, "Answers a real need"),
        "sustainability": CriterionData(2, ""),
    }
    assert stored.recommendations == "Train the committee"
    assert view.tabText(view.indexOf(panel)) == "Evaluations (1)"
    table = panel.list
    assert table.table.objectName() == "evaluationsTable"
    assert table.proxy.index(0, et.DATE).data() == "30/06/2025"
    assert table.proxy.index(0, et.AVERAGE).data() == "3 / 4 — Satisfactory"
    assert table.proxy.index(0, et.CRITERION_COLUMNS["relevance"]).data() == "4"
    # Edit, then undo the edit.
    assert panel.list.current_id() == dialog.record_id
    again = panel.edit_evaluation()
    assert again is not None and again.evaluator_edit.text() == "Cabinet Ndiaye"
    assert again.score_combos["relevance"].currentData() == 4
    again.score_combos["impact"].setCurrentIndex(again.score_combos["impact"].findData(3))
    again.accept()
    assert evaluations(app_context, seed.project)[0][1] == 3
    app_context.undo_stack.undo()
    assert "impact" not in app_context.run(lambda s: get_evaluation(s, dialog.record_id)).criteria
    # Delete with the Delete key, then undo.
    view.setCurrentWidget(panel)
    table.table.setFocus()
    qtbot.keyClick(table.table, Qt.Key.Key_Delete)
    assert answer_yes[-1] == (
        "Delete the evaluation of 30/06/2025? You can undo this with Ctrl+Z."
    )
    assert evaluations(app_context, seed.project) == []
    assert view.tabText(view.indexOf(panel)) == "Evaluations (0)"
    app_context.undo_stack.undo()
    assert [e for e, _avg in evaluations(app_context, seed.project)] == ["Cabinet Ndiaye"]


def test_evaluation_needs_a_score_and_a_past_date(page: ProjectsPage, app_context) -> None:
    dialog = page.view.evaluations.new_evaluation()
    assert dialog is not None
    dialog.criterion_edits["impact"].setPlainText("Hard to say")
    dialog.date_edit.setDate(QDate.currentDate().addDays(3))
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.general_error_text() == "Score at least one criterion."
    assert dialog.error_text("criteria.impact") == (
        "Give a score to the criterion you comment on."
    )
    assert dialog.error_text("date") == "The evaluation date cannot be in the future."
    assert app_context.undo_stack.count() == 0
    dialog.done(0)


def test_evaluation_model(qtmodeltester, app_context: AppContext, seed: IndicatorSeed) -> None:
    data = EvaluationData(
        date=dt.date(2024, 3, 1),
        evaluator="Revue conjointe",
        criteria={name: CriterionData(3 if i % 2 else 2) for i, name in enumerate(CRITERIA)},
    )
    app_context.run(lambda s: create_evaluation(s, seed.project, data))
    model = et.EvaluationTableModel(app_context.formatter)
    model.set_rows(app_context.run(lambda s: list_evaluations(s, seed.project)))
    qtmodeltester.check(model)
    column = et.CRITERION_COLUMNS["coherence"]
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Coherence"
    assert model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "How well does the project fit?"
    )
    assert model.index(0, column).data() == "3"
    assert model.index(0, column).data(Qt.ItemDataRole.ToolTipRole) == "Satisfactory"
    assert model.index(0, et.AVERAGE).data() == "2.5 / 4 — Satisfactory"
