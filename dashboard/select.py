"""The rows of a view: filters by URL parameter, the options each offers, the parameters
that name nothing, the view described in words, and the link that shares it."""
from __future__ import annotations

import operator
from collections.abc import Mapping, Sequence
from functools import reduce
from urllib.parse import urlencode

import pandas as pd

from extract.names import indicator_of

from .labels import Lang, name, text

# URL parameter -> the column it filters; the parameter is the filter widget's key too.
FILTERS = {"topic": "topic", "metric": "metric", "measure": "measure", "doc": "doc_id",
           "article": "article", "period": "period", "entity": "entity"}
# Parameters a view keeps beside its filters: the selected figure, the language, a search,
# the document read on the sources page.
FIGURE_PARAMETER, SEARCH_PARAMETER, SOURCE_PARAMETER = "fig", "q", "source"


def figure_id(doc_id: str, start: int) -> str:
    """A figure's id in links: its document and offset.

    >>> figure_id("000_ad29c2c3119cad9b", 1234)
    '000_ad29c2c3119cad9b:1234'
    """
    return f"{doc_id}:{start}"


def with_ids(frame: pd.DataFrame) -> pd.DataFrame:
    """The table with a `fid` column, the id each figure has in links, and the canonical
    `indicator` its metric names (a store has it already)."""
    frame = frame.assign(fid=frame.doc_id.astype(str) + ":" + frame.start.astype(str))
    return frame if "indicator" in frame else frame.assign(indicator=frame.metric.map(indicator_of))


def masks(frame: pd.DataFrame, chosen: Mapping[str, Sequence[str]]) -> dict[str, pd.Series]:
    """Each filter that chose something, as the rows it lets through."""
    return {p: frame[FILTERS[p]].isin(list(values)) for p, values in chosen.items() if values}


def rows(frame: pd.DataFrame, chosen: Mapping[str, Sequence[str]]) -> pd.DataFrame:
    """The rows every filter lets through; an empty filter lets all through."""
    kept = list(masks(frame, chosen).values())
    return frame[reduce(operator.and_, kept)] if kept else frame


def options(frame: pd.DataFrame, chosen: Mapping[str, Sequence[str]]) -> dict[str, list[str]]:
    """The values each filter offers: those of the rows the other filters let through, and
    the ones it has chosen already, so that no choice disappears under it.

    >>> options(pd.DataFrame({"topic": ["trade", "fiscal"], "period": ["2025", "2024"]}),
    ...         {"topic": ["trade"], "period": []})
    {'topic': ['fiscal', 'trade'], 'period': ['2025']}
    """
    kept = masks(frame, chosen)
    offered = {}
    for parameter, values in chosen.items():
        others = [mask for p, mask in kept.items() if p != parameter]
        column = frame[FILTERS[parameter]]
        present = column[reduce(operator.and_, others)] if others else column
        offered[parameter] = sorted(({str(v) for v in present.unique()} - {""}) | set(values))
    return offered


def unknown(frame: pd.DataFrame, parameters: Mapping[str, Sequence[str]]) -> dict[str, list[str]]:
    """The filter values of a link that name nothing in the table.

    >>> unknown(pd.DataFrame({"topic": ["trade"]}), {"topic": ["trade", "space"]})
    {'topic': ['space']}
    """
    wrong = {}
    for parameter, values in parameters.items():
        known = set(frame[FILTERS[parameter]].astype(str)) if parameter in FILTERS else set()
        bad = [v for v in values if v not in known]
        if bad:
            wrong[parameter] = bad
    return wrong


def describe(frame: pd.DataFrame, chosen: Mapping[str, Sequence[str]], lang: Lang) -> str:
    """The view in words: its counts, then each filter's choice.

    >>> describe(pd.DataFrame({"doc_id": ["a"], "topic": ["trade"]}), {"topic": ["trade"]}, "en")
    '1 documents, 1 figures · Topic: Trade'
    """
    parts = [text("counts", lang, docs=frame.doc_id.nunique(), figures=len(frame))]
    parts += [f"{text(p, lang)}: {'、'.join(name(v, lang) for v in values)}"
              for p, values in chosen.items() if values]
    return " · ".join(parts)


def share_link(base: str, page: str, parameters: Mapping[str, str | Sequence[str]]) -> str:
    """The full link of a view: the app's address, the page, and every parameter set.

    >>> share_link("http://127.0.0.1:8501/", "explore", {"topic": ["trade", "fiscal"], "lang": "en", "q": ""})
    'http://127.0.0.1:8501/explore?topic=trade&topic=fiscal&lang=en'
    """
    pairs = [(k, v) for k, vs in parameters.items() for v in ([vs] if isinstance(vs, str) else vs) if v]
    query = urlencode(pairs)
    return base.rstrip("/") + "/" + page.strip("/") + ("?" + query if query else "")
