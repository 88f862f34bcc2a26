"""The realistic demo dataset: a French commune, its partners, projects, exchanges and money."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from sqlalchemy import Engine, func, select

from coopdesk.services.demo_base import (
    Cluster,
    Ctx,
    build_cluster_orgs,
    build_partnerships,
    build_settings,
    build_shared_orgs,
)
from coopdesk.services.demo_evaluation import (
    apply_apd_fields,
    build_evaluations,
    build_targets,
    mark_computed_indicator,
)
from coopdesk.services.demo_exchanges import build_exchanges
from coopdesk.services.demo_measures import build_measurements
from coopdesk.services.demo_money import (
    TxKey,
    build_money,
    number_transactions,
    transaction_keys,
)
from coopdesk.services.demo_names import cluster_places
from coopdesk.services.demo_plans import build_projects
from coopdesk.services.demo_sink import RowSink
from coopdesk.store.db import make_session_factory, session_scope
from coopdesk.store.models import Base, utcnow

# Volume floors per unit of scale (the generators top up to stay above them).
MIN_PER_SCALE: Mapping[str, int] = MappingProxyType(
    {
        "money_transaction": 1_000,
        "participant": 1_000,
        "exchange": 200,
        "measurement": 500,
    }
)


@dataclass(frozen=True)
class DemoSummary:
    """Rows per table after generation (every table of the schema, audit included)."""

    scale: int
    seed: int
    counts: Mapping[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def populate_demo(
    engine: Engine, *, scale: int = 1, seed: int = 2026, today: dt.date | None = None
) -> DemoSummary:
    """Fill a fresh, migrated database with the demo dataset, in one transaction.

    Base records (municipality, partners, partnerships, projects, budgets, indicators) of
    the first cluster go through an audited ORM session, so the audit trail has real entries;
    the volume tables (exchanges, participants, transactions, measurements) and the base
    records of the extra clusters of a larger scale are written with Core bulk inserts.

    Args:
        engine: an engine on an empty database at the newest schema.
        scale: multiplies the volumes: N clusters of partners and projects (N >= 1).
        seed: the same seed (and ``today``) always gives the same content.
        today: the reference date; data runs up to last year, a few exchanges are planned.

    Returns:
        The row counts of every table.
    """
    if scale < 1:
        raise ValueError("scale must be at least 1")
    today = today or dt.date.today()
    rng = random.Random(seed)
    sink = RowSink(utcnow())
    ctx = Ctx(rng=rng, today=today, sink=sink, scale=scale)
    factory = make_session_factory(engine, user="demo")
    with session_scope(factory) as session:
        session.info["reason"] = "demo dataset"
        build_settings(ctx, seed)
        shared = build_shared_orgs(ctx)
        transactions: list[TxKey] = []
        for index, places in enumerate(cluster_places(rng, scale)):
            sink.audit = index == 0
            cluster = Cluster(index=index, places=places, orgs=dict(shared))
            build_cluster_orgs(ctx, cluster)
            build_partnerships(ctx, cluster)
            projects = build_projects(ctx, cluster)
            for ref in projects:
                apply_apd_fields(ctx, ref.id, ref.template.key)
            mark_computed_indicator(ctx, projects)
            build_evaluations(ctx, projects)
            build_targets(ctx, projects)
            sink.audit = False
            build_exchanges(ctx, cluster, {ref.template.key: ref for ref in projects})
            build_money(ctx, cluster, projects)
            build_measurements(ctx, cluster, projects)
            transactions += transaction_keys(sink.core_rows["money_transaction"])
            sink.write(session)  # one cluster at a time keeps memory flat
        number_transactions(session, transactions)
    with engine.connect() as conn:
        counts = {
            table.name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
            for table in Base.metadata.sorted_tables
        }
    return DemoSummary(scale=scale, seed=seed, counts=MappingProxyType(counts))
