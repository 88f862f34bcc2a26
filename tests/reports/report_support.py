"""Helpers of the report tests (not a test module): PDF text, fonts, small databases."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path
from typing import Any

from pypdf import PdfReader

STANDARD_14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica",
    "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold",
    "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats",
}


def reader(pdf: Path | bytes) -> PdfReader:
    return PdfReader(pdf if isinstance(pdf, Path) else io.BytesIO(pdf))


def pdf_text(pdf: Path | bytes) -> str:
    """All the text of a PDF, Arabic presentation forms folded to letters (NFKC)."""
    text = "\n".join(page.extract_text() for page in reader(pdf).pages)
    return unicodedata.normalize("NFKC", text)


def flat(text: str) -> str:
    """Spaces of every kind (U+202F, NBSP, line breaks) as one plain space."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def fonts(pdf: Path | bytes) -> list[dict[str, Any]]:
    """Every font of every page: base name, subtype and whether a TrueType file is embedded."""
    out = []
    for page in reader(pdf).pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            out.append({"name": str(font["/BaseFont"]).lstrip("/"),
                        "subtype": str(font["/Subtype"]), "embedded": embedded})
    return out
