"""The headline figures of each topic for the overview: levels, each with the growth its
sentence gives it, money and the largest first."""
from __future__ import annotations

from typing import NamedTuple

import pandas as pd

from .labels import TOPICS

# Cards a topic shows at most.
CARDS_PER_TOPIC = 4
MONEY = "元"


class Card(NamedTuple):
    """A level and, when the report gives one, its growth: two rows of the table."""

    level: pd.Series
    growth: pd.Series | None


def growths_by_level(frame: pd.DataFrame) -> dict[str, pd.Series]:
    """For each level's id, the growth of the same metric in the same sentence."""
    growths = frame[frame.measure == "growth"]
    keyed = {(doc, sentence, metric): row for (doc, sentence, metric), row in zip(
        zip(growths.doc_id, growths.sentence, growths.metric), (r for _, r in growths.iterrows()))}
    levels = frame[frame.measure == "level"]
    return {fid: keyed[key] for fid, key in zip(levels.fid, zip(levels.doc_id, levels.sentence, levels.metric))
            if key in keyed}


def headline_cards(frame: pd.DataFrame) -> dict[str, list[Card]]:
    """Topic -> its headline cards, topics in the order of TOPICS, those with none left out."""
    paired = growths_by_level(frame)
    levels = frame[(frame.measure == "level") & (frame.unit != "")].assign(
        has_growth=lambda f: f.fid.isin(list(paired)), money=lambda f: f.unit == MONEY)
    cards = {}
    for topic in TOPICS:
        chosen = levels[levels.topic == topic].sort_values(["has_growth", "money", "value"], ascending=False)
        if len(chosen):
            cards[topic] = [Card(row, paired.get(row.fid)) for _, row in chosen.head(CARDS_PER_TOPIC).iterrows()]
    return cards
