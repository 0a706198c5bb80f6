"""An indicator over periods: one line per source, and its vintages, each figure as it was
reported on its date (first reported, later revised), disagreements flagged (like ALFRED's
vintages of a series)."""
from __future__ import annotations

import html
import math

import pandas as pd
import plotly.graph_objects as go

from extract.vocab import INDICATORS

from .charts import FONT, PALETTE
from .formats import qualified
from .labels import Lang, text

# Two reports of one period disagree when their values differ by more than this, relatively.
AGREEMENT = 1e-6


def indicator_name(key: str) -> str:
    """An indicator's Chinese name and, after it, its id.

    >>> indicator_name("industrial_value_added")
    '规模以上工业增加值 · industrial_value_added'
    """
    return f"{INDICATORS[key][0]} · {key}" if key in INDICATORS else key


def definition(key: str) -> str:
    return INDICATORS[key][1] if key in INDICATORS else ""


def indicators(frame: pd.DataFrame) -> list[str]:
    """The canonical indicators the figures name, the most reported first."""
    named = frame.indicator[frame.indicator != ""]
    return [str(key) for key in named.value_counts().index]


def series_kinds(rows: pd.DataFrame) -> list[tuple[str, str]]:
    """The (measure, unit) pairs an indicator is reported in, the most common first: a level
    in 元 and a growth in % are two series, never one axis."""
    counts = rows.groupby(["measure", "unit"]).size().sort_values(ascending=False)
    return [(str(measure), str(unit)) for measure, unit in counts.index]


def period_start(period: str) -> str:
    """What a period code sorts by: its start ("2025-01/2025-11" -> "2025-01").

    >>> sorted(["2025", "2021/2025", "2025-01/2025-03", "2024"], key=period_start)
    ['2021/2025', '2024', '2025', '2025-01/2025-03']
    """
    return period.split("/")[0]


def source_of(rows: pd.DataFrame) -> pd.Series:
    """Who reported each figure: its source, else its document."""
    return rows.source.where(rows.source != "", rows.doc_id)


def reported(rows: pd.DataFrame) -> pd.DataFrame:
    """What each document reports of each period: its first figure of it (a document may
    state parts of the indicator after the whole, "其中…")."""
    return rows.sort_values(["doc_id", "start"]).drop_duplicates(["doc_id", "period"])


def trend_chart(rows: pd.DataFrame, unit: str, lang: Lang) -> go.Figure:
    """One line per source over the periods, each point the figure's id for a click."""
    rows = reported(rows)
    periods = sorted(set(rows.period), key=period_start)
    figure = go.Figure()
    for index, (source, part) in enumerate(rows.assign(by=source_of(rows)).groupby("by", sort=True)):
        part = part.assign(order=part.period.map(periods.index)).sort_values(["order", "published"])
        figure.add_trace(go.Scatter(
            x=part.period, y=part.value, mode="lines+markers", name=html.escape(str(source), quote=False),
            customdata=part.fid, marker={"size": 10, "color": PALETTE[index % len(PALETTE)]},
            text=[html.escape(qualified(v, u, q, lang), quote=False)
                  for v, u, q in zip(part.value, part.unit, part.qualifier)],
            hovertemplate="%{x}<br>%{text}<br>" + "%{fullData.name}<extra></extra>"))
    figure.update_xaxes(categoryorder="array", categoryarray=periods, type="category", title=text("period", lang))
    figure.update_yaxes(title=unit, tickformat=",~f")
    figure.update_layout(font_family=FONT, clickmode="event+select", height=420,
                         margin={"l": 10, "r": 10, "t": 30, "b": 10}, legend={"orientation": "h", "y": -0.3})
    return figure


def vintages(rows: pd.DataFrame) -> pd.DataFrame:
    """Each period's reports in the order they came out: the first reported, the later ones
    revisions, and whether a period's reports disagree."""
    rows = reported(rows)
    ordered = rows.assign(by=source_of(rows)).sort_values(["period", "published", "doc_id"], key=lambda c: (
        c.map(period_start) if c.name == "period" else c))
    ordered["vintage"] = ordered.groupby("period").cumcount()
    spread = ordered.groupby("period").value.agg(lambda v: not all(
        math.isclose(x, v.iloc[0], rel_tol=AGREEMENT, abs_tol=1e-12) for x in v))
    ordered["disagrees"] = ordered.period.map(spread)
    return ordered[["period", "vintage", "published", "by", "value", "unit", "qualifier", "raw", "doc_id", "fid",
                    "disagrees"]]
