"""The overview's cards, figures an official can read aloud: grouped by place, and in each
place by the reports that brought its latest figures, the latest first. A card is the
latest figure of a series (one metric in one place, with one measure, basis, unit and kind
of period), named by its canonical indicator where it has one, with the growth its sentence
gives it, else its change against the series' previous period, and the series' line.

Left out: what the contract calls optional (targets and plans, `力争…达5万亿元`; counts of
programmes, chains and projects, `12条标志性产业链`, `浪潮20万台计算机项目`), figures of an
entity narrower than the place (a company, a market, a cluster) and of a company the
extractor did not name as one (`2024年公司销售总额约5亿元`): none is a place's headline.

`card_rows` finds the few rows the cards need in a source of any size (SQL); `place_cards`
groups and ranks them."""
from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple, cast

import pandas as pd

from .formats import as_printed, difference, full
from .indicators import OWN_INDICATORS_CTE, indicator_name
from .labels import TOPICS, Lang, name, text
from .periods import PERIOD_KINDS_CTE, period_words
from .source import Source

MONEY = "元"
PERCENT, POINTS = "%", "个百分点"  # a change of a rate in % is in 个百分点
# Units of counts the contract calls optional (programmes, chains, measures: `12条`, `4项殊荣`),
# and of changes of a rate (`比一季度加快0.4个百分点`): a card of a rate shows its change itself.
LEFT_OUT_UNITS = ("项", "条", "个百分点", "基点")
# A metric naming a project counts capacity, not activity (`浪潮20万台计算机项目投产`), unless it is money.
PROJECT = "项目"
# A metric naming a company is one company's figure (`公司销售总额`), not its place's.
COMPANY = ("公司", "集团")
# Words that make a figure a target, a plan or an expectation in its clause: before it
# (`力争…达5万亿元`, `预计全年增长5%`, `到2030年达到…`), or after it (`“4.5%—5%”发展预期目标`).
TARGET_BEFORE = "力争|预计|目标|计划|到20[0-9][0-9]年"
TARGET_AFTER = "目标"
CLAUSE = "[^，；。！？,;]*"  # what stays inside one clause
# Series of one place: one name (the canonical indicator, else the metric), measure, basis, unit, kind of period.
SERIES_KEY = ("region", "name", "measure", "basis", "unit", "kind")
CARD_COLUMNS = ("fid", "doc_id", "start", "raw", "sentence", "metric", "measure", "basis", "value",
                "unit", "period", "topic", "region", "article", "review", "rule", "published", "source", "checked_by",
                "checked_on")  # who checked a row, and when ("" where nobody has): see corrections.py
