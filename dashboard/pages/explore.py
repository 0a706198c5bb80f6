"""指标 Explore: filters, charts that fit the data, the view to download, and the source
sentence of the bar clicked beside its chart, with what was parsed."""
import streamlit as st

from dashboard.charts import chart_makers, chart_rows, selected_id
from dashboard.highlight import escaped
from dashboard.labels import text
from dashboard.select import FIGURE_PARAMETER, FILTERS, counts, describe, figure_row
from dashboard.titles import document_names
from dashboard.ui.corpus import ask
from dashboard.ui.downloads import csv_button
from dashboard.ui.link import language, share_box, to_link
from dashboard.ui.scroll import bring_into_view
from dashboard.ui.widgets import choice, chosen_filters, chosen_names, figure_detail, filter_widgets

APPLIED = "_applied_selection"  # the chart selection already turned into the figure choice
FIRST_CHARTS = 4  # charts drawn before "all charts" is asked for: the browser draws each in turn
ALL_CHARTS = "charts"  # the toggle's key, and its parameter in the link ("charts=all")
BESIDE = [2, 1]  # a chart and, where it holds the figure chosen, the figure's sentence beside it
DETAIL_KEY = "figure_beside"  # the container of that sentence, scrolled into view

lang = language()
chosen = chosen_filters(list(FILTERS))
docs, figures = ask(counts, chosen)
st.title(text("explore", lang))
head, download = st.columns([3, 1], vertical_alignment="center")
head.caption(escaped(describe(docs, figures, chosen, lang, chosen_names(chosen))))
csv_button(download, text("download_view", lang), chosen)
if not figures:
    st.info(text("no_rows", lang))
choosing = st.container()  # the figure's choice, drawn once the charts say what they show
drawable = ask(chart_rows, chosen)  # what the charts may draw: never the whole view
makers = chart_makers(drawable, lang, ask(document_names))
if ALL_CHARTS not in st.session_state:
    st.session_state[ALL_CHARTS] = st.query_params.get(ALL_CHARTS) == "all"
drawn_makers = makers if st.session_state[ALL_CHARTS] else makers[:FIRST_CHARTS]
# A bar clicked since the last run becomes the figure chosen, before anything is drawn: its
# sentence then goes beside the chart that holds it, where the reader is looking.
for maker in drawn_makers:
    picked = selected_id(st.session_state.get(maker.key))
    if picked and picked != st.session_state.get(APPLIED, {}).get(maker.key) and (drawable.fid == picked).any():
        st.session_state[FIGURE_PARAMETER] = picked  # before the figure's widget: allowed
        st.session_state.setdefault(APPLIED, {})[maker.key] = picked
wanted = st.session_state.get(FIGURE_PARAMETER) or st.query_params.get(FIGURE_PARAMETER)
charts, placed = [], False
for maker in drawn_makers:
    chart = maker.make()  # made and sent one at a time: the browser draws the first while the next is made
    charts.append(chart)
    held = ask(figure_row, str(wanted), chosen) if chart.holds(wanted) else None
    place, beside = st.columns(BESIDE) if held is not None else (st.container(), None)
    place.plotly_chart(chart.figure, key=chart.key, on_select="rerun", selection_mode="points", width="stretch")
    if chart.shown < chart.total:
        place.caption(text("too_many", lang, shown=chart.shown, total=chart.total))
    if held is not None and beside is not None:
        with beside, st.container(key=DETAIL_KEY):
            figure_detail(held, stacked=True)
            bring_into_view(DETAIL_KEY, str(held.fid))
        placed = True
if len(makers) > FIRST_CHARTS:
    all_charts = st.toggle(text("all_charts", lang, n=len(makers)), key=ALL_CHARTS)
    to_link(ALL_CHARTS, "all" if all_charts else "")
# The figures to choose from: those the charts draw, in reading order, and one a link names if
# the view holds it; one no chart draws shows its sentence under the choice.
drawn = {fid for chart in charts for trace in chart.figure.data for fid in trace.customdata}
shown = drawable[drawable.fid.isin(drawn)].sort_values(["doc_id", "start"])
several = drawable.region.nunique() > 1  # a label names the place where the view holds several
labels = {fid: " · ".join(part for part in (metric, region if several else "", raw) if part)
          for fid, metric, region, raw in zip(shown.fid, shown.metric, shown.region, shown.raw)}
for fid in {st.session_state.get(FIGURE_PARAMETER), *st.query_params.get_all(FIGURE_PARAMETER)} - set(labels):
    if fid and (row := ask(figure_row, fid, chosen)) is not None:
        labels[fid] = " · ".join(part for part in (row.metric, row.region if several else "", row.raw) if part)
with choosing:
    figure = choice(text("choose_figure", lang), FIGURE_PARAMETER, labels, container=st)
    if figure and not (placed and figure == wanted) and (row := ask(figure_row, figure)) is not None:
        figure_detail(row)
filter_widgets(chosen)  # after the charts, so that the browser draws the first chart first
share_box({**chosen, FIGURE_PARAMETER: figure or "", ALL_CHARTS: "all" if st.session_state[ALL_CHARTS] else ""})
