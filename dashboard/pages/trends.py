"""趋势 Trends: an indicator over periods, compared like with like: one line a place, of one
measure, basis, unit and kind of period; each point leads to its sentence; where several
reports state one period, each as reported on its date. Opens on the longest line."""
import streamlit as st

from dashboard.charts import selected_id
from dashboard.formats import full
from dashboard.highlight import escaped
from dashboard.labels import text
from dashboard.periods import period_words
from dashboard.select import FIGURE_PARAMETER, figure_row
from dashboard.titles import document_names
from dashboard.indicators import definition, indicator_name
from dashboard.trends import Series, indicators, places_of, series_lines, series_of, trend_chart, vintages
from dashboard.ui.corpus import ask
from dashboard.ui.link import from_link, language, notice_dropped, share_box, to_link
from dashboard.ui.widgets import choice, figure_detail

INDICATOR_PARAMETER, SERIES_PARAMETER, PLACE_PARAMETER = "indicator", "series", "place"
CHART_KEY = "trend"
VINTAGE_COLUMNS = {"place": "region", "period": "period", "vintage": "vintage", "published": "published",
                   "by": "reported_by", "value": "value", "raw": "raw", "disagrees": "agreement"}  # column -> label key

lang = language()
st.title(text("trends", lang))
lines = ask(series_lines)
if lines.empty:
    st.info(text("no_rows", lang))
    st.stop()
named = indicators(lines)
indicator = choice(text("indicator", lang), INDICATOR_PARAMETER, {k: indicator_name(k, lang) for k in named},
                   pick_one=True) or named[0]
kinds = {s.code(): s.words(lang) for s in series_of(lines, indicator)}
code = choice(text("series", lang), SERIES_PARAMETER, kinds, pick_one=True) or next(iter(kinds))
series = Series.of_code(code) or series_of(lines, indicator)[0]
offered = places_of(lines, indicator, series)
from_link(PLACE_PARAMETER, lambda asked: offered, many=True)
notice_dropped()
if PLACE_PARAMETER in st.session_state:  # the places of another series: those this one has stay chosen
    st.session_state[PLACE_PARAMETER] = [p for p in st.session_state[PLACE_PARAMETER] if p in offered]
places = st.sidebar.multiselect(text("region", lang), offered, key=PLACE_PARAMETER,
                                format_func=lambda place: place or text("no_place", lang),
                                placeholder=text("all_places", lang))
to_link(PLACE_PARAMETER, places)
table = ask(vintages, indicator, series)
table = table[table.place.isin(places or offered)].assign(
    place=lambda t: t.place.where(t.place != "", text("no_place", lang)))
names = ask(document_names)
st.caption(escaped(f"{indicator_name(indicator, lang)} · {series.words(lang)}"))
st.caption(escaped(definition(indicator, lang)))
chart = trend_chart(table, series, lang, names)
event = st.plotly_chart(chart, key=CHART_KEY, on_select="rerun", selection_mode="points", width="stretch")
picked = selected_id(event)
if picked and picked != st.session_state.get("_trend_applied") and (table.fid == picked).any():
    st.session_state[FIGURE_PARAMETER] = picked
    st.session_state["_trend_applied"] = picked
shown = table[table.fid.isin({fid for trace in chart.data for fid in trace.customdata})]  # the chart's points
figure = choice(text("choose_figure", lang), FIGURE_PARAMETER,
                {fid: " · ".join((period_words(period, lang), place, raw))
                 for fid, period, place, raw in zip(shown.fid, shown.period, shown.place, shown.raw)}, container=st)
if figure and (row := ask(figure_row, figure)) is not None:
    figure_detail(row)
st.subheader(text("vintages", lang), anchor=False)
st.dataframe(table.assign(
    period=[period_words(p, lang) for p in table.period],
    by=[names.get(doc, doc) for doc in table.doc_id],
    value=[full(v, u) for v, u in zip(table.value, table.unit)],
    disagrees=table.disagrees.map({True: text("disagrees", lang), False: ""}),
    vintage=table.vintage.map(lambda n: text("first_reported", lang) if n == 0 else text("revised", lang)),
)[list(VINTAGE_COLUMNS)], hide_index=True, width="stretch",
    column_config={column: st.column_config.TextColumn(text(label, lang)) for column, label in VINTAGE_COLUMNS.items()})
share_box({INDICATOR_PARAMETER: indicator, SERIES_PARAMETER: code, PLACE_PARAMETER: places,
           FIGURE_PARAMETER: figure or ""})
