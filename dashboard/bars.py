"""How a chart's bars are labelled: the metric with what tells bars apart (entity, place,
period in words), a document by its title where labels repeat, and whether the bars lie down."""
from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass, field

import pandas as pd

from .labels import Lang
from .periods import period_words
from .titles import brief

# Bars lie down where a label is longer than this many characters, or where there are more
# than this many bars: rotated labels of forty bars took four fifths of a chart.
LONG_LABEL = 12
MANY_BARS = 12
LONGEST_METRIC = 18  # a metric's characters a label shows


@dataclass(frozen=True, slots=True)
class Labelling:
    """How a view's bars are labelled: in the language, with the place where the view holds
    several, and a document by its name (`names`, doc_id -> name) where labels repeat."""

    lang: Lang
    several_places: bool = False
    names: Mapping[str, str] = field(default_factory=dict)


def labels(frame: pd.DataFrame, labelling: Labelling) -> list[str]:
    """Bar labels: the metric (cut at LONGEST_METRIC characters: a bar's hover says it whole),
    with the entity, the place (where the view holds several) and the period in words where
    they tell bars apart; a label met twice gets its document's name in brief, then a count,
    so no two bars merge."""
    seen: dict[str, int] = {}
    out = []
    for metric, entity, region, period, doc in zip(frame.metric, frame.entity, frame.region, frame.period,
                                                   frame.doc_id):
        place = region if labelling.several_places else ""
        cut = metric if len(metric) <= LONGEST_METRIC else metric[:LONGEST_METRIC] + "…"
        label = "｜".join(part for part in (cut or "—", entity, place, period_words(period, labelling.lang)) if part)
        if label in seen:
            seen[label] += 1
            label = f"{label}｜{brief(labelling.names.get(doc, doc))}" if seen[label] == 2 else f"{label}｜{seen[label]}"
        seen.setdefault(label, 1)
        out.append(html.escape(label, quote=False))  # plotly reads tags in its text
    return out


def lies_down(frame: pd.DataFrame, labelling: Labelling) -> bool:
    """Whether a chart's bars lie down: a label longer than LONG_LABEL characters, or more
    than MANY_BARS bars."""
    return len(frame) > MANY_BARS or max((len(label) for label in labels(frame, labelling)), default=0) > LONG_LABEL
