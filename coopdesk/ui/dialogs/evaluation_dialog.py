"""Create or edit an evaluation: the six OECD DAC criteria scored 1 to 4, recommendations."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from coopdesk.services.evaluations import (
    CRITERIA,
    EVALUATOR_MAX_LENGTH,
    SCORE_MAX,
    SCORE_MIN,
    CriterionData,
    EvaluationData,
    create_evaluation,
    criterion_label,
    criterion_question,
    delete_evaluation,
    get_evaluation,
    score_label,
    update_evaluation,
)
from coopdesk.ui.commands import create_record, update_record
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.record_dialog import RecordDialog
from coopdesk.ui.widgets.optional_date_edit import date_display_format

ENTITY = "evaluation"


def _text(name: str, parent: QWidget, height: int, placeholder: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    edit.setPlaceholderText(placeholder)
    return edit


class EvaluationDialog(RecordDialog):
    """Each criterion: a score (or "Not assessed") and the reasons for it."""

    def __init__(
        self,
        context: AppContext,
        project_id: str,
        evaluation_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("evaluationDialog")
        self.project_id = project_id
        self.record_id = evaluation_id
        self.setWindowTitle(
            self.tr("Edit evaluation") if evaluation_id else self.tr("New evaluation")
        )
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("evaluationDateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_display_format(context.formatter.language))
        self.date_edit.setDate(QDate.currentDate())
        self.evaluator_edit = QLineEdit(self)
        self.evaluator_edit.setObjectName("evaluationEvaluatorEdit")
        self.evaluator_edit.setMaxLength(EVALUATOR_MAX_LENGTH)
        self.evaluator_edit.setPlaceholderText(self.tr("A person, a firm, or “joint review”"))
        self.add_field("date", self.tr("Date"), self.date_edit, required=True)
        self.add_field("evaluator", self.tr("Evaluator"), self.evaluator_edit, column=1)
        self.score_combos: dict[str, QComboBox] = {}
        self.criterion_edits: dict[str, QPlainTextEdit] = {}
        for name in CRITERIA:
            self.add_field(
                f"criteria.{name}", criterion_label(name), self._criterion(name), column=2
            )
        self.recommendations_edit = _text("evaluationRecommendationsEdit", self, 60)
        self.lessons_edit = _text("evaluationLessonsEdit", self, 60)
        self.add_field(
            "recommendations", self.tr("Recommendations"), self.recommendations_edit, column=2
        )
        self.add_field("lessons_learned", self.tr("Lessons learned"), self.lessons_edit, column=2)
        if evaluation_id is not None:
            self.set_data(context.run(lambda s: get_evaluation(s, evaluation_id)))
        self.mark_unchanged()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        QWidget.setTabOrder(self.lessons_edit, ok)
        QWidget.setTabOrder(ok, self.buttons.button(QDialogButtonBox.StandardButton.Cancel))
        self.date_edit.setFocus()
        self.resize(820, self.sizeHint().height())

    def _criterion(self, name: str) -> QWidget:
        """The score of a criterion beside the reasons for it; the question as placeholder."""
        box = QWidget(self)
        box.setObjectName(f"criterion_{name}")
        combo = QComboBox(box)
        combo.setObjectName(f"criterion_{name}_score")
        combo.addItem(self.tr("Not assessed"), None)
        for score in range(SCORE_MIN, SCORE_MAX + 1):
            combo.addItem(
                self.tr("{score} — {label}").format(score=score, label=score_label(score)), score
            )
        combo.setToolTip(criterion_question(name))
        text = _text(f"criterion_{name}_text", box, 46, criterion_question(name))
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(combo)
        row.addWidget(text, 1)
        box.setFocusProxy(combo)
        self.score_combos[name] = combo
        self.criterion_edits[name] = text
        return box

    # --- data -------------------------------------------------------------------------------

    def set_data(self, data: EvaluationData) -> None:
        if data.date is not None:
            self.date_edit.setDate(QDate(data.date.year, data.date.month, data.date.day))
        self.evaluator_edit.setText(data.evaluator)
        for name in CRITERIA:
            criterion = data.criteria.get(name, CriterionData())
            combo = self.score_combos[name]
            combo.setCurrentIndex(max(0, combo.findData(criterion.score)))
            self.criterion_edits[name].setPlainText(criterion.text)
        self.recommendations_edit.setPlainText(data.recommendations)
        self.lessons_edit.setPlainText(data.lessons_learned)

    def collect(self) -> EvaluationData:
        day = self.date_edit.date().toPython()
        assert isinstance(day, dt.date)
        criteria = {}
        for name in CRITERIA:
            score = self.score_combos[name].currentData()
            text = self.criterion_edits[name].toPlainText()
            if score is not None or text.strip():
                criteria[name] = CriterionData(None if score is None else int(score), text)
        return EvaluationData(
            date=day,
            evaluator=self.evaluator_edit.text(),
            criteria=criteria,
            recommendations=self.recommendations_edit.toPlainText(),
            lessons_learned=self.lessons_edit.toPlainText(),
        )

    def save(self, data: object) -> str:
        assert isinstance(data, EvaluationData)
        project_id = self.project_id
        if self.record_id is None:
            return create_record(
                self.context,
                self.tr("Add evaluation"),
                ENTITY,
                lambda s, eid: create_evaluation(s, project_id, data, evaluation_id=eid),
                delete_evaluation,
            )
        update_record(
            self.context,
            self.tr("Edit evaluation"),
            ENTITY,
            self.record_id,
            data,
            get_evaluation,
            update_evaluation,
        )
        return self.record_id
