"""数据 Data: the filtered table with typed, formatted columns, to download as CSV (UTF-8 with
a BOM, no cell able to start a formula) or Excel."""
import streamlit as st

from dashboard.export import csv_bytes, excel_bytes
from dashboard.highlight import escaped
from dashboard.labels import name, text
from dashboard.pages.common import chosen_filters, corpus, filter_widgets, share_box
from dashboard.pages.link import language
from dashboard.select import FILTERS, describe, rows
from extract import COLUMNS

# The table as an analyst reads it: the figure first, its source last; downloads keep the spec's order.
READING_ORDER = ("metric", "raw", "value", "unit", "measure", "basis", "qualifier", "period", "topic", "entity",
                 "article", "sentence", "published", "source", "doc_id", "start", "end", "rule")
COLUMN_LABELS = {"source": "source_name"}  # "source" names the document read on the sources page

lang = language()
figures = corpus().figures
chosen = chosen_filters(figures, list(FILTERS))
filter_widgets(figures, chosen)
view = rows(figures, chosen)[list(COLUMNS)]
st.title(text("data", lang))
st.caption(escaped(describe(view, chosen, lang)))
shown = view.assign(**{column: view[column].map(lambda code: name(code, lang))
                       for column in ("topic", "measure", "basis", "qualifier")})
st.dataframe(
    shown, hide_index=True, width="stretch", column_order=READING_ORDER,
    column_config={
        "value": st.column_config.NumberColumn(text("value", lang), format="%.6g"),
        "start": st.column_config.NumberColumn(text("start", lang), format="%d"),
        "end": st.column_config.NumberColumn(text("end", lang), format="%d"),
        **{c: st.column_config.TextColumn(text(COLUMN_LABELS.get(c, c), lang))
           for c in COLUMNS if c not in ("value", "start", "end")},
    })
left, right = st.columns(2)
# The files are made when asked for (the callables run on the click), not on every rerun.
left.download_button(text("download_csv", lang), lambda: csv_bytes(view), "figures.csv", "text/csv",
                     icon=":material/download:")
right.download_button(text("download_excel", lang), lambda: excel_bytes(view), "figures.xlsx",
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", icon=":material/download:")
share_box("data", chosen)
