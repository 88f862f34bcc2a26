"""The service figures: the lists' data, the dashboard and the commune's budget, in-process."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from coopdesk.bench.gui_runs import LIST_RATIO, list_baselines
from coopdesk.bench.results import Result, unavailable
from coopdesk.bench.runner import Bench, describe, timed


def _list_services(bench: Bench) -> dict[str, Callable[[Session], object]]:
    from coopdesk.services.exchange_list import list_exchanges
    from coopdesk.services.organisations import list_organisations
    from coopdesk.services.partnerships import list_partnerships
    from coopdesk.services.project_list import list_projects

    year = bench.today.year
    return {
        "partners": list_organisations,
        "partnerships": list_partnerships,
        "projects": lambda s: list_projects(s, language="fr"),
        "exchanges": lambda s: list_exchanges(s, year=year),
        "exchanges_all": lambda s: list_exchanges(s),
    }


def services(bench: Bench) -> list[Result]:
    """The list services (what a page reloads), against the same rows from plain sqlite3."""
    results = []
    try:
        calls = _list_services(bench)
    except ImportError as exc:
        return [unavailable("service.list_*", "services", describe(exc))]
    baselines = list_baselines(bench, list(calls))
    for key, call in calls.items():
        name = f"service.list_{key}"
        try:
            count = len(bench.run(call))  # type: ignore[arg-type]
            samples = timed(lambda c=call: bench.run(c), bench.reps())
        except Exception as exc:  # noqa: BLE001 - a broken service is a row, not a crash
            results.append(unavailable(name, "services", describe(exc), [LIST_RATIO]))
            continue
        note = f"{count} rows" + (", the current year" if key == "exchanges" else "")
        results.append(Result(name, "services", samples, baseline=baselines.get(key),
                              targets=(LIST_RATIO,), note=note))  # fmt: skip
    results.append(_commune_summary(bench))
    return results


def _commune_summary(bench: Bench) -> Result:
    name = "service.commune_summary"
    try:
        from coopdesk.i18n.formatting import Formatter
        from coopdesk.services.budget_summary import commune_summary

        fmt = Formatter("fr")
        projects = len(bench.run(lambda s: commune_summary(s, fmt=fmt)).projects)
        samples = timed(lambda: bench.run(lambda s: commune_summary(s, fmt=fmt)), bench.reps())
    except Exception as exc:  # noqa: BLE001
        return unavailable(name, "services", describe(exc))
    return Result(name, "services", samples, note=f"every year, {projects} projects")


def dashboard(bench: Bench) -> list[Result]:
    """The dashboard's figures for the current year (the page is timed with the lists)."""
    name = "dashboard.service"
    try:
        from coopdesk.services.dashboard import dashboard as dashboard_summary

        year = bench.today.year
        samples = timed(lambda: bench.run(lambda s: dashboard_summary(s, year)), bench.reps())
    except Exception as exc:  # noqa: BLE001
        return [unavailable(name, "dashboard", describe(exc))]
    return [Result(name, "dashboard", samples, note=f"year {bench.today.year}")]
