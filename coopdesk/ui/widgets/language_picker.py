"""Choose several languages: a searchable list of check boxes, common languages first."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from coopdesk.i18n.locale_data import languages
from coopdesk.ui.models.row_table_model import fold
from coopdesk.ui.widgets.check_list_picker import CheckListPicker

# Offered first: the languages of most French cooperation partners.
COMMON_LANGUAGES: tuple[str, ...] = ("fr", "en", "de", "es", "pt", "it", "wo", "ar")


class LanguagePicker(CheckListPicker):
    """A search line over a checkable list; the order of ticking is kept (first = main)."""

    def __init__(self, ui_language: str, parent: QWidget | None = None) -> None:
        names = dict(languages(ui_language))
        common = [c for c in COMMON_LANGUAGES if c in names]
        others = sorted((c for c in names if c not in common), key=lambda c: fold(names[c]))
        items = [(code, names[code]) for code in [*common, *others]]
        super().__init__(items, parent, name="language")
        self.set_texts(
            search=self.tr("Search a language…"),
            nothing=self.tr("No language chosen."),
            chosen=lambda names: self.tr("Chosen: {languages}").format(languages=names),
        )
