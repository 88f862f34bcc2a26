"""A table model over frozen DTO rows, described by column specifications."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from coopdesk.i18n import translate

# The id of the row's record (a UUID string).
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
# Raw value used for sorting (text folded for comparison, numbers, ISO dates).
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 2

Index = QModelIndex | QPersistentModelIndex

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ANSWERED_ROLES = frozenset(
    {_DISPLAY, _TOOLTIP, SORT_ROLE, ID_ROLE, int(Qt.ItemDataRole.TextAlignmentRole)}
)
_RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class HasId(Protocol):
    @property
    def id(self) -> str: ...


R = TypeVar("R", bound=HasId)


class _CombiningMarks(dict[int, int | None]):
    """``str.translate`` table dropping combining marks, filled as characters are met."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_WITHOUT_MARKS = _CombiningMarks()


def fold(text: str) -> str:
    """Text for comparisons: case and accents ignored ("Sénégal" matches "senegal")."""
    if text.isascii():  # nothing to decompose: ten times faster on long lists
        return text.lower()
    return unicodedata.normalize("NFKD", text).translate(_WITHOUT_MARKS).casefold()


# Sort values Qt compares itself; any other value (a tuple) is replaced by its rank.
_QT_COMPARABLE = (str, int, float)


def _ranked(values: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Replace, column by column, sort values Qt cannot compare by their rank (an int).

    Qt compares two Python tuples as "unordered", so a column sorted on tuples came out
    in an arbitrary order.
    """
    if not values:
        return values
    columns = list(zip(*values, strict=True))
    for i, column in enumerate(columns):
        if not all(isinstance(v, _QT_COMPARABLE) for v in column):
            rank = {v: n for n, v in enumerate(sorted(set(column)))}
            columns[i] = tuple(rank[v] for v in column)
    return list(zip(*columns, strict=True))


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its header (marked with QT_TRANSLATE_NOOP) and how to show a row."""

    context: str
    header: str
    display: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    numeric: bool = False


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Read-only rows; display, sort and search values are computed once in :meth:`set_rows`.

    The model sorts itself (:meth:`sort`, on the precomputed keys, in one Python sort): a
    :class:`RowFilterProxyModel` above it only filters, so no comparison calls ``data()``.
    """

    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        # The rows as given (in the service's order) with their precomputed values.
        self._source: list[R] = []
        self._source_display: list[tuple[str, ...]] = []
        self._source_sort: list[tuple[Any, ...]] = []
        self._source_haystack: list[str] = []
        # The rows as shown (sorted), with their display texts, sort keys and search texts.
        self._rows: list[R] = []
        self._display: list[tuple[str, ...]] = []
        self._sort: list[tuple[Any, ...]] = []
        self._haystack: list[str] = []
        self._by_id: dict[str, int] = {}
        self._shown: list[int] = []  # the given index of each shown row
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        # Bumped whenever rows change or move: filters cached per row compare it.
        self.generation = 0

    # --- our API --------------------------------------------------------------------

    def set_rows(self, rows: Sequence[R]) -> None:
        """Replace every row (a model reset); the current sort order is kept."""
        self.beginResetModel()
        self._source = list(rows)
        self._source_display = display = [
            tuple(c.display(r) for c in self._columns) for r in self._source
        ]
        # Each distinct text folded once: dates, kinds, names repeat over thousands of rows.
        folds: dict[str, str] = {}

        def folded(text: str) -> str:
            found = folds.get(text)
            if found is None:
                found = folds[text] = fold(text)
            return found

        folded_rows = [tuple(map(folded, texts)) for texts in display]
        sorters = [c.sort for c in self._columns]
        self._source_sort = _ranked(
            [
                tuple(
                    f if sort is None else sort(r)
                    for sort, f in zip(sorters, texts, strict=True)
                )
                for r, texts in zip(self._source, folded_rows, strict=True)
            ]
        )
        self._source_haystack = [
            " ".join((*texts, fold(str(getattr(r, "search_text", "")))))
            for r, texts in zip(self._source, folded_rows, strict=True)
        ]
        self._arrange(self._order())
        self.endResetModel()

    def _order(self) -> list[int]:
        """Indexes of the given rows in the shown order (one sort on precomputed keys)."""
        count = len(self._source)
        if not 0 <= self._sort_column < len(self._columns):
            return list(range(count))
        keys = [k[self._sort_column] for k in self._source_sort]
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        try:  # stable both ways: equal keys keep the service's order, as Qt's sort does
            return sorted(range(count), key=keys.__getitem__, reverse=descending)
        except TypeError:  # keys of mixed types: sorted by type, then value
            mixed = [(type(k).__name__, k) for k in keys]
            try:
                return sorted(range(count), key=mixed.__getitem__, reverse=descending)
            except TypeError:
                return list(range(count))

    def _arrange(self, order: list[int]) -> None:
        """Show the given rows (and their precomputed values) in ``order``."""
        self._shown = order
        self._rows = [self._source[i] for i in order]
        self._display = [self._source_display[i] for i in order]
        self._sort = [self._source_sort[i] for i in order]
        self._haystack = [self._source_haystack[i] for i in order]
        self._by_id = {r.id: n for n, r in enumerate(self._rows)}
        self.generation += 1

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows on ``column``'s precomputed keys; selections follow their rows."""
        self._sort_column, self._sort_order = column, order
        if not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        before = self._shown
        self._arrange(self._order())
        position = [0] * len(self._shown)  # given index -> its new row
        for row, given in enumerate(self._shown):
            position[given] = row
        persistent = self.persistentIndexList()
        moved = [
            self.index(position[before[p.row()]], p.column()) if p.isValid() else QModelIndex()
            for p in persistent
        ]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def sort_column(self) -> int:
        return self._sort_column

    def rows(self) -> list[R]:
        """Every row, in the order they were given (not the sorted order)."""
        return list(self._source)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def haystack_at(self, row: int) -> str:
        """The folded text that the search box matches against."""
        return self._haystack[row]

    def haystacks(self) -> list[str]:
        """:meth:`haystack_at` of every row, in row order (not a copy: do not change it)."""
        return self._haystack

    def longest_text(self, column: int, rows: int = 5000) -> str:
        """The longest display text of ``column`` among the first ``rows`` rows (in characters).

        Fitting a column measures this one text besides a small sample of rows: Qt measures
        each sampled cell with several ``data()`` calls and a text layout.
        """
        if not 0 <= column < len(self._columns):
            return ""
        return max((texts[column] for texts in self._display[:rows]), key=len, default="")

    def row_of_id(self, record_id: str) -> int | None:
        return self._by_id.get(record_id)

    def column_count(self) -> int:
        return len(self._columns)

    # --- Qt overrides ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks for about eight roles per painted or measured cell; the roles this model
        # does not answer are refused before the (comparatively slow) index calls.
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        row, col = index.row(), index.column()
        if not 0 <= row < len(self._rows):
            return None
        if role == _DISPLAY or role == _TOOLTIP:
            return self._display[row][col]
        if role == SORT_ROLE:
            return self._sort[row][col]
        if role == ID_ROLE:
            return self._rows[row].id
        if self._columns[col].numeric:  # TextAlignmentRole
            return _RIGHT_ALIGNED
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            column = self._columns[section]
            return translate(column.context, column.header)
        if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[section].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


RowPredicate = Callable[[Any], bool]


class RowFilterProxyModel(QSortFilterProxyModel):
    """Search-as-you-type over the model's folded text plus named row predicates.

    It does not sort: :meth:`sort` asks the :class:`RowTableModel` below to reorder its
    rows (one Python sort on precomputed keys, no ``data()`` call per comparison). Which
    rows pass is worked out for all rows at once, in one list, when the search, a filter
    or the rows change; ``filterAcceptsRow`` only looks it up.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []
        self._filters: dict[str, RowPredicate] = {}
        self._accepted: list[bool] | None = None
        self._accepted_for = -1  # the model's generation the list was made for
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the source model's rows (QSortFilterProxyModel's own sort is never used)."""
        model = self.sourceModel()
        if isinstance(model, RowTableModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

    def set_search_text(self, text: str) -> None:
        """Keep rows whose text contains every word typed (any order, accents ignored)."""
        terms = fold(text).split()
        if terms == self._terms:
            return
        self.beginFilterChange()
        self._terms = terms
        self._accepted = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_filter(self, name: str, predicate: RowPredicate | None) -> None:
        """Add, replace or (with ``None``) remove a named filter on rows."""
        self.beginFilterChange()
        if predicate is None:
            self._filters.pop(name, None)
        else:
            self._filters[name] = predicate
        self._accepted = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def is_filtering(self) -> bool:
        return bool(self._terms or self._filters)

    def _accepted_rows(self, model: RowTableModel[Any]) -> list[bool]:
        """Whether each row of ``model`` passes the search and the filters."""
        if self._accepted is not None and self._accepted_for == model.generation:
            return self._accepted
        count = model.rowCount()
        if not self._terms and not self._filters:
            accepted = [True] * count
        else:
            haystacks = model.haystacks()
            terms, predicates = self._terms, list(self._filters.values())
            if len(terms) == 1:
                term = terms[0]
                accepted = [term in h for h in haystacks]
            else:
                accepted = [all(t in h for t in terms) for h in haystacks]
            if predicates:
                accepted = [
                    ok and all(accept(model.row_at(n)) for accept in predicates)
                    for n, ok in enumerate(accepted)
                ]
        self._accepted, self._accepted_for = accepted, model.generation
        return accepted

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, RowTableModel):
            return True
        accepted = self._accepted_rows(model)
        return accepted[source_row] if source_row < len(accepted) else True
