"""总览 Overview: the headline figures of each topic as cards, each naming its source."""
import streamlit as st

from dashboard.cards import headline_cards, headline_rows
from dashboard.formats import qualified, signed
from dashboard.highlight import escaped
from dashboard.labels import name, text
from dashboard.ui.corpus import ask
from dashboard.ui.link import language, share_box
from dashboard.select import counts, describe


lang = language()
st.title(text("app_title", lang))
st.caption(describe(*ask(counts, {}), {}, lang))
for topic, cards in headline_cards(ask(headline_rows)).items():
    st.subheader(name(topic, lang))
    for column, card in zip(st.columns(len(cards)), cards):
        level, growth = card.level, card.growth
        delta = None if growth is None else (
            f"{signed(growth.value, growth.unit)} {name(growth.basis, lang) if growth.basis else ''}".strip())
        doubt = level.review or (growth is not None and growth.review)
        column.metric(escaped(level.metric or "—"), qualified(level.value, level.unit, level.qualifier, lang)
                      + (f" · {text('to_check', lang)}" if doubt else ""), delta, help=escaped(level.sentence),
                      border=True)
        column.caption(f"{text('from', lang)}：{escaped(level.article or level.doc_id)}")
share_box({})
