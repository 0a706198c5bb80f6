"""Plotly figures of a view: levels as bars (one chart a unit, so figures of different units
never share an axis), growth rates side by side, shares on a 0-100 axis. Every bar carries
its figure's id, for a click to select it. A view's charts are drawn from `chart_rows`: the
bars they show and how many rows each stands for, never the whole view."""
from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import zip_longest

import pandas as pd
import plotly.graph_objects as go

from .formats import as_printed, scale_for
from .labels import Lang, name, text
from .look import FONT, HEIGHT, NUMBER_TICKS, PALETTE
from .select import where
from .source import Source, frame_source

# A chart shows at most this many bars, the largest first; a note says how many it left out.
MAX_BARS = 40
SHARE_AXIS = (0, 100)
CHART_COLUMNS = ("fid", "metric", "raw", "entity", "period", "doc_id", "start", "value", "unit", "measure",
                 "basis", "review")
# What a view's charts draw: of each measure and unit (shares only in %), the MAX_BARS largest
# rows, and `total`, how many rows there are. Each group's floor (its MAX_BARS-th largest
# value, a top-N aggregate) leaves a few rows to rank and join back whole: ranking every row
# of an archive, sentences and all, took seconds and a gigabyte.
CHART_ROWS = """
WITH kept AS (
    SELECT measure, unit, value, doc_id, start FROM {{figures}}
    WHERE {condition} AND (measure IN ('level', 'growth') OR (measure = 'share' AND unit = '%'))
), groups AS (
    SELECT measure, unit, count(*) AS total, list_min(max(value, {most})) AS floor FROM kept GROUP BY measure, unit
), top AS (
    SELECT k.doc_id, k.start, g.total FROM kept k JOIN groups g USING (measure, unit) WHERE k.value >= g.floor
    QUALIFY row_number() OVER (PARTITION BY k.measure, k.unit ORDER BY k.value DESC, k.doc_id, k.start) <= {most}
)
SELECT {columns}, top.total FROM {{figures}} f JOIN top USING (doc_id, start)
ORDER BY f.measure, f.unit, f.value DESC, f.doc_id, f.start
"""


@dataclass(frozen=True, slots=True)
class Chart:
    """A figure ready to plot, with what it is of and how many rows it left out."""

    key: str          # the widget key its selection is read under
    title: str
    figure: go.Figure
    total: int        # rows it stands for
    shown: int        # bars it draws


# A bar whose row is marked for review is hatched, its text saying "待核".
TO_CHECK_PATTERN = "/"


def labels(frame: pd.DataFrame) -> list[str]:
    """Bar labels: the metric, with the entity and period where they tell bars apart; a
    label met twice gets its document's name, then a count, so no two bars merge."""
    seen: dict[str, int] = {}
    out = []
    for metric, entity, period, doc in zip(frame.metric, frame.entity, frame.period, frame.doc_id):
        label = "｜".join(part for part in (metric or "—", entity, period) if part)
        if label in seen:
            seen[label] += 1
            label = f"{label}｜{doc}" if seen[label] == 2 else f"{label}｜{seen[label]}"
        seen.setdefault(label, 1)
        out.append(html.escape(label, quote=False))  # plotly reads tags in its text
    return out


def styled(figure: go.Figure, title: str, axis: str) -> go.Figure:
    figure.update_layout(title=title, font_family=FONT, margin={"l": 10, "r": 10, "t": 50, "b": 10},
                         clickmode="event+select", showlegend=len(figure.data) > 1,
                         legend={"orientation": "h", "y": -0.25}, height=HEIGHT)
    figure.update_yaxes(title=axis, tickformat=NUMBER_TICKS)
    return figure


def bar(frame: pd.DataFrame, divisor: float, lang: Lang, horizontal: bool = False, trace_name: str = "") -> go.Bar:
    """One bar per row, its text the figure as the report prints it ("6973.5万件", "超1000亿元",
    never re-rounded) and its customdata the figure's id."""
    values = frame.value / divisor
    return go.Bar(
        x=values if horizontal else labels(frame), y=labels(frame) if horizontal else values,
        orientation="h" if horizontal else "v", name=trace_name, customdata=frame.fid,
        text=[html.escape(as_printed(raw, v), quote=False) + (f" · {text('to_check', lang)}" if doubt else "")
              for raw, v, doubt in zip(frame.raw, frame.value, frame.review)],
        textposition="auto",
        hovertemplate="%{" + ("y" if horizontal else "x") + "}<br>%{text}<extra></extra>",
        marker_color=PALETTE[0], marker_pattern_shape=[TO_CHECK_PATTERN if doubt else "" for doubt in frame.review])


