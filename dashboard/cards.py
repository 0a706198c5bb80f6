"""The headline figures of each topic for the overview: levels, each with the growth its
sentence gives it, those with a growth, money and the largest first. `headline_rows` finds
them in a source of any size; `headline_cards` pairs them up."""
from __future__ import annotations

from typing import NamedTuple, cast

import pandas as pd

from .labels import TOPICS
from .source import Source

# Cards a topic shows at most.
CARDS_PER_TOPIC = 4
MONEY = "元"
CARD_COLUMNS = ("fid", "doc_id", "start", "raw", "sentence", "metric", "measure", "basis", "value", "unit",
                "qualifier", "topic", "region", "article", "review", "rule", "checked_by", "checked_on")
# Each topic's best levels as `headline_cards` ranks them, and the growths of their sentences:
# all that `headline_cards` needs to pick the same cards as from the whole table. Sentences
# are compared by their hash and rows ranked by their keys alone, then the few chosen read
# whole: on an archive, joining and sorting whole rows took seconds and a gigabyte.
HEADLINE_ROWS = """
WITH keyed AS (
    SELECT doc_id, start, measure, unit, value, topic, metric, hash(sentence) AS said
    FROM {{figures}} WHERE measure IN ('level', 'growth')
), grown AS (
    SELECT DISTINCT doc_id, said, metric FROM keyed WHERE measure = 'growth'
), best AS (
    SELECT k.doc_id, k.start, k.said, k.metric FROM keyed k LEFT JOIN grown g USING (doc_id, said, metric)
    WHERE k.measure = 'level' AND k.unit <> ''
    QUALIFY row_number() OVER (PARTITION BY k.topic ORDER BY g.doc_id IS NOT NULL DESC, k.unit = '{money}' DESC,
                                                             k.value DESC, k.doc_id, k.start) <= {most}
), chosen AS (
    SELECT doc_id, start FROM best
    UNION ALL
    SELECT k.doc_id, k.start FROM keyed k SEMI JOIN best b USING (doc_id, said, metric) WHERE k.measure = 'growth'
)
SELECT {columns} FROM {{figures}} SEMI JOIN chosen USING (doc_id, start) ORDER BY doc_id, start
"""


class Card(NamedTuple):
    """A level and, when the report gives one, its growth: two rows of the table."""

    level: pd.Series
    growth: pd.Series | None


def sentence_keys(frame: pd.DataFrame) -> pd.Series:
    """What pairs a level with its growth: the same metric in the same sentence of one document."""
    return frame.doc_id + "\x00" + frame.sentence + "\x00" + frame.metric


def growth_row(growths: pd.DataFrame, at: int | None) -> pd.Series | None:
    """The growth row at an index label, or None."""
    return None if at is None else cast(pd.Series, growths.loc[at])  # an index label: one row


def headline_rows(source: Source) -> pd.DataFrame:
    """The rows the overview's cards are made of (see HEADLINE_ROWS)."""
    return source.frame(HEADLINE_ROWS.format(columns=", ".join(CARD_COLUMNS), money=MONEY, most=CARDS_PER_TOPIC))


def headline_cards(frame: pd.DataFrame) -> dict[str, list[Card]]:
    """Topic -> its headline cards, topics in the order of TOPICS, those with none left out."""
    # Moving fewer columns: the table may hold 80,000 rows. A table of no source (the extractor's
    # own) has no one's check: "".
    frame = frame.reindex(columns=list(CARD_COLUMNS), fill_value="")
    growths = frame[frame.measure == "growth"]
    growth_at = dict(zip(sentence_keys(growths), growths.index))  # the last growth of a key
    levels = frame[(frame.measure == "level") & (frame.unit != "")]
    levels = levels.assign(key=sentence_keys(levels)).assign(
        has_growth=lambda f: f.key.isin(growth_at), money=lambda f: f.unit == MONEY)
    best = levels.sort_values(["has_growth", "money", "value"], ascending=False, kind="stable").groupby(
        "topic").head(CARDS_PER_TOPIC)
    cards: dict[str, list[Card]] = {}
    for topic in TOPICS:
        cards_of_topic = [Card(row, growth_row(growths, growth_at.get(row.key)))
                          for _, row in best[best.topic == topic].iterrows()]
        if cards_of_topic:
            cards[topic] = cards_of_topic
    return cards
