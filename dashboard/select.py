"""The rows of a view, as SQL over a `Source` of figures: the filters by URL parameter, the
values each offers, a page of rows, the counts of a view and the view in words, one figure
by its link id. Only what a page shows leaves DuckDB."""
from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from .labels import Lang, counted, name, text
from .source import Source

# URL parameter -> the column it filters; the parameter is the filter widget's key too.
FILTERS = {"topic": "topic", "region": "region", "metric": "metric", "measure": "measure", "doc": "doc_id",
           "article": "article", "period": "period", "entity": "entity", "review": "review"}
DOCUMENT_FILTER = "doc"  # the filter of documents, whose values read by the documents' names
# Parameters a view keeps beside its filters: the selected figure, a search, the document
# read on the sources page.
FIGURE_PARAMETER, SEARCH_PARAMETER, SOURCE_PARAMETER = "fig", "q", "source"
# The order rows come in: each document's figures as they stand in it.
READING_ORDER_SQL = "doc_id, start"


def where(chosen: Mapping[str, Sequence[str]], but: str = "") -> tuple[str, dict[str, object]]:
    """The SQL condition of every filter that chose something (but the one named `but`), and
    its parameters: a filter's values are parameters, never SQL.

    >>> where({"topic": ["trade"], "period": []})
    ('TRUE AND list_contains($topic, CAST(topic AS VARCHAR))', {'topic': ['trade']})
    """
    conditions: list[str] = ["TRUE"]
    parameters: dict[str, object] = {}
    for parameter, values in chosen.items():
        if values and parameter != but:
            conditions.append(f"list_contains(${parameter}, CAST({FILTERS[parameter]} AS VARCHAR))")
            parameters[parameter] = list(values)
    return " AND ".join(conditions), parameters


def rows(source: Source, chosen: Mapping[str, Sequence[str]], limit: int | None = None,
         offset: int = 0) -> pd.DataFrame:
    """The rows every filter lets through (an empty filter lets all through) in reading
    order: `limit` of them from `offset`, or all. A page is found by sorting the rows' keys
    alone, then read whole: sorting whole rows, sentences and all, is what makes a page
    deep into an archive slow."""
    condition, parameters = where(chosen)
    if limit is None:
        return source.frame(f"SELECT * FROM {{figures}} WHERE {condition} ORDER BY {READING_ORDER_SQL}",
                            **parameters)
    return source.frame(f"""
        WITH page AS (SELECT doc_id, start FROM {{figures}} WHERE {condition}
                      ORDER BY {READING_ORDER_SQL} LIMIT {int(limit)} OFFSET {int(offset)})
        SELECT f.* FROM {{figures}} f SEMI JOIN page USING (doc_id, start) ORDER BY {READING_ORDER_SQL}""",
                        **parameters)


def counts(source: Source, chosen: Mapping[str, Sequence[str]]) -> tuple[int, int]:
    """How many documents and figures a view holds."""
    condition, parameters = where(chosen)
    docs, figures = source.query(f"SELECT count(DISTINCT doc_id), count(*) FROM {{figures}} WHERE {condition}",
                                 **parameters).fetchone() or (0, 0)
    return int(docs), int(figures)


def options(source: Source, chosen: Mapping[str, Sequence[str]]) -> dict[str, list[str]]:
    """The values each filter offers: those of the rows the other filters let through, and
    the ones it has chosen already, so that no choice disappears under it. One scan for all."""
    aggregates, parameters = [], {}
    for parameter in chosen:
        condition, more = where(chosen, but=parameter)
        aggregates.append(f"list(DISTINCT CAST({FILTERS[parameter]} AS VARCHAR)) FILTER (WHERE {condition})")
        parameters.update(more)
    if not aggregates:
        return {}
    found = source.query(f"SELECT {', '.join(aggregates)} FROM {{figures}}", **parameters).fetchone() or ()
    return {parameter: sorted(({str(v) for v in present or []} - {""}) | set(values))
            for (parameter, values), present in zip(chosen.items(), found)}


def known(source: Source, parameter: str, asked: Sequence[str]) -> set[str]:
    """Which of the values a link asks of a filter name something in the figures."""
    column = FILTERS[parameter]
    found = source.query(f"SELECT DISTINCT CAST({column} AS VARCHAR) FROM {{figures}} "
                         f"WHERE list_contains($asked, CAST({column} AS VARCHAR))", asked=list(asked)).fetchall()
    return {str(value) for value, in found}


def figure_row(source: Source, fid: str, chosen: Mapping[str, Sequence[str]] | None = None) -> pd.Series | None:
    """The figure a link id names (among the rows the filters `chosen` let through), or None."""
    doc_id, _, start = fid.rpartition(":")
    if not start.isdigit():
        return None
    condition, parameters = where(chosen or {})
    found = source.frame(f"SELECT * FROM {{figures}} WHERE doc_id = $figure_doc AND start = $figure_start "
                         f"AND {condition} LIMIT 1", figure_doc=doc_id, figure_start=int(start), **parameters)
    return found.iloc[0] if len(found) else None


def describe(docs: int, figures: int, chosen: Mapping[str, Sequence[str]], lang: Lang,
             names: Mapping[str, str] | None = None) -> str:
    """A view in words: its counts, then each filter's choice, a value by its name in `names`
    (a document's) or in the language (a code's).

    >>> describe(1, 2, {"topic": ["trade"], "doc": ["d1"]}, "en", {"d1": "港口吞吐量创新高 · 聊城日报"})
    '1 document, 2 figures · Topic: Trade · Document: 港口吞吐量创新高 · 聊城日报'
    """
    parts = [text("counts", lang, docs=counted(docs, "document", lang), figures=counted(figures, "figure", lang))]
    parts += [f"{text(p, lang)}: {'、'.join((names or {}).get(v) or name(v, lang) for v in values)}"
              for p, values in chosen.items() if values]
    return " · ".join(parts)
