"""Data in and out: the XLSX export of everything, the IATI file, a volunteer bundle import."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from coopdesk.bench.cache import copy_database, remove_database
from coopdesk.bench.results import Result, at_most, unavailable
from coopdesk.bench.runner import Bench, describe, scratch, timed, timed_once
from coopdesk.services.database import OpenedDatabase, open_db
from coopdesk.store.db import session_scope

XLSX_REPEAT = 1  # about 2.5 min at scale 100: one run
IATI_REPEAT = 3
IMPORT_REPEAT = 3
IATI_TIME = at_most(3.0)
VOLUNTEER = "Awa Ndiaye"
VOLUNTEER_PARTNERS = 20  # the partners the volunteer visits (copied from the town hall)


def xlsx(bench: Bench) -> list[Result]:
    """Every table to one XLSX workbook, as ``coopdesk export xlsx`` does."""
    name = "export.xlsx_everything"
    try:
        from coopdesk.exchange.full_export import export_database
    except Exception as exc:  # noqa: BLE001
        return [unavailable(name, "exports", describe(exc))]
    counts: dict[str, int] = {}
    with scratch(bench, "xlsx-") as folder:
        out = folder / "everything.xlsx"

        def export() -> None:
            counts.update(bench.run(lambda s: export_database(s, out, "xlsx")))

        try:
            samples = timed(export, bench.reps(XLSX_REPEAT))
            size = out.stat().st_size
        except Exception as exc:  # noqa: BLE001
            return [unavailable(name, "exports", describe(exc))]
    note = f"{sum(counts.values())} rows, {size / 1e6:.0f} MB"
    return [Result(name, "exports", samples, note=note, details={"rows": counts})]


def iati(bench: Bench) -> list[Result]:
    """Every project as an IATI 2.03 activity file (validated before it is written)."""
    name = "export.iati"
    try:
        from coopdesk.exchange.iati_export import export_iati
    except Exception as exc:  # noqa: BLE001 - being finished elsewhere: may be missing
        return [unavailable(name, "exports", describe(exc), [IATI_TIME])]
    with scratch(bench, "iati-") as folder:
        out = folder / "activities.xml"
        try:
            summary = bench.run(lambda s: export_iati(s, out))  # also the warm-up
            reps = bench.reps(IATI_REPEAT)
            samples = timed(lambda: bench.run(lambda s: export_iati(s, out)), reps)
            size = out.stat().st_size
        except Exception as exc:  # noqa: BLE001
            return [unavailable(name, "exports", describe(exc), [IATI_TIME])]
    activities = getattr(summary, "activities", "?")
    transactions = getattr(summary, "transactions", "?")
    note = f"{activities} activities, {transactions} transactions, {size / 1e6:.0f} MB"
    return [Result(name, "exports", samples, targets=(IATI_TIME,), note=note)]


def volunteer_bundle(bench: Bench, folder: Path) -> tuple[Path, float]:
    """A volunteer's database with ``bench.visits`` logged visits, exported as a bundle.

    The volunteer's partners are copied (same ids) from the town hall's database, as on a
    laptop prepared from it. Returns the bundle and how long exporting it took.
    """
    from coopdesk.exchange.bundle import export_bundle
    from coopdesk.services.volunteer import VisitLogData, log_visit
    from coopdesk.store.lifecycle import create_database

    path = folder / "volunteer.coopdb"
    create_database(path)
    con = sqlite3.connect(path)
    try:
        con.execute("ATTACH DATABASE ? AS hall", (str(bench.demo.path),))
        con.execute(
            "INSERT INTO organisation SELECT * FROM hall.organisation WHERE id IN "
            "(SELECT id FROM hall.organisation ORDER BY name LIMIT ?)", (VOLUNTEER_PARTNERS,)
        )
        con.commit()
        con.execute("DETACH DATABASE hall")
        partners = [row[0] for row in con.execute("SELECT id FROM organisation ORDER BY name")]
    finally:
        con.close()
    opened = open_db(path, user=VOLUNTEER)
    bundle = folder / "visits.coopdesk"
    first = dt.date(bench.today.year - 1, 1, 1)
    try:
        with session_scope(opened.session_factory) as session:
            for n in range(bench.visits):
                data = VisitLogData(
                    first + dt.timedelta(days=n % 365), partners[n % len(partners)],
                    participant_count=1 + n % 7, note=f"Visite {n + 1}", logged_by=VOLUNTEER,
                )
                log_visit(session, data)
        with session_scope(opened.session_factory) as session:
            seconds = timed_once(lambda: export_bundle(session, bundle, VOLUNTEER, full=True))[0]
    finally:
        opened.close()
    return bundle, seconds


def bundle_import(bench: Bench) -> list[Result]:
    """Read, check, plan and apply a bundle of ``bench.visits`` visits on a copy of the demo."""
    name = f"import.bundle_{bench.visits}_visits"
    try:
        from coopdesk.exchange.bundle_apply import apply_bundle
        from coopdesk.exchange.bundle_merge import plan_bundle
        from coopdesk.exchange.bundle_read import read_bundle
    except Exception as exc:  # noqa: BLE001
        return [unavailable(name, "import", describe(exc))]
    with scratch(bench, "bundle-") as folder:
        try:
            bundle, export_seconds = volunteer_bundle(bench, folder)
        except Exception as exc:  # noqa: BLE001
            return [unavailable(name, "import", f"making the bundle: {describe(exc)}")]
        target = folder / "town-hall.coopdb"
        state: dict[str, OpenedDatabase] = {}
        added: list[int] = []

        def setup() -> None:
            copy_database(bench.demo.path, target)
            state["db"] = open_db(target, user="bench")

        def work() -> None:
            read = read_bundle(bundle)
            with session_scope(state["db"].session_factory) as session:
                result = apply_bundle(session, plan_bundle(session, read))
            added.append(result.added)

        def teardown() -> None:
            state.pop("db").close()
            remove_database(target)

        try:
            samples = timed(work, bench.reps(IMPORT_REPEAT), setup=setup, teardown=teardown)
        except Exception as exc:  # noqa: BLE001
            if "db" in state:
                state.pop("db").close()
            return [unavailable(name, "import", describe(exc))]
    note = (f"{added[-1]} visits added to a copy of the demo; exporting the bundle took "
            f"{export_seconds:.2f} s")  # fmt: skip
    return [Result(name, "import", samples, note=note, details={"export_seconds": export_seconds})]
