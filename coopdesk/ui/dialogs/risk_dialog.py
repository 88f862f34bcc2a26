"""Create or edit a risk of a project: description, likelihood, impact, mitigation, owner."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from coopdesk.domain.enums import RiskLevel
from coopdesk.services.labels_activity import choices
from coopdesk.services.risks import (
    RiskData,
    create_risk,
    delete_risk,
    get_risk,
    update_risk,
)
from coopdesk.ui.commands import create_record, update_record
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.record_dialog import RecordDialog
from coopdesk.ui.models.risk_table_model import LEVEL_COLOURS, score_level, score_text

ENTITY = "risk"


def _text(name: str, parent: QWidget, height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


class RiskDialog(RecordDialog):
    """The score (likelihood × impact) is shown as the levels are chosen."""

    def __init__(
        self,
        context: AppContext,
        project_id: str,
        risk_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("riskDialog")
        self.project_id = project_id
        self.record_id = risk_id
        self.setWindowTitle(self.tr("Edit risk") if risk_id else self.tr("New risk"))
        self.description_edit = _text("riskDescriptionEdit", self, 60)
        self.likelihood_combo = self._levels("riskLikelihoodCombo")
        self.impact_combo = self._levels("riskImpactCombo")
        self.score_label = QLabel(self)
        self.score_label.setObjectName("riskScoreLabel")
        self.mitigation_edit = _text("riskMitigationEdit", self, 70)
        self.owner_edit = QLineEdit(self)
        self.owner_edit.setObjectName("riskOwnerEdit")
        self.owner_edit.setMaxLength(150)
        self.owner_edit.setPlaceholderText(self.tr("A person or a service"))

        self.add_field("description", self.tr("Risk"), self.description_edit, required=True)
        self.add_field("likelihood", self.tr("Likelihood"), self.likelihood_combo, required=True)
        self.add_field("impact", self.tr("Impact"), self.impact_combo, required=True)
        self.add_field("score", self.tr("Score"), self.score_label)
        self.add_field("mitigation", self.tr("Mitigation"), self.mitigation_edit)
        self.add_field("owner", self.tr("Owner"), self.owner_edit)

        self.likelihood_combo.currentIndexChanged.connect(self._update_score)
        self.impact_combo.currentIndexChanged.connect(self._update_score)
        if risk_id is not None:
            self.set_data(context.run(lambda s: get_risk(s, risk_id)))
        self._update_score()
        self.mark_unchanged()
        self.description_edit.setFocus()
        self.resize(560, self.sizeHint().height())

    def _levels(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for value, label in choices(RiskLevel):
            combo.addItem(label, value)
        combo.setCurrentIndex(combo.findData(RiskLevel.MEDIUM.value))
        return combo

    def set_data(self, data: RiskData) -> None:
        self.description_edit.setPlainText(data.description)
        levels = ((self.likelihood_combo, data.likelihood), (self.impact_combo, data.impact))
        for combo, value in levels:
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.mitigation_edit.setPlainText(data.mitigation)
        self.owner_edit.setText(data.owner)

    def collect(self) -> RiskData:
        return RiskData(
            description=self.description_edit.toPlainText(),
            likelihood=int(self.likelihood_combo.currentData()),
            impact=int(self.impact_combo.currentData()),
            mitigation=self.mitigation_edit.toPlainText(),
            owner=self.owner_edit.text(),
        )

    def save(self, data: object) -> str:
        assert isinstance(data, RiskData)
        project_id = self.project_id
        if self.record_id is None:
            return create_record(
                self.context,
                self.tr("Add risk"),
                ENTITY,
                lambda s, rid: create_risk(s, project_id, data, risk_id=rid),
                delete_risk,
            )
        update_record(
            self.context, self.tr("Edit risk"), ENTITY, self.record_id, data, get_risk, update_risk
        )
        return self.record_id

    def _update_score(self, *_args: object) -> None:
        score = int(self.likelihood_combo.currentData()) * int(self.impact_combo.currentData())
        colour = LEVEL_COLOURS[score_level(score)]
        self.score_label.setText(score_text(score))
        self.score_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
