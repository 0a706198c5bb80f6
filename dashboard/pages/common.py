"""What every page shares: the figures of this session, the filters bound to the link, a
figure's detail, the share box. (The language and the link's own plumbing are in link.py.)"""
from __future__ import annotations

import os
import sys
from collections import ChainMap
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from pathlib import Path
from types import FunctionType
from typing import Any, NamedTuple, TypeVar

import pandas as pd
import pyarrow as pa
import streamlit as st

from dashboard.formats import qualified, signed
from dashboard.highlight import escaped, sentence_marked
from dashboard.labels import LANGUAGE_PARAMETER, name, text
from dashboard.pages.link import from_link, language, notice_dropped, to_link
from dashboard.select import known, options, share_link, with_ids
from dashboard.archive import StoreTexts, is_store, store_version
from dashboard.source import Source, arrow, frame_source, store_source
from extract import extract_figures, to_frame
from extract.documents import documents
from extract.decode import Refused
from extract.provenance import Provenance, provenance
from extract.store import figures_query, read_manifest

ROOT = Path(__file__).resolve().parents[2]
DOCS_ENVIRONMENT = "REPORTS_DIR"
DOCS_ARGUMENT = "--docs"
DOCS_SECRET = "documents"
UPLOADS = "uploads"  # session_state key: this visitor's uploaded documents, name -> Corpus
CACHED_ANSWERS = 1_000  # answers of queries on the shared figures kept, the least recently asked dropped
T = TypeVar("T")


class Corpus(NamedTuple):
    """Documents as the dashboard holds them: their figures in memory with link ids, in Arrow
    as DuckDB reads them (None for a store, whose figures stay in its Parquet parts), their
    texts by id, the files refused."""

    figures: pa.Table | None
    texts: Mapping[str, str]
    refused: list[str]


def documents_folder() -> Path:
    """Where the documents are, a folder of texts or a store (`python -m extract build`):
    `streamlit run app.py -- --docs PATH` (the app's own arguments), else $REPORTS_DIR,
    else `documents = "PATH"` in .streamlit/secrets.toml, else the seeds."""
    arguments = sys.argv[1:] if sys.argv and sys.argv[0].endswith("app.py") else []
    if DOCS_ARGUMENT in arguments[:-1]:
        return Path(arguments[arguments.index(DOCS_ARGUMENT) + 1])
    return Path(os.environ.get(DOCS_ENVIRONMENT) or secret(DOCS_SECRET) or ROOT / "seeds")


def secret(key: str) -> str:
    """A setting of .streamlit/secrets.toml, or "" where there is no such file or key."""
    try:
        return str(st.secrets.get(key, ""))
    except FileNotFoundError:
        return ""


def corpus_of(named_texts: Mapping[str, str], provenances: Mapping[str, Provenance] | None = None) -> Corpus:
    """The corpus of documents given as id -> text (and id -> when and where published)."""
    dated = provenances or {}
    frames = [to_frame(extract_figures(body, doc_id, *dated.get(doc_id, Provenance())))
              for doc_id, body in named_texts.items()]
    figures = pd.concat(frames, ignore_index=True) if frames else to_frame([])
    return Corpus(arrow(with_ids(figures)), dict(named_texts), [])


@st.cache_resource(show_spinner=False)
def load(folder: str, version: int) -> Corpus:
    """The folder's corpus, or the store's (of the build `version`, see `store_version`), one
    object for every visitor: never mutated."""
    if is_store(Path(folder)):
        empty = read_manifest(Path(folder)).empty
        return Corpus(arrow(with_ids(to_frame([]))) if empty else None, StoreTexts(Path(folder)), [])
    texts, dated, refused = {}, {}, []
    for path, doc_id, outcome in documents([Path(folder)]):
        if isinstance(outcome, Refused):
            refused.append(f"{doc_id}{path.suffix}: {outcome}")
        else:
            texts[doc_id], dated[doc_id] = outcome.text, provenance(path, outcome.text)
    return corpus_of(texts, dated)._replace(refused=refused)


def folder_corpus() -> Corpus:
    """The documents every visitor shares: the folder's, or the store's."""
    folder = documents_folder()
    return load(str(folder), store_version(folder))


def uploads() -> dict[str, Corpus]:
    """What this visitor uploaded in this session, by document id."""
    return st.session_state.get(UPLOADS, {})


def texts() -> Mapping[str, str]:
    """The texts this visitor sees by document id: their uploads', then the folder's."""
    shared = folder_corpus().texts
    return ChainMap(*(u.texts for u in uploads().values()), shared) if uploads() else shared


@st.cache_resource(show_spinner=False)
def stored_figures(store: str, version: int) -> tuple[str, dict[str, object]]:
    """The SQL of a store's live figures (its manifest read once a build for every visitor)."""
    return figures_query(Path(store))


def source_of(folder: Path, beside: pa.Table | None = None) -> Source:
    """The figures of a folder (a store's on disk, a folder of texts' in memory), and those
    `beside` it, to query."""
    shared = load(str(folder), store_version(folder))
    if shared.figures is None:
        return store_source(*stored_figures(str(folder), store_version(folder)), beside)
    return frame_source(shared.figures, beside)


