"""The demo database of a scale, built once and kept until the app or its schema changes."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from coopdesk import __version__
from coopdesk.services.demo import populate_demo
from coopdesk.store.lifecycle import create_database
from coopdesk.store.migrate import head_revision

DEMO_SEED = 2026
SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class DemoDatabase:
    """A cached demo database and what its sidecar JSON says about it."""

    path: Path
    scale: int
    build_seconds: float
    built_at: str
    counts: Mapping[str, int]
    # False when this run found it in the cache (its build time is from an earlier run).
    built_now: bool

    @property
    def size_bytes(self) -> int:
        return self.path.stat().st_size


def cache_key(scale: int, seed: int = DEMO_SEED) -> dict[str, Any]:
    """What must match for a cached file to be reused."""
    return {
        "app_version": __version__,
        "schema_revision": head_revision(),
        "scale": scale,
        "seed": seed,
    }


def _sidecar(path: Path) -> Path:
    return path.with_suffix(".json")


def _remove(path: Path) -> None:
    for candidate in (path, *(Path(f"{path}{s}") for s in SIDE_FILES), _sidecar(path)):
        candidate.unlink(missing_ok=True)


def _cached(path: Path, key: dict[str, Any]) -> DemoDatabase | None:
    sidecar = _sidecar(path)
    if not path.is_file() or not sidecar.is_file():
        return None
    try:
        info = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(info, dict) or info.get("key") != key:
        return None
    return DemoDatabase(
        path=path,
        scale=int(key["scale"]),
        build_seconds=float(info["build_seconds"]),
        built_at=str(info["built_at"]),
        counts=dict(info.get("counts", {})),
        built_now=False,
    )


def ensure_demo(
    folder: Path, scale: int, *, log: Callable[[str], None] = print, seed: int = DEMO_SEED
) -> DemoDatabase:
    """The demo database at ``scale`` in ``folder``, built (and timed) when missing or stale.

    The file is ``demo-<scale>.coopdb`` with a sidecar ``demo-<scale>.json`` holding the
    cache key (app version, schema head revision, scale, seed), the build time and the
    row counts. Building is exactly what ``coopdesk demo --scale N`` does.
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = (folder / f"demo-{scale}.coopdb").resolve()
    key = cache_key(scale, seed)
    found = _cached(path, key)
    if found is not None:
        log(f"Demo database (scale {scale}) from the cache: {path}")
        return found
    _remove(path)
    log(f"Building the demo database at scale {scale} (once; cached in {path})…")
    counts: dict[str, int] = {}

    def populate(engine: Engine) -> None:
        counts.update(populate_demo(engine, scale=scale, seed=seed).counts)

    started = time.perf_counter()
    create_database(path, populate=populate)
    seconds = time.perf_counter() - started
    built_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    info = {"key": key, "build_seconds": seconds, "built_at": built_at, "counts": counts}
    _sidecar(path).write_text(json.dumps(info, indent=1, sort_keys=True), encoding="utf-8")
    log(f"Built in {seconds:.1f} s.")
    return DemoDatabase(path, scale, seconds, built_at, counts, built_now=True)


def copy_database(source: Path, dest: Path) -> Path:
    """A byte copy of a closed database (its write-ahead log folded in first)."""
    if Path(f"{source}-wal").exists():
        con = sqlite3.connect(source)
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()
    _remove(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, dest)
    return dest


def remove_database(path: Path) -> None:
    """Delete a working copy and its side files."""
    for candidate in (path, *(Path(f"{path}{s}") for s in SIDE_FILES)):
        candidate.unlink(missing_ok=True)
