"""Budget chart data: the bars kept, the axis unit, the values drawn (floats only there)."""

from __future__ import annotations

from coopdesk.i18n.formatting import Formatter
from coopdesk.ui.budget_charts import (
    MAX_BARS,
    BarGroup,
    BudgetCharts,
    ChartData,
    PieSlice,
    axis_unit,
    largest_bars,
)


def bars(n: int) -> list[BarGroup]:
    return [BarGroup(f"P{i:02}", planned=(i + 1) * 100_00, spent=i * 50_00) for i in range(n)]


def test_few_bars_are_all_kept() -> None:
    assert largest_bars(bars(3), "Others") == tuple(bars(3))


def test_many_lines_keep_the_largest_and_sum_the_others() -> None:
    kept = largest_bars(bars(15), "Others")
    assert len(kept) == MAX_BARS
    assert [g.label for g in kept[:3]] == ["P04", "P05", "P06"]  # in their own order
    assert kept[-1] == BarGroup(
        "Others", 100_00 + 200_00 + 300_00 + 400_00, 0 + 50_00 + 100_00 + 150_00
    )


def test_many_projects_keep_only_the_largest() -> None:
    kept = largest_bars(bars(400), None)
    assert [g.label for g in kept] == [f"P{i:02}" for i in range(388, 400)]


def test_axis_unit_follows_the_largest_amount() -> None:
    assert axis_unit([BarGroup("a", 99_999_00, 0)]) == (1, "%.0f €")
    assert axis_unit([BarGroup("a", 0, 250_000_00)]) == (1_000, "%.0f k€")
    assert axis_unit([BarGroup("a", 300_000_000_00, 0)]) == (1_000_000, "%.0f M€")
    assert axis_unit([]) == (1, "%.0f €")


def test_values_drawn_in_the_unit(qtbot) -> None:
    charts = BudgetCharts(Formatter("en"))
    qtbot.addWidget(charts)
    data = ChartData(
        groups=(BarGroup("Works", 250_000_00, 125_000_50),),
        years=(BarGroup("2025", 1_00, 50),),
        funding=(PieSlice("own_budget", "Own budget", 300_00, None),),
    )
    charts.set_data(data, "Per line")
    assert charts.bar_values(charts.groups_view) == {"Planned": [250.0], "Spent": [125.0005]}
    assert charts.bar_values(charts.years_view) == {"Planned": [1.0], "Spent": [0.5]}
    assert charts.pie_values() == {"Own budget": 300.0}
    assert charts.groups_view.chart().title() == "Per line"
