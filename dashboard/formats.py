"""Figures written as an official reads them: 108.5亿元, +13.2%, an axis in 亿元."""
from __future__ import annotations

import math
from collections.abc import Sequence

from extract.vocab.units import UNITS

# Where a figure starts to read in 万亿, 亿 or 万, the divisor and the word; the largest
# first. 619000 reads "61.9万场", but 70392家 stays whole: below 1e5, 万 hides digits.
SCALES = ((1e12, 1e12, "万亿"), (1e8, 1e8, "亿"), (1e5, 1e4, "万"))
# Below 1e5 a whole number of thousands still reads in 万: "1万家", "1.5万元".
ROUND_WAN = (1e4, 1e3)
# Units that are already ratios: "28.3%", "0.4个百分点", "2倍" never read in 万 or 亿.
UNSCALED_UNITS = frozenset(unit.base for unit in UNITS.values() if unit.kind in ("percent", "points", "basis_points", "multiple"))
# A scaled figure keeps this many significant digits: "3.26亿元", "108.5亿元".
SIGNIFICANT = 4
# A figure too small to scale keeps at most this many decimals: "28.3%", "3447人".
DECIMALS = 2
NONZERO_DIGITS = tuple("123456789")


def plain(number: float, decimals: int) -> str:
    """A number with at most `decimals` decimals, trailing zeros dropped.

    >>> plain(108.5, 3), plain(1.2, 3), plain(3447.0, 2), plain(-0.001, 2)
    ('108.5', '1.2', '3447', '0')
    """
    text = f"{number:.{max(decimals, 0)}f}"
    text = text.rstrip("0").rstrip(".") if "." in text else text
    return "0" if text == "-0" else text


def scaled(value: float) -> tuple[float, str]:
    """The number an official writes and the word after it, for a figure in base units.

    >>> scaled(10850000000.0), scaled(619000.0), scaled(15000.0), scaled(70392.0)
    ((108.5, '亿'), (61.9, '万'), (1.5, '万'), (70392.0, ''))
    """
    rounded = float(f"{value:.{SIGNIFICANT}g}")  # before choosing: 99995000 reads "1亿"
    for start, divisor, word in SCALES:
        if abs(rounded) >= start:
            return rounded / divisor, word
    start, step = ROUND_WAN
    if abs(value) >= start and value % step == 0:
        return value / SCALES[-1][1], SCALES[-1][2]
    return value, ""


def readable(value: float, unit: str) -> str:
    """A figure as an official reads it.

    >>> readable(10850000000, "元"), readable(619000, "场"), readable(3447, "人")
    ('108.5亿元', '61.9万场', '3447人')
    >>> readable(-2.1, "%"), readable(0.4, "个百分点"), readable(5, "")
    ('-2.1%', '0.4个百分点', '5')
    """
    if unit in UNSCALED_UNITS:
        return plain(value, DECIMALS) + unit
    number, word = scaled(value)
    if not word:
        return plain(number, DECIMALS) + unit
    digits = SIGNIFICANT - 1 - math.floor(math.log10(abs(number)))
    return plain(number, digits) + word + unit


def signed(value: float, unit: str) -> str:
    """A change with its sign in front, as a delta reads.

    >>> signed(13.2, "%"), signed(-9.5, "%"), signed(0.4, "个百分点"), signed(0.001, "%")
    ('+13.2%', '-9.5%', '+0.4个百分点', '0%')
    """
    text = readable(value, unit)
    shows_nonzero = text.lstrip("0.").startswith(NONZERO_DIGITS)  # "0%" has no sign, "0.5%" has
    return "+" + text if value > 0 and shows_nonzero else text


def scale_for(values: Sequence[float]) -> tuple[float, str]:
    """The divisor and the word to plot a series of one unit on a readable axis.

    >>> scale_for([3.26e8, 1.085e10]), scale_for([619000.0]), scale_for([3447.0]), scale_for([])
    ((100000000.0, '亿'), (10000.0, '万'), (1.0, ''), (1.0, ''))
    """
    largest = max((abs(value) for value in values), default=0.0)
    return next(((divisor, word) for start, divisor, word in SCALES if largest >= start), (1.0, ""))


# How a qualifier reads before a figure, in each language.
QUALIFIER_WORDS = {"approx": {"zh": "约", "en": "about "}, "over": {"zh": "超", "en": "over "},
                   "under": {"zh": "不足", "en": "under "}}


def qualified(value: float, unit: str, qualifier: str, lang: str = "zh") -> str:
    """A figure as it reads with its qualifier, so "超千亿元" is never shown as exact.

    >>> qualified(1e11, "元", "over"), qualified(5e8, "元", "approx", "en"), qualified(3447, "人", "exact")
    ('超1000亿元', 'about 5亿元', '3447人')
    """
    return QUALIFIER_WORDS.get(qualifier, {}).get(lang, "") + readable(value, unit)
