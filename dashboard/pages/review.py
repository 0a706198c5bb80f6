"""审核 Review: the rows the extractor was unsure of, by document, each beside its sentence
with the figure marked; an editor signed in confirms a row, corrects any column or says it
is no figure, and every visitor then sees it checked. Any row opens here from its link."""
import streamlit as st

from dashboard.corrections import queue, queue_rows, stale, unmatched
from dashboard.highlight import escaped, sentence_marked
from dashboard.labels import counted, text
from dashboard.select import FIGURE_PARAMETER, SOURCE_PARAMETER, figure_row
from dashboard.titles import document_names
from dashboard.ui.corpus import ask, document_text, folder_corpus, visitors_fixes
from dashboard.ui.corrected import edits_version, ledger_rows
from dashboard.ui.editors import sign_in_box
from dashboard.ui.link import language, share_box
from dashboard.ui.review import audit_trail, editor_controls, said_message, status_mark, summary
from dashboard.ui.widgets import choice

LISTED = 50  # rows of a document listed below the chosen one; the rest are chosen above

lang = language()
st.title(text("review_title", lang))
who = sign_in_box(lang)
said_message(lang)
documents = ask(queue, mode="review")
names = ask(document_names)
if documents.empty:
    st.info(text("queue_empty", lang))
else:
    st.caption(text("queue_counts", lang, docs=counted(len(documents), "document", lang),
                    to_check=int(documents.to_check.sum()), checked=int(documents.checked.sum()),
                    not_figures=int(documents.not_figures.sum())))
# A figure a link names opens its own document, whether or not the rules doubted it.
linked = st.query_params.get(FIGURE_PARAMETER) or st.session_state.get(FIGURE_PARAMETER)
opened = ask(figure_row, linked, mode="review") if linked else None
labels = {str(d): f"{names.get(d, d)}（{n}）" for d, n in zip(documents.doc_id, documents.to_check)}
if opened is not None and opened.doc_id not in labels:
    labels = {str(opened.doc_id): names.get(opened.doc_id, opened.doc_id), **labels}
if opened is not None and SOURCE_PARAMETER not in st.session_state:
    st.session_state[SOURCE_PARAMETER] = str(opened.doc_id)
doc = choice(text("doc", lang), SOURCE_PARAMETER, labels, pick_one=True) if labels else None
in_doc = ask(queue_rows, doc, mode="review") if doc else None
figure = None
if doc and in_doc is not None:
    options = {str(f): f"{m} · {r}" for f, m, r in zip(in_doc.fid, in_doc.metric, in_doc.raw)}
    if opened is not None and opened.doc_id == doc:
        options.setdefault(str(opened.fid), f"{opened.metric} · {opened.raw}")
    figure = choice(text("choose_row", lang), FIGURE_PARAMETER, options, container=st, pick_one=True)
if figure and (row := ask(figure_row, figure, mode="review")) is not None:
    body = document_text(row.doc_id)
    with st.container(border=True):
        mark = status_mark(row, lang)
        if mark:
            st.markdown(f"**{escaped(mark)}**")
        st.markdown(sentence_marked(row.sentence, row.raw, body[max(0, row.start - 12):row.start]))
        st.markdown(summary(row, lang))
        extracted = ask(figure_row, figure, mode="extracted")
        if extracted is not None and row.status:
            st.caption(text("as_extracted", lang, values=summary(extracted, lang)))
        if who is not None and extracted is not None:
            editor_controls(row, extracted, who, lang)
        audit_trail(row, lang)
if doc and in_doc is not None:
    st.subheader(text("queue_of_document", lang), anchor=False)
    body = document_text(doc)
    for _, row in in_doc.head(LISTED).iterrows():
        mark = status_mark(row, lang)
        st.markdown((f"**{escaped(mark)}** " if mark else "")
                    + sentence_marked(row.sentence, row.raw, body[max(0, row.start - 12):row.start]))
        st.caption(summary(row, lang))
    if len(in_doc) > LISTED:
        st.caption(text("more_rows", lang, n=len(in_doc) - LISTED))
old = stale(ledger_rows(edits_version()), folder_corpus().hashes)
lost = unmatched(*visitors_fixes())
if len(old) or len(lost):
    with st.expander(f"{text('stale_title', lang)} ({len(old) + len(lost)})", icon=":material/history:"):
        st.caption(text("stale_help", lang))
        for _, gone in old.iterrows():
            why = text("stale_changed" if gone.changed else "stale_gone", lang)
            st.markdown(escaped(f"{names.get(gone.doc_id, gone.doc_id)} · {gone.raw} · {why} · "
                                f"{gone.editor_name} · {str(gone['at'])[:10]}"))
        for _, moved in lost.iterrows():
            st.markdown(escaped(f"{names.get(moved.doc_id, moved.doc_id)} · {moved.raw} · "
                                f"{text('stale_unmatched', lang)} · {moved.checked_by} · {moved.checked_on}"))
share_box({SOURCE_PARAMETER: doc or "", FIGURE_PARAMETER: figure or ""})
