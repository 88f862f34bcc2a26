"""The Retention tab: participants named past the retention period, and anonymising them."""

from __future__ import annotations

from sqlalchemy.orm import Session

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.services.errors import ServiceError
from coopdesk.services.retention import (
    MAX_RETENTION_YEARS,
    RetentionRow,
    anonymise_due,
    retention_due,
    retention_summary,
    retention_years,
    set_retention_years,
)
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.privacy_erasure import describe_erasure, erase_and_purge

_ERROR_STYLE = "color: #b3261e;"


class RetentionTab(QWidget):
    """Lists who is kept longer than the retention period; anonymises them on request."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionTab")
        self.context = context
        self.rows: list[RetentionRow] = []
        self.summary = QLabel(self)
        self.summary.setObjectName("retentionSummary")
        self.summary.setWordWrap(True)
        period_label = QLabel(self.tr("Keep participants' names for"), self)
        self.years_spin = QSpinBox(self)
        self.years_spin.setObjectName("retentionYearsSpin")
        self.years_spin.setRange(1, MAX_RETENTION_YEARS)
        self.years_spin.setSuffix(self.tr(" years"))
        period_label.setBuddy(self.years_spin)
        self.apply_button = QPushButton(self.tr("Change the period"), self)
        self.apply_button.setObjectName("retentionApplyButton")
        self.apply_button.clicked.connect(self.apply_period)
        period_row = QHBoxLayout()
        period_row.addWidget(period_label)
        period_row.addWidget(self.years_spin)
        period_row.addWidget(self.apply_button)
        period_row.addStretch(1)
        self.table = QTreeWidget(self)
        self.table.setObjectName("retentionTable")
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setHeaderLabels(
            [self.tr("Participant"), self.tr("Exchange"), self.tr("Ended on")]
        )
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setStretchLastSection(True)
        self.anonymise_button = QPushButton(self.tr("Anonymise these…"), self)
        self.anonymise_button.setObjectName("retentionAnonymiseButton")
        self.anonymise_button.clicked.connect(lambda: self.anonymise())
        self.message = QLabel(self)
        self.message.setObjectName("retentionMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.anonymise_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(period_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.reload()

    def reload(self) -> None:
        def read(session: Session) -> tuple[list[RetentionRow], int]:
            return retention_due(session), retention_years(session)

        self.rows, years = self.context.run(read)
        self.years_spin.setValue(years)
        self.summary.setText(retention_summary(self.rows, years))
        self.table.clear()
        fmt = self.context.formatter
        for row in self.rows:
            name = " ".join(p for p in (row.first_name, row.last_name) if p) or "—"
            self.table.addTopLevelItem(
                QTreeWidgetItem([name, row.exchange_title, fmt.short_date(row.exchange_end)])
            )
        writable = not self.context.readonly
        self.anonymise_button.setEnabled(bool(self.rows) and writable)
        self.apply_button.setEnabled(writable)
        self.years_spin.setEnabled(writable)

    def apply_period(self) -> None:
        years = self.years_spin.value()
        try:
            self.context.run(lambda s: set_retention_years(s, years))
        except ServiceError as exc:
            self._show_message(exc.message, error=True)
            return
        self.reload()

    def anonymise(self) -> bool:
        """Anonymise every listed participant after an explicit confirmation."""
        if not self.rows or self.context.readonly:
            return False
        question = self.tr(
            "Anonymise these %n participant(s)? Their names, roles and consent are removed "
            "from the database and from its history; counts by sex and age group are kept "
            "for statistics. This cannot be undone, not even with Undo.",
            "",
            len(self.rows),
        )
        answer = QMessageBox.question(
            self,
            self.tr("Anonymise participants"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            result, warning = erase_and_purge(self.context, lambda s: anonymise_due(s))
        except ServiceError as exc:
            self._show_message(exc.message, error=True)
            return False
        self.reload()
        self._show_message(" ".join(x for x in (describe_erasure(result), warning) if x))
        return True

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(_ERROR_STYLE if error else "")
        self.message.setText(text)
        self.message.show()
