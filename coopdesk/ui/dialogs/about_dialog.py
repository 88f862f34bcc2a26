"""The "About CoopDesk" box: version, licence, the licences of the bundled fonts and data."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QMessageBox, QWidget

from coopdesk import __version__
from coopdesk.i18n import translate

_CTX = "AboutDialog"


def about_html() -> str:
    """The text of the box; translated sentences, markup added around them."""
    paragraphs = [
        translate("AboutDialog", "Version {version}").format(version=__version__),
        translate(
            "AboutDialog",
            "Decentralised cooperation and town twinning for municipalities, offline.",
        ),
        translate("AboutDialog", "Licence: GNU General Public License, version 3 or later."),
        translate(
            "AboutDialog",
            "Fonts: DejaVu Sans, under the Bitstream Vera licence (free; the DejaVu changes "
            "are in the public domain); its text is in resources/fonts/LICENSE-DejaVu.txt.",
        ),
        translate(
            "AboutDialog",
            "IATI codelists and schema: IATI Standard (http://iatistandard.org/), "
            "Creative Commons Attribution 4.0 (CC BY 4.0).",
        ),
        translate(
            "AboutDialog",
            "Built with Qt for Python (PySide6), under the GNU Lesser General Public "
            "License, version 3.",
        ),
    ]
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"<h3>CoopDesk</h3>{body}"


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(parent, translate("AboutDialog", "About CoopDesk"), about_html())
