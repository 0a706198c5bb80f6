"""The chart builders, tested on the figures they draw."""
import pandas as pd
import pytest

from dashboard.charts import MAX_BARS, charts_of, labels, selected_id
from dashboard.labels import Lang
from dashboard.look import reading_figure
from dashboard.source import figures_table
from extract import figures_frame

SEED = figures_frame(open("seeds/000_ad29c2c3119cad9b.txt", encoding="utf-8").read(), "seed")
FIGURES = figures_table(SEED).to_pandas()


def test_units_never_share_an_axis() -> None:
    charts = charts_of(FIGURES, "zh")
    for chart in charts:
        ids = [i for trace in chart.figure.data for i in trace.customdata]
        units = set(FIGURES.set_index("fid").loc[ids].unit)
        measures = set(FIGURES.set_index("fid").loc[ids].measure)
        assert len(units) == 1 and len(measures) == 1, chart.title
    levels = [c for c in charts if c.key.startswith("levels_")]
    assert {c.key for c in levels} >= {"levels_元", "levels_家", "levels_份"}


def test_levels_are_scaled_to_read_and_hover_as_printed() -> None:
    money = next(c for c in charts_of(FIGURES, "zh") if c.key == "levels_元")
    bar = money.figure.data[0]
    assert money.title == "总量（亿元）"
    assert max(bar.y) == 1000  # 超千亿元 = 1e11 元 drawn as 1000 亿
    assert "108.5亿元" in bar.text


@pytest.mark.parametrize("printed", ["6973.5万件", "近亿元", "超千亿元", "70.6亿元", "超58%"])
def test_every_bar_reads_as_printed(printed: str) -> None:
    """Issue 10: 6973.5万件 was drawn as 6974万件, 近亿元 as 约1亿元."""
    texts = [t for chart in charts_of(FIGURES, "en") for trace in chart.figure.data for t in trace.text]
    assert any(t.split(" · ")[0] == printed for t in texts), texts


def test_growth_rates_stand_side_by_side_by_basis() -> None:
    growth = next(c for c in charts_of(FIGURES, "en") if c.key == "growth_%")
    assert growth.figure.layout.barmode == "group"
    assert {trace.name for trace in growth.figure.data} >= {"year on year", "annual average"}


def test_shares_are_drawn_on_a_whole() -> None:
    share = next(c for c in charts_of(FIGURES, "zh") if c.key == "shares")
    assert tuple(share.figure.layout.xaxis.range) == (0, 100)
    assert share.figure.data[0].orientation == "h"


def test_a_chart_keeps_to_its_bar_limit_and_says_so() -> None:
    many = pd.concat([FIGURES[FIGURES.unit == "元"]] * 20, ignore_index=True)
    many = many.assign(doc_id="x", start=range(len(many)), fid=[f"x:{i}" for i in range(len(many))])
    chart = charts_of(many, "zh")[0]
    assert chart.shown == MAX_BARS < chart.total
    assert len(chart.figure.data[0].x) == MAX_BARS


def test_bar_labels_never_merge() -> None:
    frame = pd.DataFrame({"metric": ["产值", "产值", "产值"], "entity": ["", "", ""], "period": ["2025"] * 3,
                          "doc_id": ["a", "b", "c"]})
    assert len(set(labels(frame))) == 3


def test_a_selection_event_gives_the_figure_id() -> None:
    assert selected_id({"selection": {"points": [{"customdata": ["seed:12"]}]}}) == "seed:12"
    assert selected_id({"selection": {"points": [{"customdata": {"0": "seed:7"}}]}}) == "seed:7"
    assert selected_id({"selection": {"points": []}}) is None


@pytest.mark.parametrize(("lang", "words"), [("zh", "正在读取文档…"), ("en", "Reading the documents…")])
def test_the_reading_frame_has_no_data_and_says_so(lang: Lang, words: str) -> None:
    figure = reading_figure(lang)
    assert not figure.data
    assert [a.text for a in figure.layout.annotations] == [words]
    assert figure.layout.xaxis.visible is False and figure.layout.yaxis.visible is False
