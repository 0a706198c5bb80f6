"""An overview card on the page: the figure as printed, its growth or change, the line of its
series, and a link to its sentence on the Sources page with the figure marked."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

import streamlit as st
from streamlit.errors import StreamlitPageNotFoundError

from dashboard.cards import Card, card_change, card_label, previous_words
from dashboard.formats import as_printed
from dashboard.highlight import escaped
from dashboard.labels import Lang, check_mark, text
from dashboard.periods import period_words
from dashboard.select import FIGURE_PARAMETER, SOURCE_PARAMETER
from dashboard.titles import SEPARATOR

SOURCES_PAGE = "dashboard/pages/sources.py"
SOURCES_PATH = "sources"  # its url_path in app.py


def show_card(container: Any, card: Card, lang: Lang, names: Mapping[str, str]) -> None:
    """A card in `container`: the label (marked "待核" where a row of it is to check), the
    figure as printed, its badge, the series' line, the period and report, the link."""
    row = card.latest
    doubt = bool(row.review) or (card.growth is not None and bool(card.growth.review))
    label = (f"{text('to_check', lang)} · " if doubt else "") + escaped(card_label(card, lang))  # the mark never cut
    change, words, sign = card_change(card, lang)
    container.metric(label, escaped(as_printed(str(row.raw), float(row.value))),
                     signed_escaped(change) if change else None, delta_description=words,
                     delta_arrow="off" if change and sign == 0 else "auto", help=escaped(str(row.sentence)),
                     chart_data=card.line if len(card.line) > 1 else None, border=True)
    # Where it was said: the article (a front page holds several), paper and date, else the document's name.
    where = SEPARATOR.join(str(part) for part in (row.article, row.source, row.published) if part)
    said = SEPARATOR.join(part for part in (period_words(str(row.period), lang),
                                            where or names.get(str(row.doc_id), "")) if part)
    checked = check_mark(False, str(row.checked_by), str(row.checked_on), lang)  # "已核 · 王五 · 2026-12-05"
    container.caption(f"{text('from', lang)}：{escaped(said)}" + (f" · {escaped(checked)}" if checked else ""))
    if before := previous_words(card, lang):
        container.caption(escaped(before))
    with container:
        sentence_link(text("to_sentence", lang), {SOURCE_PARAMETER: str(row.doc_id), FIGURE_PARAMETER: str(row.fid)})


def signed_escaped(figure: str) -> str:
    r"""A badge's figure escaped but for its leading minus, by which Streamlit points the arrow
    down (an escaped "\-2.1%" would rise).

    >>> signed_escaped("-0.1个百分点"), signed_escaped("超300%")
    ('-0\\.1个百分点', '超300%')
    """
    sign = "-" if figure.startswith("-") else ""
    return sign + escaped(figure[len(sign):])


def sentence_link(label: str, parameters: Mapping[str, str]) -> None:
    """A link to the Sources page on these parameters, in this session (the uploads stay). A
    page run alone, with no navigation (a test), gets a plain link to the same address."""
    try:
        st.page_link(SOURCES_PAGE, label=label, icon=":material/format_quote:", query_params=dict(parameters))
    except StreamlitPageNotFoundError:
        st.markdown(f"[{escaped(label)}]({SOURCES_PATH}?{urlencode(parameters)})")
