"""上传 Upload: documents added here join this browser session's view only; a file that
cannot be read, or that is a document here already, gets one clear message and the others
load."""
import streamlit as st

from dashboard.highlight import escaped
from dashboard.labels import counted, text
from dashboard.titles import document_names
from dashboard.ui.corpus import ask, handled, uploads
from dashboard.ui.link import language
from dashboard.ui.own_words import uploader_words
from dashboard.uploads import SUFFIXES

lang = language()
st.title(text("upload", lang))
st.caption(text("upload_help", lang))
types = [suffix.lstrip(".") for suffix in SUFFIXES]
uploader_words(lang, types, st.get_option("server.maxUploadSize"))
files = st.file_uploader(text("upload", lang), type=types, accept_multiple_files=True, key="files")
for file in files or []:
    for kind, key, words, figures in handled(file.file_id, file.name, file.getvalue()):
        message = text(key, lang, figures=counted(figures, "figure", lang), **{k: escaped(w) for k, w in words.items()})
        getattr(st, kind)(message)
st.subheader(text("uploaded", lang))
names = ask(document_names)
for doc_id, added in uploads().items():
    st.markdown(f"- {escaped(names.get(doc_id, doc_id))}：{counted(added.figure_count(), 'figure', lang)}")
if not uploads():
    st.caption(text("none_yet", lang))
