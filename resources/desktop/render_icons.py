"""Render the application and file-type icons as PNG from resources/icons/coopdesk.svg.

    python resources/desktop/render_icons.py OUT_DIR

writes an icon theme tree: OUT_DIR/hicolor/<N>x<N>/apps/org.coopdesk.CoopDesk.png for
N in 16..512, the scalable SVG, and the file-type icons (a page carrying the logo) under
mimetypes/. The PNGs are build output (make renders them into build/icons), so the SVG stays
the only source and the two can never drift apart.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

APP_ID = "org.coopdesk.CoopDesk"
SVG = Path(__file__).resolve().parent.parent / "icons" / "coopdesk.svg"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
MIME_ICONS = ("application-x-coopdesk-bundle", "application-x-coopdesk-database")


def render_app(renderer: QSvgRenderer, size: int) -> QImage:
    """The application icon at ``size`` pixels, transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def render_document(renderer: QSvgRenderer, size: int) -> QImage:
    """A file icon: a white page with a folded corner, the logo in its lower part."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    left, right, top, bottom = size * 0.16, size * 0.84, size * 0.04, size * 0.96
    fold = size * 0.22
    page = QPainterPath(QPointF(left, top))
    page.lineTo(right - fold, top)
    page.lineTo(right, top + fold)
    page.lineTo(right, bottom)
    page.lineTo(left, bottom)
    page.closeSubpath()
    pen = QPen(QColor("#5b6b7d"), max(1.0, size / 64))
    painter.setPen(pen)
    painter.setBrush(QColor("#ffffff"))
    painter.drawPath(page)
    corner = QPainterPath(QPointF(right - fold, top))
    corner.lineTo(right - fold, top + fold)
    corner.lineTo(right, top + fold)
    painter.setBrush(QColor("#dfe5ec"))
    painter.drawPath(corner)
    logo = (right - left) * 0.8
    renderer.render(painter, QRectF((size - logo) / 2, bottom - logo - size * 0.08, logo, logo))
    painter.end()
    return image


def render_all(out_dir: Path) -> list[Path]:
    """Write the whole icon tree under ``out_dir``; returns the files written."""
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {SVG}")
    written: list[Path] = []
    for size in SIZES:
        folder = out_dir / "hicolor" / f"{size}x{size}"
        targets = [(folder / "apps" / f"{APP_ID}.png", render_app(renderer, size))]
        document = render_document(renderer, size)
        targets += [(folder / "mimetypes" / f"{name}.png", document) for name in MIME_ICONS]
        for path, image in targets:
            path.parent.mkdir(parents=True, exist_ok=True)
            if not image.save(str(path), "PNG"):
                raise SystemExit(f"could not write {path}")
            written.append(path)
    scalable = out_dir / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    written.append(scalable)
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        print("usage: render_icons.py OUT_DIR", file=sys.stderr)
        return 2
    app = QGuiApplication.instance() or QGuiApplication([])
    written = render_all(Path(argv[0]))
    del app
    print(f"{len(written)} icons written under {argv[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
