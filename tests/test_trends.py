"""An indicator over periods from several reports, compared like with like: a line is one
place, one measure, basis, unit and kind of period, on a time axis; each period as reported
on each date."""
import json
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.source import figures_table, frame_source, store_source
from dashboard.trends import (MOST_LINES, Series, indicators, places_of, series_lines, series_of, trend_chart,
                              vintages)
from defaults import default_figures
from extract import figures_frame
from extract.provenance import provenance
from extract.store import build, figures_query

ROOT = Path(__file__).parent.parent
REPORTS = {
    "2025-07-15_晨报.txt": "本报讯 2025年上半年，全市规上工业增加值同比增长5.1%。2024年全市规上工业增加值增长4.9%。",
    "2026-01-10_晨报.txt": "本报讯 2025年，全市规上工业增加值同比增长5.6%，社会消费品零售总额1200亿元。",
    "2026-02-20_统计公报.txt": "全年规模以上工业增加值比上年增长5.8%。",
}
YEARLY = Series("growth", "yoy", "%", "year")
# One paper's reports of two provinces, of the year so far and of a single month.
PROVINCES = {
    "2026-03-20_人民日报.txt": "本报济南3月20日电 今年1—2月，山东省规模以上工业增加值同比增长6.2%。",
    "2026-08-20_人民日报.txt": "本报济南8月20日电 今年1—7月，山东省规模以上工业增加值同比增长6.8%。"
                              "7月份，山东省规模以上工业增加值同比增长7.1%。",
    "2026-08-21_人民日报.txt": "本报南京8月21日电 今年1—7月，江苏省规模以上工业增加值同比增长7.5%。",
}
SO_FAR = Series("growth", "yoy", "%", "cumulative")


def written(folder: Path, reports: dict[str, str]) -> Path:
    for name, body in reports.items():
        (folder / name).write_text(body, encoding="utf-8")
    return folder


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return written(tmp_path, REPORTS)


def figures_of(folder: Path) -> pd.DataFrame:
    frames = [figures_frame(p.read_text(encoding="utf-8"), p.stem, *provenance(p, p.read_text(encoding="utf-8")))
              for p in sorted(folder.glob("*.txt"))]
    return figures_table(pd.concat(frames, ignore_index=True)).to_pandas()


def test_names_of_one_indicator_meet_and_the_vintages_flag_a_revision(folder: Path) -> None:
    source = frame_source(figures_of(folder))
    lines = series_lines(source)
    assert indicators(lines)[0] == "industrial_value_added"
    assert series_of(lines, "industrial_value_added")[0] == YEARLY  # 2024 and 2025: the longest line
    table = vintages(source, "industrial_value_added", YEARLY)
    year = table[table.period == "2025"]
    assert list(year.value) == [5.6, 5.8] and list(year.vintage) == [0, 1]
    assert list(year.published) == ["2026-01-10", "2026-02-20"] and year.disagrees.all()
    assert not table[table.period == "2024"].disagrees.any()
    assert "2025-01/2025-06" not in set(table.period)  # the half year is no point of the years


def test_a_store_answers_as_its_figures_in_memory_do(folder: Path, tmp_path: Path) -> None:
    build(folder, tmp_path / "store")
    stored, in_memory = store_source(*figures_query(tmp_path / "store")), frame_source(figures_of(folder))
    pd.testing.assert_frame_equal(vintages(stored, "industrial_value_added", YEARLY),
                                  vintages(in_memory, "industrial_value_added", YEARLY), check_dtype=False)
    pd.testing.assert_frame_equal(series_lines(stored), series_lines(in_memory), check_dtype=False)


def test_a_line_is_one_place_and_one_kind_of_period(tmp_path: Path) -> None:
    """Issue 10: a line joined one city's tourists with a district's, a city's share with a
    national one, a five-year average with one year's growth."""
    figures = figures_of(written(tmp_path, PROVINCES))
    source = frame_source(figures)
    lines = series_lines(source)
    assert set(series_of(lines, "industrial_value_added")) == {SO_FAR, Series("growth", "yoy", "%", "month")}
    assert places_of(lines, "industrial_value_added", SO_FAR) == ["山东省", "江苏省"]  # the longest line first
    chart = trend_chart(vintages(source, "industrial_value_added", SO_FAR), SO_FAR, "zh", {})
    region_of, period_of = dict(zip(figures.fid, figures.region)), dict(zip(figures.fid, figures.period))
    drawn = {trace.name: [(period_of[f], region_of[f]) for f in trace.customdata] for trace in chart.data}
    assert drawn == {"山东省": [("2026-01/2026-02", "山东省"), ("2026-01/2026-07", "山东省")],
                     "江苏省": [("2026-01/2026-07", "江苏省")]}  # 7月份's 7.1% is no point of the year so far


