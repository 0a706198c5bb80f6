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
from typing import NamedTuple

import pandas as pd
import plotly.graph_objects as go

from .formats import as_printed, scale_for
from .labels import Lang, name, text
from .look import BASIS_COLOURS, FONT, HEIGHT, NUMBER_TICKS, PALETTE
from .select import where
from .source import Source, frame_source
from .bars import Labelling, labels, lies_down

# A chart shows at most this many bars, the largest first; a note says how many it left out.
MAX_BARS = 40
SHARE_AXIS = (0, 100)
BAR_PIXELS = 24  # the height a lying bar takes
LOW_HEIGHT = 240  # the least height of a chart of lying bars: a few bars stay bars
CHART_COLUMNS = ("fid", "metric", "raw", "entity", "region", "period", "doc_id", "start", "value", "unit", "measure",
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

    def holds(self, fid: str | None) -> bool:
        """Whether a bar of the chart is the figure of this id."""
        return fid is not None and any(fid in list(trace.customdata) for trace in self.figure.data)


class Maker(NamedTuple):
    """What makes a chart, and the key its selection is read under before it is made."""

    key: str
    make: Callable[[], Chart]


# A bar whose row is marked for review is hatched, its text saying "待核".
TO_CHECK_PATTERN = "/"


def styled(figure: go.Figure, title: str, axis: str, horizontal: bool, bars: int) -> go.Figure:
    """A chart's look: the title, a legend above the plot that never covers an axis, the value
    axis titled with its unit, and lying bars as tall as they need, the first on top."""
    figure.update_layout(title={"text": title, "y": 0.98, "yanchor": "top"}, font_family=FONT,
                         margin={"l": 10, "r": 10, "t": 80, "b": 10}, clickmode="event+select",
                         legend={"orientation": "h", "x": 0, "y": 1.0, "yanchor": "bottom"},
                         height=max(LOW_HEIGHT, BAR_PIXELS * bars + 160) if horizontal else HEIGHT)
    values, categories = (figure.update_xaxes, figure.update_yaxes) if horizontal else \
        (figure.update_yaxes, figure.update_xaxes)
    values(title=axis, tickformat=NUMBER_TICKS)
    if horizontal:
        categories(autorange="reversed", automargin=True)
    return figure


def bar(frame: pd.DataFrame, divisor: float, labelling: Labelling, horizontal: bool, trace_name: str = "",
        colour: str = PALETTE[0]) -> go.Bar:
    """One bar per row, its text the figure as the report prints it ("6973.5万件", "超1000亿元",
    never re-rounded) and its customdata the figure's id."""
    values, names = frame.value / divisor, labels(frame, labelling)
    return go.Bar(
        x=values if horizontal else names, y=names if horizontal else values,
        orientation="h" if horizontal else "v", name=trace_name, customdata=frame.fid,
        text=[html.escape(as_printed(raw, v), quote=False) + (f" · {text('to_check', labelling.lang)}" if doubt else "")
              for raw, v, doubt in zip(frame.raw, frame.value, frame.review)],
        textposition="auto", hovertext=[html.escape(metric, quote=False) for metric in frame.metric],
        hovertemplate="%{hovertext}<br>%{" + ("y" if horizontal else "x") + "}<br>%{text}<extra></extra>",
        marker_color=colour, marker_pattern_shape=[TO_CHECK_PATTERN if doubt else "" for doubt in frame.review])


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


def level_chart(unit: str, shown: pd.DataFrame, total: int, labelling: Labelling) -> Chart:
    """The bar chart of one unit's levels, the largest first, on an axis scaled to read."""
    divisor, prefix = scale_for(list(shown.value))
    title = text("levels", labelling.lang, unit=prefix + (unit or "—"))
    horizontal = lies_down(shown, labelling)
    figure = styled(go.Figure(bar(shown, divisor, labelling, horizontal)), title, prefix + unit, horizontal, len(shown))
    figure.update_layout(showlegend=False)
    return Chart(f"levels_{unit}", title, figure, total, len(shown))


def basis_name(basis: str, lang: Lang) -> str:
    """A basis in words for a legend, never a bare dash.

    >>> basis_name("yoy", "zh"), basis_name("", "en")
    ('同比', 'basis not stated')
    """
    return name(basis, lang) if basis else text("basis_none", lang)


def growth_chart(unit: str, shown: pd.DataFrame, total: int, labelling: Labelling) -> Chart:
    """Growth rates of one unit side by side, each basis (同比, 环比, 年均) in its colour of every
    view and named in the legend: %, 个百分点 and 倍 are not one scale. The legend's swatches
    are plain colours of their own (a basis's first bar may be hatched, to check)."""
    horizontal = lies_down(shown, labelling)
    traces = []
    for basis in sorted(set(shown.basis), key=lambda b: list(BASIS_COLOURS).index(b) if b in BASIS_COLOURS else 99):
        colour, words = BASIS_COLOURS.get(basis, BASIS_COLOURS[""]), basis_name(basis, labelling.lang)
        traces.append(bar(shown[shown.basis == basis], 1.0, labelling, horizontal, words, colour))
        traces[-1].update(showlegend=False, legendgroup=basis)
        traces.append(go.Bar(x=[None], y=[None], name=words, marker_color=colour, legendgroup=basis, customdata=[],
                             orientation="h" if horizontal else "v", hoverinfo="skip"))
    title = text("growths", labelling.lang, unit=unit)
    figure = styled(go.Figure(traces), title, unit, horizontal, len(shown))
    figure.update_layout(barmode="group", showlegend=True)
    return Chart(f"growth_{unit}", title, figure, total, len(shown))


def share_chart(shares: pd.DataFrame, labelling: Labelling) -> Chart:
    """Shares as lying bars on a 0-100 axis, so a share reads as a part of its whole."""
    shown = shares.sort_values("value", ascending=False, kind="stable")
    title = text("shares", labelling.lang)
    figure = styled(go.Figure(bar(shown, 1.0, labelling, True)), title, "%", True, len(shown))
    figure.update_xaxes(range=SHARE_AXIS)
    figure.update_layout(showlegend=False)
    return Chart("shares", title, figure, int(shares.total.iloc[0]), len(shown))


def chart_makers(frame: pd.DataFrame, lang: Lang, names: Mapping[str, str] | None = None) -> list[Maker]:
    """What makes each chart of a view's `chart_rows`, the kinds taking turns so that the
    first few show each: the largest unit's levels, the growth rates in %, the shares, the
    next unit's levels, and so on. A page makes only the charts it draws. Bars name the
    place where the rows hold several, and a document by its name (`names`)."""
    labelling = Labelling(lang, frame.region.nunique() > 1, names or {})
    shares = frame[frame.measure == "share"]
    kinds = [[Maker(f"levels_{unit}", partial(level_chart, unit, rows, total, labelling))
              for unit, rows, total in by_unit(frame[frame.measure == "level"])],
             [Maker(f"growth_{unit}", partial(growth_chart, unit, rows, total, labelling))
              for unit, rows, total in by_unit(frame[frame.measure == "growth"])],
             [Maker("shares", partial(share_chart, shares, labelling))] if len(shares) else []]
    return [maker for turn in zip_longest(*kinds) for maker in turn if maker is not None]


def charts_of(frame: pd.DataFrame, lang: Lang, names: Mapping[str, str] | None = None) -> list[Chart]:
    """Every chart a table of figures calls for, in chart_makers' order."""
    return [maker.make() for maker in chart_makers(chart_rows(frame_source(frame), {}), lang, names)]


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
