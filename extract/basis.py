"""A growth's basis (spec section 2): year on year, month on month, average annual, or none.

A cue carries to the later clauses and sentences of its paragraph ("比上年增长3.8%。其中，
出口…增长6.1%" is year on year too); a comparison with another base ("较2020年", "比一季
度", "比上年全年") is none, and one with the year before the figure's is year on year
("比2024年提高2.3个百分点" of a figure of 2025).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .model import Basis
from .patterns import BASIS_CUE, COMPARISON, PERIOD, YEAR_BASE
from .periods import last_before, year_of
from .vocab.cues import BASIS_CUES, LAST_MONTH_BASES, LAST_YEAR_BASES, LAST_YEAR_ENDS, SAME_PERIOD_BASES, YEAR_START_BASES

BASES: dict[str, Basis] = dict(BASIS_CUES)  # type: ignore[arg-type]
# How many characters after a comparison word its base is read from.
BASE_CHARS = 8
MONTH_CODE = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})")
MONTHS_IN_CODE = "-"  # "2026-06", "2026-01/2026-06": a period of months, not years


class Base(NamedTuple):
    """A base of comparison named in the text: its basis, or the year it names ("比2024年")
    for the figure's period to decide."""

    basis: Basis
    year: int = 0
    year_start: bool = False  # the start of the year: "较上年末", "比年初"


def bases_named(text: str, start: int, end: int) -> list[tuple[int, Base]]:
    """The bases of comparison named in `text[start:end]`, where each is named.

    >>> [(at, b.basis) for at, b in bases_named("同比增长5%，较2020年增长20%，比上年四季度放缓0.6个百分点", 0, 38)]
    [(0, 'yoy'), (7, ''), (19, '')]
    """
    named: list[tuple[int, Base]] = []
    for found in COMPARISON.finditer(text, start, end):
        base = found.group("base_before") or text[found.end():min(end, found.end() + BASE_CHARS)]
        named.append((found.start(), base_of(base)))
    for cue in BASIS_CUE.finditer(text, start, end):
        named.append((cue.start(), Base(BASES[cue.group()])))
    return sorted(named, key=lambda pair: pair[0])


def base_of(base: str) -> Base:
    """What the words naming a base say of the basis.

    >>> base_of("上年同期"), base_of("上年四季度"), base_of("上月"), base_of("2024年提高")
    (Base(basis='yoy', year=0, year_start=False), Base(basis='', year=0, year_start=False), Base(basis='mom', year=0, year_start=False), Base(basis='', year=2024, year_start=False))
    >>> base_of("上年末增长"), base_of("年初增加")
    (Base(basis='yoy', year=0, year_start=True), Base(basis='', year=0, year_start=True))
    """
    if base.startswith(YEAR_START_BASES):
        return Base("yoy" if base.startswith(LAST_YEAR_ENDS) else "", year_start=True)
    if base.startswith(SAME_PERIOD_BASES):
        return Base("yoy")
    if base.startswith(LAST_MONTH_BASES):
        return Base("mom")
    for word in LAST_YEAR_BASES:
        if base.startswith(word):
            part = PERIOD.match(base, len(word))
            return Base("" if part and not base.startswith(SAME_PERIOD_BASES, len(word)) else "yoy")
    year = YEAR_BASE.match(base)
    return Base("", int(year.group(1))) if year else Base("")


def basis_of(bases: list[tuple[int, Base]], offset: int, period: str) -> Basis:
    """The basis of a growth at `offset`: the base named last before it; a year named as the
    base, or the start of the year, is year on year where it is the year before the figure's."""
    base = last_before(bases, offset, Base(""))
    if base.year_start:  # "年末…比上年末增长14.6%" is a year's growth; "6月末…较上年末" not
        return "" if MONTHS_IN_CODE in period else base.basis
    if base.year:
        return "yoy" if base.year + 1 == year_of(period) else ""
    return base.basis


def from_year_start(bases: list[tuple[int, Base]], offset: int, period: str) -> str:
    """The period of a growth at `offset`: where its base is the start of the year, a month's
    period runs from January to it ("6月末，…较上年末升值4.7%" -> January to June).

    >>> from_year_start([(3, Base("", year_start=True))], 9, "2026-06"), from_year_start([], 9, "2026-06")
    ('2026-01/2026-06', '2026-06')
    """
    month = MONTH_CODE.fullmatch(period)
    if not month or month["month"] == "01" or not last_before(bases, offset, Base("")).year_start:
        return period
    return f"{month['year']}-01/{period}"
