"""The dashboard: the figures of the documents in seeds/ (or another folder, see README),
each beside its source sentence. Pages are in dashboard/pages; the URL holds the view."""
import streamlit as st

from dashboard.highlight import escaped
from dashboard.labels import text
from dashboard.pages.common import corpus, language_switch

st.set_page_config(page_title="报告数据看板 · Report figures", page_icon=":material/monitoring:", layout="wide")
lang = language_switch()
pages = [
    st.Page("dashboard/pages/overview.py", title=text("overview", lang), icon=":material/dashboard:", default=True),
    st.Page("dashboard/pages/explore.py", title=text("explore", lang), icon=":material/bar_chart:", url_path="explore"),
    st.Page("dashboard/pages/sources.py", title=text("sources", lang), icon=":material/article:", url_path="sources"),
    st.Page("dashboard/pages/trends.py", title=text("trends", lang), icon=":material/show_chart:", url_path="trends"),
    st.Page("dashboard/pages/data.py", title=text("data", lang), icon=":material/table:", url_path="data"),
    st.Page("dashboard/pages/upload.py", title=text("upload", lang), icon=":material/upload_file:", url_path="upload"),
]
page = st.navigation(pages)
for line in corpus().refused:
    st.sidebar.warning(escaped(line))
page.run()
