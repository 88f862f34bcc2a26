"""A table model over frozen DTO rows, described by column specifications."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
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


class HasId(Protocol):
    @property
    def id(self) -> str: ...


R = TypeVar("R", bound=HasId)


def fold(text: str) -> str:
    """Text for comparisons: case and accents ignored ("Sénégal" matches "senegal")."""
    if text.isascii():  # nothing to decompose: ten times faster on long lists
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# fold() of the texts many rows share (kinds, statuses, partner names, dates).
_fold_shared = lru_cache(maxsize=8192)(fold)


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
    """Read-only rows; display and sort values are computed once in :meth:`set_rows`."""

    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []
        self._display: list[tuple[str, ...]] = []
        self._sort: list[tuple[Any, ...]] = []
        self._haystack: list[str] = []
        self._by_id: dict[str, int] = {}

    # --- our API --------------------------------------------------------------------

    def set_rows(self, rows: Sequence[R]) -> None:
        """Replace every row (a model reset)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._display = [tuple(c.display(r) for c in self._columns) for r in self._rows]
        self._sort = _ranked(
            [
                tuple(
                    c.sort(r) if c.sort is not None else _fold_shared(shown)
                    for c, shown in zip(self._columns, texts, strict=True)
                )
                for r, texts in zip(self._rows, self._display, strict=True)
            ]
        )
        self._haystack = [
            " ".join((*map(_fold_shared, texts), fold(str(getattr(r, "search_text", "")))))
            for r, texts in zip(self._rows, self._display, strict=True)
        ]
        self._by_id = {r.id: i for i, r in enumerate(self._rows)}
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def haystack_at(self, row: int) -> str:
        """The folded text that the search box matches against."""
        return self._haystack[row]

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
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display[row][col]
        if role == SORT_ROLE:
            return self._sort[row][col]
        if role == ID_ROLE:
            return self._rows[row].id
        if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[col].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
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
    """Search-as-you-type over the model's folded text plus named row predicates."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []
        self._filters: dict[str, RowPredicate] = {}
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_search_text(self, text: str) -> None:
        """Keep rows whose text contains every word typed (any order, accents ignored)."""
        terms = fold(text).split()
        if terms == self._terms:
            return
        self.beginFilterChange()
        self._terms = terms
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_filter(self, name: str, predicate: RowPredicate | None) -> None:
        """Add, replace or (with ``None``) remove a named filter on rows."""
        self.beginFilterChange()
        if predicate is None:
            self._filters.pop(name, None)
        else:
            self._filters[name] = predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def is_filtering(self) -> bool:
        return bool(self._terms or self._filters)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, RowTableModel):
            return True
        haystack = model.haystack_at(source_row)
        if any(term not in haystack for term in self._terms):
            return False
        row = model.row_at(source_row)
        return all(accept(row) for accept in self._filters.values())
