"""The "Lessons learned" tab of a project: texts side by side per language, saved on demand."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coopdesk.services.errors import ServiceError
from coopdesk.services.projects import ProjectData, get_project, update_project
from coopdesk.ui.commands import update_record
from coopdesk.ui.confirm import confirm, warn
from coopdesk.ui.context import AppContext
from coopdesk.ui.icons import icon
from coopdesk.ui.widgets.multilingual_edit import MultilingualEdit

ENTITY = "project"


class ProjectLessonsPanel(QWidget):
    """Edits ``ProjectData.lessons_learned``; leaving a project with unsaved text asks first."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectLessonsPanel")
        self.context = context
        self._project_id: str | None = None
        self._data: ProjectData | None = None
        intro = QLabel(
            self.tr(
                "What worked, what did not, what to do differently next time: write it down "
                "in each partner's language, for the next projects and the reports."
            ),
            self,
        )
        intro.setObjectName("lessonsIntro")
        intro.setWordWrap(True)
        intro.setStyleSheet("color: palette(placeholder-text);")
        self.edit = MultilingualEdit(
            context.formatter.language,
            ("fr",),
            self,
            multiline=True,
            side_by_side=True,
            text_height=0,
        )
        self.edit.setObjectName("projectLessonsEdit")
        self.save_button = QPushButton(icon("save"), self.tr("Save"), self)
        self.save_button.setObjectName("saveLessonsButton")
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.setObjectName("revertLessonsButton")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.edit, 1)
        layout.addLayout(buttons)
        self.edit.changed.connect(self._update_buttons)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.set_project(None, None)

    def set_project(self, project_id: str | None, data: ProjectData | None) -> None:
        """Show a project's lessons; unsaved text of another project is saved if the user agrees.

        The same project shown again (after any change elsewhere) keeps the text being typed.
        """
        if self._project_id is not None and project_id != self._project_id and self.has_changes():
            self._offer_to_save(self._project_id)
        keep_text = project_id is not None and project_id == self._project_id and self.has_changes()
        self._project_id = project_id
        self._data = data
        if not keep_text:
            lessons = dict(data.lessons_learned) if data is not None else {}
            self.edit.blockSignals(True)
            self.edit.set_languages(lessons)
            self.edit.set_value(lessons)
            self.edit.blockSignals(False)
        self.edit.setEnabled(data is not None and not self.context.readonly)
        self._update_buttons()

    def _offer_to_save(self, leaving: str) -> None:
        """Ask whether to save the text typed for the project being left.

        The save runs once the current event is over: it is called while the list's
        selection changes, and the save makes the list reload.
        """
        assert self._data is not None
        old, value = self._data, self.edit.value()
        question = self.tr("Save the changes to the lessons learned of {code}?")
        if confirm(self, self.tr("Lessons learned"), question.format(code=old.code)):
            QTimer.singleShot(0, self, lambda: self._save(leaving, old, value))

    def has_changes(self) -> bool:
        if self._data is None:
            return False
        return self.edit.value() != dict(self._data.lessons_learned)

    def save(self) -> bool:
        """Save the texts as shown (an undoable edit of the project); False if refused."""
        if self._project_id is None or self._data is None or not self.has_changes():
            return False
        return self._save(self._project_id, self._data, self.edit.value())

    def revert(self) -> None:
        """Show the saved texts again."""
        if self._data is None:
            return
        lessons = dict(self._data.lessons_learned)
        self.edit.set_languages(lessons)
        self.edit.set_value(lessons)
        self._update_buttons()

    def _save(self, project_id: str, data: ProjectData, value: dict[str, str]) -> bool:
        new = dataclasses.replace(data, lessons_learned=value)
        try:
            update_record(
                self.context,
                self.tr("Edit the lessons learned of {code}").format(code=data.code),
                ENTITY,
                project_id,
                new,
                get_project,
                update_project,
            )
        except ServiceError as exc:
            warn(self, self.tr("Lessons not saved"), exc.message)
            return False
        if project_id == self._project_id:
            self._data = new
        self._update_buttons()
        return True

    def _update_buttons(self) -> None:
        changed = self.has_changes()
        self.save_button.setEnabled(changed and not self.context.readonly)
        self.revert_button.setEnabled(changed)
