"""总览 Overview: the headline figures of each topic as cards, each naming its source."""
from pathlib import Path

import streamlit as st

from dashboard.archive import store_version
from dashboard.cards import Card, headline_cards, headline_rows
from dashboard.formats import qualified, signed
from dashboard.highlight import escaped
from dashboard.labels import name, text
from dashboard.pages.common import documents_folder, figures_source, share_box, source_of, uploads
from dashboard.pages.link import language
from dashboard.select import counts, describe


@st.cache_resource(show_spinner=False)
def folder_cards(folder: str, version: int) -> dict[str, list[Card]]:
    """The cards of the shared folder's documents, made once (a store's build) for every visitor."""
    return headline_cards(headline_rows(source_of(Path(folder))))


lang = language()
source = figures_source()
folder = documents_folder()
st.title(text("app_title", lang))
st.caption(describe(*counts(source, {}), {}, lang))
cards_by_topic = headline_cards(headline_rows(source)) if uploads() else folder_cards(str(folder), store_version(folder))
for topic, cards in cards_by_topic.items():
    st.subheader(name(topic, lang))
    for column, card in zip(st.columns(len(cards)), cards):
        level, growth = card.level, card.growth
        delta = None if growth is None else (
            f"{signed(growth.value, growth.unit)} {name(growth.basis, lang) if growth.basis else ''}".strip())
        column.metric(escaped(level.metric or "—"), qualified(level.value, level.unit, level.qualifier, lang),
                      delta, help=escaped(level.sentence), border=True)
        column.caption(f"{text('from', lang)}：{escaped(level.article or level.doc_id)}")
share_box("", {})