LINE_POINTS = 12  # the points of a card's line at most: the latest periods
LONG_NAME = 12  # a metric longer than this reads as a clause, not a name: its cards come last
TARGET_CUES = ("力争", "预计", "目标", "计划", "到20")  # the words of TARGET_BEFORE/AFTER, to look for first
CARD_ROWS = f"""
WITH {PERIOD_KINDS_CTE}, {OWN_INDICATORS_CTE}, candidates AS (
    SELECT doc_id, start, region, indicator, metric, measure, basis, unit, value, period, published,
           hash(sentence) AS said
    FROM {{figures}}
    WHERE entity = '' AND metric <> ''
      AND ((measure IN ('level', 'growth') AND unit <> '') OR (measure = 'share' AND unit = '%'))
      AND NOT list_contains($left_out_units, unit)
      AND NOT ({" OR ".join(f"contains(metric, '{word}')" for word in COMPANY)})
      AND NOT (contains(metric, '{PROJECT}') AND unit <> '{MONEY}')
      AND NOT CASE WHEN {" OR ".join(f"contains(sentence, '{cue}')" for cue in TARGET_CUES)}  -- few rows: then their clause
          THEN regexp_matches(substr(sentence, 1, strpos(sentence, raw) - 1), '({TARGET_BEFORE}){CLAUSE}$')
               OR regexp_matches(substr(sentence, strpos(sentence, raw) + length(raw)), '^{CLAUSE}({TARGET_AFTER})')
          ELSE false END
), by_metric AS (  -- each metric's latest report of each period: an aggregate, no sort of every row
    SELECT region, indicator, metric, measure, basis, unit, period,
           arg_max(struct_pack(doc_id, start, value, said, metric, published), (published, doc_id, -start)) AS chosen
    FROM candidates GROUP BY ALL
), periods AS (  -- then named and dated, on these few rows: each series' periods, the latest report of each
    SELECT coalesce(nullif(o.own, ''), b.metric) AS name, b.region, b.measure, b.basis, b.unit, k.kind, b.period,
           coalesce(any_value(o.own), '') AS own, any_value(k.period_end) AS period_end,
           arg_max(b.chosen, (b.chosen.published, b.chosen.doc_id, -b.chosen.start)) AS chosen
    FROM by_metric b JOIN period_kinds k USING (period) LEFT JOIN own_indicators o USING (indicator, metric, region)
    GROUP BY ALL
), lines AS (
    SELECT {", ".join(SERIES_KEY)}, list(chosen.value ORDER BY period_end, period)[-{LINE_POINTS}:] AS line
    FROM periods GROUP BY ALL
), ends AS (
    SELECT * EXCLUDE (chosen), chosen.*,
           row_number() OVER (PARTITION BY {", ".join(SERIES_KEY)} ORDER BY period_end DESC, period DESC) AS back
    FROM periods
    QUALIFY back <= 2
), levels AS (
    SELECT doc_id, said, metric FROM ends WHERE back = 1 AND measure = 'level'
), growths AS (  -- the growths the latest levels' sentences give them: in their documents only
    SELECT f.doc_id, f.start FROM {{figures}} f
    WHERE f.measure = 'growth' AND f.doc_id IN (SELECT doc_id FROM levels)
      AND (f.doc_id, hash(f.sentence), f.metric) IN (SELECT (doc_id, said, metric) FROM levels)
), chosen AS (
    SELECT doc_id, start, own, name, kind, back, line FROM ends JOIN lines USING ({", ".join(SERIES_KEY)})
    UNION ALL
    SELECT doc_id, start, '' AS own, 'growth of a level' AS name, '' AS kind, 0 AS back, NULL AS line FROM growths
)
SELECT {", ".join(f"f.{c}" for c in CARD_COLUMNS)}, c.own, c.name, c.kind, c.back, c.line, hash(f.sentence) AS said
FROM chosen c JOIN {{figures}} f USING (doc_id, start)  -- the few rows chosen, read whole once
ORDER BY doc_id, start, back
"""


class Card(NamedTuple):
    """A series' latest figure, the growth its sentence gives it (None where none), the
    series' previous period's figure where the two compare (None where not: a level of
    January to June against one of January to March is no change), and the series' line
    of values where they compare."""

    latest: pd.Series
    growth: pd.Series | None
    previous: pd.Series | None
    line: list[float]


def card_rows(source: Source) -> pd.DataFrame:
    """The rows the overview's cards are made of (see CARD_ROWS): each series' latest and
    previous periods' figures (`back` 1 and 2) with its line, and the growths the latest
    levels' sentences give them (`back` 0)."""
    return source.frame(CARD_ROWS, left_out_units=list(LEFT_OUT_UNITS))


def place_cards(frame: pd.DataFrame, per_topic: int, places: int) -> dict[str, dict[str, list[Card]]]:
    """Place -> topic -> its cards (of `ranked`): the places with the most series first, the
    topics in the order of TOPICS, in each at most `per_topic` cards, one a name (an
    indicator's series of growth and of level are one card, and so are two that read alike)."""
    frame = frame.assign(series=frame[list(SERIES_KEY)].astype(str).agg("\x00".join, axis=1) if len(frame) else "",
                         pair=sentence_keys(frame) if len(frame) else "")
    growths = frame[(frame.measure == "growth") & (frame.back != 2)]
    growth_of = dict(zip(growths.pair, (row for _, row in growths.iterrows())))
    earlier = frame[frame.back == 2]
    previous = dict(zip(earlier.series, (row for _, row in earlier.iterrows())))
    chosen = ranked(frame[frame.back == 1], growth_of)
    out: dict[str, dict[str, list[Card]]] = {}
    for place in chosen.region.value_counts(sort=True).index[:places]:
        mine = chosen[chosen.region == place].drop_duplicates(["topic", "said_as"])
        out[str(place)] = {topic: [card(row, growth_of, previous) for _, row in of_topic.head(per_topic).iterrows()]
                           for topic in TOPICS if len(of_topic := mine[mine.topic == topic])}
    return out


