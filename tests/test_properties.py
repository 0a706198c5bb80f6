"""Whatever text arrives, the extractor returns rows true to it: no exception, every row's
raw is the text at its offsets, every value finite; and in time linear in the text's length."""
import math
import time

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from extract import extract_figures

# Pieces reports are made of, and the ones that have broken rules before.
PIECES = ["1", "2", "0", "9", "12.5", "1,234", "３", "．", "％", "%", "一", "两", "十", "百", "千", "万", "亿",
          "万亿", "分之", "成", "倍", "翻", "番", "元", "亿元", "家", "人次", "个百分点", "吨", "约", "近", "超",
          "逾", "多", "余", "以上", "左右", "不足", "同比", "增长", "下降", "占", "比重", "分别", "和", "、",
          "，", "。", "；", "\n", "\n\n", " ", "\t", "|", "年", "月", "日", "至", "-", "/", "第", "版", "表1",
          "单位：亿元", "十四五", "去年", "全年", "<b>", "</script>", "[链接](http://x)", "#", ">", "“", "”"]


def check(text: str) -> None:
    for figure in extract_figures(text):
        assert text[figure.start:figure.end] == figure.raw
        assert figure.raw
        assert math.isfinite(figure.value)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60).map("".join))
def test_pieces_of_reports(text: str) -> None:
    check(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_unicode(text: str) -> None:
    check(text)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["9", "万亿", "约超", "1.2.", "%", "十", "多余", "第", "|1\t"]), st.integers(1_000, 20_000))
def test_long_runs_of_one_piece(piece: str, repeat: int) -> None:
    check(piece * (repeat // len(piece)))


# Numbers too large for a float are no figures: the figures beside them stay, every value finite.
OVERFLOWS = [
    "出口" + "9" * 400 + "亿元，增长6.1%。",
    "占比1" + "0" * 400 + "%，增长6.1%。",
    "约" + "亿" * 400 + "元，增长6.1%。",
    "9" * 300 + "万亿元，增长6.1%。",
    "增长" + "9" * 310 + ".5倍，增长6.1%。",
    "1" + "0" * 400 + "至2" + "0" * 400 + "亿元，增长6.1%。",
]


@pytest.mark.parametrize("text", OVERFLOWS, ids=range(len(OVERFLOWS)))
def test_a_number_too_large_for_a_float_is_no_figure(text: str) -> None:
    check(text)
    assert [f.raw for f in extract_figures(text)][-1] == "6.1%"


# What a careless pattern or loop is slow on: long digit runs, repeated multipliers and
# qualifiers, separators, mixed scripts, lines cut on a comma, headings, table rows.
ADVERSARIAL = ["9" * 40, "0123456789", "1,234", "1.2.3", ",", ".", "、", "%", "％", "万亿", "亿", "万", "千", "十",
               "两", "约", "超", "近", "余", "多", "以上", "左右", "至", "分之", "成", "倍", "翻一番", "一半",
               "个百分点", "亿元", "分别", "其中", "占", "同比", "比上年增长", "2024年", "1-11月", "公司",
               "产业集群", "零售额", "a", "Ж", "é", "٣", "１", "\u3000", " ", "\t", "|", "\n", "\n\n", "# ", "> ",
               "，", "。", "《人民日报》", "“", "）", "\n出口\t12\t3.4\n", "单位：亿元"]
# Pieces that took time quadratic in their repeats before, each in the stage it slowed.
QUADRATIC_BEFORE = [
    "1,234亿元",                         # resolve: 分别 looked for from the sentence's start per figure
    "产业集群分别翻一番％",                # names: the subjects of 分别 read from the sentence's start
    "增长1%。出口，\n",                    # segment: offsets of a paragraph of a thousand cut lines
    "# １%零售额 \u3000。",                # names: a "#" line of any length was every figure's headline
    "单位：亿元| 1 |\n出口\t12\t3.4\n“\n\n",  # tables: the lines above each table split from the start
]
SMALL = 4_000   # characters in the shorter text
SLACK = 4       # n times the text may take n x SLACK times as long: room for noise, not for a square
NOISE = 0.05    # seconds: the timer's and the scheduler's


def seconds(text: str, runs: int = 3) -> float:
    """The least time of a few runs of the extractor: noise only ever adds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        extract_figures(text)
        times.append(time.perf_counter() - start)
    return min(times)


def check_linear(piece: str, times: int) -> None:
    """`times` times the text in at most `times` x SLACK the time, plus NOISE; the long text
    is timed again only when once was over (a pause of the machine). Its rows are checked
    too."""
    repeats = max(1, SMALL // len(piece))
    small, large = piece * repeats, piece * (times * repeats)
    check(large)
    bound = times * SLACK * seconds(small) + NOISE
    assert seconds(large, 1) <= bound or seconds(large) <= bound, (piece, bound)


@pytest.mark.parametrize("piece", QUADRATIC_BEFORE)
def test_time_is_linear_in_the_length_of_pieces_once_quadratic(piece: str) -> None:
    check_linear(piece, 32)  # long enough that a square shows past the slack


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(ADVERSARIAL), min_size=1, max_size=6).map("".join))
def test_time_is_linear_in_the_length(piece: str) -> None:
    check_linear(piece, 8)