def chart_rows(source: Source, chosen: Mapping[str, Sequence[str]]) -> pd.DataFrame:
    """The rows a view's charts draw (see CHART_ROWS), each with its group's `total`."""
    condition, parameters = where(chosen)
    columns = ", ".join(f"f.{column}" for column in CHART_COLUMNS)
    return source.frame(CHART_ROWS.format(columns=columns, condition=condition, most=MAX_BARS), **parameters)


def by_unit(frame: pd.DataFrame) -> list[tuple[str, pd.DataFrame, int]]:
    """For each unit of `chart_rows`, the unit with most rows first: its rows, the largest
    first, and how many rows it stands for."""
    groups = frame.groupby("unit", sort=True)
    totals = groups.total.first().sort_values(ascending=False, kind="stable")
    return [(str(unit), groups.get_group(unit).sort_values("value", ascending=False, kind="stable"), int(total))
            for unit, total in totals.items()]


def level_chart(unit: str, shown: pd.DataFrame, total: int, lang: Lang) -> Chart:
    """The bar chart of one unit's levels, the largest first, on an axis scaled to read."""
    divisor, prefix = scale_for(list(shown.value))
    title = text("levels", lang, unit=prefix + (unit or "—"))
    figure = styled(go.Figure(bar(shown, divisor, lang)), title, prefix + unit)
    return Chart(f"levels_{unit}", title, figure, total, len(shown))


def growth_chart(unit: str, shown: pd.DataFrame, total: int, lang: Lang) -> Chart:
    """Growth rates of one unit side by side, one bar colour a basis (同比, 环比, 年均): %,
    个百分点 and 倍 are not one scale."""
    traces = []
    for index, basis in enumerate(str(b) for b in shown.basis.unique()):
        trace = bar(shown[shown.basis == basis], 1.0, lang, trace_name=name(basis, lang) if basis else "—")
        trace.marker.color = PALETTE[index % len(PALETTE)]
        traces.append(trace)
    title = text("growths", lang, unit=unit)
    figure = styled(go.Figure(traces), title, unit)
    figure.update_layout(barmode="group")
    return Chart(f"growth_{unit}", title, figure, total, len(shown))


def share_chart(shares: pd.DataFrame, lang: Lang) -> Chart:
    """Shares as horizontal bars on a 0-100 axis, so a share reads as a part of its whole."""
    shown = shares.sort_values("value", ascending=True, kind="stable")
    title = text("shares", lang)
    figure = styled(go.Figure(bar(shown, 1.0, lang, horizontal=True)), title, "")
    figure.update_xaxes(range=SHARE_AXIS, title="%")
    figure.update_layout(height=max(300, 28 * len(shown) + 120))
    return Chart("shares", title, figure, int(shares.total.iloc[0]), len(shown))


def chart_makers(frame: pd.DataFrame, lang: Lang) -> list[Callable[[], Chart]]:
    """What makes each chart of a view's `chart_rows`, the kinds taking turns so that the
    first few show each: the largest unit's levels, the growth rates in %, the shares, the
    next unit's levels, and so on. A page makes only the charts it draws."""
    shares = frame[frame.measure == "share"]
    kinds = [[partial(level_chart, *group, lang) for group in by_unit(frame[frame.measure == "level"])],
             [partial(growth_chart, *group, lang) for group in by_unit(frame[frame.measure == "growth"])],
             [partial(share_chart, shares, lang)] if len(shares) else []]
    return [make for turn in zip_longest(*kinds) for make in turn if make is not None]


def charts_of(frame: pd.DataFrame, lang: Lang) -> list[Chart]:
    """Every chart a table of figures calls for, in chart_makers' order."""
    return [make() for make in chart_makers(chart_rows(frame_source(frame), {}), lang)]


def selected_id(event: object) -> str | None:
    """The figure id a chart selection event points at, or None: a point's customdata
    arrives as a list or as {"0": id} (see notes/streamlit.md).

    >>> selected_id({"selection": {"points": [{"customdata": {"0": "doc:12"}}]}})
    'doc:12'
    >>> selected_id({"selection": {"points": []}}), selected_id(None)
    (None, None)
    """
    try:
        points = event["selection"]["points"]  # type: ignore[index]
    except (KeyError, TypeError):
        return None
    if not points:
        return None
    data = points[0].get("customdata")
    if isinstance(data, dict):
        data = [data[k] for k in sorted(data, key=int)]
    if isinstance(data, (list, tuple)):
        data = data[0] if data else None
    return str(data) if data is not None else None
