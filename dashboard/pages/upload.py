"""上传 Upload: documents added here join this browser session's view only; a file that
cannot be read gets one clear message and the others load."""
import streamlit as st

from dashboard.uploads import SUFFIXES, text_of
from dashboard.highlight import escaped
from dashboard.labels import text
from dashboard.ui.corpus import UPLOADS, corpus_of, folder_corpus
from dashboard.ui.link import language
from extract.decode import Refused

lang = language()
st.title(text("upload", lang))
st.caption(text("upload_help", lang))
files = st.file_uploader(text("upload", lang), type=[s.lstrip(".") for s in SUFFIXES], accept_multiple_files=True,
                         key="files")
uploads = st.session_state.setdefault(UPLOADS, {})
for file in files or []:
    doc_id = file.name.rsplit(".", 1)[0]
    if doc_id in uploads:
        continue
    if doc_id in folder_corpus().texts:  # two documents of one id would share their figures' link ids
        st.error(text("name_taken", lang, name=escaped(file.name)))
        continue
    try:
        body, warning = text_of(file.name, file.getvalue())
    except Refused as refusal:
        st.error(text("refused", lang, name=escaped(file.name), reason=refusal))
        continue
    if warning:
        st.warning(text("partly_read", lang, name=escaped(file.name), reason=warning))
    added = corpus_of({doc_id: body})
    uploads[doc_id] = added
    st.success(text("upload_ok", lang, name=escaped(file.name), figures=added.figure_count()))
st.subheader(text("uploaded", lang))
if uploads:
    for doc_id, added in uploads.items():
        st.markdown(f"- {escaped(doc_id)}: {added.figure_count()}")
else:
    st.caption(text("none_yet", lang))
