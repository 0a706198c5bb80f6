"""The `review` column (spec section 2): each reason the rules have to doubt a row, in
sentences of our own, and rows they are sure of left unmarked. A row's reasons follow "!"
in its `rule`; `review` is true exactly where there is one."""
from __future__ import annotations

import pytest

from extract import extract_figures

PUBLISHED, SOURCE = "2026-07-16", "人民日报"

# (sentence, the figure as printed, the reasons to check it)
DOUBTED = [
    # a unit guessed from the metric: the number is printed bare
    ("报告期内累计观看人次达3.1亿。", "3.1亿", {"unit-from-metric", "topic-from-context"}),
    # a 分别 list whose counts disagree: two subjects, three figures
    ("一般贸易、加工贸易进出口分别增长5.1%、3.2%和1.1%。", "1.1%", {"respectively-counts"}),
    # a share whose name says not what of
    ("区间波动幅度为12%。", "12%", {"share-unnamed", "topic-from-context"}),
    # a metric inherited from another sentence
    ("全市实现网络零售额85亿元。同比增长12%。", "12%", {"metric-from-before"}),
    # a metric taken from the clause before
    ("服务业加快发展，增长5.2%。", "5.2%", {"metric-from-clause-before"}),
    # a dated paper whose text gives the figure no period ("目前": standing, not dated)
    ("目前，全市共有博物馆45家。", "45家", {"no-period"}),
]

SURE = [
    ("今年前三季度，全市规上工业增加值增长6.2%。", "6.2%"),
    ("全市实现网络零售额85亿元，同比增长12%。", "12%"),
    ("直播销售额12亿元，比上年增长20%。", "12亿元"),
    # customs sign certificates too: 海关 alone does not make a certificates figure doubtful
    ("据海关统计，上半年全市签发原产地证书1.2万份。", "1.2万份"),
    ("海关推广自助打印，签证服务网络的自助打印率达98.5%。", "98.5%"),
]


def row(sentence: str, raw: str):  # type: ignore[no-untyped-def]
    rows = [f for f in extract_figures(sentence, "review", PUBLISHED, SOURCE) if f.raw == raw]
    assert len(rows) == 1, [f.raw for f in extract_figures(sentence, "review", PUBLISHED, SOURCE)]
    return rows[0]


@pytest.mark.parametrize(("sentence", "raw", "reasons"), DOUBTED, ids=[raw for _, raw, _ in DOUBTED])
def test_a_doubtful_row_is_marked_with_its_reasons(sentence: str, raw: str, reasons: set[str]) -> None:
    figure = row(sentence, raw)
    assert set(figure.rule.partition("!")[2].split(",")) == reasons
    assert figure.review


@pytest.mark.parametrize(("sentence", "raw"), SURE, ids=[raw for _, raw in SURE])
def test_a_sure_row_is_not_marked(sentence: str, raw: str) -> None:
    figure = row(sentence, raw)
    assert "!" not in figure.rule
    assert not figure.review
