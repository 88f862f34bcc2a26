"""A dashboard number opened in a list: its filters set on the combos, or exactly its records."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping

from PySide6.QtWidgets import QBoxLayout, QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton

from coopdesk.ui.models.row_table_model import ID_ROLE
from coopdesk.ui.widgets.record_list import RecordList

_FILTER = "drilldown"


def choose_data(combo: QComboBox, value: object) -> bool:
    """Choose the entry whose data is ``value`` (compared as text); the first one when none is."""
    wanted = "" if value is None else str(value)
    for index in range(combo.count()):
        if str(combo.itemData(index) or "") == wanted:
            combo.setCurrentIndex(index)
            return True
    combo.setCurrentIndex(0)
    return False


class DrilldownFilter(QFrame):
    """A bar above a list saying it shows a dashboard number's records, with "Show all".

    Args:
        record_list: the list to filter (the bar goes above its table).
        combos: the list's filter combos by the field name the dashboard uses for them
            (``ProjectFilter``, ``ExchangeFilter``, ``IndicatorFilter``), in the order to set
            them (a combo that reloads the list, such as a year, first).
        text: the bar's text for a number of records (a translated "%n" plural).
    """

    def __init__(
        self,
        record_list: RecordList,
        combos: Mapping[str, QComboBox],
        text: Callable[[int], str] | None = None,
    ) -> None:
        super().__init__(record_list)
        self.setObjectName("drilldownBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#drilldownBar { background: palette(alternate-base); }")
        self._list = record_list
        self._combos = dict(combos)
        self._ids: frozenset[str] | None = None
        self._text = text or (
            lambda n: self.tr("Showing the %n record(s) behind a dashboard number.", "", n)
        )
        self.label = QLabel(self)
        self.label.setObjectName("drilldownLabel")
        self.show_all_button = QPushButton(self.tr("Show all"), self)
        self.show_all_button.setObjectName("drilldownShowAllButton")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 4, 2)
        row.addWidget(self.label, 1)
        row.addWidget(self.show_all_button)
        layout = record_list.layout()
        assert isinstance(layout, QBoxLayout)
        layout.insertWidget(layout.indexOf(record_list.views), self)
        self.show_all_button.clicked.connect(self.clear)
        self.hide()

    def apply(self, filters: Mapping[str, object], ids: Collection[str] | None = None) -> None:
        """Show the records behind a number: ``filters`` on the combos, or exactly ``ids``.

        The search is cleared and every combo not named in ``filters`` shows all; the first
        record shown is selected.
        """
        if self._list.search is not None:
            self._list.search.clear()
        for name, combo in self._combos.items():
            choose_data(combo, filters.get(name))
        self._ids = None if ids is None else frozenset(ids)
        wanted = self._ids
        self._list.proxy.set_filter(
            _FILTER, None if wanted is None else (lambda row: row.id in wanted)
        )
        if wanted is not None:
            self.label.setText(self._text(len(wanted)))
        self.setVisible(wanted is not None)
        proxy = self._list.proxy
        if proxy.rowCount() > 0:
            self._list.select_id(str(proxy.index(0, 0).data(ID_ROLE)))

    def ids(self) -> frozenset[str] | None:
        """The records the list is narrowed to (None: no such narrowing)."""
        return self._ids

    def clear(self) -> None:
        """Show every record again (the combos keep their choice)."""
        self._ids = None
        self._list.proxy.set_filter(_FILTER, None)
        self.hide()
