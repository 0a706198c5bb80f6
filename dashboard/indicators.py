"""Which figures are a canonical indicator itself, and its name in either language.

The table's `indicator` is the indicator a metric's name holds (extract/indicator.py), and a
name holds more than its indicator: `装备制造业增加值占全部规模以上工业增加值的比重` holds
规模以上工业增加值, `普惠小微贷款余额` holds 贷款余额. A line over periods or a card's change
joins only figures that are the indicator itself: the metric is one of its names, with at
most a time or place word before it (`全年货物进出口`, `上半年GDP增速`, `山东省规模以上工业增加值`
in a figure of 山东省), a note in brackets or Markdown's bold (`固定资产投资（不含农户）`,
`**社会消费品零售总额**`), and a word after it that names the figure's kind (`GDP增速`,
`居民消费价格指数`, `城镇调查失业率平均值`). Any other figure stands under its own metric."""
from __future__ import annotations

import re

from extract.vocab.indicators import INDICATOR_ROWS, INDICATORS

from .labels import INDICATORS_EN, Lang

LEADING = ("全年", "上半年", "下半年", "一季度", "前三季度", "今年", "去年", "全国", "全省", "全市", "全县", "全区")
TRAILING = ("总量", "总额", "余额", "供应量", "增速", "增幅", "涨幅", "指数", "平均值")
NOTES = r"（[^）]*）|\([^)]*\)|\*+"  # a note in brackets, Markdown's bold


def own_pattern(names: tuple[str, ...]) -> str:
    """The pattern of the metrics that are an indicator of these names itself.

    >>> import re; [bool(re.fullmatch(own_pattern(("社会消费品零售总额",)), m)) for m in
    ...             ("全年社会消费品零售总额", "社会消费品零售总额增速", "乡村消费品零售额占社会消费品零售总额比重")]
    [True, True, False]
    """
    def alternation(words: tuple[str, ...]) -> str:
        return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return f"({alternation(LEADING)})*({alternation(names)})({alternation(TRAILING)})*"


PATTERNS = {row.key: own_pattern(row.names) for row in INDICATOR_ROWS}
assert not any("'" in pattern for pattern in PATTERNS.values()), "the patterns are written into SQL"
# The indicator a figure is, where its metric, place and notes left out, is the indicator itself; else "".
# The metric without the place it opens on (`山东省规模以上工业增加值`) and its notes.
BARE_SQL = f"regexp_replace(CASE WHEN region <> '' AND starts_with(metric, region) " \
           f"THEN substr(metric, length(region) + 1) ELSE metric END, '{NOTES}', '', 'g')"
OWN_INDICATOR_SQL = "CASE WHEN CASE indicator {} ELSE false END THEN indicator ELSE '' END".format(" ".join(
    f"WHEN '{key}' THEN regexp_full_match({BARE_SQL}, '{pattern}')" for key, pattern in PATTERNS.items()))

# Each metric's own indicator (`own`), as a CTE named `own_indicators` of the metrics (and
# places) that name one: computed once a distinct metric, not once a row, and materialized (see
# periods.PERIOD_KINDS_CTE).
OWN_INDICATORS_CTE = f"""own_indicators AS MATERIALIZED (
    SELECT indicator, metric, region, {OWN_INDICATOR_SQL} AS own
    FROM (SELECT DISTINCT indicator, metric, region FROM {{figures}} WHERE indicator <> '')
)"""


def indicator_name(key: str, lang: Lang) -> str:
    """An indicator's name in the language, never its id.

    >>> indicator_name("industrial_value_added", "zh"), indicator_name("gdp", "en")
    ('规模以上工业增加值', 'Gross regional product (GDP)')
    """
    if lang == "en" and key in INDICATORS_EN:
        return INDICATORS_EN[key][0]
    return INDICATORS[key].name if key in INDICATORS else key


def definition(key: str, lang: Lang) -> str:
    """What an indicator measures, in the language."""
    if lang == "en" and key in INDICATORS_EN:
        return INDICATORS_EN[key][1]
    return INDICATORS[key].definition if key in INDICATORS else ""
