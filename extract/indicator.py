"""A metric's canonical indicator (vocab/indicators.py), for series across reports."""
from __future__ import annotations

from functools import lru_cache

import pandas as pd
import regex

from .patterns import alternation
from .vocab.indicators import INDICATOR_ROWS

INDICATOR_NAME = regex.compile(alternation(name for row in INDICATOR_ROWS for name in row.names))
INDICATOR_OF_NAME = {name: row.key for row in INDICATOR_ROWS for name in row.names}


@lru_cache(maxsize=8192)
def indicator_of(metric: str) -> str:
    """The canonical indicator a metric names, by the longest name of one it holds (the
    later on a tie: a noun phrase ends on its head), or "".

    >>> indicator_of("全年货物进出口总额"), indicator_of("规上工业增加值"), indicator_of("优惠原产地证签证货值")
    ('foreign_trade', 'industrial_value_added', 'certified_value')
    """
    names = [(len(m.group()), m.end(), m.group()) for m in INDICATOR_NAME.finditer(metric, overlapped=True)]
    return INDICATOR_OF_NAME[max(names)[2]] if names else ""


def with_indicators(figures: pd.DataFrame) -> pd.DataFrame:
    """The table with `indicator`, the canonical indicator each figure's metric names: the
    one place it is computed, once, where a store is built or a folder loaded.

    >>> list(with_indicators(pd.DataFrame({"metric": ["规上工业增加值", "签证货值", "仅"]})).indicator)
    ['industrial_value_added', 'certified_value', '']
    """
    return figures.assign(indicator=figures.metric.map(indicator_of))
