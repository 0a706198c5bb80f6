"""An indicator over periods from several reports, and each period as reported on each date."""
import json
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.source import figures_table, frame_source, store_source
from dashboard.trends import MOST_LINES, indicators, series_kinds, trend_chart, vintages
from extract import figures_frame
from extract.provenance import provenance
from extract.store import build, figures_query

ROOT = Path(__file__).parent.parent
REPORTS = {
    "2025-07-15_晨报.txt": "本报讯 2025年上半年，全市规上工业增加值同比增长5.1%。2024年全市规上工业增加值增长4.9%。",
    "2026-01-10_晨报.txt": "本报讯 2025年，全市规上工业增加值同比增长5.6%，社会消费品零售总额1200亿元。",
    "2026-02-20_统计公报.txt": "全年规模以上工业增加值比上年增长5.8%。",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name, body in REPORTS.items():
        (tmp_path / name).write_text(body, encoding="utf-8")
    return tmp_path


def figures_of(folder: Path) -> pd.DataFrame:
    frames = [figures_frame(p.read_text(encoding="utf-8"), p.stem, *provenance(p, p.read_text(encoding="utf-8")))
              for p in sorted(folder.glob("*.txt"))]
    return figures_table(pd.concat(frames, ignore_index=True)).to_pandas()


def test_names_of_one_indicator_meet_and_the_vintages_flag_a_revision(folder: Path) -> None:
    source = frame_source(figures_of(folder))
    assert indicators(source)[0] == "industrial_value_added"
    assert series_kinds(source, "industrial_value_added")[0] == ("growth", "%")
    table = vintages(source, "industrial_value_added", "growth", "%")
    year = table[table.period == "2025"]
    assert list(year.value) == [5.6, 5.8] and list(year.vintage) == [0, 1]
    assert list(year.published) == ["2026-01-10", "2026-02-20"] and year.disagrees.all()
    assert not table[table.period == "2024"].disagrees.any()


def test_a_store_answers_as_its_figures_in_memory_do(folder: Path, tmp_path: Path) -> None:
    build(folder, tmp_path / "store")
    stored = vintages(store_source(*figures_query(tmp_path / "store")), "industrial_value_added", "growth", "%")
    in_memory = vintages(frame_source(figures_of(folder)), "industrial_value_added", "growth", "%")
    pd.testing.assert_frame_equal(stored, in_memory, check_dtype=False)
    assert indicators(store_source(*figures_query(tmp_path / "store"))) == indicators(frame_source(figures_of(folder)))


def test_one_line_per_source_in_period_order(folder: Path) -> None:
    table = vintages(frame_source(figures_of(folder)), "industrial_value_added", "growth", "%")
    chart = trend_chart(table, "%", "zh")
    assert {trace.name for trace in chart.data} == {"晨报", "统计公报"}
    assert list(chart.layout.xaxis.categoryarray) == ["2024", "2025", "2025-01/2025-06"]
    assert all(len(trace.customdata) == len(trace.x) for trace in chart.data)


def test_the_trends_page_on_a_store_shows_the_revision_and_a_clicked_points_sentence(
        folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = tmp_path / "store"
    build(folder, store)
    monkeypatch.setenv("REPORTS_DIR", str(store))  # the dashboard opens the store
    at = AppTest.from_file(str(ROOT / "dashboard" / "pages" / "trends.py"), default_timeout=60)
    at.query_params["indicator"], at.query_params["series"] = "industrial_value_added", "growth|%"
    at.run()
    assert not at.exception
    table = at.dataframe[0].value
    headers = {column["label"] for column in json.loads(at.dataframe[0].proto.columns).values() if "label" in column}
    assert headers == {"时期", "报道", "发布日期", "报道方", "数值", "原文", "文档", "一致性"}
    assert "⚠ 各报道不一致" in set(table.disagrees)
    revised = table[table.vintage == "修订"]
    assert list(revised.published) == ["2026-02-20"]
    point = figures_of(folder).query("raw == '5.8%'").fid.iloc[0]
    at.session_state["trend"] = {"selection": {"points": [{"customdata": point}], "point_indices": [0],
                                               "box": [], "lasso": []}}
    at.run()
    assert at.selectbox(key="fig").value == point
    assert any(":orange-background[**5\\.8%**]" in m.value for m in at.markdown)


def test_a_chart_draws_the_sources_with_the_most_periods_and_no_more(folder: Path) -> None:
    table = vintages(frame_source(figures_of(folder)), "industrial_value_added", "growth", "%")
    weekly = pd.concat([table, table.assign(period=table.period + "-12")]).assign(by="周报")  # twice the periods
    many = pd.concat([table.assign(by=f"报{n:03d}") for n in range(30)] + [weekly], ignore_index=True)
    chart = trend_chart(many, "%", "zh")
    assert len(chart.data) == MOST_LINES
    assert {trace.name for trace in chart.data} == {"周报", *(f"报{n:03d}" for n in range(MOST_LINES - 1))}


def test_a_page_open_on_a_store_reads_its_next_build(folder: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    store = tmp_path / "store"
    build(folder, store)
    monkeypatch.setenv("REPORTS_DIR", str(store))
    at = AppTest.from_file(str(ROOT / "dashboard" / "pages" / "trends.py"), default_timeout=60)
    at.query_params["indicator"], at.query_params["series"] = "industrial_value_added", "growth|%"
    at.run()
    assert "5.8%" in set(at.dataframe[0].value.raw)
    (folder / "2026-02-20_统计公报.txt").write_text("全年规模以上工业增加值比上年增长6.1%。", encoding="utf-8")
    build(folder, store)  # deletes the parts the first build wrote
    at.run()
    assert not at.exception
    assert "6.1%" in set(at.dataframe[0].value.raw) and "5.8%" not in set(at.dataframe[0].value.raw)
