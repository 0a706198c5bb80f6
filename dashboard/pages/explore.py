"""指标 Explore: filters, charts that fit the data, and the source sentence of the bar
selected beside what was parsed."""
import streamlit as st

from dashboard.charts import chart_makers, selected_id
from dashboard.highlight import escaped
from dashboard.labels import text
from dashboard.pages.common import choice, chosen_filters, corpus, figure_detail, filter_widgets, share_box
from dashboard.pages.link import language, to_link
from dashboard.select import FIGURE_PARAMETER, FILTERS, describe, rows

APPLIED = "_applied_selection"  # the chart selection already turned into the figure choice
FIRST_CHARTS = 4  # charts drawn before "all charts" is asked for: the browser draws each in turn
ALL_CHARTS = "charts"  # the toggle's key, and its parameter in the link ("charts=all")

lang = language()
figures, texts, _ = corpus()
chosen = chosen_filters(figures, list(FILTERS))
view = rows(figures, chosen)
st.title(text("explore", lang))
st.caption(escaped(describe(view, chosen, lang)))
if view.empty:
    st.info(text("no_rows", lang))
makers = chart_makers(view, lang)
if ALL_CHARTS not in st.session_state:
    st.session_state[ALL_CHARTS] = st.query_params.get(ALL_CHARTS) == "all"
charts = [make() for make in (makers if st.session_state[ALL_CHARTS] else makers[:FIRST_CHARTS])]
for chart in charts:
    event = st.plotly_chart(chart.figure, key=chart.key, on_select="rerun", selection_mode="points",
                            width="stretch")
    if chart.shown < chart.total:
        st.caption(text("too_many", lang, shown=chart.shown, total=chart.total))
    picked = selected_id(event)
    if picked and picked != st.session_state.get(APPLIED, {}).get(chart.key) and (view.fid == picked).any():
        st.session_state[FIGURE_PARAMETER] = picked  # before the figure's widget: allowed
        st.session_state.setdefault(APPLIED, {})[chart.key] = picked
if len(makers) > FIRST_CHARTS:
    all_charts = st.toggle(text("all_charts", lang, n=len(makers)), key=ALL_CHARTS)
    to_link(ALL_CHARTS, "all" if all_charts else "")
# The figures to choose from are those the charts draw (and one a link names), not every row.
drawn = view[view.fid.isin({fid for chart in charts for trace in chart.figure.data for fid in trace.customdata}
                           | {st.session_state.get(FIGURE_PARAMETER), *st.query_params.get_all(FIGURE_PARAMETER)})]
figure = choice(text("choose_figure", lang), FIGURE_PARAMETER, dict(zip(drawn.fid, drawn.metric + " · " + drawn.raw)),
                container=st)
if figure:
    figure_detail(view[view.fid == figure].iloc[0], texts)
filter_widgets(figures, chosen)  # after the charts, so that the browser draws the first chart first
share_box("explore", {**chosen, FIGURE_PARAMETER: figure or ""})
