"""总览 Overview: the headline figures of each topic as cards, each naming its source."""
import streamlit as st

from dashboard.cards import headline_cards, headline_rows
from dashboard.formats import as_printed
from dashboard.highlight import escaped
from dashboard.labels import check_mark, name, text
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
        doubt = level.review or (growth is not None and growth.review)
        label = (f"{text('to_check', lang)} · " if doubt else "") + escaped(level.metric or "—")  # the mark never cut
        # Each figure as printed ("6973.5万件", a growth "超300%"); the arrow says rise or fall.
        column.metric(label, escaped(as_printed(level.raw, level.value)),
                      None if growth is None else escaped(as_printed(growth.raw, growth.value)),
                      delta_description=name(growth.basis, lang) if growth is not None and growth.basis else None,
                      delta_arrow="off" if growth is not None and growth.value == 0 else "auto",
                      help=escaped(level.sentence), border=True)
        checked = check_mark(False, level.checked_by, level.checked_on, lang)  # "已核 · 王五 · 2026-12-05"
        column.caption(f"{text('from', lang)}：{escaped(level.article or level.doc_id)}"
                       + (f" · {escaped(checked)}" if checked else ""))
share_box({})
