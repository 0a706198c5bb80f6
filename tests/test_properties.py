"""Whatever text arrives, the extractor returns rows true to it: no exception, every row's
raw is the text at its offsets, every value finite."""
import math

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
