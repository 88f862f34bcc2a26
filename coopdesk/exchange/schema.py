"""The tables of a full spreadsheet export: sheet names and typed columns, from the ORM model."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer
from sqlalchemy.orm import DeclarativeBase

from coopdesk.store.models import (
    BudgetLine,
    Contact,
    DecimalText,
    Evaluation,
    Exchange,
    ExchangePartner,
    FundingSource,
    Indicator,
    IndicatorTarget,
    Measurement,
    MoneyTransaction,
    Organisation,
    Participant,
    ParticipantCount,
    Partnership,
    Project,
    ProjectOrganisation,
    ProjectPartnership,
    Risk,
)

FORMAT_NAME = "coopdesk-spreadsheet"
FORMAT_VERSION = 1
ABOUT_SHEET = "coopdesk"
_SKIPPED = frozenset({"created_at", "updated_at", "version"})  # bookkeeping, not data


class ColumnType(StrEnum):
    TEXT = "text"
    INT = "int"
    BOOL = "bool"
    DATE = "date"
    DECIMAL = "decimal"
    # Integer minor units exported in major units beside a currency column.
    MONEY = "money"
    # {"fr": ..., "de": ...}: one column per language, e.g. title_fr, title_de.
    TEXTS = "texts"
    STR_LIST = "str_list"
    INT_LIST = "int_list"
    JSON = "json"


@dataclass(frozen=True)
class Column:
    """One exported column: its key (header), the model attribute and its type."""

    key: str
    attr: str
    type: ColumnType
    # For MONEY: the attribute with the currency code.
    currency_attr: str = ""


@dataclass(frozen=True)
class TableSpec:
    """One sheet of a full export (one CSV file in the zip)."""

    name: str
    model: type[DeclarativeBase]
    columns: tuple[Column, ...]
    # Columns that identify a row when it has no exported id, e.g. (exchange_id, sex, ...).
    natural_key: tuple[str, ...] = ()

    @property
    def has_id(self) -> bool:
        return any(c.key == "id" for c in self.columns)

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)


def _column_type(model: type[DeclarativeBase], attr: str) -> ColumnType:
    column = model.__table__.columns[attr]  # type: ignore[attr-defined]
    sql_type = column.type
    if isinstance(sql_type, DecimalText):
        return ColumnType.DECIMAL
    if isinstance(sql_type, Boolean):
        return ColumnType.BOOL
    if isinstance(sql_type, Date) and not isinstance(sql_type, DateTime):
        return ColumnType.DATE
    if isinstance(sql_type, Integer) or isinstance(getattr(sql_type, "impl", None), Integer):
        return ColumnType.MONEY if attr.endswith("_minor") else ColumnType.INT
    if isinstance(sql_type, JSON):
        annotation = _annotation(model, attr)
        if "dict[str, str]" in annotation:
            return ColumnType.TEXTS
        if "list[str]" in annotation:
            return ColumnType.STR_LIST
        if "list[int]" in annotation:
            return ColumnType.INT_LIST
        return ColumnType.JSON
    return ColumnType.TEXT


def _annotation(model: type[DeclarativeBase], attr: str) -> str:
    for klass in model.__mro__:
        found = getattr(klass, "__annotations__", {}).get(attr)
        if found is not None:
            return str(found)
    return ""


def _spec(
    name: str,
    model: type[DeclarativeBase],
    *,
    without_id: bool = False,
    natural_key: tuple[str, ...] = (),
) -> TableSpec:
    columns = []
    for column in model.__table__.columns:  # type: ignore[attr-defined]
        attr = column.key
        if attr in _SKIPPED or (without_id and attr == "id"):
            continue
        kind = _column_type(model, attr)
        if kind is ColumnType.MONEY:
            columns.append(Column(attr.removesuffix("_minor"), attr, kind, "currency"))
        else:
            columns.append(Column(attr, attr, kind))
    if any(c.key == "id" for c in columns):
        columns.sort(key=lambda c: c.key != "id")
    return TableSpec(name, model, tuple(columns), natural_key)


# Dependency order: a table only refers to tables above it.
TABLES: tuple[TableSpec, ...] = (
    _spec("organisations", Organisation),
    _spec("contacts", Contact),
    _spec("partnerships", Partnership),
    _spec("projects", Project),
    _spec("project_partnerships", ProjectPartnership, natural_key=("project_id", "partnership_id")),
    _spec(
        "project_roles",
        ProjectOrganisation,
        without_id=True,
        natural_key=("project_id", "organisation_id", "role"),
    ),
    _spec("risks", Risk),
    _spec("exchanges", Exchange),
    _spec("exchange_partners", ExchangePartner, natural_key=("exchange_id", "organisation_id")),
    _spec("participants", Participant),
    _spec(
        "participant_counts",
        ParticipantCount,
        without_id=True,
        natural_key=("exchange_id", "sex", "age_group"),
    ),
    _spec("budget_lines", BudgetLine),
    _spec("funding_sources", FundingSource),
    _spec("transactions", MoneyTransaction),
    _spec("indicators", Indicator),
    _spec(
        "indicator_targets",
        IndicatorTarget,
        without_id=True,
        natural_key=("indicator_id", "period_start", "period_end"),
    ),
    _spec("measurements", Measurement),
    _spec("evaluations", Evaluation),
)
TABLES_BY_NAME = {spec.name: spec for spec in TABLES}
