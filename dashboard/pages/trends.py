"""趋势 Trends: an indicator over periods, one line per source; each point leads to its
sentence; where several reports state one period, each as reported on its date."""
import streamlit as st

from dashboard.charts import selected_id
from dashboard.formats import full
from dashboard.highlight import escaped
from dashboard.labels import name, text
from dashboard.ui.corpus import ask
from dashboard.ui.link import language, share_box
from dashboard.ui.widgets import choice, figure_detail
from dashboard.select import FIGURE_PARAMETER, figure_row
from dashboard.trends import definition, indicator_name, indicators, series_kinds, trend_chart, vintages

INDICATOR_PARAMETER, SERIES_PARAMETER = "indicator", "series"
CHART_KEY = "trend"
VINTAGE_COLUMNS = {"period": "period", "vintage": "vintage", "published": "published", "by": "reported_by",
                   "value": "value", "raw": "raw", "doc_id": "doc_id", "disagrees": "agreement"}  # column -> its label's key

lang = language()
st.title(text("trends", lang))
named = ask(indicators)
if not named:
    st.info(text("no_rows", lang))
    st.stop()
indicator = choice(text("indicator", lang), INDICATOR_PARAMETER, {k: indicator_name(k, lang) for k in named},
                   pick_one=True) or named[0]
kinds = {f"{measure}|{unit}": f"{name(measure, lang)} · {unit or '—'}"
         for measure, unit in ask(series_kinds, indicator)}
series = choice(text("series", lang), SERIES_PARAMETER, kinds, pick_one=True) or next(iter(kinds))
measure, unit = series.split("|", 1)
table = ask(vintages, indicator, measure, unit)
st.caption(escaped(definition(indicator, lang)))
chart = trend_chart(table, unit, lang)
event = st.plotly_chart(chart, key=CHART_KEY, on_select="rerun", selection_mode="points",
                        width="stretch")
picked = selected_id(event)
if picked and picked != st.session_state.get("_trend_applied") and (table.fid == picked).any():
    st.session_state[FIGURE_PARAMETER] = picked
    st.session_state["_trend_applied"] = picked
st.subheader(text("vintages", lang), anchor=False)
st.dataframe(table.assign(
    value=[full(v, u) for v, u in zip(table.value, table.unit)],
    disagrees=table.disagrees.map({True: text("disagrees", lang), False: ""}),
    vintage=table.vintage.map(lambda n: text("first_reported", lang) if n == 0 else text("revised", lang)),
)[list(VINTAGE_COLUMNS)], hide_index=True, width="stretch",
    column_config={column: st.column_config.TextColumn(text(label, lang)) for column, label in VINTAGE_COLUMNS.items()})
shown = table[table.fid.isin({fid for trace in chart.data for fid in trace.customdata})]  # the chart's points
figure = choice(text("choose_figure", lang), FIGURE_PARAMETER,
                dict(zip(shown.fid, shown.period + " · " + shown.by + " · " + shown.raw)), container=st)
if figure and (row := ask(figure_row, figure)) is not None:
    figure_detail(row)
share_box({INDICATOR_PARAMETER: indicator, SERIES_PARAMETER: series, FIGURE_PARAMETER: figure or ""})
