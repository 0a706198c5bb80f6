"""The plain records passed between the pipeline's stages, and the table's columns.

They are NamedTuples: immutable like frozen dataclasses, but built without a
`object.__setattr__` per field, which cost a tenth of the whole pipeline's time.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, NamedTuple, get_args

Measure = Literal["level", "growth", "share"]
Basis = Literal["", "yoy", "mom", "avg_annual"]
Qualifier = Literal["exact", "approx", "over", "under"]
Kind = Literal["amount", "percent", "points", "fraction", "multiple", "ratio"]
# Why the rules doubt a row (spec section 2, `review`): a metric from another sentence or the
# clause before, a 分别 list whose counts disagree, a topic its own words do not name, a unit
# taken from the metric, a share that says not what of, no metric, a dated report that gives
# the figure no period.
Doubt = Literal["metric-from-before", "metric-from-clause-before", "respectively-counts", "topic-from-context",
                "unit-from-metric", "share-unnamed", "no-metric", "no-period"]
DOUBTS: tuple[Doubt, ...] = get_args(Doubt)

# The tidy table's columns in the spec's order (spec section 2), then the rule that made the row,
# and when and where the document was published.
COLUMNS = (
    "doc_id", "start", "end", "raw", "sentence", "metric", "measure", "basis", "value",
    "unit", "qualifier", "period", "topic", "region", "entity", "article", "review",
    "rule", "published", "source",
)


class Article(NamedTuple):
    """An article: its headline, and the spans of its head lines (a kicker, the title,
    subtitles), which may name the period and the place all its figures are of."""

    headline: str
    head: tuple[tuple[int, int], ...]


class Sentence(NamedTuple):
    """A sentence as document offsets; `text` is rejoined where a blank line cut it."""

    start: int
    end: int
    text: str
    paragraph: int  # index of the paragraph, for context that carries between sentences
    article: Article


class Match(NamedTuple):
    """A number with its unit found in the text: `text[start:end] == raw`."""

    start: int
    end: int
    raw: str
    value: float
    unit: str
    qualifier: Qualifier
    kind: Kind
    rule: str


class Figure(NamedTuple):
    """One row of the tidy table. `rule` names the pattern and the measure that made it and,
    after a "!", why the row is marked for review ("amount/level!metric-from-before")."""

    doc_id: str
    start: int
    end: int
    raw: str
    sentence: str
    metric: str
    measure: Measure
    basis: Basis
    value: float
    unit: str
    qualifier: Qualifier
    period: str
    topic: str
    region: str
    entity: str
    article: str
    review: bool
    rule: str
    published: str = ""  # the document's date, ISO, or ""
    source: str = ""     # the paper or publisher, or ""


def marked(rule: str, doubts: Sequence[Doubt]) -> tuple[bool, str]:
    """A row's `review` and `rule`: marked where the rules doubt it, the doubts after "!".

    >>> marked("amount/level", []), marked("table/growth", ["topic-from-context"])
    ((False, 'amount/level'), (True, 'table/growth!topic-from-context'))
    """
    return bool(doubts), rule + ("!" + ",".join(doubts) if doubts else "")
