"""Figures as an official reads them: the brief's examples, the seeds', and the edges."""
import pytest

from dashboard.formats import readable, scale_for, signed

BRIEF = [
    (10_850_000_000, "元", "108.5亿元"), (1.2e12, "元", "1.2万亿元"), (619_000, "场", "61.9万场"),
    (3447, "人", "3447人"), (28.3, "%", "28.3%"), (-2.1, "%", "-2.1%"),
    (0.4, "个百分点", "0.4个百分点"), (2, "倍", "2倍"), (24.2e8, "人次", "24.2亿人次"),
    (1.5e4, "元", "1.5万元"), (9999, "元", "9999元"), (5, "", "5"),
]
SEED = [(3.26e8, "元", "3.26亿元"), (1e4, "家", "1万家"), (70.6e8, "元", "70.6亿元"),
        (99.7, "%", "99.7%"), (20803, "份", "20803份")]
EDGES = [
    (70392, "家", "70392家"),            # below 1e5 and not whole thousands: every digit kept
    (1e5, "元", "10万元"),                # 万 from 1e5
    (123_456_789, "元", "1.235亿元"),     # four significant digits once scaled
    (99_995_000, "元", "1亿元"),          # rounding carries into the next word, never "10000万"
    (1.23456e13, "元", "12.35万亿元"),
    (-3.5e9, "美元", "-35亿美元"),         # a loss scales like a gain
    (1e13, "%", "10000000000000%"),      # ratios never scale
    (0.125, "‰", "0.12‰"),               # two decimals at most below 1e5
    (12.5, "吨", "12.5吨"), (0, "元", "0元"), (-0.001, "%", "0%"),
]


@pytest.mark.parametrize(("value", "unit", "text"), BRIEF + SEED + EDGES)
def test_readable(value: float, unit: str, text: str) -> None:
    assert readable(value, unit) == text


SIGNED = [
    (13.2, "%", "+13.2%"), (-9.5, "%", "-9.5%"), (0.4, "个百分点", "+0.4个百分点"),
    (0.5, "%", "+0.5%"), (0.0, "%", "0%"), (0.001, "%", "0%"), (3.26e8, "元", "+3.26亿元"),
    (-1.5e4, "元", "-1.5万元"),
]


@pytest.mark.parametrize(("value", "unit", "text"), SIGNED)
def test_signed(value: float, unit: str, text: str) -> None:
    assert signed(value, unit) == text


SCALES = [
    ([1.2e12, 5e8], (1e12, "万亿")), ([3.26e8, 1.085e10], (1e8, "亿")), ([619_000], (1e4, "万")),
    ([1e5], (1e4, "万")), ([99_999.0, 3447], (1.0, "")), ([-2e8, 1.0], (1e8, "亿")), ([], (1.0, "")),
]


@pytest.mark.parametrize(("values", "scale"), SCALES)
def test_scale_for(values: list[float], scale: tuple[float, str]) -> None:
    assert scale_for(values) == scale
