"""The chart builders, tested on the figures they draw."""
import pandas as pd
import pytest

from dashboard.bars import LONG_LABEL, Labelling, labels
from dashboard.charts import MAX_BARS, charts_of, selected_id
from dashboard.labels import Lang
from dashboard.look import BASIS_COLOURS, reading_figure
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
    assert money.title == "总量（亿元）" and money.figure.layout.xaxis.title.text == "亿元"
    assert bar.orientation == "h" and max(bar.x) == 1000  # 超千亿元 = 1e11 元 drawn as 1000 亿
    assert "108.5亿元" in bar.text


@pytest.mark.parametrize("printed", ["6973.5万件", "近亿元", "超千亿元", "70.6亿元", "超58%"])
def test_every_bar_reads_as_printed(printed: str) -> None:
    """Issue 10: 6973.5万件 was drawn as 6974万件, 近亿元 as 约1亿元."""
    texts = [t for chart in charts_of(FIGURES, "en") for trace in chart.figure.data for t in trace.text or []]
    assert any(t.split(" · ")[0] == printed for t in texts), texts


def test_growth_rates_stand_side_by_side_by_basis() -> None:
    growth = next(c for c in charts_of(FIGURES, "en") if c.key == "growth_%")
    assert growth.figure.layout.barmode == "group"
    assert {trace.name for trace in growth.figure.data} >= {"year on year", "annual average"}


def test_a_basis_has_one_colour_in_every_view_and_its_name_in_the_legend() -> None:
    """Issue 10: colours of a basis changed between views, the legend showed a bare "—"."""
    def colours(frame: pd.DataFrame) -> dict[str, str]:
        growth = next(c for c in charts_of(frame, "zh") if c.key == "growth_%")
        named = [t for t in growth.figure.data if t.showlegend is not False]  # the legend's swatches
        return {str(t.name): str(t.marker.color) for t in named}
    everything, no_average = colours(FIGURES), colours(FIGURES[FIGURES.basis != "avg_annual"])
    assert everything["同比"] == no_average["同比"] == BASIS_COLOURS["yoy"]  # not the palette's next colour
    assert everything["年均"] == BASIS_COLOURS["avg_annual"]
    unstated = FIGURES[(FIGURES.measure == "growth") & (FIGURES.unit == "%")].assign(basis="")
    assert colours(unstated) == {"未注明比较基期": BASIS_COLOURS[""]}


def test_long_labels_lie_down_and_name_the_place_where_the_view_holds_several() -> None:
    """Issue 10: with forty bars the rotated labels took four fifths of a chart."""
    two_places = pd.concat([FIGURES, FIGURES.assign(region="全国", doc_id="other", fid="other:" + FIGURES.fid)])
    money = next(c for c in charts_of(two_places, "zh") if c.key == "levels_元")
    assert money.figure.data[0].orientation == "h" and money.figure.layout.yaxis.autorange == "reversed"
    assert {label.split("｜")[1] for label in money.figure.data[0].y if "签证货值" in label} == {"聊城市", "全国"}
    short = FIGURES[FIGURES.metric == "签证货值"]  # 签证货值｜2025年: short enough to stand
    assert len("签证货值｜2025年") <= LONG_LABEL
    assert charts_of(short.assign(period="2025"), "zh")[0].figure.data[0].orientation == "v"


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


def test_bar_labels_never_merge_and_name_a_document_by_its_title() -> None:
    frame = pd.DataFrame({"metric": ["产值", "产值", "产值"], "entity": ["", "", ""], "region": ["", "", ""],
                          "period": ["2025"] * 3, "doc_id": ["000_ad29c2c3119cad9b", "b", "c"]})
    names = {"b": "中国经济展现强大韧性活力（权威发布） · 人民日报 · 2026-07-16"}
    drawn = labels(frame, Labelling("zh", names=names))
    assert len(set(drawn)) == 3
    assert drawn[1] == "产值｜2025年｜中国经济展现强大韧性… · 2026-07-16"  # never the file's stem


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
