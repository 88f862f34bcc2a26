"""The pages of a generated report, shown with Qt PDF: all pages one under the other."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMargins, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0


class ReportPreview(QWidget):
    """A PDF viewer fitted to the width, with zoom buttons and a page count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPreview")
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("reportPreviewView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(16)
        self.view.setDocumentMargins(QMargins(16, 16, 16, 16))
        self.view.setStyleSheet("QPdfView { background: #8a9196; }")
        self.placeholder = QLabel(
            self.tr("Choose a report on the left and click “Generate”: its pages appear here."),
            self,
        )
        self.placeholder.setObjectName("reportPreviewPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.view)
        self.caption = QLabel(self)
        self.caption.setObjectName("reportPreviewCaption")
        self.zoom_out_button = self._button("reportZoomOutButton", "−", self.tr("Zoom out"))
        self.zoom_in_button = self._button("reportZoomInButton", "+", self.tr("Zoom in"))
        self.fit_button = self._button("reportFitWidthButton", self.tr("Fit width"), "")
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.fit_button.clicked.connect(self.fit_width)
        bar = QHBoxLayout()
        bar.addWidget(self.caption, 1)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self._set_loaded(False)

    def _button(self, name: str, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        if tip:
            button.setToolTip(tip)
            button.setAccessibleName(tip)
        return button

    def _set_loaded(self, loaded: bool) -> None:
        self.stack.setCurrentWidget(self.view if loaded else self.placeholder)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            button.setVisible(loaded)
        if not loaded:
            self.caption.clear()

    def show_file(self, path: Path, title: str) -> bool:
        """Show the PDF ``path`` under ``title``; False (and nothing shown) if it cannot be read."""
        self.document.close()
        if self.document.load(str(path)) != QPdfDocument.Error.None_:
            self.document.close()
            self._set_loaded(False)
            return False
        count = self.document.pageCount()
        self.caption.setText(
            self.tr("{title} — %n page(s)", "", count).format(title=title)
        )
        self._set_loaded(True)
        self.fit_width()
        self.view.pageNavigator().jump(0, self.view.pageNavigator().currentLocation())
        return True

    def clear(self) -> None:
        """Show no report (the file may then be removed)."""
        self.document.close()
        self._set_loaded(False)

    def page_count(self) -> int:
        return self.document.pageCount() if self.stack.currentWidget() is self.view else 0

    def current_page(self) -> int:
        """The page shown at the top of the view (0-based)."""
        return self.view.pageNavigator().currentPage()

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def zoom_by(self, factor: float) -> None:
        """Zoom from the current size (fitted width included) by ``factor``, within limits."""
        current = self._effective_zoom()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(MAX_ZOOM, max(MIN_ZOOM, current * factor)))

    def _effective_zoom(self) -> float:
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.document.pageCount() == 0:
            return self.view.zoomFactor()
        # The width fitted: the page's width in points against the viewport's in pixels.
        page_width = self.document.pagePointSize(0).width()
        screen_dpi = self.logicalDpiX() or 96
        shown = self.view.viewport().width() - 2 * self.view.documentMargins().left()
        return max(MIN_ZOOM, shown / (page_width * screen_dpi / 72)) if page_width else 1.0
