"""The widgets the pages share: the filters bound to the link, a choice of one thing by its
label, and a figure's detail beside its source sentence."""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import Any
from urllib.parse import urlsplit

import pandas as pd
import streamlit as st

from dashboard.formats import full
from dashboard.highlight import escaped, sentence_marked
from dashboard.labels import Lang, check_mark, name, review_reasons, text
from dashboard.select import DOCUMENT_FILTER, FIGURE_PARAMETER, known, options
from dashboard.titles import SEPARATOR, document_names
from dashboard.ui.corpus import ask, document_text
from dashboard.ui.editors import editor
from dashboard.ui.link import REVIEW_PAGE, from_link, language, notice_dropped, to_link

CARRIED = "_filters"  # session_state key: the filters chosen last, parameter -> values, for the next page
CARRIED_TO = "_filters_page"  # session_state key: the page (its path) the filters were last drawn on


def chosen_filters(parameters: Sequence[str]) -> dict[str, list[str]]:
    """What each filter has chosen: the session's choice, seeded from the link the first
    time, else from the filters chosen on the page before (Streamlit forgets a page's widgets
    when another page opens: Explore's filters are carried to Data so). A page may draw its
    figures before `filter_widgets` draws the filters."""
    carried: dict[str, list[str]] = st.session_state.get(CARRIED, {})
    here = urlsplit(st.context.url or "").path
    arrived, st.session_state[CARRIED_TO] = st.session_state.get(CARRIED_TO) != here, here
    for parameter in parameters:
        if arrived and parameter in carried and not st.query_params.get_all(parameter):
            st.session_state[parameter] = carried[parameter]  # the last page's widget's value is not this one's
        from_link(parameter, partial(ask, known, parameter), many=True)
    notice_dropped()
    return {p: list(st.session_state.get(p, [])) for p in parameters}


def chosen_names(chosen: Mapping[str, Sequence[str]]) -> dict[str, str]:
    """The names of the documents the filters chose, to describe the view by."""
    return ask(document_names) if chosen.get(DOCUMENT_FILTER) else {}


def value_names(parameter: str, lang: Lang) -> Callable[[str], str]:
    """How a filter's values read: a document by its name, a code by its name in the language."""
    if parameter == DOCUMENT_FILTER:
        names = ask(document_names)
        return lambda doc_id: names.get(doc_id, doc_id)
    return lambda code: name(code, lang)


def filter_widgets(chosen: Mapping[str, Sequence[str]]) -> None:
    """A multiselect for each filter, its choice in the link; each offers what the others
    leave, and what it has chosen. ("Select all" is left out: Streamlit says it in English
    only, and choosing nothing is choosing all.)"""
    lang = language()
    offered = ask(options, chosen)
    for parameter in chosen:
        value = st.sidebar.multiselect(text(parameter, lang), offered[parameter], key=parameter,
                                       format_func=value_names(parameter, lang),
                                       placeholder=text("view_all", lang), select_all=False)
        to_link(parameter, value)
        st.session_state.setdefault(CARRIED, {})[parameter] = value


def choice(label: str, key: str, labels: Mapping[str, str], container: Any = st.sidebar,
           pick_one: bool = False) -> str | None:
    """A selectbox of ids shown by their labels, its choice in the link; `pick_one` chooses
    the first where the link names none."""
    from_link(key, lambda asked: labels, many=False)
    notice_dropped()
    if key in st.session_state and st.session_state[key] not in labels:
        del st.session_state[key]  # a figure the filters no longer show
    value: str | None = container.selectbox(label, list(labels), format_func=labels.__getitem__, key=key,
                                            index=0 if pick_one and labels else None,
                                            placeholder=text("none_chosen", language()))
    to_link(key, value)
    return value


def figure_detail(row: pd.Series, stacked: bool = False) -> None:
    """A figure beside its source sentence, the figure marked, and what was parsed (below it
    where `stacked`: in a narrow column beside a chart)."""
    lang = language()
    left, right = (st.container(), st.container()) if stacked else st.columns([3, 2])
    body = document_text(row.doc_id)
    with left:
        st.markdown(f"**{text('source_sentence', lang)}**")
        st.markdown(sentence_marked(row.sentence, row.raw, body[max(0, row.start - 12):row.start]))
        where = SEPARATOR.join(part for part in (row.article, row.source, row.published) if part)
        st.caption(f"{text('from', lang)}：{escaped(where or ask(document_names).get(row.doc_id, row.doc_id))}")
    with right:
        st.markdown(f"**{text('parsed', lang)}**")
        rise = row.measure == "growth" and row.value > 0
        parsed = {
            text("value", lang): ("+" if rise else "") + full(row.value, row.unit),
            text("unit", lang): row.unit or "—", text("raw", lang): row.raw,
            text("metric", lang): row.metric, text("measure", lang): name(row.measure, lang),
            text("basis", lang): name(row.basis, lang) if row.basis else "—",
            text("qualifier", lang): name(row.qualifier, lang), text("period", lang): row.period or "—",
            text("topic", lang): name(row.topic, lang), text("region", lang): row.region or "—",
            text("entity", lang): row.entity or "—", text("rule", lang): row.rule,
        }
        st.markdown("  \n".join(f"{key}：{escaped(str(value))}" for key, value in parsed.items()))
        if row.review:
            st.warning(escaped(text("why_check", lang, why=review_reasons(row.rule, lang))), icon=":material/flag:")
        if row.checked_by:
            st.success(escaped(check_mark(False, row.checked_by, row.checked_on, lang)), icon=":material/verified:")
        if editor() is not None:  # an editor's way to this row on the review page; a visitor sees none
            st.page_link(REVIEW_PAGE, label=text("open_review", lang), icon=":material/fact_check:",
                         query_params={FIGURE_PARAMETER: row.fid})
