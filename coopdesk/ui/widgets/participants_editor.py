"""An exchange's participants: listed persons (a table) or counts by sex and age group (a grid)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.enums import AgeGroup, Sex
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.errors import FieldError
from coopdesk.services.labels_activity import AGE_GROUPS, label_of
from coopdesk.services.participants import CountData, Participants, PersonData
from coopdesk.ui.icons import icon
from coopdesk.ui.models.participant_table_model import FIELDS, FIRST, PersonTableModel
from coopdesk.ui.widgets.participants_delegate import PersonDelegate

SEXES: tuple[str, ...] = tuple(s.value for s in Sex)
PERSONS_TAB, COUNTS_TAB = 0, 1
_ERROR_STYLE = "color: #b3261e;"
_FIELD = re.compile(r"^(persons|counts)\[(\d+)\]\.(\w+)$")
MAX_COUNT = 100_000


def is_participant_field(name: str) -> bool:
    """True for the service's ``persons[i].field`` and ``counts[i].field`` error names."""
    return _FIELD.match(name) is not None


class ParticipantsEditor(QWidget):
    """Two tabs, both saved: persons listed by name, and people only counted."""

    changed = Signal()

    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantsEditor")
        self._formatter = formatter
        self._counted: list[tuple[str, str]] = []  # (sex, age group) of each count sent
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("participantsModes")
        self.tabs.setDocumentMode(True)
        self.model = PersonTableModel(formatter, self)
        self.tabs.addTab(self._persons_page(formatter.language), "")
        self.tabs.addTab(self._counts_page(), "")
        self.total_label = QLabel(self)
        self.total_label.setObjectName("participantsTotal")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.tabs)
        layout.addWidget(self.total_label)
        self.setFocusProxy(self.tabs)
        self.model.rowsInserted.connect(self._on_changed)
        self.model.rowsRemoved.connect(self._on_changed)
        self.model.modelReset.connect(self._on_changed)
        self.model.dataChanged.connect(self._on_changed)
        self._on_changed()

    def _persons_page(self, language: str) -> QWidget:
        page = QWidget(self)
        self.add_button = QPushButton(icon("add"), self.tr("Add a person"), page)
        self.add_button.setObjectName("addPersonButton")
        self.add_button.setAutoDefault(False)
        self.remove_button = QPushButton(icon("remove"), self.tr("Remove"), page)
        self.remove_button.setObjectName("removePersonButton")
        self.remove_button.setAutoDefault(False)
        hint = QLabel(self.tr("Minors need the consent of a parent or guardian, dated."), page)
        hint.setObjectName("personsHint")
        hint.setStyleSheet("color: palette(placeholder-text);")
        self.table = QTableView(page)
        self.table.setObjectName("personsTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(PersonDelegate(language, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as in the rest of the form
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(140)
        self.persons_error = QLabel(page)
        self.persons_error.setObjectName("personsError")
        self.persons_error.setStyleSheet(_ERROR_STYLE)
        self.persons_error.setWordWrap(True)
        self.persons_error.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addSpacing(12)
        buttons.addWidget(hint, 1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.persons_error)
        self.add_button.clicked.connect(self.add_person)
        self.remove_button.clicked.connect(self.remove_current_person)
        return page

    def _counts_page(self) -> QWidget:
        page = QWidget(self)
        self.counts_grid = QWidget(page)
        self.counts_grid.setObjectName("countsGrid")
        grid = QGridLayout(self.counts_grid)
        grid.setContentsMargins(0, 6, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        for column, sex in enumerate(SEXES, start=1):
            grid.addWidget(self._bold(label_of(Sex, sex)), 0, column, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self._bold(self.tr("Total")), 0, len(SEXES) + 1, Qt.AlignmentFlag.AlignRight)
        self.spins: dict[tuple[str, str], QSpinBox] = {}
        self._row_totals: dict[str, QLabel] = {}
        self._column_totals: dict[str, QLabel] = {}
        for row, age in enumerate(AGE_GROUPS, start=1):
            grid.addWidget(QLabel(label_of(AgeGroup, age), self.counts_grid), row, 0)
            for column, sex in enumerate(SEXES, start=1):
                spin = QSpinBox(self.counts_grid)
                spin.setObjectName(f"count_{sex}_{age}")
                spin.setRange(0, MAX_COUNT)
                spin.setAccessibleName(f"{label_of(Sex, sex)}, {label_of(AgeGroup, age)}")
                spin.valueChanged.connect(self._on_changed)
                self.spins[(sex, age)] = spin
                grid.addWidget(spin, row, column)
            self._row_totals[age] = self._total_label(grid, row, len(SEXES) + 1)
        last = len(AGE_GROUPS) + 1
        grid.addWidget(self._bold(self.tr("Total")), last, 0)
        for column, sex in enumerate(SEXES, start=1):
            self._column_totals[sex] = self._total_label(grid, last, column)
        self._grand_total = self._total_label(grid, last, len(SEXES) + 1)
        self.counts_error = QLabel(page)
        self.counts_error.setObjectName("countsError")
        self.counts_error.setStyleSheet(_ERROR_STYLE)
        self.counts_error.setWordWrap(True)
        self.counts_error.hide()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        row_layout = QHBoxLayout()
        row_layout.addWidget(self.counts_grid)
        row_layout.addStretch(1)
        layout.addLayout(row_layout)
        layout.addWidget(self.counts_error)
        layout.addStretch(1)
        return page

    def _bold(self, text: str) -> QLabel:
        label = QLabel(text, self.counts_grid)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _total_label(self, grid: QGridLayout, row: int, column: int) -> QLabel:
        label = self._bold("0")
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setMinimumWidth(40)
        grid.addWidget(label, row, column)
        return label

    # --- values ---------------------------------------------------------------------------

    def set_organisations(self, names: Mapping[str, str]) -> None:
        self.model.set_organisations(names)

    def set_participants(self, participants: Participants) -> None:
        """Show stored participants; opens on the tab that has them (persons first)."""
        self.model.set_persons(participants.persons)
        for spin in self.spins.values():
            spin.blockSignals(True)
            spin.setValue(0)
        for count in participants.counts:
            spin = self.spins.get((count.sex, count.age_group))
            if spin is not None:
                spin.setValue(max(0, count.count))
        for spin in self.spins.values():
            spin.blockSignals(False)
        only_counts = participants.counts and not participants.persons
        self.tabs.setCurrentIndex(COUNTS_TAB if only_counts else PERSONS_TAB)
        self.table.resizeColumnsToContents()
        self._on_changed()

    def persons(self) -> tuple[PersonData, ...]:
        return self.model.persons()

    def counts(self) -> tuple[CountData, ...]:
        """The non-zero counts, in the grid's order."""
        counts = [
            CountData(sex, age, spin.value())
            for (sex, age), spin in self.spins.items()
            if spin.value()
        ]
        self._counted = [(c.sex, c.age_group) for c in counts]
        return tuple(counts)

    def value(self) -> Participants:
        return Participants(self.persons(), self.counts())

    def total(self) -> int:
        return len(self.model.persons()) + sum(spin.value() for spin in self.spins.values())

    # --- actions --------------------------------------------------------------------------

    def add_person(self) -> int:
        """Add an empty row and start typing its first name; returns the row."""
        self.tabs.setCurrentIndex(PERSONS_TAB)
        row = self.model.add_person()
        index = self.model.index(row, FIRST)
        self.table.setCurrentIndex(index)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.edit(index)
        return row

    def remove_current_person(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.model.remove_person(index.row())

    # --- errors ---------------------------------------------------------------------------

    def clear_errors(self) -> None:
        self.model.set_errors({})
        self.persons_error.hide()
        self.counts_error.hide()
        for spin in self.spins.values():
            self._set_invalid(spin, False)

    def show_errors(self, errors: Sequence[FieldError]) -> bool:
        """Highlight the cells named by ``persons[i].x`` / ``counts[i].x`` errors.

        Returns:
            True when at least one error was about the participants.
        """
        self.clear_errors()
        cells: dict[tuple[int, int], str] = {}
        person_lines: list[str] = []
        count_lines: list[str] = []
        for error in errors:
            match = _FIELD.match(error.field)
            if match is None:
                continue
            kind, index, name = match.group(1), int(match.group(2)), match.group(3)
            if kind == "persons":
                column = FIELDS.index(name) if name in FIELDS else FIRST
                cells[(index, column)] = error.message
                line = self.tr("Person {row}: {message}")
                person_lines.append(line.format(row=index + 1, message=error.message))
            elif index < len(self._counted):
                sex, age = self._counted[index]
                self._set_invalid(self.spins[(sex, age)], True)
                line = self.tr("{sex}, {age}: {message}")
                count_lines.append(
                    line.format(
                        sex=label_of(Sex, sex), age=label_of(AgeGroup, age), message=error.message
                    )
                )
            else:
                count_lines.append(error.message)
        if cells:
            self.model.set_errors(cells)
            self.persons_error.setText("\n".join(dict.fromkeys(person_lines)))
            self.persons_error.show()
            self.tabs.setCurrentIndex(PERSONS_TAB)
            row, column = min(cells)
            # The cell becomes current without being selected, so its red stays visible.
            self.table.selectionModel().clearSelection()
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, column), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.table.scrollTo(self.model.index(row, column))
        if count_lines:
            self.counts_error.setText("\n".join(count_lines))
            self.counts_error.show()
            if not cells:
                self.tabs.setCurrentIndex(COUNTS_TAB)
        return bool(cells or count_lines)

    def error_lines(self) -> list[str]:
        """The messages shown (for tests and accessibility)."""
        texts = []
        for label in (self.persons_error, self.counts_error):
            if not label.isHidden():
                texts.extend(label.text().splitlines())
        return texts

    @staticmethod
    def _set_invalid(widget: QWidget, invalid: bool) -> None:
        widget.setStyleSheet("QSpinBox { border: 1px solid #b3261e; }" if invalid else "")

    # --- slots ----------------------------------------------------------------------------

    def _on_changed(self, *_args: object) -> None:
        persons = self.model.rowCount()
        counted = 0
        for age in AGE_GROUPS:
            row_total = sum(self.spins[(sex, age)].value() for sex in SEXES)
            self._row_totals[age].setText(self._formatter.decimal(row_total))
        for sex in SEXES:
            column_total = sum(self.spins[(sex, age)].value() for age in AGE_GROUPS)
            self._column_totals[sex].setText(self._formatter.decimal(column_total))
            counted += column_total
        self._grand_total.setText(self._formatter.decimal(counted))
        self.tabs.setTabText(PERSONS_TAB, self.tr("Listed persons (%n)", "", persons))
        self.tabs.setTabText(COUNTS_TAB, self.tr("Counted by sex and age (%n)", "", counted))
        self.remove_button.setEnabled(persons > 0)
        self.total_label.setText(self.tr("Total: %n participant(s)", "", persons + counted))
        self.changed.emit()
