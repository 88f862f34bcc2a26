"""Create or edit a project: code, texts side by side in several languages, theme, SDGs, dates,
and its APD declaration fields (channel, OECD policy markers)."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from sqlalchemy.orm import Session

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLineEdit,
    QWidget,
)

from coopdesk.domain.enums import ActivityStatus
from coopdesk.i18n import translate
from coopdesk.i18n.locale_data import is_country
from coopdesk.services import codelists
from coopdesk.services.errors import ValidationError
from coopdesk.services.organisations import list_organisations
from coopdesk.services.project_list import project_title
from coopdesk.services.project_parts import list_project_organisations
from coopdesk.services.projects import (
    APD_CHANNELS,
    CODE_MAX_LENGTH,
    POLICY_MARKERS,
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


def _tooltip(*paragraphs: str) -> str:
    """Rich text, so that Qt wraps a long tooltip instead of drawing one very wide line."""
    return "".join(f"<p>{escape(p)}</p>" for p in paragraphs)


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
        self.apd_group = self._apd_group()  # made here: Tab reaches it before the status
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
        self.forms[0].addRow(self.apd_group)
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

    def _apd_group(self) -> QGroupBox:
        """The APD declaration box: channel and the four OECD policy markers scored 0-2."""
        group = QGroupBox(self.tr("APD declaration"), self)
        group.setObjectName("projectApdGroup")
        feeds = self.tr("Used in the yearly declaration of official development assistance (APD).")
        group.setToolTip(_tooltip(feeds))
        form = self._new_form()
        group.setLayout(form)
        self.apd_channel_combo = QComboBox(self)
        self.apd_channel_combo.setObjectName("projectApdChannelCombo")
        for key, label in APD_CHANNELS.items():
            self.apd_channel_combo.addItem(translate("Apd", label), key)
        how = self.tr(
            "How the aid reaches the partner: spent directly by the municipality, entrusted"
            " to an association or NGO, or paid to a multilateral organisation."
        )
        self.apd_channel_combo.setToolTip(_tooltip(how, feeds))
        explained = {
            "gender": self.tr(
                "Gender equality: the project aims to advance equality between women and men"
                " or to reduce discrimination against women and girls."
            ),
            "environment": self.tr(
                "Environment: the project aims to protect or improve the environment, or to"
                " help the partner take the environment into account in its policies."
            ),
            "biodiversity": self.tr(
                "Biodiversity: the project aims to conserve biodiversity, to use it sustainably"
                " or to share fairly the benefits drawn from it."
            ),
            "nutrition": self.tr(
                "Nutrition / inclusion: the project aims to improve nutrition, or the inclusion"
                " of people with disabilities and of other people left behind."
            ),
        }
        scores = self.tr(
            "2, principal objective: the project would not exist without this objective."
            " 1, significant objective: important and deliberate, but not the main reason for"
            " the project. 0: the project was screened and does not target it."
        )
        markers = QWidget(self)
        markers.setObjectName("projectPolicyMarkers")
        marker_form = self._new_form()
        marker_form.setContentsMargins(0, 0, 0, 0)
        markers.setLayout(marker_form)
        self.marker_combos: dict[str, QComboBox] = {}
        for key, label in POLICY_MARKERS.items():
            combo = self._score_combo(f"projectMarker_{key}")
            combo.setToolTip(_tooltip(explained[key], scores, feeds))
            marker_form.addRow(translate("Apd", label), combo)
            self.marker_combos[key] = combo
        self.forms.append(form)  # add_field(column=3) adds to this box, with inline errors
        self.add_field("apd_channel", self.tr("Channel"), self.apd_channel_combo, column=3)
        self.add_field("policy_markers", self.tr("Policy markers"), markers, column=3)
        return group

    def _score_combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(self.tr("Not scored"), None)
        combo.addItem(self.tr("0 – not targeted"), 0)
        combo.addItem(self.tr("1 – significant objective"), 1)
        combo.addItem(self.tr("2 – principal objective"), 2)
        return combo

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
        _select(self.apd_channel_combo, data.apd_channel)
        for key, combo in self.marker_combos.items():
            _select(combo, data.policy_markers.get(key))

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
            policy_markers={
                key: combo.currentData()
                for key, combo in self.marker_combos.items()
                if combo.currentData() is not None
            },
            apd_channel=str(self.apd_channel_combo.currentData()),
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

    def show_errors(self, error: ValidationError) -> None:
        super().show_errors(error)
        self._grow_to_fit()  # messages under the fields must not squeeze the SDG list

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


def _select(combo: QComboBox, value: object) -> None:
    """Select ``value``; one not offered is added as stored (the service refuses it on save)."""
    index = combo.findData(value)
    if index < 0:
        combo.addItem(str(value), value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)
