"""The main window's area pages, each built the first time it is shown or asked for."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStackedWidget, QWidget

from coopdesk.services.record_counts import RecordCounts
from coopdesk.ui.areas import Area
from coopdesk.ui.context import AppContext


class AreaPages(Mapping[str, QWidget]):
    """``{area key: page}`` over every area; a page is built on first use.

    The stack holds an empty placeholder for each area not built yet, so that its index
    stays the area's row; showing a placeholder (or ``pages[key]``) builds the page in
    its place. Building one page costs one area's query, not all of them at start-up.
    """

    def __init__(
        self,
        areas: Sequence[Area],
        context: AppContext,
        stack: QStackedWidget,
        on_built: Callable[[str, QWidget], None],
    ) -> None:
        self._areas = {area.key: area for area in areas}
        self._context = context
        self._stack = stack
        self._on_built = on_built
        self._built: dict[str, QWidget] = {}
        self._placeholders: dict[str, QWidget] = {}
        for area in areas:
            placeholder = QWidget(stack)
            placeholder.setObjectName(f"{area.key}Placeholder")
            self._placeholders[area.key] = placeholder
            stack.addWidget(placeholder)
        stack.currentChanged.connect(self._on_stack_current_changed)

    # --- Mapping ----------------------------------------------------------------------------

    def __getitem__(self, key: str) -> QWidget:
        page = self._built.get(key)
        if page is None:
            if key not in self._areas:
                raise KeyError(key)
            page = self._build(key)
        return page

    def __contains__(self, key: object) -> bool:  # without building the page
        return key in self._areas

    def __iter__(self) -> Iterator[str]:
        return iter(self._areas)

    def __len__(self) -> int:
        return len(self._areas)

    # --- our API ----------------------------------------------------------------------------

    def built(self) -> dict[str, QWidget]:
        """The pages built so far, in navigation order."""
        return {key: self._built[key] for key in self._areas if key in self._built}

    def is_built(self, key: str) -> bool:
        return key in self._built

    def show_current(self) -> QWidget | None:
        """Build the page the stack shows, if it is still a placeholder."""
        return self._on_stack_current_changed(self._stack.currentIndex())

    def clear(self) -> None:
        """Take every page and placeholder out of the stack (the database changes)."""
        self._stack.currentChanged.disconnect(self._on_stack_current_changed)
        for widget in (*self._built.values(), *self._placeholders.values()):
            self._stack.removeWidget(widget)
            widget.deleteLater()
        self._built.clear()
        self._placeholders.clear()

    # --- building ---------------------------------------------------------------------------

    def _build(self, key: str) -> QWidget:
        placeholder = self._placeholders.pop(key)
        index = self._stack.indexOf(placeholder)
        shown = self._stack.currentWidget() is placeholder
        page = self._areas[key].factory(self._context, self._stack)
        self._built[key] = page
        self._stack.insertWidget(index, page)
        if shown:
            self._stack.setCurrentWidget(page)
        self._stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self._on_built(key, page)
        return page

    def _on_stack_current_changed(self, index: int) -> QWidget | None:
        widget = self._stack.widget(index)
        for key, placeholder in self._placeholders.items():
            if placeholder is widget:
                return self._build(key)
        return None


# Areas whose status text a count query gives before their page is built.
COUNTED_AREAS = frozenset({"partners", "partnerships", "projects", "exchanges"})


def unbuilt_status_texts(counts: RecordCounts) -> dict[str, str]:
    """The status texts the pages not built yet would show.

    The same messages as the pages' own ``self.tr`` (their class names are the contexts),
    looked up the same way, so that the text does not change when a page gets built.
    """

    def lookup(context: str, text: str, n: int) -> str:  # not "tr": lupdate would collect it
        return QCoreApplication.translate(context, text, "", n)

    return {
        "partners": lookup("PartnersPage", "%n partner(s)", counts.partners),
        "partnerships": lookup("PartnershipsPage", "%n partnership(s)", counts.partnerships),
        "projects": lookup("ProjectsPage", "%n project(s)", counts.projects),
        "exchanges": lookup(
            "ExchangesPage", "%n exchange(s) in {year}", counts.exchanges_in_year
        ).format(year=counts.year),
    }
