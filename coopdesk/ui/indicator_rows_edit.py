"""A small editable list of rows (intermediate targets, values by place) and its row errors."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.services.errors import FieldError, ValidationError
from coopdesk.ui.widgets.optional_date_edit import date_display_format

DATE, TEXT = "date", "text"
MAX_VISIBLE_ROWS = 5
Cell = dt.date | str


@dataclass(frozen=True)
class RowColumn:
    """One column: its key (objectNames ``<name>_<key>_<row>``), translated header, kind."""

    key: str
    header: str
    kind: str = TEXT  # DATE or TEXT (numbers are typed as text, read by the service)
    placeholder: str = ""


class RowsEdit(QWidget):
    """Rows of date fields and lines, each with a ✕ button; "Add a row" below."""

    changed = Signal()

    def __init__(
        self,
        name: str,
        columns: Sequence[RowColumn],
        language: str,
        add_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._name = name
        self._columns = list(columns)
        self._language = language
        self._rows: list[tuple[list[QWidget], QToolButton]] = []
        # The rows scroll past MAX_VISIBLE_ROWS (a target per month over five years...).
        self._area = QScrollArea(self)
        self._area.setObjectName(f"{name}Scroll")
        self._area.setWidgetResizable(True)
        self._area.setFrameShape(QFrame.Shape.NoFrame)
        self._area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner = QWidget(self._area)
        self._area.setWidget(inner)
        self._grid = QGridLayout(inner)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(4)
        self._headers: list[QLabel] = []
        for column, spec in enumerate(self._columns):
            header = QLabel(spec.header, inner)
            header.setStyleSheet("color: palette(placeholder-text);")
            self._headers.append(header)
            self._grid.addWidget(header, 0, column)
            self._grid.setColumnStretch(column, 1)
        self.add_button = QPushButton(add_text, self)
        self.add_button.setObjectName(f"{name}AddButton")
        self.add_button.clicked.connect(self._on_add_button_clicked)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._area)
        layout.addLayout(bottom)
        self._update_headers()

    # --- reading and writing --------------------------------------------------------------

    def rows(self) -> list[tuple[Cell, ...]]:
        """Every row's values: dates as ``dt.date``, texts stripped."""
        return [tuple(self._read(w) for w in widgets) for widgets, _remove in self._rows]

    def set_rows(self, rows: Sequence[Sequence[Cell]]) -> None:
        while self._rows:
            self.remove_row(len(self._rows) - 1)
        for values in rows:
            self.add_row(values)

    def add_row(self, values: Sequence[Cell] = ()) -> list[QWidget]:
        """Append a row (filled with ``values`` when given); returns its widgets."""
        index = len(self._rows)
        widgets: list[QWidget] = []
        for column, spec in enumerate(self._columns):
            value = values[column] if column < len(values) else None
            widget = self._editor(spec, index, value)
            widgets.append(widget)
            self._grid.addWidget(widget, index + 1, column)
        remove = QToolButton(self._area.widget())
        remove.setObjectName(f"{self._name}_remove_{index}")
        remove.setText("✕")
        remove.setAutoRaise(True)
        remove.setToolTip(self.tr("Remove this row"))
        remove.clicked.connect(lambda: self.remove_row(self._index_of(remove)))
        self._grid.addWidget(remove, index + 1, len(self._columns))
        self._rows.append((widgets, remove))
        self._update_headers()
        self._chain_focus()
        self.changed.emit()
        return widgets

    def remove_row(self, index: int) -> None:
        if not 0 <= index < len(self._rows):
            return
        values = self.rows()
        del values[index]
        for widgets, remove in self._rows:
            for widget in (*widgets, remove):
                self._grid.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
        self._rows.clear()
        self.blockSignals(True)
        for row in values:
            self.add_row(row)
        self.blockSignals(False)
        self._update_headers()
        self.changed.emit()

    def widget_at(self, row: int, key: str) -> QWidget:
        keys = [c.key for c in self._columns]
        return self._rows[row][0][keys.index(key)]

    def row_count(self) -> int:
        return len(self._rows)

    # --- helpers --------------------------------------------------------------------------

    def _editor(self, spec: RowColumn, index: int, value: Cell | None) -> QWidget:
        name = f"{self._name}_{spec.key}_{index}"
        if spec.kind == DATE:
            edit = QDateEdit(self._area.widget())
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_display_format(self._language))
            day = value if isinstance(value, dt.date) else dt.date.today()
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.dateChanged.connect(self.changed)
            edit.setObjectName(name)
            return edit
        line = QLineEdit(self._area.widget())
        line.setObjectName(name)
        line.setPlaceholderText(spec.placeholder)
        line.setText(value if isinstance(value, str) else "")
        line.textChanged.connect(self.changed)
        return line

    @staticmethod
    def _read(widget: QWidget) -> Cell:
        if isinstance(widget, QDateEdit):
            day = widget.date().toPython()
            assert isinstance(day, dt.date)
            return day
        assert isinstance(widget, QLineEdit)
        return widget.text().strip()

    def _index_of(self, remove: QToolButton) -> int:
        return next(i for i, (_w, button) in enumerate(self._rows) if button is remove)

    def _update_headers(self) -> None:
        """Headers only above rows; the area as tall as its rows, up to MAX_VISIBLE_ROWS."""
        for header in self._headers:
            header.setVisible(bool(self._rows))
        self._area.setVisible(bool(self._rows))
        if not self._rows:
            return
        self._grid.activate()
        widgets, remove = self._rows[0]
        tallest = max(w.sizeHint().height() for w in (*widgets, remove))
        row_height = tallest + self._grid.verticalSpacing()
        header_height = self._headers[0].sizeHint().height() + self._grid.verticalSpacing()
        shown = min(len(self._rows), MAX_VISIBLE_ROWS)
        self._area.setFixedHeight(header_height + shown * row_height + 4)

    def focus_chain(self) -> list[QWidget]:
        """Its fields in Tab order: row by row, then "Add"."""
        return [*(w for widgets, remove in self._rows for w in (*widgets, remove)), self.add_button]

    def _chain_focus(self) -> None:
        chain = self.focus_chain()
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _on_add_button_clicked(self) -> None:
        widgets = self.add_row(self._next_values())
        widgets[0].setFocus()
        self._area.ensureWidgetVisible(widgets[0])

    def _next_values(self) -> tuple[Cell, ...]:
        """A new row starts where the previous one ended (dates), other cells empty."""
        if not self._rows:
            return ()
        last = self.rows()[-1]
        out: list[Cell] = []
        for spec, value in zip(self._columns, last, strict=True):
            out.append(value if spec.kind == DATE else "")
        return tuple(out)


_ROW_FIELD = re.compile(r"^(?P<group>[a-z_]+)\[(?P<index>\d+)\]\.(?P<field>.+)$")


def regroup_errors(
    error: ValidationError, groups: dict[str, str], row_text: str
) -> ValidationError:
    """Errors on ``targets[2].value``-like fields moved to their group's field (``targets``).

    Several messages for one field are kept, one per line.

    Args:
        groups: {prefix in the service's field names: field name in the dialog}.
        row_text: a translated template with {row} (from 1) and {message}.
    """
    merged: dict[str, list[str]] = {}
    for item in error.errors:
        found = _ROW_FIELD.match(item.field)
        if found and found["group"] in groups:
            message = row_text.format(row=int(found["index"]) + 1, message=item.message)
            merged.setdefault(groups[found["group"]], []).append(message)
        else:
            merged.setdefault(item.field, []).append(item.message)
    return ValidationError([FieldError(name, "\n".join(texts)) for name, texts in merged.items()])
