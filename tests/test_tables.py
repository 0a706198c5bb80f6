"""Tables as statistical communiqués print them: every cell a figure its column explains."""
import pytest

from extract import extract_figures

TAB_SEPARATED = """表1  2025年全国居民人均可支配收入及其增长速度
单位：元
指标	绝对数	比上年增长（%）
全国居民人均可支配收入	41314	5.3
  其中：城镇居民	54188	4.6
        农村居民	23119	6.3
"""
UNIT_COLUMN = """表3  2025年主要工业产品产量及其增长速度
产品名称	单位	产量	比上年增长（%）
纱	万吨	2213.9	-2.4
发电量	亿千瓦时	94181.4	2.2
汽车	万辆	3128.2	3.7
"""
MARKDOWN = """| 指标 | 2025年（亿元） | 比重（%） |
| --- | --- | --- |
| 第一产业 | 91414 | 6.8 |
| 第二产业 | 492087 | 36.5 |
"""
SPACE_ALIGNED = """表5  2025年末金融机构本外币存贷款余额
单位：亿元
指标                  年末数        比上年末增长（%）
各项存款余额          3210456       7.9
各项贷款余额          2589012       7.1
"""

# (table, raw cell, value, unit, measure, basis, period, metric)
CELLS = [
    (TAB_SEPARATED, "41314", 41314, "元", "level", "", "2025", "全国居民人均可支配收入"),
    (TAB_SEPARATED, "5.3", 5.3, "%", "growth", "yoy", "2025", "全国居民人均可支配收入"),
    (TAB_SEPARATED, "54188", 54188, "元", "level", "", "2025", "城镇居民"),
    (TAB_SEPARATED, "6.3", 6.3, "%", "growth", "yoy", "2025", "农村居民"),
    (UNIT_COLUMN, "2213.9", 2213.9e4, "吨", "level", "", "2025", "纱"),
    (UNIT_COLUMN, "-2.4", -2.4, "%", "growth", "yoy", "2025", "纱"),
    (UNIT_COLUMN, "94181.4", 94181.4e8, "千瓦时", "level", "", "2025", "发电量"),
    (UNIT_COLUMN, "3128.2", 3128.2e4, "辆", "level", "", "2025", "汽车"),
    (MARKDOWN, "91414", 91414e8, "元", "level", "", "2025", "第一产业"),
    (MARKDOWN, "36.5", 36.5, "%", "share", "", "2025", "第二产业"),
    (SPACE_ALIGNED, "3210456", 3210456e8, "元", "level", "", "2025", "各项存款余额"),
    (SPACE_ALIGNED, "7.1", 7.1, "%", "growth", "yoy", "2025", "各项贷款余额"),
]


@pytest.mark.parametrize(("table", "raw", "value", "unit", "measure", "basis", "period", "metric"), CELLS)
def test_cell(table: str, raw: str, value: float, unit: str, measure: str, basis: str, period: str,
              metric: str) -> None:
    rows = [f for f in extract_figures(table) if f.raw == raw]
    assert len(rows) == 1, [f.raw for f in extract_figures(table)]
    (row,) = rows
    assert table[row.start:row.end] == raw
    assert (row.value, row.unit, row.measure, row.basis, row.period, row.metric) == (
        pytest.approx(value), unit, measure, basis, period, metric)
    assert row.rule == f"table/{measure}"


@pytest.mark.parametrize(("table", "cells"), [(TAB_SEPARATED, 6), (UNIT_COLUMN, 6), (MARKDOWN, 4), (SPACE_ALIGNED, 4)])
def test_every_number_cell_is_one_figure(table: str, cells: int) -> None:
    figures = extract_figures(table)
    assert len(figures) == cells
    assert all(f.rule.startswith("table/") for f in figures)


def test_prose_between_tables_is_still_read() -> None:
    text = "全年粮食产量70650万吨，比上年增长1.2%。\n\n" + TAB_SEPARATED + "\n年末全国就业人员73439万人。\n"
    raws = [f.raw for f in extract_figures(text)]
    assert raws[:2] == ["70650万吨", "1.2%"]
    assert raws[-1] == "73439万人"
    assert "41314" in raws


def test_cells_with_their_own_percent_and_no_header() -> None:
    text = "主要指标\n出口增长    5.6%\n进口下降    3.2%\n"
    rows = {f.metric: f for f in extract_figures(text)}
    assert (rows["出口增长"].value, rows["出口增长"].unit, rows["出口增长"].measure) == (5.6, "%", "growth")
    assert (rows["进口下降"].value, rows["进口下降"].measure) == (-3.2, "growth")
    assert rows["进口下降"].sentence == "进口下降    3.2%"
    assert rows["进口下降"].article == "主要指标"


@pytest.mark.parametrize("text", [
    "目  录\n第一章  总则  1\n第二章  发展目标  5\n",          # a table of contents
    "联系电话  12345678\n传真号码  12345679\n",                 # numbers with no unit
    "详细报道见第3版\n今日导读 2\n",                       # page notes are no table
    "会议议程\n一、审议报告 1\n",                          # one numbered line is no table
    "值班编委:朱海波 值班审核:张洁\n责编:王博 美编:辛政\n",
])
def test_not_a_table(text: str) -> None:
    assert [f for f in extract_figures(text) if f.rule.startswith("table")] == []


@pytest.mark.parametrize("table", [TAB_SEPARATED, UNIT_COLUMN, MARKDOWN, SPACE_ALIGNED])
def test_a_cell_marked_for_review_says_why(table: str) -> None:
    assert all(f.review == ("!" in f.rule) for f in extract_figures(table))


def test_a_row_whose_words_name_no_topic_is_marked() -> None:
    table = "表2  2025年全市便民服务设施\n指标\t数量（个）\t比上年增长（%）\n社区网点\t1520\t6.1\n便民门店\t860\t4.3\n"
    figures = extract_figures(table)
    assert len(figures) == 4 and all(f.review and f.rule.endswith("!topic-from-context") for f in figures)
