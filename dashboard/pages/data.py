"""数据 Data: the filtered table with typed, readable columns, a page of rows at a time (the
page in the link), to download as CSV (UTF-8 with a BOM, no cell able to start a formula) or
Excel, each value at the precision its report printed."""
import math

import streamlit as st

from dashboard.export import EXPORTED
from dashboard.formats import full
from dashboard.highlight import escaped
from dashboard.labels import check_mark, column_label, name, text
from dashboard.select import FILTERS, counts, describe, rows
from dashboard.titles import document_names
from dashboard.ui.corpus import ask
from dashboard.ui.downloads import DOWNLOAD_ROWS, csv_button, excel_button
from dashboard.ui.link import language, share_box
from dashboard.ui.widgets import chosen_filters, chosen_names, filter_widgets
from extract import COLUMNS

# The table as an analyst reads it: the figure first, its source last; downloads keep the spec's order.
READING_ORDER = ("review", "metric", "raw", "value", "unit", "measure", "basis", "qualifier", "period", "topic",
                 "region", "entity", "article", "sentence", "published", "source", "doc_id", "start", "end", "rule")
# Rows a page of the table shows, all of them at once: a table drawn at its full height stops
# at 10,000 pixels, 280 rows.
PAGE_ROWS = 250
PAGE = "rows_page"  # the page number's widget key and parameter in the link
CHINESE_FILES = "zh_files"  # the option of Chinese headers and labels in the downloads: its key and parameter

lang = language()
chosen = chosen_filters(list(FILTERS))
filter_widgets(chosen)
docs, figures = ask(counts, chosen)
st.title(text("data", lang))
st.caption(escaped(describe(docs, figures, chosen, lang, chosen_names(chosen))))
pages = max(1, math.ceil(figures / PAGE_ROWS))
if st.session_state.get(PAGE, 1) > pages:  # the filters left fewer pages than the link's
    st.session_state[PAGE] = pages
page = st.number_input(text("table_page", lang), min_value=1, max_value=pages, step=1, key=PAGE,
                       bind="query-params") if pages > 1 else 1
view = ask(rows, chosen, PAGE_ROWS, (page - 1) * PAGE_ROWS)[list(EXPORTED)]
names = ask(document_names)
shown = view.assign(**{column: view[column].map(lambda code: name(code, lang))
                       for column in ("topic", "measure", "basis", "qualifier")},
                    doc_id=[names.get(doc, doc) for doc in view.doc_id],  # a document by its name, never its file's
                    review=[check_mark(doubt, by, on, lang) for doubt, by, on in zip(view.review, view.checked_by,
                                                                                     view.checked_on)],
                    value=[full(value, unit) for value, unit in zip(view.value, view.unit)])
st.dataframe(
    shown, hide_index=True, width="stretch", height="content", column_order=READING_ORDER,
    column_config={
        "start": st.column_config.NumberColumn(column_label("start", lang), format="%d"),
        "end": st.column_config.NumberColumn(column_label("end", lang), format="%d"),
        **{c: st.column_config.TextColumn(column_label(c, lang)) for c in COLUMNS if c not in ("start", "end")},
    })
st.caption(text("rows_shown", lang, first=(page - 1) * PAGE_ROWS + min(1, len(view)),
                last=(page - 1) * PAGE_ROWS + len(view), total=figures))
if figures > DOWNLOAD_ROWS:
    st.caption(text("download_capped", lang, n=DOWNLOAD_ROWS))
chinese = st.toggle(text("chinese_files", lang), key=CHINESE_FILES, bind="query-params")
left, right = st.columns(2)
csv_button(left, text("download_csv", lang), chosen, chinese)
excel_button(right, text("download_excel", lang), chosen, chinese)
share_box({**chosen, PAGE: str(page) if page > 1 else "", CHINESE_FILES: "true" if chinese else ""})
