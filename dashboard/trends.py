"""An indicator over periods, compared like with like: a line is one indicator in one place
(and one entity, where the figure is narrower than a place), with one measure, basis, unit
and kind of period (see periods.py), never two of any; its points stand on a time axis at
the ends of their periods. Where several reports state one period, each is kept as it was
reported on its date (first reported, later revised), disagreements flagged (like ALFRED's
vintages of a series).

The queries are DuckDB SQL over a `Source` of figures and bring back the list of series or
one indicator's series, never the archive.
"""
from __future__ import annotations

import html
from typing import NamedTuple

import pandas as pd
import plotly.graph_objects as go

from .formats import UNSCALED_UNITS, as_printed, scale_for
from .indicators import OWN_INDICATORS_CTE
from .labels import Lang, name, text
from .look import FONT, HEIGHT, NUMBER_TICKS, PALETTE
from .periods import PERIOD_KINDS_CTE, end_date, kind_name, period_words
from .source import Source

# Two reports of one period disagree when their values differ by more than this, relatively.
AGREEMENT = 1e-6
# A chart draws the places that report the most periods, at most this many lines.
MOST_LINES = 12
PLACE_SEPARATOR = " · "  # between a place and an entity narrower than it: "聊城市 · 烟店轴承市场"


class Series(NamedTuple):
    """What makes figures of one indicator comparable: measure, basis, unit, kind of period."""

    measure: str
    basis: str
    unit: str
    kind: str

    def code(self) -> str:
        """The series in a link: "growth|yoy|%|cumulative"."""
        return "|".join(self)

    @classmethod
    def of_code(cls, code: str) -> Series | None:
        parts = code.split("|")
        return cls(*parts) if len(parts) == len(cls._fields) else None

    def words(self, lang: Lang) -> str:
        """The series as a reader names it: "增速 · 同比 · % · 累计（年初至当月）"."""
        parts = (name(self.measure, lang), name(self.basis, lang) if self.basis else "", self.unit,
                 kind_name(self.kind, lang))
        return " · ".join(part for part in parts if part)


def place_of(region: str, entity: str) -> str:
    """A line's place: the region, and the entity where the figure is narrower than it.

    >>> place_of("聊城市", ""), place_of("聊城市", "烟店轴承市场")
    ('聊城市', '聊城市 · 烟店轴承市场')
    """
    return PLACE_SEPARATOR.join(part for part in (region, entity) if part)


# Every series of every indicator, and in it every place's line with how many periods and
# figures it has; the longest lines first. Only figures that are the indicator itself (see
# indicators.py); a first quarter is a point of the quarters too.
SERIES = f"""
WITH {PERIOD_KINDS_CTE}, {OWN_INDICATORS_CTE}, counted AS (  -- the figures of each metric, place and period
    SELECT indicator, metric, region, entity, measure, basis, unit, period, count(*) AS figures
    FROM {{figures}} WHERE indicator <> '' AND period <> '' GROUP BY ALL
), dated AS (  -- then named and dated, on these few rows
    SELECT o.own AS indicator, c.measure, c.basis, c.unit, c.region, c.entity, c.period, c.figures, k.kind,
           k.first_quarter
    FROM counted c JOIN own_indicators o USING (indicator, metric, region) JOIN period_kinds k USING (period)
    WHERE o.own <> '' AND k.kind <> ''
), kinds AS (
    SELECT * EXCLUDE (first_quarter) FROM dated
    UNION ALL
    SELECT * EXCLUDE (first_quarter) REPLACE ('quarter' AS kind) FROM dated WHERE first_quarter
)
SELECT indicator, measure, basis, unit, kind, region, entity, count(DISTINCT period) AS periods,
       sum(figures) AS figures
FROM kinds GROUP BY ALL
ORDER BY periods DESC, figures DESC, indicator, measure, basis, unit, kind, region, entity
"""


def series_lines(source: Source) -> pd.DataFrame:
    """Each indicator's series and each place's line in it (see SERIES), the longest first."""
    lines = source.frame(SERIES)
    return lines.assign(place=[place_of(r, e) for r, e in zip(lines.region, lines.entity)])


def indicators(lines: pd.DataFrame) -> list[str]:
    """The indicators of `series_lines`, the one of the longest line first."""
    return list(dict.fromkeys(lines.indicator))


def series_of(lines: pd.DataFrame, indicator: str) -> list[Series]:
    """An indicator's series, the one of its longest line first."""
    mine = lines[lines.indicator == indicator]
    return list(dict.fromkeys(Series(*row) for row in zip(mine.measure, mine.basis, mine.unit, mine.kind)))