def test_periods_stand_on_a_time_axis_at_their_ends_and_values_read_in_yi(folder: Path) -> None:
    source = frame_source(figures_of(folder))
    years = trend_chart(vintages(source, "industrial_value_added", YEARLY), YEARLY, "zh", {})
    assert years.layout.xaxis.type == "date" and list(years.data[0].x) == ["2024-12-01", "2025-12-01"]
    assert years.data[0].name == "未注明地区"  # a paper of no known place: its line says so
    money = Series("level", "", "元", "year")
    retail = trend_chart(vintages(source, "retail_sales", money), money, "en", {})
    assert retail.layout.yaxis.title.text == "亿元" and list(retail.data[0].y) == [1200]
    assert "1200亿元" in retail.data[0].hovertext[0]  # the figure as printed


def test_the_trends_page_opens_on_the_longest_line() -> None:
    lines = series_lines(frame_source(default_figures()))
    at = AppTest.from_file(str(ROOT / "dashboard" / "pages" / "trends.py"), default_timeout=60).run()
    assert not at.exception
    longest = lines.iloc[0]
    assert at.selectbox(key="indicator").value == longest.indicator
    assert at.selectbox(key="series").value == Series(longest.measure, longest.basis, longest.unit, longest.kind).code()
    assert len(at.dataframe[0].value.period.unique()) == longest.periods


def test_the_trends_page_on_a_store_shows_the_revision_and_a_clicked_points_sentence(
        folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = tmp_path / "store"
    build(folder, store)
    monkeypatch.setenv("REPORTS_DIR", str(store))  # the dashboard opens the store
    at = AppTest.from_file(str(ROOT / "dashboard" / "pages" / "trends.py"), default_timeout=60)
    at.query_params["indicator"], at.query_params["series"] = "industrial_value_added", YEARLY.code()
    at.run()
    assert not at.exception
    table = at.dataframe[0].value
    headers = {column["label"] for column in json.loads(at.dataframe[0].proto.columns).values() if "label" in column}
    assert headers == {"地区", "时期", "报道", "发布日期", "报道方", "数值", "原文", "一致性"}
    assert "⚠ 各报道不一致" in set(table.disagrees) and set(table.period) == {"2024年", "2025年"}
    revised = table[table.vintage == "修订"]
    assert list(revised.published) == ["2026-02-20"]
    assert "2026-02-20_统计公报" not in set(table.by)  # a report by its name: this one has only its date
    point = figures_of(folder).query("raw == '5.8%'").fid.iloc[0]
    at.session_state["trend"] = {"selection": {"points": [{"customdata": point}], "point_indices": [0],
                                               "box": [], "lasso": []}}
    at.run()
    assert at.selectbox(key="fig").value == point
    assert any(":orange-background[**5\\.8%**]" in m.value for m in at.markdown)


def test_a_chart_draws_the_places_with_the_most_periods_and_no_more(folder: Path) -> None:
    table = vintages(frame_source(figures_of(folder)), "industrial_value_added", YEARLY)
    longer = pd.concat([table, table.assign(period=table.period + "-06", period_end=table.period + "-06")])
    many = pd.concat([table.assign(place=f"县{n:03d}") for n in range(30)] + [longer.assign(place="市")],
                     ignore_index=True)
    chart = trend_chart(many, YEARLY, "zh", {})
    assert len(chart.data) == MOST_LINES
    assert {trace.name for trace in chart.data} == {"市", *(f"县{n:03d}" for n in range(MOST_LINES - 1))}


def test_a_page_open_on_a_store_reads_its_next_build(folder: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    store = tmp_path / "store"
    build(folder, store)
    monkeypatch.setenv("REPORTS_DIR", str(store))
    at = AppTest.from_file(str(ROOT / "dashboard" / "pages" / "trends.py"), default_timeout=60)
    at.query_params["indicator"], at.query_params["series"] = "industrial_value_added", YEARLY.code()
    at.run()
    assert "5.8%" in set(at.dataframe[0].value.raw)
    (folder / "2026-02-20_统计公报.txt").write_text("全年规模以上工业增加值比上年增长6.1%。", encoding="utf-8")
    build(folder, store)  # deletes the parts the first build wrote
    at.run()
    assert not at.exception
    assert "6.1%" in set(at.dataframe[0].value.raw) and "5.8%" not in set(at.dataframe[0].value.raw)
