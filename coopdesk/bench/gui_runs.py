"""The GUI figures: each run is a fresh process (``gui_probe``) on the working copy."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from typing import Any

from coopdesk.bench.baseline_sql import connect, fetch_list, list_query, search_rows
from coopdesk.bench.gui_probe import MARKER
from coopdesk.bench.results import MEGABYTES, Baseline, Result, at_most, ratio_at_most, unavailable
from coopdesk.bench.runner import Bench, describe, timed

PROBE_TIMEOUT = 600  # seconds: a probe stuck longer is reported as failed
MEMORY_REPEAT = 3
LISTS_REPEAT = 3  # about 25 s per GUI process at scale 100
BASELINE_MIN_REPEAT = 5
LIST_FIRST_ROWS = at_most(0.2)
LIST_RATIO = ratio_at_most(2.0)
KEYSTROKE = at_most(0.1)
STARTUP = at_most(1.0)
MEMORY = at_most(300)


class ProbeError(RuntimeError):
    """The GUI process failed or printed no result."""


def run_probe(bench: Bench, mode: str) -> tuple[float, dict[str, Any]]:
    """Run one fresh GUI process; returns when it was spawned (``time.time()``) and its JSON."""
    bench.close()  # the GUI opens the working copy as the only user, as on a desk
    config = bench.temp_dir(f"qt-{mode}-")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "coopdesk.bench.gui_probe", mode,
               "--db", str(bench.work_db), "--config", str(config)]  # fmt: skip
    try:
        spawned = time.time()
        done = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=PROBE_TIMEOUT, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise ProbeError(f"the GUI process ({mode}) ran over {PROBE_TIMEOUT} s") from exc
    finally:
        shutil.rmtree(config, ignore_errors=True)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith(MARKER)]
    if not lines:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise ProbeError(f"the GUI process ({mode}) exited {done.returncode}: {tail}")
    out: dict[str, Any] = json.loads(lines[-1][len(MARKER):])
    if "error" in out:
        raise ProbeError(f"the GUI process ({mode}) failed: {out['error']}")
    return spawned, out


def startup(bench: Bench) -> list[Result]:
    """Process start to main window shown and idle, ``repeat`` fresh processes."""
    name = "startup.main_window_responsive"
    samples, phases = [], []
    for n in range(bench.reps()):
        bench.log(f"  start-up {n + 1}/{bench.reps()}")
        try:
            spawned, out = run_probe(bench, "startup")
        except ProbeError as exc:
            return [unavailable(name, "startup", describe(exc), [STARTUP])]
        t = out["times"]
        samples.append(t["idle"] - spawned)
        phases.append({
            "interpreter": t["entered"] - spawned,
            "imports_app_db_open": t["window_started"] - t["entered"],
            "window_built_pages_loaded": t["window_built"] - t["window_started"],
            "shown_to_idle": t["idle"] - t["window_built"],
        })
    details = {k: statistics.median(p[k] for p in phases) for k in phases[0]}
    note = ", ".join(f"{k.replace('_', ' ')} {v:.2f} s" for k, v in details.items())
    return [Result(name, "startup", samples, targets=(STARTUP,), note=note, details=details)]


def list_baselines(bench: Bench, keys: list[str]) -> dict[str, Baseline]:
    """Plain-sqlite3 fetches of the rows of each list (memoised for the run)."""
    cached: dict[str, Baseline] = bench.memo.setdefault("list_baselines", {})
    base_reps = max(bench.repeat, BASELINE_MIN_REPEAT)  # milliseconds each: a steadier median
    con = connect(bench.work_db)
    try:
        for key in keys:
            if key in cached or list_query(key) is None:
                continue
            samples = timed(lambda k=key: fetch_list(con, k, bench.today.year), base_reps)
            cached[key] = Baseline("plain sqlite3, same rows", tuple(samples))
    finally:
        con.close()
    return cached


def _collect(runs: list[dict[str, Any]], part: str) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}
    for run in runs:
        for key, value in run.get(part, {}).items():
            out.setdefault(key, []).append(float(value))
    return out


def _search_result(bench: Bench, runs: list[dict[str, Any]]) -> Result | None:
    found = [r["search"] for r in runs if "search" in r]
    if not found:
        return None
    first = found[0]
    term, area = first["term"], first["area"]
    samples = [t for f in found for t in f["keystrokes"]]
    con = connect(bench.work_db)
    try:
        prefixes = [term[: i + 1] for i in range(len(term))]
        reps = max(bench.repeat, BASELINE_MIN_REPEAT)
        base = [t for p in prefixes for t in timed(lambda p=p: search_rows(con, p), reps)]
    finally:
        con.close()
    note = (f"typing '{term}' in {first['rows']} rows, shown "
            f"{' > '.join(str(n) for n in first['shown'])}; max {max(samples) * 1000:.0f} ms")
    return Result(
        f"search.{area}.keystroke", "lists", samples,
        baseline=Baseline("sqlite3 LIKE on title, place, partners", tuple(base)),
        targets=(KEYSTROKE,), note=note, details={"term": term, "first_run": first},
    )  # fmt: skip


def lists(bench: Bench) -> list[Result]:
    """Each area's page built afresh until its rows are painted; scrolled; searched."""
    runs = []
    reps = bench.reps(LISTS_REPEAT)
    for n in range(reps):
        bench.log(f"  lists {n + 1}/{reps}")
        try:
            runs.append(run_probe(bench, "lists")[1]["lists"])
        except ProbeError as exc:
            return [unavailable("list.*", "lists", describe(exc))]
    opens, scrolls = _collect(runs, "open"), _collect(runs, "scroll")
    completes = _collect(runs, "complete")  # lists shown in two steps: all rows there
    first_rows = runs[-1].get("first_rows", {})
    rows, painted = runs[-1]["rows"], runs[-1]["painted"]
    tables = runs[-1].get("table", {})
    baselines = list_baselines(bench, list(opens))
    results = []
    for key, samples in opens.items():
        if not painted.get(key) and not rows.get(key):  # no list (a dashboard) or nothing in it
            results.append(Result(f"page.{key}.open", "lists", samples,
                                  note="until shown and idle (no rows to paint)"))  # fmt: skip
            continue
        base = baselines.get(key)
        targets = (LIST_FIRST_ROWS, LIST_RATIO) if base is not None else (LIST_FIRST_ROWS,)
        note = f"{rows.get(key, 0)} rows" + ("" if key != "exchanges" else ", the current year")
        details = {"rows": rows.get(key, 0), "table": tables.get(key, "")}
        if key in completes and len(completes[key]) == len(samples):
            # First rows shown at once, all of them read in a worker thread: the first
            # paint is held to the 200 ms target, all rows to the ratio to the baseline.
            first = first_rows.get(key, 0)
            results.append(Result(f"list.{key}.open", "lists", samples, targets=(LIST_FIRST_ROWS,),
                                  note=f"the first {first} of {rows.get(key, 0)} rows painted",
                                  details={**details, "first_rows": first}))  # fmt: skip
            results.append(Result(f"list.{key}.all_rows", "lists", completes[key], baseline=base,
                                  targets=(LIST_RATIO,) if base is not None else (),
                                  note=f"until all {rows.get(key, 0)} rows are in the list "
                                  "(read in a worker thread)", details=details))  # fmt: skip
        else:
            results.append(Result(f"list.{key}.open", "lists", samples, baseline=base,
                                  targets=targets, note=note, details=details))  # fmt: skip
        if key in scrolls:
            results.append(Result(f"list.{key}.scroll_to_end", "lists", scrolls[key],
                                  note=f"{rows.get(key, 0)} rows"))  # fmt: skip
    search = _search_result(bench, runs)
    if search is not None:
        results.append(search)
    return results


