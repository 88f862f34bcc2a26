"""Printing a report: each PDF page rendered as an image at the printer's resolution."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

# Text stays sharp at 300 dpi; a "1200 dpi" printer mode would need 0.5 GB per A4 page.
MAX_PRINT_DPI = 300


class PrintError(Exception):
    """The printer could not be started (no page was sent)."""


def prepare_printer(printer: QPrinter, document: QPdfDocument) -> None:
    """Give ``printer`` the report's paper size and orientation before the print dialog."""
    if document.pageCount() == 0:
        return
    size = document.pagePointSize(0)
    orientation = (
        QPageLayout.Orientation.Landscape
        if size.width() > size.height()
        else QPageLayout.Orientation.Portrait
    )
    portrait = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
    printer.setPageSize(QPageSize(portrait, QPageSize.Unit.Point))
    printer.setPageOrientation(orientation)


def pages_to_print(printer: QPrinter, page_count: int, current_page: int = 0) -> list[int]:
    """The 0-based pages the user chose in the print dialog (all by default)."""
    every = list(range(page_count))
    chosen = printer.printRange()
    if chosen == QPrinter.PrintRange.CurrentPage:
        return [current_page] if 0 <= current_page < page_count else []
    if chosen == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        if not ranges.isEmpty():
            return [page for page in every if ranges.contains(page + 1)]
    return every


def render_page(document: QPdfDocument, page: int, dpi: int) -> QImage:
    """One page as an image of ``dpi`` dots per inch (white background)."""
    points = document.pagePointSize(page)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    image = document.render(page, size)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def print_pages(document: QPdfDocument, printer: QPrinter, pages: list[int]) -> int:
    """Paint ``pages`` of ``document`` on ``printer``, each fitted to the printable area.

    Returns:
        The number of pages sent.

    Raises:
        PrintError: the printer could not be opened.
    """
    if not pages:
        return 0
    dpi = max(72, min(printer.resolution(), MAX_PRINT_DPI))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError
    try:
        for number, page in enumerate(pages):
            if number and not printer.newPage():
                raise PrintError
            image = render_page(document, page, dpi)
            area = painter.viewport()
            target = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x = area.x() + (area.width() - target.width()) // 2
            y = area.y() + (area.height() - target.height()) // 2
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRect(x, y, target.width(), target.height()), image)
    finally:
        painter.end()
    return len(pages)
