"""Create or edit a project: code, texts side by side in several languages, theme, SDGs, dates."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy.orm import Session

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QWidget

from coopdesk.domain.enums import ActivityStatus
from coopdesk.i18n.locale_data import is_country
from coopdesk.services import codelists
from coopdesk.services.organisations import list_organisations
from coopdesk.services.project_list import project_title
from coopdesk.services.project_parts import list_project_organisations
from coopdesk.services.projects import (
    CODE_MAX_LENGTH,
    ProjectData,
    create_project,
    delete_project,
    get_project,
    suggest_project_code,
    update_project,
)
from coopdesk.ui.commands import create_record, update_record
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.record_dialog import RecordDialog
from coopdesk.ui.widgets.code_combo_box import country_combo_box
from coopdesk.ui.widgets.multilingual_edit import MultilingualEdit
from coopdesk.ui.widgets.optional_date_edit import OptionalDateEdit
from coopdesk.ui.widgets.sdg_picker import SdgPicker
from coopdesk.ui.widgets.sector_picker import SectorPicker

ENTITY = "project"


class ProjectDialog(RecordDialog):
    """Texts get a column for French and for each language of the project's partners."""

    def __init__(
        self, context: AppContext, project_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("projectDialog")
        self.record_id = project_id
        lang = context.formatter.language
        self.setWindowTitle(self.tr("Edit project") if project_id else self.tr("New project"))
        self._lessons: Mapping[str, str] = {}
        self._suggested_code = ""
        self._theme_sector = ""  # the default sector of the chosen theme

        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("projectCodeEdit")
        self.code_edit.setMaxLength(CODE_MAX_LENGTH)
        self.code_edit.setPlaceholderText(self.tr("e.g. SN-EAU-2026"))
        self.theme_combo = QComboBox(self)
        self.theme_combo.setObjectName("projectThemeCombo")
        self.theme_combo.addItem(self.tr("No theme"), "")
        for key, label in codelists.theme_choices():
            self.theme_combo.addItem(label, key)
        self.sector_picker = SectorPicker(lang, self)
        self.sector_picker.setObjectName("projectSectorPicker")
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("projectStatusCombo")
        for code, label in codelists.activity_status_choices():
            self.status_combo.addItem(label, code)
        self.status_combo.setCurrentIndex(
            self.status_combo.findData(ActivityStatus.IMPLEMENTATION.value)
        )
        self.planned_start_edit = self._date("projectPlannedStartEdit")
        self.planned_end_edit = self._date("projectPlannedEndEdit")
        self.actual_start_edit = self._date("projectActualStartEdit")
        self.actual_end_edit = self._date("projectActualEndEdit")
        self.place_edit = QLineEdit(self)
        self.place_edit.setObjectName("projectPlaceEdit")
        self.place_edit.setMaxLength(200)
        self.place_edit.setPlaceholderText(self.tr("Town, district, region"))
        self.country_combo = country_combo_box(lang, self)
        self.country_combo.setObjectName("projectCountryCombo")
        self.title_edit = MultilingualEdit(lang, ("fr",), self, side_by_side=True)
        self.title_edit.setObjectName("projectTitleEdit")
        self.summary_edit = self._texts("projectSummaryEdit")
        self.objectives_edit = self._texts("projectObjectivesEdit")
        self.sdg_picker = SdgPicker(lang, self)
        self.sdg_picker.setObjectName("projectSdgPicker")

        self.add_field("code", self.tr("Code"), self.code_edit, required=True)
        self.add_field("theme", self.tr("Theme"), self.theme_combo)
        self.add_field("dac_sector", self.tr("DAC sector"), self.sector_picker)
        self.add_field("status", self.tr("Status"), self.status_combo, required=True, column=1)
        self.add_field("planned_start", self.tr("Planned start"), self.planned_start_edit, column=1)
        self.add_field("planned_end", self.tr("Planned end"), self.planned_end_edit, column=1)
        self.add_field("actual_start", self.tr("Actual start"), self.actual_start_edit, column=1)
        self.add_field("actual_end", self.tr("Actual end"), self.actual_end_edit, column=1)
        self.add_field("location_place", self.tr("Place"), self.place_edit, column=1)
        self.add_field("location_country", self.tr("Country"), self.country_combo, column=1)
        self.add_field("title", self.tr("Title"), self.title_edit, required=True, column=2)
        self.add_field("summary", self.tr("Summary"), self.summary_edit, column=2)
        self.add_field("objectives", self.tr("Objectives"), self.objectives_edit, column=2)
        self.add_field("sdgs", self.tr("SDGs"), self.sdg_picker, column=2)
        self.sdg_picker.setToolTip(self.tr("UN Sustainable Development Goals"))

        self.title_edit.languages_changed.connect(self._on_title_edit_languages_changed)
        self.theme_combo.currentIndexChanged.connect(self._on_theme_combo_changed)
        self.country_combo.code_changed.connect(self._suggest_code)
        self.planned_start_edit.date_changed.connect(self._suggest_code)
        self.sector_picker.expert_check.toggled.connect(self._grow_to_fit)
        if project_id is not None:
            self.set_data(context.run(lambda s: get_project(s, project_id)))
            self.title_edit.ensure_languages(self._partner_languages(project_id))
        else:
            self._suggest_code()
        self.mark_unchanged()
        self._chain_buttons_last()
        self.code_edit.setFocus()
        self.resize(1080, self.sizeHint().height())

    def _date(self, name: str) -> OptionalDateEdit:
        edit = OptionalDateEdit(self.context.formatter.language, self)
        edit.setObjectName(name)
        return edit

    def _texts(self, name: str) -> MultilingualEdit:
        """A multi-line text whose languages follow those of the title."""
        edit = MultilingualEdit(
            self.context.formatter.language,
            ("fr",),
            self,
            multiline=True,
            side_by_side=True,
            editable_languages=False,
            text_height=70,
            headers=False,
        )
        edit.setObjectName(name)
        return edit

    def _partner_languages(self, project_id: str) -> list[str]:
        """The languages of the organisations taking part in the project."""

        def read(session: Session) -> list[str]:
            taking_part = {
                r.organisation_id for r in list_project_organisations(session, project_id)
            }
            rows = list_organisations(session)
            return [code for r in rows if r.id in taking_part for code in r.languages]

        return list(dict.fromkeys(self.context.run(read)))

    def _chain_buttons_last(self) -> None:
        """Tab reaches Save and Cancel after the last field (the base class made them first)."""
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        QWidget.setTabOrder(self.sdg_picker, ok)
        QWidget.setTabOrder(ok, cancel)

    # --- data -------------------------------------------------------------------------------

    def set_data(self, data: ProjectData) -> None:
        self.code_edit.setText(data.code)
        index = self.theme_combo.findData(data.theme)
        if index < 0:  # a theme no longer offered: shown as stored, refused when saved
            self.theme_combo.addItem(codelists.theme_label(data.theme), data.theme)
            index = self.theme_combo.count() - 1
        self.theme_combo.blockSignals(True)
        self.theme_combo.setCurrentIndex(index)
        self.theme_combo.blockSignals(False)
        found = codelists.theme(data.theme)
        self._theme_sector = found.default_sector if found else ""
        self.sector_picker.set_code(data.dac_sector)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(data.status)))
        self.planned_start_edit.set_date(data.planned_start)
        self.planned_end_edit.set_date(data.planned_end)
        self.actual_start_edit.set_date(data.actual_start)
        self.actual_end_edit.set_date(data.actual_end)
        self.place_edit.setText(data.location_place)
        self.place_edit.setCursorPosition(0)
        self.country_combo.set_code(data.location_country)
        self.title_edit.ensure_languages([*data.title, *data.summary, *data.objectives])
        self.title_edit.set_value(data.title)
        self.summary_edit.set_value(data.summary)
        self.objectives_edit.set_value(data.objectives)
        self.sdg_picker.set_selected(data.sdgs)
        self._lessons = dict(data.lessons_learned)

    def collect(self) -> ProjectData:
        return ProjectData(
            code=self.code_edit.text(),
            title=self.title_edit.value(),
            summary=self.summary_edit.value(),
            objectives=self.objectives_edit.value(),
            theme=str(self.theme_combo.currentData() or ""),
            dac_sector=self.sector_picker.code(),
            sdgs=self.sdg_picker.selected(),
            status=int(self.status_combo.currentData()),
            planned_start=self.planned_start_edit.date(),
            planned_end=self.planned_end_edit.date(),
            actual_start=self.actual_start_edit.date(),
            actual_end=self.actual_end_edit.date(),
            location_place=self.place_edit.text(),
            location_country=self.country_combo.code(),
            lessons_learned=dict(self._lessons),
        )

    def save(self, data: object) -> str:
        assert isinstance(data, ProjectData)
        code = data.code.strip()
        if self.record_id is None:
            return create_record(
                self.context,
                self.tr("Add project {code}").format(code=code),
                ENTITY,
                lambda s, pid: create_project(s, data, project_id=pid),
                delete_project,
            )
        update_record(
            self.context,
            self.tr("Edit project {code}").format(code=code),
            ENTITY,
            self.record_id,
            data,
            get_project,
            update_project,
        )
        return self.record_id

    def project_title(self) -> str:
        return project_title(self.title_edit.value(), self.context.formatter.language)

    # --- slots ------------------------------------------------------------------------------

    def _suggest_code(self, *_args: object) -> None:
        """Fill the code from country, theme and start year, unless the user typed one."""
        current = self.code_edit.text().strip()
        if current and current != self._suggested_code:
            return
        country = self.country_combo.code()
        theme = str(self.theme_combo.currentData() or "")
        start = self.planned_start_edit.date()
        code = self.context.run(
            lambda s: suggest_project_code(
                s,
                country=country if is_country(country) else "",
                theme=theme,
                year=start.year if start else None,
            )
        )
        self._suggested_code = code
        self.code_edit.setText(code)

    def _on_theme_combo_changed(self, _index: int) -> None:
        """The theme's default sector replaces the sector, unless the user chose another."""
        found = codelists.theme(str(self.theme_combo.currentData() or ""))
        default = found.default_sector if found else ""
        if self.sector_picker.code() in ("", self._theme_sector):
            self.sector_picker.set_code(default)
        self._theme_sector = default
        self._suggest_code()

    def _grow_to_fit(self) -> None:
        """Taller when the sector search opens (the width the user chose is kept)."""
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _on_title_edit_languages_changed(self) -> None:
        languages = self.title_edit.languages()
        self.summary_edit.set_languages(languages)
        self.objectives_edit.set_languages(languages)
