"""What a report request may ask for (light: the command line imports it at start-up)."""

from __future__ import annotations

ANNUAL, PROJECT, BUDGET, EXCHANGES = "annual", "project", "budget", "exchanges"
REPORT_KINDS: tuple[str, ...] = (ANNUAL, PROJECT, BUDGET, EXCHANGES)

SIDE_BY_SIDE = "side-by-side"
SEQUENTIAL = "sequential"
LAYOUTS: tuple[str, ...] = (SIDE_BY_SIDE, SEQUENTIAL)

# Languages with a complete ``translations/reports_<lang>.qm`` catalog.
REPORT_LANGUAGES: tuple[str, ...] = ("fr", "en", "de", "es", "it", "pt", "pl", "ro", "ar")
