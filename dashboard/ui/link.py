"""The view's state in the link: the language and its sidebar switch, a widget seeded from
the link and written back to it, the notice of parameters that named nothing, and the box
that shows the link to share. Light on purpose (streamlit alone): the app draws the sidebar
with it before pandas and the extractor are imported."""
from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from urllib.parse import urlencode

import streamlit as st

from dashboard.highlight import escaped
from dashboard.labels import LANGUAGE_NAMES, LANGUAGE_PARAMETER, LANGUAGES, Lang, text

DROPPED = "_dropped"  # session_state key: link parameters that named nothing, to say once
LINKED = "_linked"  # session_state key: the keys of the widgets seeded from the link
LOCAL_ADDRESS = "http://localhost:8501/"  # where a page run without a browser (AppTest) says it is
REVIEW_PAGE = "dashboard/pages/review.py"  # the review page (app.py names it so): a row's detail leads editors there


def language() -> Lang:
    """The language the sidebar's switch chose; a page run alone reads the link's."""
    lang = st.session_state.get(LANGUAGE_PARAMETER) or st.query_params.get(LANGUAGE_PARAMETER)
    return "en" if lang == "en" else "zh"


def language_switch() -> Lang:
    """The sidebar's language switch, its choice in the link (Chinese, the default, is left out)."""
    from_link(LANGUAGE_PARAMETER, lambda asked: LANGUAGES, many=False)
    lang = st.sidebar.radio("语言 · Language", LANGUAGES, key=LANGUAGE_PARAMETER, horizontal=True,
                            format_func=LANGUAGE_NAMES.__getitem__, on_change=relabel)
    to_link(LANGUAGE_PARAMETER, "" if lang == "zh" else lang)
    return language()


def from_link(key: str, valid: Callable[[list[str]], Collection[str]], many: bool) -> None:
    """The first time a widget appears in a session, the link's parameter of its key seeds
    it (`valid` says which of the values asked name something); values that name nothing
    are kept aside for `notice_dropped`."""
    st.session_state.setdefault(LINKED, set()).add(key)
    if key in st.session_state:
        return
    asked = st.query_params.get_all(key)
    allowed = valid(asked) if asked else ()
    good = [v for v in asked if v in allowed]
    if len(good) < len(asked):
        st.session_state.setdefault(DROPPED, {})[key] = [v for v in asked if v not in allowed]
    if good:
        st.session_state[key] = good if many else good[0]


def relabel() -> None:
    """When the language changes, forget the choice of every widget seeded from the link, so
    that each is seeded again from the link's codes and shown by the new language's labels.
    The browser keeps a multiselect's or a selectbox's choice as the labels it shows: kept
    across the change, "证书" would come back from an English page as a value, not a code."""
    for key in st.session_state.get(LINKED, set()) - {LANGUAGE_PARAMETER}:
        st.session_state.pop(key, None)


def to_link(key: str, value: str | Sequence[str] | None) -> None:
    """Write a widget's value into the link, as codes whatever the language shows."""
    values = [v for v in ([value] if isinstance(value, str) else value or []) if v]
    if st.query_params.get_all(key) != values:
        if values:
            st.query_params[key] = values
        else:
            del st.query_params[key]


def notice_dropped() -> None:
    """Say once which of the link's parameters named nothing here and were dropped."""
    dropped: dict[str, list[str]] = st.session_state.pop(DROPPED, {})
    if dropped:
        items = "；".join(f"{text(p, language())}={escaped('、'.join(v))}" for p, v in dropped.items())
        st.info(text("dropped", language(), items=items), icon=":material/info:")


def share_link(page_address: str, parameters: Mapping[str, str | Sequence[str]]) -> str:
    """The full link of a view: the page's address and every parameter set.

    >>> share_link("http://127.0.0.1:8501/explore", {"topic": ["trade", "fiscal"], "lang": "en", "q": ""})
    'http://127.0.0.1:8501/explore?topic=trade&topic=fiscal&lang=en'
    """
    pairs = [(k, v) for k, vs in parameters.items() for v in ([vs] if isinstance(vs, str) else vs) if v]
    query = urlencode(pairs)
    return page_address + ("?" + query if query else "")


def share_box(parameters: Mapping[str, str | Sequence[str]]) -> None:
    """A button that shows the full link of this view, to copy: the address of the page the
    browser is on (`st.context.url` holds the page already) and the view's parameters."""
    lang = language()
    with st.sidebar.popover(text("share", lang), icon=":material/link:"):
        address = st.context.url or LOCAL_ADDRESS
        st.code(share_link(address, {**parameters, LANGUAGE_PARAMETER: "" if lang == "zh" else lang}),
                language=None, wrap_lines=True)
        st.caption(text("share_help", lang))
