"""总览 Overview: the headline figures of each topic as cards, each naming its source."""
import streamlit as st

from dashboard.cards import Card, headline_cards
from dashboard.formats import qualified, signed
from dashboard.highlight import escaped
from dashboard.labels import name, text
from dashboard.archive import store_version
from dashboard.pages.common import corpus, documents_folder, load, share_box
from dashboard.pages.link import language
from dashboard.select import describe

@st.cache_resource(show_spinner=False)
def folder_cards(folder: str, version: int) -> dict[str, list[Card]]:
    """The cards of the shared folder's documents, made once (a store's build) for every visitor."""
    return headline_cards(load(folder, version).figures)


lang = language()
figures = corpus().figures
folder, version = str(documents_folder()), store_version(documents_folder())
shared = len(figures) == len(load(folder, version).figures)  # no upload in this session
st.title(text("app_title", lang))
st.caption(describe(figures, {}, lang))
for topic, cards in (folder_cards(folder, version) if shared else headline_cards(figures)).items():
    st.subheader(name(topic, lang))
    for column, card in zip(st.columns(len(cards)), cards):
        level, growth = card.level, card.growth
        delta = None if growth is None else (
            f"{signed(growth.value, growth.unit)} {name(growth.basis, lang) if growth.basis else ''}".strip())
        column.metric(escaped(level.metric or "—"), qualified(level.value, level.unit, level.qualifier, lang),
                      delta, help=escaped(level.sentence), border=True)
        column.caption(f"{text('from', lang)}：{escaped(level.article or level.doc_id)}")
share_box("", {})
