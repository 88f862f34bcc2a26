"""The first pages of the spreadsheet import dialog: file and kind, then column mapping."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.exchange.cells import to_text
from coopdesk.exchange.column_mapping import (
    KINDS,
    ColumnMapping,
    missing_fields,
    suggest_mapping,
)
from coopdesk.exchange.readers import RawTable
from coopdesk.i18n import active_language
from coopdesk.ui.dialogs.import_fields import (
    KIND_LABELS,
    alternatives,
    field_label,
    field_order,
    kind_label,
    preferred,
    required_keys,
)

ERROR_STYLE = "color: #b3261e;"
# The column combo's data for "a fixed value for every row".
FIXED = "\x00fixed"
PREVIEW_ROWS = 20
PREVIEW_COLUMN_WIDTH = 220


def make_table(parent: QWidget, name: str, headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    return table


def error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ImportFilePage(QWidget):
    """Which file, and what it holds (files exported by CoopDesk need no answer)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("importPathEdit")
        self.path_edit.setPlaceholderText(self.tr("An .xlsx or .csv file"))
        self.path_edit.textChanged.connect(self.changed)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.setObjectName("importBrowseButton")
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.kinds = QButtonGroup(self)
        kinds = QVBoxLayout()
        for index, kind in enumerate(KIND_LABELS):
            radio = QRadioButton(kind_label(kind), self)
            radio.setObjectName(f"importKind_{kind}")
            radio.setProperty("kind", kind)
            self.kinds.addButton(radio, index)
            kinds.addWidget(radio)
        self.kinds.buttons()[0].setChecked(True)
        hint = QLabel(
            self.tr(
                "Files exported by CoopDesk (whole database or one table) are recognised and "
                "imported back as they are. For other files you will say which column holds "
                "what, and see every problem before anything is imported."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        self.error_label = error_label(self, "importFileError")
        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("It holds:"), kinds)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text) if text else None

    def kind(self) -> str:
        button = self.kinds.checkedButton()
        return str(button.property("kind")) if button is not None else "partners"

    def set_kind(self, kind: str) -> None:
        for button in self.kinds.buttons():
            button.setChecked(button.property("kind") == kind)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)

    def _on_browse_clicked(self) -> None:
        start = str(self.path() or Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a spreadsheet"),
            start,
            self.tr("Spreadsheets (*.xlsx *.csv *.zip);;All files (*)"),
        )
        if name:
            self.path_edit.setText(name)


