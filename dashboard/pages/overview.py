"""总览 Overview: the headline figures of each place and topic as cards, each the latest report
of its series, with its growth or change, its line, its source and a link to its sentence."""
import streamlit as st

from dashboard.cards import card_rows, place_cards
from dashboard.highlight import escaped
from dashboard.labels import name, text
from dashboard.select import counts, describe
from dashboard.titles import document_names
from dashboard.ui.cards import show_card
from dashboard.ui.corpus import ask
from dashboard.ui.link import language, share_box

CARDS_PER_TOPIC = 3  # a row of cards: four columns cut a value such as 接近13万亿元
MOST_PLACES = 6

lang = language()
st.title(text("app_title", lang))
st.caption(describe(*ask(counts, {}), {}, lang))
places = place_cards(ask(card_rows), CARDS_PER_TOPIC, MOST_PLACES)
names = ask(document_names)
for place, topics in places.items():
    if len(places) > 1:
        st.header(escaped(place) or text("no_place", lang), anchor=False)
    for topic, cards in topics.items():
        st.subheader(name(topic, lang), anchor=False)
        for column, card in zip(st.columns(CARDS_PER_TOPIC), cards):
            show_card(column, card, lang, names)
share_box({})
