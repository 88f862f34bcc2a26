"""The report figures: each PDF made as the app makes it, against the same tables drawn bare."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from coopdesk.bench.baseline_pdf import build_bare, capture_tables, summary
from coopdesk.bench.results import Baseline, Result, Target, at_most, ratio_at_most, unavailable
from coopdesk.bench.runner import Bench, describe, scratch, timed, timed_once

ANNUAL_REPEAT = 3  # about 8 s each at scale 100
REPORT_RATIO = ratio_at_most(1.5)
ANNUAL_TIME = at_most(3.0)


@dataclass(frozen=True)
class ReportCase:
    name: str
    kind: str
    languages: tuple[str, ...]
    targets: tuple[Target, ...]
    cap: int | None = None


CASES = (
    ReportCase("report.annual_fr_de", "annual", ("fr", "de"), (ANNUAL_TIME, REPORT_RATIO),
               ANNUAL_REPEAT),
    ReportCase("report.budget_statement_fr_de", "budget", ("fr", "de"), (REPORT_RATIO,)),
)  # fmt: skip


def _data_seconds(bench: Bench, kind: str, year: int) -> float | None:
    """How long reading the report's data takes (the rest is layout), if that API exists."""
    try:
        from coopdesk.reports import data as report_data
    except ImportError:
        return None
    readers = {
        "annual": lambda s: report_data.annual_data(s, year),
        "budget": lambda s: report_data.budget_data(s, year, None),
    }
    reader = readers.get(kind)
    if reader is None:
        return None
    try:
        return timed_once(lambda: bench.run(reader))[0]
    except Exception:  # noqa: BLE001 - an internal API that moved: just no breakdown
        return None


def _measure(bench: Bench, case: ReportCase, folder: Path) -> Result:
    from coopdesk.reports import ReportRequest, generate_report

    year = bench.report_year
    request = ReportRequest(kind=case.kind, year=year, languages=case.languages)
    out = folder / f"{case.kind}.pdf"

    def make() -> None:
        bench.run(lambda s: generate_report(s, request, out))

    with capture_tables() as tables:  # also the warm-up run: fonts, catalogs, caches
        make()
    pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", out.read_bytes()))
    reps = bench.reps(case.cap)
    samples = timed(make, reps)
    bare = folder / f"{case.kind}-bare.pdf"
    build_bare(tables, bare)  # warm-up
    base = timed(lambda: build_bare(tables, bare), reps)
    plain = timed(lambda: build_bare(tables, bare, plain=True), 1)[0]
    drawn = summary(tables)
    data = _data_seconds(bench, case.kind, year)
    note = (f"year {year}, {drawn['tables']} tables / {drawn['rows']} rows, "
            f"~{pages} pages" + (f"; data read in {data:.2f} s" if data is not None else "")
            + f"; bare tables of plain strings {plain:.2f} s")
    return Result(
        case.name, "reports", samples,
        baseline=Baseline("bare reportlab SimpleDocTemplate, same tables", tuple(base)),
        targets=case.targets, note=note,
        details={**drawn, "year": year, "languages": list(case.languages),
                 "data_seconds": data, "pdf_bytes": out.stat().st_size, "pages": pages,
                 "baseline_plain_strings_seconds": plain},
    )  # fmt: skip


def reports(bench: Bench) -> list[Result]:
    """The annual report and the commune's budget statement, in French and German."""
    try:
        import coopdesk.reports  # noqa: F401 - being finished elsewhere: may be missing
    except Exception as exc:  # noqa: BLE001
        return [unavailable(c.name, "reports", describe(exc), c.targets) for c in CASES]
    results = []
    with scratch(bench, "reports-") as folder:
        for case in CASES:
            bench.log(f"  {case.name}")
            try:
                results.append(_measure(bench, case, folder))
            except Exception as exc:  # noqa: BLE001 - a broken report is a row, not a crash
                results.append(unavailable(case.name, "reports", describe(exc), case.targets))
    return results
