"""The dashboard: the figures of the documents in seeds/ (or another folder, see README),
each beside its source sentence. Pages are in dashboard/pages; the URL holds the view."""
import streamlit as st

from dashboard.labels import text
from dashboard.look import reading_figure
from dashboard.ui.link import language_switch
from dashboard.ui.own_words import list_words

CHARTING = {"explore", "trends"}  # the pages whose first thing is a chart
READ = "_read"  # session_state key: this visitor's first run is over, the browser has plotly

st.set_page_config(page_title="报告数据看板 · Report figures", page_icon=":material/monitoring:", layout="wide")
lang = language_switch()
list_words(lang)
page = st.navigation([
    st.Page("dashboard/pages/overview.py", title=text("overview", lang), icon=":material/dashboard:", default=True),
    st.Page("dashboard/pages/explore.py", title=text("explore", lang), icon=":material/bar_chart:", url_path="explore"),
    st.Page("dashboard/pages/sources.py", title=text("sources", lang), icon=":material/article:", url_path="sources"),
    st.Page("dashboard/pages/trends.py", title=text("trends", lang), icon=":material/show_chart:", url_path="trends"),
    st.Page("dashboard/pages/data.py", title=text("data", lang), icon=":material/table:", url_path="data"),
    st.Page("dashboard/pages/upload.py", title=text("upload", lang), icon=":material/upload_file:", url_path="upload"),
    st.Page("dashboard/pages/review.py", title=text("review_title", lang), icon=":material/fact_check:", url_path="review"),
])
reading = st.empty()
if page.url_path in CHARTING and READ not in st.session_state:
    reading.plotly_chart(reading_figure(lang), key="reading")
st.session_state[READ] = True

# Imported only now, with the frame above on its way to the browser: pandas and the
# extractor are most of a cold start, and the browser loads plotly meanwhile (dashboard/look.py).
from dashboard.highlight import escaped  # noqa: E402
from dashboard.ui.corpus import folder_corpus  # noqa: E402

for line in folder_corpus().refused:
    st.sidebar.warning(escaped(line))
reading.empty()
page.run()
