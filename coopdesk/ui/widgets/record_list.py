"""A searchable, filterable record table with its buttons, count and empty-state message."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.i18n import translate
from coopdesk.ui.icons import icon
from coopdesk.ui.list_export import ListExporter
from coopdesk.ui.models.row_table_model import RowFilterProxyModel, RowTableModel
from coopdesk.ui.widgets.table_view import RecordTableView, TablePanel, action_button


class RecordActions(NamedTuple):
    new: QAction
    edit: QAction
    delete: QAction


def master_detail(parent: QWidget, name: str, master: QWidget, detail: QWidget) -> QSplitter:
    """A vertical splitter: the list above (3/5), the selected record's details below."""
    splitter = QSplitter(Qt.Orientation.Vertical, parent)
    splitter.setObjectName(name)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(master)
    splitter.addWidget(detail)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    return splitter


# ``count_text(visible, total)``: e.g. "12 partners", "3 of 12 partners".
CountText = Callable[[int, int], str]


class RecordList(QWidget):
    """Pages compose it: they add buttons and filters and feed rows with :meth:`set_rows`."""

    current_changed = Signal()
    activated = Signal()

    def __init__(
        self,
        model: RowTableModel[Any],
        table_name: str,
        *,
        search_name: str | None = None,
        stretch_column: int = 0,
        tools_below: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """``tools_below`` puts the search and filters on a row of their own (many filters)."""
        super().__init__(parent)
        self.model = model
        self.proxy = RowFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.table = RecordTableView(table_name, self)
        self.table.setModel(self.proxy)
        self.table.set_stretch_column(stretch_column)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.panel = TablePanel(self.table, self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName(f"{table_name}Count")
        self.count_label.setStyleSheet("color: palette(placeholder-text);")
        self._empty_text = ""
        self._no_match_text = ""
        self._count_text: CountText | None = None
        self._fitted = False
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(6)
        self.tools = QHBoxLayout()
        self.tools.setSpacing(6)
        self.search: QLineEdit | None = None
        if search_name is not None:
            self.search = QLineEdit(self)
            self.search.setObjectName(search_name)
            self.search.setClearButtonEnabled(True)
            self.search.setMinimumWidth(170)
            self.search.setMaximumWidth(320)
            self.search.textChanged.connect(self._on_search_text_changed)
            self.tools.addWidget(self.search)
        # The table's panel, and any other view of the same rows (see add_view).
        self.views = QStackedWidget(self)
        self.views.addWidget(self.panel)
        top = QHBoxLayout()
        top.addLayout(self.buttons)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        if tools_below:
            below = QHBoxLayout()
            below.addLayout(self.tools)
            below.addStretch(1)
            layout.addLayout(below)
        else:
            top.addLayout(self.tools)
        self.exporter = ListExporter(self)  # "Export…": the rows shown, to XLSX or CSV
        top.addWidget(self.exporter.button)
        layout.addWidget(self.views, 1)
        layout.addWidget(self.count_label)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.activated.connect(self._on_table_activated)
        self.proxy.rowsInserted.connect(self._update_state)
        self.proxy.rowsRemoved.connect(self._update_state)
        self.proxy.modelReset.connect(self._update_state)
        self.proxy.layoutChanged.connect(self._update_state)

    # --- configuration --------------------------------------------------------------------

    def set_texts(self, *, empty: str, no_match: str, count: CountText) -> None:
        """Messages for "no record at all", "nothing matches", and the count line."""
        self._empty_text = empty
        self._no_match_text = no_match
        self._count_text = count
        self._update_state()

    def add_button(self, action: QAction, object_name: str) -> None:
        self.buttons.addWidget(action_button(action, object_name, self))

    def add_view(self, view: QWidget) -> None:
        """Another view of the rows (e.g. a timeline), shown instead of the table on demand."""
        self.views.addWidget(view)

    def show_view(self, view: QWidget | None) -> None:
        """Show ``view`` (one given to :meth:`add_view`), or the table when None."""
        self.views.setCurrentWidget(view if view is not None else self.panel)

    def add_record_actions(
        self,
        owner: QWidget,
        name: str,
        new_text: str,
        handlers: tuple[Callable[[], object], Callable[[], object], Callable[[], object]],
        *,
        window_new_shortcut: bool = False,
    ) -> RecordActions:
        """The New / Edit / Delete actions and buttons of a list, wired to ``handlers``.

        Object names follow ``new<Name>Action`` / ``new<Name>Button`` (likewise edit,
        delete). Delete has the Delete key on the table; double-click or Enter edits;
        ``window_new_shortcut`` gives New the window-wide Ctrl+N (for a page's main list).
        """
        new = QAction(icon("add"), new_text, owner)
        edit = QAction(icon("edit"), translate("RecordList", "Edit"), owner)
        delete = QAction(icon("delete"), translate("RecordList", "Delete"), owner)
        for action, verb in ((new, "new"), (edit, "edit"), (delete, "delete")):
            action.setObjectName(f"{verb}{name}Action")
        if window_new_shortcut:
            new.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
            # A window shortcut: a hidden page's action does not compete with this one.
            new.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            owner.addAction(new)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.addAction(delete)
        for action, verb in ((new, "new"), (edit, "edit"), (delete, "delete")):
            self.add_button(action, f"{verb}{name}Button")
        on_new, on_edit, on_delete = handlers
        new.triggered.connect(on_new)
        edit.triggered.connect(on_edit)
        delete.triggered.connect(on_delete)
        self.activated.connect(on_edit)
        return RecordActions(new, edit, delete)

    def add_filter(
        self,
        name: str,
        object_name: str,
        all_label: str,
        key: Callable[[Any], str] | Callable[[Any], Collection[str]],
        *,
        contains: bool = False,
    ) -> QComboBox:
        """A combo whose first entry (data "") shows all rows; others keep ``key(row) == data``.

        With ``contains``, ``key(row)`` is a collection (e.g. partner ids) and rows whose
        collection holds the chosen value are kept.
        """
        combo = QComboBox(self)
        combo.setObjectName(object_name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.addItem(all_label, "")

        def changed() -> None:
            value = str(combo.currentData() or "")
            predicate: Callable[[Any], bool] | None = None
            if value and contains:
                predicate = lambda row: value in key(row)  # noqa: E731
            elif value:
                predicate = lambda row: key(row) == value  # noqa: E731
            self.proxy.set_filter(name, predicate)

        combo.currentIndexChanged.connect(changed)
        self.tools.addWidget(combo)
        return combo

    @staticmethod
    def set_filter_items(combo: QComboBox, items: Sequence[tuple[str, str]]) -> None:
        """Replace a filter's entries (after its "all" entry), keeping the chosen one."""
        current = str(combo.currentData() or "")
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for value, label in items:
            combo.addItem(label, value)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index > 0 else 0)
        combo.blockSignals(False)
        if index <= 0 and current:
            combo.currentIndexChanged.emit(0)

    # --- data -----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show ``rows``, keeping the selected record when it is still there."""
        current = self.current_id()
        self.model.set_rows(rows)
        if not self._fitted and rows:
            self.table.fit_columns()
            self._fitted = True
        if not self.table.select_id(current) and current is not None:
            self.current_changed.emit()
        self._update_state()

    def current_id(self) -> str | None:
        return self.table.current_id()

    def current_row(self) -> Any | None:
        record_id = self.current_id()
        if record_id is None:
            return None
        row = self.model.row_of_id(record_id)
        return None if row is None else self.model.row_at(row)

    def select_id(self, record_id: str | None) -> bool:
        return self.table.select_id(record_id)

    def visible_count(self) -> int:
        return self.proxy.rowCount()

    def total_count(self) -> int:
        return self.model.rowCount()

    # --- slots ----------------------------------------------------------------------------

    def _update_state(self, *_args: object) -> None:
        total, visible = self.total_count(), self.visible_count()
        if total == 0:
            self.panel.show_message(self._empty_text or None)
        elif visible == 0:
            self.panel.show_message(self._no_match_text or None)
        else:
            self.panel.show_message(None)
        if self._count_text is not None:
            self.count_label.setText(self._count_text(visible, total))

    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_search_text(text)

    def _on_table_selection_changed(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        self.current_changed.emit()

    def _on_table_activated(self) -> None:
        self.activated.emit()
