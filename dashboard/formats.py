"""Figures written as an official reads them: as the report printed them (6973.5万件, 超300%),
a parsed value with every printed digit (6,973.5万件), an axis in 亿元."""
from __future__ import annotations

from collections.abc import Sequence

from extract.vocab.units import UNITS

# Where a figure starts to read in 万亿, 亿 or 万, the divisor and the word; the largest
# first. 619000 reads "61.9万场", but 70392家 stays whole: below 1e5, 万 hides digits.
SCALES = ((1e12, 1e12, "万亿"), (1e8, 1e8, "亿"), (1e5, 1e4, "万"))
# Units that are already ratios: "28.3%", "0.4个百分点", "2倍" never read in 万 or 亿.
UNSCALED_UNITS = frozenset(unit.base for unit in UNITS.values()
                           if unit.kind in ("percent", "points", "basis_points", "multiple"))
# How a report may print a minus: ASCII, the minus sign, full-width.
MINUS_SIGNS = ("-", "\u2212", "\uff0d")


def scale_for(values: Sequence[float]) -> tuple[float, str]:
    """The divisor and the word to plot a series of one unit on a readable axis.

    >>> scale_for([3.26e8, 1.085e10]), scale_for([619000.0]), scale_for([3447.0]), scale_for([])
    ((100000000.0, '亿'), (10000.0, '万'), (1.0, ''), (1.0, ''))
    """
    largest = max((abs(value) for value in values), default=0.0)
    return next(((divisor, word) for start, divisor, word in SCALES if largest >= start), (1.0, ""))


def unnoised(value: float) -> float:
    """A value at the precision its report printed it, without the float noise its scaling
    left (70.6 times 1e8 is 7059999999.999999): 15 significant digits, more than any report
    prints and fewer than a float's noise.

    >>> unnoised(70.6 * 1e8), unnoised(6973.5 * 1e4), unnoised((2.6 - 1) * 100), unnoised(13.2)
    (7060000000.0, 69735000.0, 160.0, 13.2)
    """
    return float(f"{value:.15g}")


def as_printed(raw: str, value: float) -> str:
    """A figure as its report prints it, qualifier and unit included, never re-rounded; a fall
    that is printed without its sign (下降2.1%: raw "2.1%", value -2.1) gets its minus, so that
    it never reads as a rise.

    >>> as_printed("6973.5万件", 69735000.0), as_printed("超300%", 300.0), as_printed("近亿元", 1e8)
    ('6973.5万件', '超300%', '近亿元')
    >>> as_printed("2.1%", -2.1), as_printed("-2.1%", -2.1)
    ('-2.1%', '-2.1%')
    """
    return "-" + raw if value < 0 and not raw.startswith(MINUS_SIGNS) else raw


def full(value: float, unit: str) -> str:
    """A value with every digit its report printed, in the 万, 亿 or 万亿 an official reads it
    in, thousands separated: the Data table's.

    >>> full(69735000.0, "件"), full(7059999999.999999, "元"), full(20803, "份"), full(4.54685e13, "元")
    ('6,973.5万件', '70.6亿元', '20,803份', '45.4685万亿元')
    >>> full(-2.1, "%"), full(0.4, "个百分点"), full(70392, "家"), full(1e8, "元"), full(5, "")
    ('-2.1%', '0.4个百分点', '70,392家', '1亿元', '5')
    """
    divisor, word = (1.0, "") if unit in UNSCALED_UNITS else scale_for([value])
    return f"{unnoised(value / divisor):,.15g}{word}{unit}"


def decimals(value: float) -> int:
    """How many decimals a value has, as its report printed it.

    >>> decimals(5.2), decimals(188380000.0), decimals(0.25)
    (1, 0, 2)
    """
    digits = repr(unnoised(value)).split("e")[0]
    return len(digits.split(".")[1].rstrip("0")) if "." in digits else 0


def difference(later: float, earlier: float) -> float:
    """A change between two printed values, at the precision they were printed at: 5.2 - 5.3
    is -0.1, not -0.0999999999999996.

    >>> difference(5.2, 5.3), difference(188380000.0, 191390000.0)
    (-0.1, -3010000.0)
    """
    return round(later - earlier, max(decimals(later), decimals(earlier)))