def memory(bench: Bench) -> list[Result]:
    """Peak resident memory of the GUI with every area opened (then every year's exchanges)."""
    names = ("memory.gui_every_area", "memory.gui_every_area_all_exchanges")
    runs = []
    reps = bench.reps(MEMORY_REPEAT)
    for n in range(reps):
        bench.log(f"  memory {n + 1}/{reps}")
        try:
            out = run_probe(bench, "memory")[1]
        except ProbeError as exc:
            return [unavailable(name, "memory", describe(exc), [MEMORY]) for name in names]
        if out.get("rss_areas_mb") is None:
            return [unavailable(n_, "memory", "no peak RSS here", [MEMORY]) for n_ in names]
        runs.append(out)
    phases = {
        key: statistics.median(r[key] for r in runs)
        for key in ("rss_started_mb", "rss_settled_mb", "rss_areas_mb", "rss_all_exchanges_mb")
        if all(r.get(key) is not None for r in runs)
    }
    note = (f"peak RSS (VmHWM): {phases.get('rss_started_mb', 0):.0f} MB once shown, "
            f"{phases.get('rss_settled_mb', 0):.0f} MB once its pages loaded, "
            "then every area shown in turn")  # fmt: skip
    results = [Result(names[0], "memory", [r["rss_areas_mb"] for r in runs], unit=MEGABYTES,
                      targets=(MEMORY,), note=note, details=phases)]  # fmt: skip
    everything = [r["rss_all_exchanges_mb"] for r in runs if r.get("rss_all_exchanges_mb")]
    if len(everything) == len(runs):
        results.append(Result(names[1], "memory", everything, unit=MEGABYTES, targets=(MEMORY,),
                              note="then the exchanges of every year shown"))  # fmt: skip
    return results
