"""Figures as an official reads them: as printed, and a parsed value with every digit the
report printed (the issue's examples, the seed's, and the edges)."""
import pytest

from dashboard.formats import as_printed, full, scale_for, unnoised

# Issue 10: each was shown re-rounded, without its qualifier, or with float noise.
ISSUE_10 = [("6973.5万件", 69_735_000.0, "6973.5万件"), ("近亿元", 1e8, "近亿元"), ("超300%", 300.0, "超300%"),
            ("70.6亿元", 70.6 * 1e8, "70.6亿元")]
FALLS = [("2.1%", -2.1, "-2.1%"), ("-2.1%", -2.1, "-2.1%"), ("－3.5亿美元", -3.5e8, "－3.5亿美元")]


@pytest.mark.parametrize(("raw", "value", "shown"), ISSUE_10 + FALLS)
def test_as_printed(raw: str, value: float, shown: str) -> None:
    assert as_printed(raw, value) == shown


SEED = [(10_850_000_000, "元", "108.5亿元"), (619_000, "场", "61.9万场"), (20803, "份", "20,803份"),
        (3.26e8, "元", "3.26亿元"), (1e4, "家", "10,000家"), (99.7, "%", "99.7%")]
FULL_DIGITS = [
    (69_735_000.0, "件", "6,973.5万件"),        # never 6974万件
    (70.6 * 1e8, "元", "70.6亿元"),             # never 70.59999999999999亿元
    (45_468_500_000_000.0, "元", "45.4685万亿元"),  # never 45.47万亿元
    (123_456_789, "元", "1.23456789亿元"), (1.2e12, "元", "1.2万亿元"), (3447, "人", "3,447人"),
]
EDGES = [
    (70392, "家", "70,392家"),           # below 1e5: every digit, thousands separated
    (1e5, "元", "10万元"),                # 万 from 1e5
    (-3.5e9, "美元", "-35亿美元"),         # a loss scales like a gain
    (1e13, "%", "10,000,000,000,000%"),  # ratios never scale
    (-2.1, "%", "-2.1%"), (0.4, "个百分点", "0.4个百分点"), (0, "元", "0元"), (5, "", "5"),
]


@pytest.mark.parametrize(("value", "unit", "text"), SEED + FULL_DIGITS + EDGES)
def test_full(value: float, unit: str, text: str) -> None:
    assert full(value, unit) == text


@pytest.mark.parametrize(("value", "exact"), [(70.6 * 1e8, 7_060_000_000), (6973.5 * 1e4, 69_735_000),
                                              ((2.6 - 1) * 100, 160), (0.1 + 0.2, 0.3), (-2.1, -2.1)])
def test_unnoised(value: float, exact: float) -> None:
    assert unnoised(value) == exact


SCALES = [
    ([1.2e12, 5e8], (1e12, "万亿")), ([3.26e8, 1.085e10], (1e8, "亿")), ([619_000], (1e4, "万")),
    ([1e5], (1e4, "万")), ([99_999.0, 3447], (1.0, "")), ([-2e8, 1.0], (1e8, "亿")), ([], (1.0, "")),
]


@pytest.mark.parametrize(("values", "scale"), SCALES)
def test_scale_for(values: list[float], scale: tuple[float, str]) -> None:
    assert scale_for(values) == scale