def figures_source() -> Source:
    """What this visitor's queries run on: the folder's figures and their uploads'."""
    uploaded = [u.figures for u in uploads().values() if u.figures is not None]
    beside = pa.concat_tables(uploaded, promote_options="permissive") if uploaded else None
    return source_of(documents_folder(), beside)


def query_name(query: Callable[..., Any]) -> str:
    """What identifies a query in the cache: its module and name."""
    return f"{query.__module__}.{query.__qualname__}"


@st.cache_data(show_spinner=False, max_entries=CACHED_ANSWERS, hash_funcs={FunctionType: query_name})
def shared_answer(folder: str, version: int, query: Callable[..., T], *arguments: Any) -> T:
    """A query's answer on the shared folder's figures (a store's, of one build): the same for
    every visitor, so asked once and then served from the cache, a copy each time."""
    return query(source_of(Path(folder)), *arguments)


def ask(query: Callable[..., T], *arguments: Any) -> T:
    """`query(source, *arguments)` on this visitor's figures: the cached answer where they are
    the shared folder's alone, asked of their own figures where they uploaded some."""
    if uploads():
        return query(figures_source(), *arguments)
    folder = documents_folder()
    return shared_answer(str(folder), store_version(folder), query, *arguments)


def chosen_filters(parameters: Sequence[str]) -> dict[str, list[str]]:
    """What each filter has chosen: the session's choice, seeded from the link the first
    time. A page may draw its figures before `filter_widgets` draws the filters."""
    for parameter in parameters:
        from_link(parameter, partial(ask, known, parameter), many=True)
    notice_dropped()
    return {p: list(st.session_state.get(p, [])) for p in parameters}


def filter_widgets(chosen: Mapping[str, Sequence[str]]) -> None:
    """A multiselect for each filter, its choice in the link; each offers what the others
    leave, and what it has chosen."""
    lang = language()
    offered = ask(options, chosen)
    for parameter in chosen:
        value = st.sidebar.multiselect(text(parameter, lang), offered[parameter], key=parameter,
                                       format_func=lambda code: name(code, lang),
                                       placeholder=text("view_all", lang))
        to_link(parameter, value)


def choice(label: str, key: str, labels: Mapping[str, str], container: Any = st.sidebar, pick_one: bool = False) -> str | None:
    """A selectbox of ids shown by their labels, its choice in the link; `pick_one` chooses
    the first where the link names none."""
    from_link(key, lambda asked: labels, many=False)
    notice_dropped()
    if key in st.session_state and st.session_state[key] not in labels:
        del st.session_state[key]  # a figure the filters no longer show
    value = container.selectbox(label, list(labels), format_func=labels.__getitem__, key=key,
                                index=0 if pick_one and labels else None, placeholder=text("none_chosen", language()))
    to_link(key, value)
    return value


def figure_detail(row: pd.Series, texts: Mapping[str, str]) -> None:
    """A figure beside its source sentence, the figure marked, and what was parsed."""
    lang = language()
    left, right = st.columns([3, 2])
    body = texts.get(row.doc_id, "")
    with left:
        st.markdown(f"**{text('source_sentence', lang)}**")
        st.markdown(sentence_marked(row.sentence, row.raw, body[max(0, row.start - 12):row.start]))
        st.caption(f"{text('from', lang)}：{escaped(row.article or '—')} · {escaped(row.doc_id)}")
    with right:
        st.markdown(f"**{text('parsed', lang)}**")
        growth = row.measure == "growth"
        parsed = {
            text("value", lang): signed(row.value, row.unit) if growth else qualified(row.value, row.unit,
                                                                                      row.qualifier, lang),
            text("unit", lang): row.unit or "—", text("raw", lang): row.raw,
            text("metric", lang): row.metric, text("measure", lang): name(row.measure, lang),
            text("basis", lang): name(row.basis, lang) if row.basis else "—",
            text("qualifier", lang): name(row.qualifier, lang), text("period", lang): row.period or "—",
            text("topic", lang): name(row.topic, lang), text("region", lang): row.region or "—",
            text("entity", lang): row.entity or "—", text("rule", lang): row.rule,
        }
        st.markdown("  \n".join(f"{key}：{escaped(str(value))}" for key, value in parsed.items()))
        if row.review:
            st.warning(escaped(text("why_check", lang, why=row.rule.partition("!")[2])), icon=":material/flag:")


def share_box(page: str, parameters: Mapping[str, str | Sequence[str]]) -> None:
    """A button that shows the full link of this view, to copy."""
    lang = language()
    with st.sidebar.popover(text("share", lang), icon=":material/link:"):
        base = st.context.url or "http://localhost:8501/"
        st.code(share_link(base, page, {**parameters, LANGUAGE_PARAMETER: "" if lang == "zh" else lang}),
                language=None, wrap_lines=True)
        st.caption(text("share_help", lang))
