"""Create or edit an indicator: texts side by side, baseline and target, breakdowns, targets."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from coopdesk.domain.enums import IndicatorKind
from coopdesk.services.computed_indicators import computed_choices, computed_definition
from coopdesk.services.disaggregation import DIMENSIONS, dimension_label
from coopdesk.services.errors import ValidationError
from coopdesk.services.indicator_data import CODE_MAX_LENGTH, SCALE_MAX, SCALE_MIN, UNIT_MAX_LENGTH
from coopdesk.services.indicators import (
    IndicatorData,
    TargetData,
    create_indicator,
    delete_indicator,
    get_indicator,
    update_indicator,
)
from coopdesk.services.number_input import NumberInput, number_example
from coopdesk.ui.commands import create_record, update_record
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.record_dialog import RecordDialog
from coopdesk.ui.indicator_labels import (
    DIRECTION_LABELS,
    FREQUENCY_LABELS,
    KIND_LABELS,
    choices,
    edit_number,
    typed_number,
)
from coopdesk.ui.indicator_rows_edit import DATE, RowColumn, RowsEdit, regroup_errors
from coopdesk.ui.widgets.multilingual_edit import MultilingualEdit
from coopdesk.ui.widgets.optional_date_edit import OptionalDateEdit

ENTITY = "indicator"
DEFAULT_SCALE = 5


class IndicatorDialog(RecordDialog):
    """``initial`` pre-fills a new indicator (e.g. one taken from the library)."""

    def __init__(
        self,
        context: AppContext,
        project_id: str,
        indicator_id: str | None = None,
        parent: QWidget | None = None,
        *,
        initial: IndicatorData | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("indicatorDialog")
        self.project_id = project_id
        self.record_id = indicator_id
        lang = context.formatter.language
        if indicator_id is not None:
            self.setWindowTitle(self.tr("Edit indicator"))
        elif initial is not None:
            self.setWindowTitle(self.tr("New indicator from the library"))
        else:
            self.setWindowTitle(self.tr("New indicator"))
        self.code_edit = self._line("indicatorCodeEdit", CODE_MAX_LENGTH, self.tr("e.g. EAU-POP"))
        self.kind_combo = self._combo("indicatorKindCombo", choices(KIND_LABELS))
        self.computed_combo = self._combo(
            "indicatorComputedCombo", [("", self.tr("Typed measurements")), *computed_choices()]
        )
        self.computed_note = QLabel(self)
        self.computed_note.setObjectName("indicatorComputedNote")
        self.computed_note.setWordWrap(True)
        self.computed_note.setStyleSheet("color: palette(placeholder-text);")
        self.unit_edit = self._line("indicatorUnitEdit", UNIT_MAX_LENGTH, self.tr("e.g. people, %"))
        self.direction_combo = self._combo("indicatorDirectionCombo", choices(DIRECTION_LABELS))
        self.frequency_combo = self._combo("indicatorFrequencyCombo", choices(FREQUENCY_LABELS))
        self.scale_spin = QSpinBox(self)
        self.scale_spin.setObjectName("indicatorScaleSpin")
        self.scale_spin.setRange(SCALE_MIN, SCALE_MAX)
        self.scale_spin.setValue(DEFAULT_SCALE)
        self.scale_spin.setPrefix(self.tr("1 to "))
        self.source_edit = self._line("indicatorSourceEdit", 300, self.tr("e.g. Household survey"))
        example = self.tr("e.g. {number}").format(number=number_example(lang))
        self.baseline_edit = self._line("indicatorBaselineEdit", 40, example)
        self.baseline_date_edit = OptionalDateEdit(lang, self)
        self.baseline_date_edit.setObjectName("indicatorBaselineDateEdit")
        self.target_edit = self._line("indicatorTargetEdit", 40, example)
        self.target_date_edit = OptionalDateEdit(lang, self)
        self.target_date_edit.setObjectName("indicatorTargetDateEdit")
        self.dimensions = QWidget(self)
        self.dimensions.setObjectName("indicatorDisaggregations")
        row = QHBoxLayout(self.dimensions)
        row.setContentsMargins(0, 0, 0, 0)
        self.dimension_checks: dict[str, QCheckBox] = {}
        for dimension in DIMENSIONS:
            check = QCheckBox(dimension_label(dimension), self.dimensions)
            check.setObjectName(f"disaggregation_{dimension}")
            row.addWidget(check)
            self.dimension_checks[dimension] = check
        row.addStretch(1)
        self.name_edit = MultilingualEdit(lang, ("fr",), self, side_by_side=True)
        self.name_edit.setObjectName("indicatorNameEdit")
        self.definition_edit = MultilingualEdit(
            lang,
            ("fr",),
            self,
            multiline=True,
            side_by_side=True,
            editable_languages=False,
            text_height=56,
            headers=False,
        )
        self.definition_edit.setObjectName("indicatorDefinitionEdit")
        self.targets_edit = RowsEdit(
            "targets",
            [
                RowColumn("start", self.tr("Period start"), DATE),
                RowColumn("end", self.tr("Period end"), DATE),
                RowColumn("value", self.tr("Value expected"), placeholder=example),
            ],
            lang,
            self.tr("Add an intermediate target"),
            self,
        )

        self.add_field("code", self.tr("Code"), self.code_edit, required=True)
        self.add_field("kind", self.tr("Kind"), self.kind_combo, required=True)
        self.add_field("computed_source", self.tr("Values"), self.computed_combo)
        self.forms[0].addRow("", self.computed_note)
        self.add_field("unit", self.tr("Unit"), self.unit_edit)
        self.add_field("direction", self.tr("Direction"), self.direction_combo)
        self.add_field("frequency", self.tr("Measured"), self.frequency_combo)
        self.add_field("rating_scale_max", self.tr("Rating scale"), self.scale_spin)
        self.add_field("data_source", self.tr("Data source"), self.source_edit)
        self.add_field("baseline_value", self.tr("Baseline"), self.baseline_edit, column=1)
        self.add_field("baseline_date", self.tr("Baseline date"), self.baseline_date_edit, column=1)
        self.add_field("target_value", self.tr("Target"), self.target_edit, column=1)
        self.add_field("target_date", self.tr("Target date"), self.target_date_edit, column=1)
        self.add_field("disaggregations", self.tr("Broken down by"), self.dimensions, column=1)
        self.add_field("name", self.tr("Name"), self.name_edit, required=True, column=2)
        self.add_field("definition", self.tr("Definition"), self.definition_edit, column=2)
        self.add_field("targets", self.tr("Intermediate targets"), self.targets_edit, column=2)
        self.name_edit.languages_changed.connect(
            lambda: self.definition_edit.set_languages(self.name_edit.languages())
        )
        self.kind_combo.currentIndexChanged.connect(self._update_enabled)
        self.computed_combo.currentIndexChanged.connect(self._update_enabled)
        if indicator_id is not None:
            self.set_data(context.run(lambda s: get_indicator(s, indicator_id)))
        elif initial is not None:
            self.set_data(initial)
        self._update_enabled()
        self.mark_unchanged()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        QWidget.setTabOrder(self.targets_edit.add_button, ok)
        QWidget.setTabOrder(ok, cancel)
        self.code_edit.setFocus()
        self.resize(980, self.sizeHint().height())

    def _line(self, name: str, limit: int, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setMaxLength(limit)
        edit.setPlaceholderText(placeholder)
        return edit

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for value, text in items:
            combo.addItem(text, value)
        return combo

    # --- data -------------------------------------------------------------------------------

    def _number(self, value: NumberInput) -> str:
        if isinstance(value, Decimal | int):
            return edit_number(value, self.context.formatter.language)
        return value or ""

    def set_data(self, data: IndicatorData) -> None:
        self.code_edit.setText(data.code)
        for combo, value in (
            (self.kind_combo, data.kind),
            (self.computed_combo, data.computed_source),
            (self.direction_combo, data.direction),
            (self.frequency_combo, data.frequency),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.unit_edit.setText(data.unit)
        self.scale_spin.setValue(data.rating_scale_max or DEFAULT_SCALE)
        self.source_edit.setText(data.data_source)
        self.baseline_edit.setText(self._number(data.baseline_value))
        self.baseline_date_edit.set_date(data.baseline_date)
        self.target_edit.setText(self._number(data.target_value))
        self.target_date_edit.set_date(data.target_date)
        for dimension, check in self.dimension_checks.items():
            check.setChecked(dimension in data.disaggregations)
        self.name_edit.ensure_languages([*data.name, *data.definition])
        self.name_edit.set_value(data.name)
        self.definition_edit.set_value(data.definition)
        for edit in self.findChildren(QLineEdit):
            edit.setCursorPosition(0)
        self.targets_edit.set_rows(
            [
                (t.period_start, t.period_end, self._number(t.value))
                for t in data.targets
                if t.period_start is not None and t.period_end is not None
            ]
        )

    def collect(self) -> IndicatorData:
        lang = self.context.formatter.language
        kind = str(self.kind_combo.currentData())
        qualitative = kind == IndicatorKind.QUALITATIVE.value
        computed = str(self.computed_combo.currentData() or "")
        typed_breakdowns = not qualitative and not computed
        return IndicatorData(
            code=self.code_edit.text(),
            name=self.name_edit.value(),
            kind=kind,
            definition=self.definition_edit.value(),
            unit=self.unit_edit.text(),
            direction=str(self.direction_combo.currentData()),
            baseline_value=typed_number(self.baseline_edit.text(), lang),
            baseline_date=self.baseline_date_edit.date(),
            target_value=typed_number(self.target_edit.text(), lang),
            target_date=self.target_date_edit.date(),
            frequency=str(self.frequency_combo.currentData()),
            data_source=self.source_edit.text(),
            disaggregations=tuple(
                d
                for d, check in self.dimension_checks.items()
                if check.isChecked() and typed_breakdowns
            ),
            rating_scale_max=self.scale_spin.value() if qualitative else None,
            computed_source=computed,
            targets=tuple(
                TargetData(start, end, typed_number(str(value), lang))  # type: ignore[arg-type]
                for start, end, value in self.targets_edit.rows()
            ),
        )

    def save(self, data: object) -> str:
        assert isinstance(data, IndicatorData)
        project_id = self.project_id
        code = data.code.strip()
        if self.record_id is None:
            return create_record(
                self.context,
                self.tr("Add indicator {code}").format(code=code),
                ENTITY,
                lambda s, iid: create_indicator(s, project_id, data, indicator_id=iid),
                delete_indicator,
            )
        update_record(
            self.context,
            self.tr("Edit indicator {code}").format(code=code),
            ENTITY,
            self.record_id,
            data,
            get_indicator,
            update_indicator,
        )
        return self.record_id

    def show_errors(self, error: ValidationError) -> None:
        row_text = self.tr("Row {row}: {message}")
        super().show_errors(regroup_errors(error, {"targets": "targets"}, row_text))

    # --- slots ------------------------------------------------------------------------------

    def _update_enabled(self, *_args: object) -> None:
        """A computed indicator is quantitative; breakdowns are for typed quantities."""
        computed = str(self.computed_combo.currentData() or "")
        if computed:
            self.kind_combo.setCurrentIndex(
                self.kind_combo.findData(IndicatorKind.QUANTITATIVE.value)
            )
        qualitative = str(self.kind_combo.currentData()) == IndicatorKind.QUALITATIVE.value
        self.kind_combo.setEnabled(not computed)
        self.scale_spin.setEnabled(qualitative)
        self.unit_edit.setEnabled(not qualitative)
        self.dimensions.setEnabled(not qualitative and not computed)
        if computed:
            self.computed_note.setText(
                self.tr("{definition} These values are never typed.").format(
                    definition=computed_definition(computed)
                )
            )
        self.computed_note.setVisible(bool(computed))
