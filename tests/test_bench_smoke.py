"""The benchmark suite's machinery at scale 1, once: it runs and writes its JSON (no timing)."""

from __future__ import annotations

import json
from pathlib import Path

from coopdesk.bench.cli import main
from coopdesk.bench.results import MISSED, NO_TARGET, NOT_AVAILABLE, OK

RESULT_KEYS = {
    "name", "group", "unit", "median", "min", "max", "samples", "baseline", "ratio",
    "targets", "verdict", "missed_by", "note", "error", "details",
}  # fmt: skip


def test_bench_runs_at_scale_one_and_writes_its_json(tmp_path: Path, capsys) -> None:
    out = tmp_path / "bench.json"
    argv = ["--scale", "1", "--repeat", "1", "--visits", "20", "--cache-dir", str(tmp_path),
            "--out", str(out), "--only", "lists", "services", "reports", "import"]  # fmt: skip
    assert main(argv) == 0

    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "coopdesk-bench"
    assert data["settings"]["scale"] == 1
    assert data["database"]["counts"]["exchange"] > 0
    assert (tmp_path / "demo-1.json").is_file()  # the cache's sidecar, for the next run
    results = {r["name"]: r for r in data["results"]}
    for result in results.values():
        assert set(result) == RESULT_KEYS
        assert result["verdict"] in (OK, MISSED, NO_TARGET, NOT_AVAILABLE)
    assert results["demo.generate_scale_1"]["samples"]
    groups = {r["group"] for r in results.values()}
    assert {"demo", "lists", "services", "reports", "import"} <= groups
    # The lists are measured in a GUI process, beside the same rows from plain sqlite3.
    exchanges = results["list.exchanges_all.open"]
    assert exchanges["verdict"] != NOT_AVAILABLE, exchanges["error"]
    assert exchanges["baseline"]["samples"] and exchanges["ratio"] is not None
    assert results["search.exchanges.keystroke"]["samples"]
    assert results["service.list_exchanges_all"]["ratio"] is not None
    assert results["import.bundle_20_visits"]["verdict"] != NOT_AVAILABLE
    printed = capsys.readouterr().out
    assert "| name" in printed and "list.exchanges_all.open" in printed
    assert not list(tmp_path.glob("run-*"))  # the working copy is gone
