"""Small attachment files for the demo dataset: one-page PDFs, PNG pictures, the logo."""

from __future__ import annotations

import hashlib
import struct
import zlib
from pathlib import Path

from coopdesk.config import RESOURCES_DIR

LOGO_PATH = RESOURCES_DIR / "demo" / "logo.png"


def _pdf_text(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A valid one-page A4 PDF showing a title and lines of text (Helvetica, cp1252)."""
    ops = [b"BT /F1 16 Tf 56 780 Td (" + _pdf_text(title) + b") Tj ET"]
    y = 750
    for line in lines[:40]:
        ops.append(b"BT /F1 10 Tf 56 %d Td (" % y + _pdf_text(line) + b") Tj ET")
        y -= 16
    stream = b"\n".join(ops)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def png_bytes(
    width: int,
    height: int,
    top: tuple[int, int, int],
    bottom: tuple[int, int, int],
) -> bytes:
    """An RGB PNG with a vertical gradient (a stand-in for a photo)."""
    rows = bytearray()
    for y in range(height):
        colour = bytes(
            (top[i] * (height - 1 - y) + bottom[i] * y) // max(height - 1, 1) for i in range(3)
        )
        rows += b"\x00" + colour * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + _chunk(b"IEND", b"")
    )


def logo_bytes(path: Path = LOGO_PATH) -> bytes:
    """The demo municipality's logo (a PNG shipped in resources/demo)."""
    return path.read_bytes()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