def ranked(latest: pd.DataFrame, growth_of: dict[str, pd.Series]) -> pd.DataFrame:
    """The series' latest rows that make cards, the best first: canonical indicators, figures
    sure of themselves, short names, then the latest reports', levels with their growth,
    money, the largest. A growth its level's card shows is no card of its own."""
    paired = latest.pair.isin(growth_of) & (latest.measure == "level")
    absorbed = {growth_of[key].fid for key in latest.pair[paired]}
    return latest[~latest.fid.isin(absorbed)].assign(
        named=lambda f: f.own != "", long=lambda f: (f.own == "") & (f.metric.str.len() > LONG_NAME),
        has_growth=paired, money=lambda f: f.unit == MONEY,
        said_as=lambda f: [card_label(Card(row, None, None, []), "zh") for _, row in f.iterrows()],
    ).sort_values(["named", "review", "long", "published", "has_growth", "money", "value"],
                  ascending=[False, True, True, False, False, False, False], kind="stable")


def card(row: pd.Series, growth_of: dict[str, pd.Series], previous: dict[str, pd.Series]) -> Card:
    """A card of a series' latest row: a level's growth, and where periods compare (any kind
    but a level's year so far), the previous period's figure and the line."""
    growth = growth_of.get(row.pair) if row.measure == "level" else None
    compares = not (row.measure == "level" and row.kind == "cumulative")
    line = [float(v) for v in cast(Sequence[float], row.line)] if compares and row.line is not None else []
    return Card(row, growth, previous.get(row.series) if compares else None, line)


def sentence_keys(frame: pd.DataFrame) -> pd.Series:
    """What pairs a level with its growth: the same metric in the same sentence of one document."""
    return frame.doc_id + "\x00" + frame.said.astype(str) + "\x00" + frame.metric


def card_label(card: Card, lang: Lang) -> str:
    """What a card is of, as a noun phrase: its canonical indicator's name where its metric is
    the indicator itself, else its metric without the Markdown its report printed around it.

    >>> row = pd.Series({"own": "industrial_value_added", "metric": "规上工业增加值"})
    >>> card_label(Card(row, None, None, []), "zh")
    '规模以上工业增加值'
    >>> card_label(Card(pd.Series({"own": "", "metric": "**新动能贡献率"}), None, None, []), "en")
    '新动能贡献率'
    """
    row = card.latest
    return indicator_name(str(row.own), lang) if row.own else str(row.metric).replace("*", "").strip()


def card_change(card: Card, lang: Lang) -> tuple[str | None, str | None, float]:
    """What a card's badge says, its words beside it, and its sign: the growth its sentence
    gives a level, as printed; else the change since the series' previous period, in 个百分点
    for rates; else nothing.

    >>> prev = pd.Series({"value": 5.3, "unit": "%", "period": "2026-01/2026-03"})
    >>> now = pd.Series({"value": 5.2, "unit": "%", "measure": "share"})
    >>> card_change(Card(now, None, prev, [5.3, 5.2]), "zh")
    ('-0.1个百分点', '较上期', -0.1)
    """
    if card.growth is not None:
        growth = card.growth
        return (as_printed(str(growth.raw), float(growth.value)),
                name(str(growth.basis), lang) if growth.basis else None, float(growth.value))
    if card.previous is None:
        return None, None, 0.0
    change = difference(float(card.latest.value), float(card.previous.value))
    unit = POINTS if card.latest.unit == PERCENT else str(card.latest.unit)
    return ("+" if change > 0 else "") + full(change, unit), text("against_previous", lang), change


def previous_words(card: Card, lang: Lang) -> str:
    """The previous period a card's change is against, and its figure as printed ("" where none).

    >>> prev = pd.Series({"raw": "5.3%", "value": 5.3, "period": "2026-01/2026-03"})
    >>> previous_words(Card(pd.Series(dtype=object), None, prev, []), "zh")
    '上期：2026年1—3月 5.3%'
    """
    if card.previous is None or card.growth is not None:
        return ""
    before = card.previous
    return text("previous", lang, period=period_words(str(before.period), lang),
                figure=as_printed(str(before.raw), float(before.value)))
