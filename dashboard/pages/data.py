"""数据 Data: the filtered table with typed, readable columns, a page of rows at a time (the
page in the link), to download as CSV (UTF-8 with a BOM, no cell able to start a formula) or
Excel, each value at the precision its report printed."""
import math

import pandas as pd
import streamlit as st

from dashboard.export import EXPORTED, csv_bytes, excel_bytes, exported, file_name
from dashboard.formats import full
from dashboard.highlight import escaped
from dashboard.labels import check_mark, column_label, name, text
from dashboard.select import FILTERS, counts, describe, rows
from dashboard.ui.corpus import ask, figures_source
from dashboard.ui.link import language, share_box
from dashboard.ui.widgets import chosen_filters, chosen_names, filter_widgets
from extract import COLUMNS

# The table as an analyst reads it: the figure first, its source last; downloads keep the spec's order.
READING_ORDER = ("review", "metric", "raw", "value", "unit", "measure", "basis", "qualifier", "period", "topic",
                 "region", "entity", "article", "sentence", "published", "source", "doc_id", "start", "end", "rule")
# Rows a page of the table shows, all of them at once: a table drawn at its full height stops
# at 10,000 pixels, 280 rows.
PAGE_ROWS = 250
# Rows a download holds at most: an Excel sheet holds 1,048,576, and the file is made in memory.
DOWNLOAD_ROWS = 1_000_000
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
shown = view.assign(**{column: view[column].map(lambda code: name(code, lang))
                       for column in ("topic", "measure", "basis", "qualifier")},
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
source = figures_source()
chinese = st.toggle(text("chinese_files", lang), key=CHINESE_FILES, bind="query-params")


def download_rows() -> pd.DataFrame:
    """The view's rows for a download. The file is made when its button is clicked, on a
    thread of the server's outside any page run: so on a connection of its own."""
    return exported(rows(source.elsewhere(), chosen, DOWNLOAD_ROWS)[list(EXPORTED)], chinese)


# A click does not rerun the page (on_click="ignore"): a rerun would replace both buttons'
# files, and a second click before the browser heard of it would ask for a file gone.
left, right = st.columns(2)
left.download_button(text("download_csv", lang), lambda: csv_bytes(download_rows()),
                     file_name(chosen, ".csv", chinese), "text/csv", on_click="ignore", icon=":material/download:")
right.download_button(text("download_excel", lang), lambda: excel_bytes(download_rows()),
                      file_name(chosen, ".xlsx", chinese),
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", on_click="ignore",
                      icon=":material/download:")
share_box({**chosen, PAGE: str(page) if page > 1 else "", CHINESE_FILES: "true" if chinese else ""})
