"""指标 Explore: filters, charts that fit the data, and the source sentence of the bar
selected beside what was parsed."""
import streamlit as st

from dashboard.charts import charts_of, selected_id
from dashboard.highlight import escaped
from dashboard.labels import text
from dashboard.pages.common import choice, corpus, figure_detail, filter_widgets, language, share_box
from dashboard.select import FIGURE_PARAMETER, FILTERS, describe, rows

APPLIED = "_applied_selection"  # the chart selection already turned into the figure choice

lang = language()
figures, texts, _ = corpus()
chosen = filter_widgets(figures, list(FILTERS))
view = rows(figures, chosen)
st.title(text("explore", lang))
st.caption(escaped(describe(view, chosen, lang)))
if view.empty:
    st.info(text("no_rows", lang))
for chart in charts_of(view, lang):
    event = st.plotly_chart(chart.figure, key=chart.key, on_select="rerun", selection_mode="points",
                            width="stretch")
    if chart.shown < chart.total:
        st.caption(text("too_many", lang, shown=chart.shown, total=chart.total))
    picked = selected_id(event)
    if picked and picked != st.session_state.get(APPLIED, {}).get(chart.key) and picked in set(view.fid):
        st.session_state[FIGURE_PARAMETER] = picked  # before the figure's widget: allowed
        st.session_state.setdefault(APPLIED, {})[chart.key] = picked
figure = choice(text("choose_figure", lang), FIGURE_PARAMETER, dict(zip(view.fid, view.metric + " · " + view.raw)),
                container=st)
if figure:
    figure_detail(view[view.fid == figure].iloc[0], texts)
share_box("explore", {**chosen, FIGURE_PARAMETER: figure or ""})
