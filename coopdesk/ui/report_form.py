"""The choices of a report: kind, year, project, one or two languages and their layout."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.i18n import QT_TRANSLATE_NOOP, translate
from coopdesk.i18n.locale_data import language_name
from coopdesk.reports.data import default_languages
from coopdesk.reports.generate import ReportRequest
from coopdesk.reports.options import (
    ANNUAL,
    BUDGET,
    EXCHANGES,
    PROJECT,
    REPORT_KINDS,
    REPORT_LANGUAGES,
    SEQUENTIAL,
    SIDE_BY_SIDE,
)
from coopdesk.services.exchange_years import exchange_years
from coopdesk.services.project_list import list_projects
from coopdesk.ui.context import AppContext

KIND_NAMES: dict[str, str] = {
    ANNUAL: QT_TRANSLATE_NOOP("ReportForm", "Annual report to the council"),
    PROJECT: QT_TRANSLATE_NOOP("ReportForm", "Project sheet"),
    BUDGET: QT_TRANSLATE_NOOP("ReportForm", "Budget statement"),
    EXCHANGES: QT_TRANSLATE_NOOP("ReportForm", "Exchanges log"),
}


def default_report_year(years: Iterable[int], today: dt.date | None = None) -> int:
    """The latest finished year with data, else the current year.

    A report to the council is about a year that has ended; the current year (and the
    planned ones after it) stay in the list for whoever wants them.
    """
    current = (today or dt.date.today()).year
    earlier = [year for year in years if year < current]
    return max(earlier) if earlier else current


def offered_years(years: Iterable[int], today: dt.date | None = None) -> list[int]:
    """The years of the list, most recent first: those with data, this year and the next."""
    current = (today or dt.date.today()).year
    return sorted({*years, current, current + 1}, reverse=True)


class ReportForm(QWidget):
    """Reads the choices as a :class:`ReportRequest`; knows which ones each kind needs."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportForm")
        self.context = context
        self._ui_language = context.formatter.language
        self._projects_loaded = False
        self._kept_project: str | None = None
        # Two small queries: the municipality's languages, the first and last exchange.
        languages, years = context.run(lambda s: (default_languages(s), exchange_years(s)))
        self.kind_combo = self._combo("reportKindCombo")
        for kind in REPORT_KINDS:
            self.kind_combo.addItem(translate("ReportForm", KIND_NAMES[kind]), kind)
        self.year_combo = self._combo("reportYearCombo")
        self.set_years(years)
        self.project_combo = self._combo("reportProjectCombo")
        self.project_combo.addItem("", None)
        # A long title is cut in the closed list: the whole of it as a tooltip.
        self.project_combo.currentTextChanged.connect(self.project_combo.setToolTip)
        self.first_language_combo = self._combo("reportFirstLanguageCombo")
        for code in REPORT_LANGUAGES:
            self.first_language_combo.addItem(self._language(code), code)
        self.second_language_combo = self._combo("reportSecondLanguageCombo")
        self.side_by_side_radio = QRadioButton(self.tr("Side by side, in two columns"), self)
        self.side_by_side_radio.setObjectName("reportSideBySideRadio")
        self.sequential_radio = QRadioButton(self.tr("One after the other"), self)
        self.sequential_radio.setObjectName("reportSequentialRadio")
        self.layout_group = QButtonGroup(self)
        self.layout_group.addButton(self.side_by_side_radio)
        self.layout_group.addButton(self.sequential_radio)
        self.side_by_side_radio.setChecked(True)
        self._build()
        self.set_languages(languages)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.first_language_combo.currentIndexChanged.connect(
            self._on_first_language_combo_changed
        )
        self.second_language_combo.currentIndexChanged.connect(self._update_layout_choice)
        for combo in (self.kind_combo, self.year_combo, self.project_combo,
                      self.first_language_combo, self.second_language_combo):
            combo.currentIndexChanged.connect(self.changed)
        self.layout_group.buttonToggled.connect(self.changed)
        self._on_kind_combo_changed()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        return combo

    def _language(self, code: str) -> str:
        name = language_name(code, self._ui_language)
        return name[:1].upper() + name[1:]

    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Report:"), self.kind_combo)
        form.addRow(self.tr("&Year:"), self.year_combo)
        form.addRow(self.tr("&Project:"), self.project_combo)
        form.addRow(self.tr("&Language:"), self.first_language_combo)
        form.addRow(self.tr("Seco&nd language:"), self.second_language_combo)
        choices = QVBoxLayout()
        choices.setContentsMargins(0, 0, 0, 0)
        choices.addWidget(self.side_by_side_radio)
        choices.addWidget(self.sequential_radio)
        form.addRow(self.tr("Two languages:"), choices)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)

    # --- filling --------------------------------------------------------------------------

    def set_years(self, years: Iterable[int], today: dt.date | None = None) -> None:
        """Offer ``years`` (those with data); keep the chosen year, else pick the default."""
        years = list(years)
        chosen = self.year_combo.currentData()
        wanted = offered_years(years, today)
        if chosen is None:
            chosen = default_report_year(years, today)
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in sorted({*wanted, chosen}, reverse=True):
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(self.year_combo.findData(chosen))
        self.year_combo.blockSignals(False)

    def set_languages(self, languages: tuple[str, ...]) -> None:
        """Choose the first and the optional second language."""
        first = languages[0] if languages else "fr"
        self.first_language_combo.setCurrentIndex(max(0, self.first_language_combo.findData(first)))
        self._fill_second_languages(languages[1] if len(languages) > 1 else None)

    def _fill_second_languages(self, chosen: str | None) -> None:
        first = self.first_language_combo.currentData()
        combo = self.second_language_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("None (one language only)"), None)
        for code in REPORT_LANGUAGES:
            if code != first:
                combo.addItem(self._language(code), code)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)
        self._update_layout_choice()

    def load_projects(self) -> None:
        """Read the projects again (on showing the page, not when the window is built)."""
        language = self._ui_language
        projects = self.context.run(lambda s: list_projects(s, language=language))
        combo = self.project_combo
        chosen = combo.currentData() or self._kept_project
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for row in projects:
            text = f"{row.code} — {row.title}" if row.title else row.code
            combo.addItem(text, row.code)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
        combo.blockSignals(False)
        self._projects_loaded = True
        self._on_kind_combo_changed()

    def projects_loaded(self) -> bool:
        return self._projects_loaded

    def set_project(self, code: str | None) -> None:
        self.project_combo.setCurrentIndex(max(0, self.project_combo.findData(code)))

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def set_year(self, year: int) -> None:
        if self.year_combo.findData(year) < 0:
            self.set_years([*self._years(), year])
        self.year_combo.setCurrentIndex(self.year_combo.findData(year))

    def _years(self) -> list[int]:
        return [int(self.year_combo.itemData(i)) for i in range(self.year_combo.count())]

    # --- reading --------------------------------------------------------------------------

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def year(self) -> int:
        return int(self.year_combo.currentData())

    def project_code(self) -> str | None:
        if not self.project_combo.isEnabled():
            return None
        code = self.project_combo.currentData()
        return str(code) if code else None

    def languages(self) -> tuple[str, ...]:
        second = self.second_language_combo.currentData()
        first = str(self.first_language_combo.currentData())
        return (first, str(second)) if second else (first,)

    def problem(self) -> str | None:
        """Why the choices cannot make a report yet (None when they can)."""
        if self.kind() == PROJECT and not self.project_code():
            return self.tr("Choose the project of the project sheet.")
        return None

    def request(self) -> ReportRequest:
        layout = SEQUENTIAL if self.sequential_radio.isChecked() else SIDE_BY_SIDE
        return ReportRequest(
            kind=self.kind(),
            year=self.year(),
            languages=self.languages(),
            project_code=self.project_code(),
            layout=layout,
        )

    # --- slots ----------------------------------------------------------------------------

    def _on_kind_combo_changed(self, *_args: object) -> None:
        kind = self.kind()
        combo = self.project_combo
        uses_project = kind in (PROJECT, BUDGET)
        if uses_project and not combo.isEnabled():
            combo.setEnabled(True)
            self.set_project(self._kept_project)
        elif not uses_project and combo.isEnabled():
            self._kept_project = combo.currentData()
            combo.setEnabled(False)
            combo.setCurrentIndex(0)
        if kind == PROJECT:
            first = self.tr("Choose a project…")
        elif kind == BUDGET:
            first = self.tr("All projects (the whole commune)")
        else:
            first = self.tr("All projects")
        combo.setItemText(0, first)

    def _on_first_language_combo_changed(self, *_args: object) -> None:
        second = self.second_language_combo.currentData()
        first = self.first_language_combo.currentData()
        self._fill_second_languages(None if second == first else second)

    def _update_layout_choice(self, *_args: object) -> None:
        two = self.second_language_combo.currentData() is not None
        self.side_by_side_radio.setEnabled(two)
        self.sequential_radio.setEnabled(two)