class ImportMappingPage(QWidget):
    """Each field the import can fill, the file's column feeding it, and a preview."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = "partners"
        self.tables: dict[str, RawTable] = {}
        self.raw = RawTable([], [])
        self._combos: dict[str, QComboBox] = {}
        self._fixed: dict[str, QLineEdit] = {}
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setObjectName("importSheetCombo")
        self.sheet_combo.currentIndexChanged.connect(self._on_sheet_combo_changed)
        self.sheet_label = QLabel(self.tr("Sheet:"), self)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_label)
        sheet_row.addWidget(self.sheet_combo)
        sheet_row.addStretch(1)
        self.fields = make_table(
            self,
            "importMappingTable",
            [self.tr("Field"), self.tr("Column of the file"), self.tr("Or the same value for all")],
        )
        self.fields.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.fields.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.missing_label = error_label(self, "importMissingLabel")
        self.preview = make_table(self, "importPreviewTable", [])
        self.preview_label = QLabel(self)
        preview_box = QWidget(self)
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.preview_label)
        preview_layout.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.fields)
        splitter.addWidget(preview_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(sheet_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.missing_label)

    # --- filling --------------------------------------------------------------------------

    def set_file(self, tables: dict[str, RawTable], kind: str, name: str) -> None:
        """Show the tables of a file for ``kind``; the first non-empty sheet is chosen."""
        self.kind = kind
        self.tables = {n: t for n, t in tables.items() if t.headers}
        self.intro.setText(
            self.tr(
                "Say which column of {file} holds each field ({kind}). Fields marked * are "
                "required. Columns were matched by their names: check them."
            ).format(file=name, kind=kind_label(kind))
        )
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for sheet in self.tables:
            self.sheet_combo.addItem(sheet, sheet)
        self.sheet_combo.blockSignals(False)
        several = len(self.tables) > 1
        self.sheet_combo.setVisible(several)
        self.sheet_label.setVisible(several)
        self._on_sheet_combo_changed()

    def _on_sheet_combo_changed(self, *_args: object) -> None:
        name = str(self.sheet_combo.currentData() or "")
        self.raw = self.tables.get(name, RawTable([], []))
        self._fill_fields(suggest_mapping(self.raw.headers, self.kind))
        self._fill_preview()
        self._update()

    def _fill_fields(self, suggested: ColumnMapping) -> None:
        kind = KINDS[self.kind]
        required = required_keys(kind)
        replaces = alternatives(kind)
        extra = [k for k in suggested.columns if kind.field(k) and k not in required]
        keys = field_order(self.kind, extra)
        self.fields.setRowCount(0)
        self._combos.clear()
        self._fixed.clear()
        self.fields.setRowCount(len(keys))
        language = active_language()
        for row, key in enumerate(keys):
            text = field_label(key, language) + (" *" if key in required else "")
            item = QTableWidgetItem(text)
            if key in required:
                item.setToolTip(self.tr("Required"))
            elif key in replaces:
                item.setToolTip(
                    self.tr("Can replace the required field {field}").format(
                        field=field_label(replaces[key], language)
                    )
                )
            if key in required:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.fields.setItem(row, 0, item)
            combo = QComboBox(self.fields)
            combo.setObjectName(f"mapping_{key}")
            combo.addItem(self.tr("— not imported —"), "")
            for header in self.raw.headers:
                combo.addItem(header, header)
            combo.addItem(self.tr("The same value for all rows"), FIXED)
            combo.setCurrentIndex(max(0, combo.findData(suggested.columns.get(key, ""))))
            fixed = QLineEdit(self.fields)
            fixed.setObjectName(f"fixed_{key}")
            fixed.setEnabled(False)
            combo.currentIndexChanged.connect(self._on_combo_changed)
            fixed.textChanged.connect(self._on_fixed_changed)
            self.fields.setCellWidget(row, 1, combo)
            self.fields.setCellWidget(row, 2, fixed)
            self._combos[key] = combo
            self._fixed[key] = fixed

    def _fill_preview(self) -> None:
        raw = self.raw
        shown = raw.rows[:PREVIEW_ROWS]
        self.preview.clear()
        self.preview.setColumnCount(len(raw.headers))
        self.preview.setRowCount(len(shown))
        self.preview.setVerticalHeaderLabels([str(n) for n in raw.row_numbers[: len(shown)]])
        self.preview.verticalHeader().setVisible(True)
        for r, line in enumerate(shown):
            for c, value in enumerate(line):
                self.preview.setItem(r, c, QTableWidgetItem(to_text(value)))
        self.preview_label.setText(
            self.tr("The first rows of the file (%n row(s) in all):", "", len(raw.rows))
        )

    # --- reading ----------------------------------------------------------------------------

    def mapping(self) -> ColumnMapping:
        mapping = ColumnMapping(self.kind)
        for key, combo in self._combos.items():
            data = str(combo.currentData() or "")
            if data == FIXED:
                value = self._fixed[key].text().strip()
                if value:
                    mapping.defaults[key] = value
            elif data:
                mapping.columns[key] = data
        return mapping

    def set_column(self, key: str, header: str) -> None:
        """Map ``key`` to the file's column ``header`` ("" for none)."""
        combo = self._combos[key]
        combo.setCurrentIndex(max(0, combo.findData(header)))

    def set_fixed(self, key: str, value: str) -> None:
        """Give ``key`` the same value for every row."""
        self._combos[key].setCurrentIndex(self._combos[key].findData(FIXED))
        self._fixed[key].setText(value)

    def missing(self) -> list[tuple[str, ...]]:
        return missing_fields(self.mapping(), KINDS[self.kind])

    def is_complete(self) -> bool:
        return bool(self.raw.headers) and not self.missing()

    def _on_combo_changed(self, *_args: object) -> None:
        for key, combo in self._combos.items():
            fixed = combo.currentData() == FIXED
            self._fixed[key].setEnabled(fixed)
        self._update()

    def _on_fixed_changed(self, *_args: object) -> None:
        self._update()

    def _update(self) -> None:
        language = active_language()
        missing = self.missing()
        if not self.raw.headers:
            self.missing_label.setText(self.tr("This sheet is empty."))
        elif missing:
            names = ", ".join(self._group_text(group, language) for group in missing)
            self.missing_label.setText(self.tr("Still required: {names}.").format(names=names))
        else:
            self.missing_label.setText("")
        self._mark_preview_headers()
        self.changed.emit()

    def _group_text(self, group: tuple[str, ...], language: str) -> str:
        first = preferred(group)
        if len(group) == 1:
            return field_label(first, language)
        other = next(k for k in group if k != first)
        return self.tr("{first} or {second}").format(
            first=field_label(first, language), second=field_label(other, language)
        )

    def _mark_preview_headers(self) -> None:
        language = active_language()
        fed = {h: k for k, h in self.mapping().columns.items()}
        grey = QBrush(QColor("#8a8a8a"))
        for column, header in enumerate(self.raw.headers):
            key = fed.get(header)
            text = header if key is None else f"{header}\n→ {field_label(key, language)}"
            item = QTableWidgetItem(text)
            if key is None:
                item.setForeground(grey)
            self.preview.setHorizontalHeaderItem(column, item)
        self.preview.resizeColumnsToContents()
        for column in range(self.preview.columnCount()):
            if self.preview.columnWidth(column) > PREVIEW_COLUMN_WIDTH:
                self.preview.setColumnWidth(column, PREVIEW_COLUMN_WIDTH)
