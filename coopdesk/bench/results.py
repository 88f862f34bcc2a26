"""Benchmark figures: samples, baselines, targets and verdicts; the table and the JSON."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

SECONDS, MEGABYTES = "s", "MB"
OK, MISSED, NO_TARGET, NOT_AVAILABLE = "ok", "MISSED", "-", "not available"


@dataclass(frozen=True)
class Target:
    """A limit on the median: absolute (in the row's unit) or a ratio to the baseline."""

    limit: float
    ratio: bool = False

    def text(self, unit: str) -> str:
        if self.ratio:
            return f"<= {self.limit:g}x"
        return f"< {format_value(self.limit, unit)}"

    def met(self, result: Result) -> bool | None:
        """None when it cannot be judged (no figure, or no baseline for a ratio)."""
        value = result.ratio if self.ratio else result.median
        return None if value is None else value <= self.limit


def at_most(limit: float) -> Target:
    return Target(limit)


def ratio_at_most(limit: float) -> Target:
    return Target(limit, ratio=True)


@dataclass(frozen=True)
class Baseline:
    """The same work done the plain way (sqlite3, bare reportlab), measured in the same run."""

    label: str
    samples: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.samples)


@dataclass
class Result:
    """One row of the table: the samples of one figure, its baseline and its targets."""

    name: str
    group: str
    samples: list[float] = field(default_factory=list)
    unit: str = SECONDS
    baseline: Baseline | None = None
    targets: tuple[Target, ...] = ()
    note: str = ""
    error: str = ""  # why the figure is not available
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def available(self) -> bool:
        return bool(self.samples) and not self.error

    @property
    def median(self) -> float | None:
        return statistics.median(self.samples) if self.available else None

    @property
    def minimum(self) -> float | None:
        return min(self.samples) if self.available else None

    @property
    def maximum(self) -> float | None:
        return max(self.samples) if self.available else None

    @property
    def ratio(self) -> float | None:
        median = self.median
        if median is None or self.baseline is None or not self.baseline.samples:
            return None
        base = self.baseline.median
        return median / base if base > 0 else None

    @property
    def verdict(self) -> str:
        if not self.available:
            return NOT_AVAILABLE
        judged = [t.met(self) for t in self.targets]
        if not any(j is not None for j in judged):
            return NO_TARGET
        return MISSED if any(j is False for j in judged) else OK

    def missed_by(self) -> list[str]:
        """How far past each missed target, e.g. "3.4x the 1.00 s limit", "ratio 7.1x > 2x"."""
        out = []
        for target in self.targets:
            if target.met(self) is False:
                if target.ratio:
                    out.append(f"ratio {self.ratio:.1f}x > {target.limit:g}x")
                    continue
                assert self.median is not None
                factor = self.median / target.limit
                limit = format_value(target.limit, self.unit)
                percent = (factor - 1) * 100
                shown = f"{percent:.1f}" if percent < 10 else f"{percent:.0f}"
                past = f"+{shown}% over" if factor < 2 else f"{factor:.1f}x"
                out.append(f"{past} the {limit} limit")
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "group": self.group,
            "unit": self.unit,
            "median": self.median,
            "min": self.minimum,
            "max": self.maximum,
            "samples": list(self.samples),
            "baseline": None
            if self.baseline is None
            else {
                "label": self.baseline.label,
                "median": self.baseline.median,
                "min": min(self.baseline.samples),
                "samples": list(self.baseline.samples),
            },
            "ratio": self.ratio,
            "targets": [
                {"limit": t.limit, "kind": "ratio" if t.ratio else "max", "text": t.text(self.unit)}
                for t in self.targets
            ],
            "verdict": self.verdict,
            "missed_by": self.missed_by(),
            "note": self.note,
            "error": self.error,
            "details": self.details,
        }


def unavailable(name: str, group: str, reason: str, targets: Sequence[Target] = ()) -> Result:
    """A row for a figure that could not be measured (the feature is absent or broken)."""
    return Result(name, group, targets=tuple(targets), error=reason or "unavailable")


def format_value(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == MEGABYTES:
        return f"{value:.0f} MB"
    if value < 1:
        return f"{value * 1000:.1f} ms" if value < 0.01 else f"{value * 1000:.0f} ms"
    return f"{value:.2f} s"


def _row(result: Result) -> list[str]:
    base = result.baseline.median if result.baseline is not None else None
    ratio = result.ratio
    verdict = result.verdict
    if verdict == MISSED:
        verdict = f"MISSED ({'; '.join(result.missed_by())})"
    elif verdict == NOT_AVAILABLE and result.error:
        verdict = f"not available: {result.error}"
    return [
        result.name,
        format_value(result.median, result.unit),
        format_value(result.minimum, result.unit),
        format_value(base, result.unit),
        "-" if ratio is None else f"{ratio:.1f}x",
        ", ".join(t.text(result.unit) for t in result.targets) or "-",
        verdict,
    ]


HEADERS = ["name", "median", "min", "baseline", "ratio", "target", "verdict"]


def render_table(results: Sequence[Result], *, verdict_width: int = 60) -> str:
    """A plain-text table (also valid Markdown), one row per figure."""
    rows = [HEADERS, *(_row(r) for r in results)]
    for row in rows:
        if len(row[-1]) > verdict_width:
            row[-1] = row[-1][: verdict_width - 1] + "…"
    widths = [max(len(row[i]) for row in rows) for i in range(len(HEADERS))]
    right = {1, 2, 3, 4}

    def line(cells: Sequence[str]) -> str:
        padded = [
            c.rjust(widths[i]) if i in right else c.ljust(widths[i]) for i, c in enumerate(cells)
        ]
        return "| " + " | ".join(padded) + " |"

    rule = "|" + "|".join(
        "-" * (w + 1) + ":" if i in right else "-" * (w + 2) for i, w in enumerate(widths)
    ) + "|"
    return "\n".join([line(rows[0]), rule, *(line(r) for r in rows[1:])])
