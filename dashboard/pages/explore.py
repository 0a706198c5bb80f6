"""指标 Explore: filters, charts that fit the data, and the source sentence of the bar
selected beside what was parsed."""
import streamlit as st

from dashboard.charts import chart_makers, chart_rows, selected_id
from dashboard.highlight import escaped
from dashboard.labels import text
from dashboard.ui.corpus import ask
from dashboard.ui.link import language, share_box, to_link
from dashboard.ui.widgets import choice, chosen_filters, chosen_names, figure_detail, filter_widgets
from dashboard.select import FIGURE_PARAMETER, FILTERS, counts, describe, figure_row

APPLIED = "_applied_selection"  # the chart selection already turned into the figure choice
FIRST_CHARTS = 4  # charts drawn before "all charts" is asked for: the browser draws each in turn
ALL_CHARTS = "charts"  # the toggle's key, and its parameter in the link ("charts=all")

lang = language()
chosen = chosen_filters(list(FILTERS))
docs, figures = ask(counts, chosen)
st.title(text("explore", lang))
st.caption(escaped(describe(docs, figures, chosen, lang, chosen_names(chosen))))
if not figures:
    st.info(text("no_rows", lang))
drawable = ask(chart_rows, chosen)  # what the charts may draw: never the whole view
makers = chart_makers(drawable, lang)
if ALL_CHARTS not in st.session_state:
    st.session_state[ALL_CHARTS] = st.query_params.get(ALL_CHARTS) == "all"
charts = []
for make in makers if st.session_state[ALL_CHARTS] else makers[:FIRST_CHARTS]:
    chart = make()  # made and sent one at a time: the browser draws the first while the next is made
    charts.append(chart)
    event = st.plotly_chart(chart.figure, key=chart.key, on_select="rerun", selection_mode="points",
                            width="stretch")
    if chart.shown < chart.total:
        st.caption(text("too_many", lang, shown=chart.shown, total=chart.total))
    picked = selected_id(event)
    if picked and picked != st.session_state.get(APPLIED, {}).get(chart.key) and (drawable.fid == picked).any():
        st.session_state[FIGURE_PARAMETER] = picked  # before the figure's widget: allowed
        st.session_state.setdefault(APPLIED, {})[chart.key] = picked
if len(makers) > FIRST_CHARTS:
    all_charts = st.toggle(text("all_charts", lang, n=len(makers)), key=ALL_CHARTS)
    to_link(ALL_CHARTS, "all" if all_charts else "")
# The figures to choose from: those the charts draw, in reading order, and one a link names if
# the view holds it.
drawn = {fid for chart in charts for trace in chart.figure.data for fid in trace.customdata}
shown = drawable[drawable.fid.isin(drawn)].sort_values(["doc_id", "start"])
labels = dict(zip(shown.fid, shown.metric + " · " + shown.raw))
for fid in {st.session_state.get(FIGURE_PARAMETER), *st.query_params.get_all(FIGURE_PARAMETER)} - set(labels):
    if fid and (row := ask(figure_row, fid, chosen)) is not None:
        labels[fid] = f"{row.metric} · {row.raw}"
figure = choice(text("choose_figure", lang), FIGURE_PARAMETER, labels, container=st)
if figure and (row := ask(figure_row, figure)) is not None:
    figure_detail(row)
filter_widgets(chosen)  # after the charts, so that the browser draws the first chart first
share_box({**chosen, FIGURE_PARAMETER: figure or "", ALL_CHARTS: "all" if st.session_state[ALL_CHARTS] else ""})
