"""Baselines for the lists: the rows each list shows, fetched with plain sqlite3 and SQL."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

# The columns each list shows (counts included), joined and sorted as the list does.
PARTNERS = """
SELECT o.id, o.name, o.kind, o.country, o.city, o.languages,
       (SELECT count(*) FROM contact c WHERE c.organisation_id = o.id),
       (SELECT count(*) FROM partnership p WHERE p.organisation_id = o.id)
FROM organisation o ORDER BY o.name
"""

PARTNERSHIPS = """
SELECT p.id, p.title, o.name, p.kind, p.status, p.signed_on, p.valid_until,
       p.deliberation_number, p.deliberation_date,
       (SELECT count(*) FROM partnership_document d WHERE d.partnership_id = p.id)
FROM partnership p JOIN organisation o ON o.id = p.organisation_id
ORDER BY o.name, p.signed_on DESC
"""

PROJECTS = """
SELECT p.id, p.code, p.title, p.status, p.theme, p.location_country,
       p.planned_start, p.planned_end, p.actual_start, p.actual_end,
       (SELECT group_concat(name, ', ') FROM (
            SELECT o.name, o.country FROM project_organisation po
            JOIN organisation o ON o.id = po.organisation_id WHERE po.project_id = p.id
            UNION
            SELECT o.name, o.country FROM project_partnership pp
            JOIN partnership s ON s.id = pp.partnership_id
            JOIN organisation o ON o.id = s.organisation_id WHERE pp.project_id = p.id)),
       (SELECT count(*) FROM exchange e WHERE e.project_id = p.id)
FROM project p ORDER BY p.code
"""

EXCHANGES = """
SELECT e.id, e.start_date, e.end_date, e.kind, e.direction, e.title, e.place, e.country,
       pr.code, e.logged_by,
       (SELECT group_concat(o.name, ', ') FROM exchange_partner ep
        JOIN organisation o ON o.id = ep.organisation_id WHERE ep.exchange_id = e.id),
       (SELECT count(*) FROM participant pa WHERE pa.exchange_id = e.id)
       + coalesce((SELECT sum(pc.count) FROM participant_count pc
                   WHERE pc.exchange_id = e.id), 0),
       (SELECT count(*) FROM exchange_document d WHERE d.exchange_id = e.id)
FROM exchange e LEFT JOIN project pr ON pr.id = e.project_id
{where}
ORDER BY e.start_date DESC, e.end_date DESC
"""

IN_YEAR = "WHERE e.start_date <= ? AND e.end_date >= ?"

# Search as you type, done by the database: the words typed in the title, place or partners.
SEARCH = """
SELECT e.id FROM exchange e
WHERE (e.title || ' ' || e.place || ' ' || coalesce((
        SELECT group_concat(o.name, ' ') FROM exchange_partner ep
        JOIN organisation o ON o.id = ep.organisation_id WHERE ep.exchange_id = e.id), ''))
      LIKE ?
ORDER BY e.start_date DESC
"""


def list_query(key: str, year: int | None = None) -> tuple[str, tuple[object, ...]] | None:
    """The SQL (and parameters) of the list of an area, None when there is no baseline.

    ``key`` is the area's key; "exchanges" is one year's exchanges (the page's default),
    "exchanges_all" every year's.
    """
    if key == "partners":
        return PARTNERS, ()
    if key == "partnerships":
        return PARTNERSHIPS, ()
    if key == "projects":
        return PROJECTS, ()
    if key == "exchanges":
        year = year or dt.date.today().year
        params = (dt.date(year, 12, 31).isoformat(), dt.date(year, 1, 1).isoformat())
        return EXCHANGES.format(where=IN_YEAR), params
    if key == "exchanges_all":
        return EXCHANGES.format(where=""), ()
    return None


def connect(path: Path) -> sqlite3.Connection:
    """A read-only plain sqlite3 connection (no SQLAlchemy, no Python type conversion)."""
    return sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)


def fetch_list(con: sqlite3.Connection, key: str, year: int | None = None) -> int:
    """Fetch every row of a list; returns the row count (0 rows when there is no query)."""
    query = list_query(key, year)
    if query is None:
        return 0
    sql, params = query
    return len(con.execute(sql, params).fetchall())


def search_rows(con: sqlite3.Connection, text: str) -> int:
    """The exchanges whose title, place or partners contain ``text`` (any case)."""
    return len(con.execute(SEARCH, (f"%{text}%",)).fetchall())