def places_of(lines: pd.DataFrame, indicator: str, series: Series) -> list[str]:
    """The places with a line of the series, the longest line first."""
    mine = lines[(lines.indicator == indicator) & (lines.measure == series.measure) & (lines.basis == series.basis)
                 & (lines.unit == series.unit) & (lines.kind == series.kind)]
    return list(dict.fromkeys(mine.place))


# Each document's first figure of each place and period (a document may state parts of the
# indicator after the whole, "其中…"), numbered in the order the reports came out.
VINTAGES = f"""
WITH {PERIOD_KINDS_CTE}, {OWN_INDICATORS_CTE}, reported AS (
    SELECT f.*, k.period_end FROM {{figures}} f JOIN own_indicators o USING (indicator, metric, region)
    JOIN period_kinds k USING (period)
    WHERE f.indicator = $indicator AND o.own = $indicator AND f.measure = $measure AND f.basis = $basis
      AND f.unit = $unit AND (k.kind = $kind OR ($kind = 'quarter' AND k.first_quarter))
    QUALIFY row_number() OVER (PARTITION BY f.doc_id, f.region, f.entity, f.period ORDER BY f.start) = 1
), spread AS (
    SELECT *, max(value) OVER place_period AS high, min(value) OVER place_period AS low
    FROM reported WINDOW place_period AS (PARTITION BY region, entity, period)
)
SELECT region, entity, period, period_end,
       dense_rank() OVER (PARTITION BY region, entity, period ORDER BY published) - 1 AS vintage,
       published, value, unit, qualifier, raw, doc_id, fid,
       high - low > $agreement * greatest(abs(high), abs(low), 1e-12) AS disagrees
FROM spread ORDER BY region, entity, period_end, period, published, doc_id
"""


def vintages(source: Source, indicator: str, series: Series) -> pd.DataFrame:
    """Each place's and period's reports of one series in the order they came out: the first
    reported, the later ones revisions, and whether a period's reports disagree."""
    table = source.frame(VINTAGES, indicator=indicator, measure=series.measure, basis=series.basis,
                         unit=series.unit, kind=series.kind, agreement=AGREEMENT)
    return table.assign(place=[place_of(r, e) for r, e in zip(table.region, table.entity)])


def latest(table: pd.DataFrame) -> pd.DataFrame:
    """Each place's and period's latest report (of `vintages`), the points a line draws."""
    return table.sort_values("vintage", kind="stable").drop_duplicates(["place", "period"], keep="last")


def trend_chart(table: pd.DataFrame, series: Series, lang: Lang, names: dict[str, str]) -> go.Figure:
    """One line a place (from `vintages`; the MOST_LINES places with the most periods), each
    point its period's latest report at the period's end on a time axis, in the 亿 or 万亿
    its values read in; each point carries its figure's id for a click, and hovers as printed
    with its period and report (`names`: a document's name by its id)."""
    points = latest(table)
    counted = points.place.value_counts().sort_index(kind="stable").sort_values(ascending=False, kind="stable")
    points = points[points.place.isin(counted.index[:MOST_LINES])]
    divisor, word = (1.0, "") if series.unit in UNSCALED_UNITS else scale_for(list(points.value))
    figure = go.Figure()
    for index, place in enumerate(counted.index[:MOST_LINES]):
        line = points[points.place == place].sort_values(["period_end", "period"])
        hovers = ["<br>".join(html.escape(part, quote=False)  # plotly reads tags in its text
                              for part in (period_words(p, lang), as_printed(raw, v), names.get(doc, doc)))
                  for p, raw, v, doc in zip(line.period, line.raw, line.value, line.doc_id)]
        colour = PALETTE[index % len(PALETTE)]
        figure.add_trace(go.Scatter(
            x=[end_date(end) for end in line.period_end], y=line.value / divisor, mode="lines+markers",
            name=html.escape(place or text("no_place", lang), quote=False), customdata=line.fid, hovertext=hovers,
            marker={"size": 10, "color": colour}, line={"color": colour},
            hovertemplate="%{hovertext}<br>%{fullData.name}<extra></extra>"))
    yearly = series.kind == "year" or series.kind.startswith("years")
    figure.update_xaxes(type="date", title=text("period_end", lang),
                        tickformat=("%Y" if yearly else "%Y-%m") if lang == "en" else ("%Y年" if yearly else "%Y年%m月"),
                        **({"dtick": "M12", "tick0": "2000-12-01"} if yearly else {}))
    figure.update_yaxes(title=word + series.unit, tickformat=NUMBER_TICKS)
    figure.update_layout(font_family=FONT, clickmode="event+select", height=HEIGHT, showlegend=True,
                         margin={"l": 10, "r": 10, "t": 40, "b": 10},
                         legend={"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0})
    return figure
