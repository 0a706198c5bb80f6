"""An indicator over periods: one line per source, and its vintages, each figure as it was
reported on its date (first reported, later revised), disagreements flagged (like ALFRED's
vintages of a series).

The queries are DuckDB SQL over a `Source` of figures and bring back one indicator's
series, never the archive.
"""
from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

from extract.vocab.indicators import INDICATORS

from .formats import as_printed
from .labels import INDICATORS_EN, Lang, text
from .look import FONT, HEIGHT, NUMBER_TICKS, PALETTE
from .source import Source

# Two reports of one period disagree when their values differ by more than this, relatively.
AGREEMENT = 1e-6
# A chart draws the sources that report the most periods, at most this many lines: an archive
# of documents without a named source would otherwise draw a line a document.
MOST_LINES = 12


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


def indicators(source: Source) -> list[str]:
    """The canonical indicators the figures name, the most reported first."""
    found = source.query("SELECT indicator, count(*) AS n FROM {figures} WHERE indicator <> '' "
                         "GROUP BY indicator ORDER BY n DESC, indicator").fetchall()
    return [str(key) for key, _ in found]


def series_kinds(source: Source, indicator: str) -> list[tuple[str, str]]:
    """The (measure, unit) pairs an indicator is reported in, the most common first: a level
    in 元 and a growth in % are two series, never one axis."""
    found = source.query("SELECT measure, unit, count(*) AS n FROM {figures} WHERE indicator = $indicator "
                         "GROUP BY measure, unit ORDER BY n DESC, measure, unit", indicator=indicator).fetchall()
    return [(str(measure), str(unit)) for measure, unit, _ in found]


# Each document's first figure of each period (a document may state parts of the indicator
# after the whole, "其中…"), numbered in the order the reports came out; who reported it is
# its source, else its document.
VINTAGES = """
WITH reported AS (
    SELECT * FROM {figures} WHERE indicator = $indicator AND measure = $measure AND unit = $unit AND period <> ''
    QUALIFY row_number() OVER (PARTITION BY doc_id, period ORDER BY start) = 1
), spread AS (
    SELECT *, max(value) OVER (PARTITION BY period) AS high, min(value) OVER (PARTITION BY period) AS low
    FROM reported
)
SELECT period, row_number() OVER (PARTITION BY period ORDER BY published, doc_id) - 1 AS vintage, published,
       coalesce(nullif(source, ''), doc_id) AS by, value, unit, qualifier, raw, doc_id, fid,
       high - low > $agreement * greatest(abs(high), abs(low), 1e-12) AS disagrees
FROM spread ORDER BY split_part(period, '/', 1), period, published, doc_id
"""


def vintages(source: Source, indicator: str, measure: str, unit: str) -> pd.DataFrame:
    """Each period's reports of one series in the order they came out: the first reported,
    the later ones revisions, and whether a period's reports disagree."""
    return source.query(VINTAGES, indicator=indicator, measure=measure, unit=unit, agreement=AGREEMENT).df()


def period_start(period: str) -> str:
    """What a period code sorts by: its start ("2025-01/2025-11" -> "2025-01").

    >>> sorted(["2025", "2021/2025", "2025-01/2025-03", "2024"], key=period_start)
    ['2021/2025', '2024', '2025', '2025-01/2025-03']
    """
    return period.split("/")[0]


def trend_chart(table: pd.DataFrame, unit: str, lang: Lang) -> go.Figure:
    """One line per source over the periods (from `vintages`; the MOST_LINES sources with the
    most periods), each point its latest report of the period, the figure's id for a click."""
    periods = sorted(set(table.period), key=period_start)
    latest = table.sort_values("vintage").drop_duplicates(["by", "period"], keep="last")
    drawn = latest.by.value_counts().sort_index(kind="stable").sort_values(ascending=False, kind="stable")
    latest = latest[latest.by.isin(drawn.index[:MOST_LINES])]
    figure = go.Figure()
    for index, (source, part) in enumerate(latest.groupby("by", sort=True)):
        part = part.assign(order=part.period.map(periods.index)).sort_values("order")
        figure.add_trace(go.Scatter(
            x=part.period, y=part.value, mode="lines+markers", name=html.escape(str(source), quote=False),
            customdata=part.fid, marker={"size": 10, "color": PALETTE[index % len(PALETTE)]},
            text=[html.escape(as_printed(raw, v), quote=False) for raw, v in zip(part.raw, part.value)],
            hovertemplate="%{x}<br>%{text}<br>%{fullData.name}<extra></extra>"))
    figure.update_xaxes(categoryorder="array", categoryarray=periods, type="category", title=text("period", lang))
    figure.update_yaxes(title=unit, tickformat=NUMBER_TICKS)
    figure.update_layout(font_family=FONT, clickmode="event+select", height=HEIGHT,
                         margin={"l": 10, "r": 10, "t": 30, "b": 10}, legend={"orientation": "h", "y": -0.3})
    return figure
