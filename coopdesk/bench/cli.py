"""``python -m coopdesk.bench``: measure, print the table, write ``build/bench.json``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from coopdesk import __version__
from coopdesk.bench import data_runs, export_runs, gui_runs, report_runs
from coopdesk.bench.cache import DemoDatabase, copy_database, ensure_demo, remove_database
from coopdesk.bench.results import MISSED, Result, render_table, unavailable
from coopdesk.bench.runner import Bench, describe
from coopdesk.store.migrate import head_revision

DEFAULT_SCALE = 100
DEFAULT_REPEAT = 5
DEFAULT_VISITS = 1000
DEFAULT_OUT = Path("build/bench.json")
DEFAULT_CACHE = Path("build/bench")

Group = Callable[[Bench], list[Result]]

# In the order they run (the slowest last, so that quick runs with --only stay quick).
GROUPS: dict[str, Group] = {
    "startup": gui_runs.startup,
    "lists": gui_runs.lists,
    "services": data_runs.services,
    "dashboard": data_runs.dashboard,
    "reports": report_runs.reports,
    "iati": export_runs.iati,
    "import": export_runs.bundle_import,
    "memory": gui_runs.memory,
    "xlsx": export_runs.xlsx,
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m coopdesk.bench",
        description="CoopDesk's speed at scale: every figure is the median of several runs, "
        "beside a plain baseline measured in the same run. Verdicts are printed, not asserted.",
    )
    parser.add_argument("--scale", type=int, default=DEFAULT_SCALE,
                        help=f"demo database scale (default {DEFAULT_SCALE})")
    parser.add_argument("--repeat", type=int, default=DEFAULT_REPEAT,
                        help=f"runs per figure (default {DEFAULT_REPEAT}; slow ones take fewer)")
    parser.add_argument("--only", nargs="+", choices=list(GROUPS), metavar="NAME",
                        help=f"only these groups: {', '.join(GROUPS)}")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help=f"the JSON file to write (default {DEFAULT_OUT})")
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE,
                        help=f"where the demo databases are kept (default {DEFAULT_CACHE})")
    parser.add_argument("--visits", type=int, default=DEFAULT_VISITS,
                        help=f"visits in the imported volunteer bundle (default {DEFAULT_VISITS})")
    return parser  # fmt: skip


def _demo_result(demo: DemoDatabase) -> Result:
    when = "built in this run" if demo.built_now else f"cached, built {demo.built_at}"
    counts = demo.counts
    key = ("exchange", "participant", "money_transaction", "measurement")
    volumes = ", ".join(f"{counts.get(k, 0)} {k}" for k in key)
    return Result(
        f"demo.generate_scale_{demo.scale}", "demo", [demo.build_seconds],
        note=f"{when}; {volumes}; {demo.size_bytes / 1e6:.0f} MB",
        details={"counts": dict(counts), "built_at": demo.built_at, "built_now": demo.built_now},
    )  # fmt: skip


def _machine() -> dict[str, Any]:
    try:
        import PySide6

        qt = PySide6.__version__
    except ImportError:
        qt = None
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "cpu_count": os.cpu_count(),
        "pyside6": qt,
        # Other work on the machine skews the figures: the 1-minute load at the end.
        "load_average": _load(),
    }


def _load() -> float | None:
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):  # Windows
        return None


def write_json(path: Path, payload: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(payload, indent=1, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)


def run_groups(bench: Bench, names: Sequence[str]) -> list[Result]:
    """Run each group; one that breaks gives a "not available" row, the others still run."""
    results: list[Result] = []
    for name in names:
        bench.log(f"[{name}]")
        started = time.perf_counter()
        try:
            found = GROUPS[name](bench)
        except Exception as exc:  # noqa: BLE001 - the suite reports, it does not stop
            found = [unavailable(f"{name}.*", name, describe(exc))]
        bench.log(f"[{name}] {time.perf_counter() - started:.0f} s")
        results += found
    return results


def payload(
    bench: Bench, args: argparse.Namespace, results: list[Result], seconds: float
) -> dict[str, Any]:
    demo = bench.demo
    return {
        "format": "coopdesk-bench",
        "format_version": 1,
        "app_version": __version__,
        "schema_revision": head_revision(),
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "duration_seconds": seconds,
        "machine": _machine(),
        "settings": {"scale": args.scale, "repeat": args.repeat, "only": args.only,
                     "visits": args.visits},  # fmt: skip
        "database": {
            "path": str(demo.path),
            "size_bytes": demo.size_bytes,
            "build_seconds": demo.build_seconds,
            "built_at": demo.built_at,
            "built_now": demo.built_now,
            "counts": dict(demo.counts),
        },
        "results": [r.to_json() for r in results],
        "missed": [r.name for r in results if r.verdict == MISSED],
        "not_available": [r.name for r in results if not r.available],
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Run the suite; 0 whatever the verdicts (targets are reported, never asserted)."""
    args = build_parser().parse_args(argv)
    if args.scale < 1 or args.repeat < 1 or args.visits < 1:
        print("coopdesk.bench: --scale, --repeat and --visits must be at least 1", file=sys.stderr)
        return 2
    started = time.perf_counter()

    def log(text: str) -> None:
        print(text, flush=True)

    log(f"Load average at the start: {_load()}")
    demo = ensure_demo(args.cache_dir, args.scale, log=log)
    folder = args.cache_dir / f"run-{os.getpid()}"
    work_db = copy_database(demo.path, folder / f"work-{args.scale}.coopdb")
    bench = Bench(demo, work_db, folder, args.repeat, args.visits, log=log)
    names = [n for n in GROUPS if not args.only or n in args.only]
    try:
        results = [_demo_result(demo), *run_groups(bench, names)]
    finally:
        bench.close()
        remove_database(work_db)
        shutil.rmtree(folder, ignore_errors=True)
    seconds = time.perf_counter() - started
    write_json(args.out, payload(bench, args, results, seconds))
    print()
    print(render_table(results))
    print()
    for result in results:
        if result.note:
            print(f"- {result.name}: {result.note}")
    missed = [r.name for r in results if r.verdict == MISSED]
    print(f"\n{len(results)} figures in {seconds:.0f} s; {len(missed)} target(s) missed. "
          f"Written to {args.out}.")  # fmt: skip
    return 0
