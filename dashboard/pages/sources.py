"""原文 Sources: a document read as its articles, every figure marked in place, the selected
one marked clearly with what was parsed; a search finds sentences by their words."""
import streamlit as st

from dashboard.highlight import escaped, marked
from dashboard.labels import counted, text
from dashboard.titles import document_names
from dashboard.ui.corpus import ask, document_ids, document_text
from dashboard.ui.link import language, share_box
from dashboard.ui.widgets import choice, figure_detail
from dashboard.select import FIGURE_PARAMETER, SEARCH_PARAMETER, SOURCE_PARAMETER, rows
from extract.segment import articles, sentences, to_paragraph

lang = language()
documents = document_ids()
st.title(text("sources", lang))
if not documents:
    st.info(text("no_rows", lang))
    st.stop()
names = ask(document_names)
doc = choice(text("doc", lang), SOURCE_PARAMETER, {d: names.get(d, d) for d in documents},
             pick_one=True) or documents[0]
query = st.sidebar.text_input(text("search", lang), key=SEARCH_PARAMETER, bind="query-params").strip()
body = document_text(doc)
in_doc = ask(rows, {"doc": [doc]})
several = in_doc.region.nunique() > 1  # a label names the place where the document covers several
figure = choice(text("choose_figure", lang), FIGURE_PARAMETER,
                {fid: " · ".join(part for part in (metric, region if several else "", raw) if part)
                 for fid, metric, region, raw in zip(in_doc.fid, in_doc.metric, in_doc.region, in_doc.raw)})
selected = in_doc[in_doc.fid == figure]
if len(selected):
    figure_detail(selected.iloc[0])
    st.divider()
if query:
    hits = [s.text for s in sentences(body) if query in s.text]
    st.caption(text("search_hits", lang, hits=counted(len(hits), "sentence", lang), q=escaped(query)))
    for hit in hits:
        at = [i for i in range(len(hit)) if hit.startswith(query, i)]
        st.markdown("> " + marked(hit, [(i, i + len(query)) for i in at]))
    st.divider()
chosen = (int(selected.start.iloc[0]), int(selected.end.iloc[0])) if len(selected) else None
for paragraph, article in articles(body):
    inside = in_doc[(in_doc.start >= paragraph.start) & (in_doc.start < paragraph.end)]
    spans = [(to_paragraph(paragraph, s), to_paragraph(paragraph, e)) for s, e in zip(inside.start, inside.end)]
    here = (to_paragraph(paragraph, chosen[0]), to_paragraph(paragraph, chosen[1])) \
        if chosen and paragraph.start <= chosen[0] < paragraph.end else None
    if paragraph.text == article.headline:
        st.subheader(escaped(paragraph.text), anchor=False)
    else:
        st.markdown(marked(paragraph.text, spans, here))
share_box({SOURCE_PARAMETER: doc, SEARCH_PARAMETER: query, FIGURE_PARAMETER: figure or ""})
