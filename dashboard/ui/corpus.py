"""The documents a visitor sees, and the answers of queries on them: the shared folder's (or
store's) figures, loaded once for every visitor, this visitor's uploads beside them, and
`ask`, through which every page queries them, the editors' corrections on top.

The caches live here, on the Streamlit side, rather than in app.py: the app draws its first
frame before pandas and the extractor are imported (see app.py), and only then imports this
module and loads the documents."""
from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from types import FunctionType
from typing import Any, Literal, NamedTuple, TypeVar

import pandas as pd
import pyarrow as pa
import streamlit as st

from dashboard.archive import StoreTexts, is_store, store_version
from dashboard.corrections import applied, fixed_rows
from dashboard.source import Source, figures_table, frame_source, store_source
from dashboard.titles import document_names
from dashboard.ui.corrected import edits_version, ledger_rows
from dashboard.uploads import text_of
from extract import extract_figures, to_frame
from extract.decode import Refused
from extract.documents import documents
from extract.provenance import Provenance, provenance
from extract.store import content_hash, figures_query, read_manifest

ROOT = Path(__file__).resolve().parents[2]
DOCS_ENVIRONMENT = "REPORTS_DIR"
DOCS_ARGUMENT = "--docs"
DOCS_SECRET = "documents"
UPLOADS = "uploads"  # session_state key: this visitor's uploaded documents, name -> Corpus
HANDLED = "_uploads_handled"  # session_state key: an uploaded file's id -> what became of it
CACHED_ANSWERS = 1_000  # answers of queries on the shared figures kept, the least recently asked dropped
T = TypeVar("T")
# What a query sees: the figures as corrected ("view", every page's), also the rows editors
# said are no figure ("review", the review page's), or as extracted ("extracted").
Mode = Literal["view", "review", "extracted"]


class Corpus(NamedTuple):
    """Documents as the dashboard holds them: their figures in memory (a `figures_table`,
    as DuckDB reads them; None for a store, whose figures stay in its Parquet parts), their
    texts by id, the files refused, each document's id by its `digest` (a store's by
    the SHA-256 of its file, as its manifest has them), and each document's content hash by
    its id, the SHA-256 of its file (an upload's too): what corrections are keyed by."""

    figures: pa.Table | None
    texts: Mapping[str, str]
    refused: list[str]
    digests: Mapping[str, str]
    hashes: Mapping[str, str]

    def figure_count(self) -> int:
        return self.figures.num_rows if self.figures is not None else 0


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


def corpus_of(named_texts: Mapping[str, str], provenances: Mapping[str, Provenance] | None = None,
              hashes: Mapping[str, str] | None = None) -> Corpus:
    """The corpus of documents given as id -> text (and id -> when and where published, and
    id -> the SHA-256 of its file, where it differs from its text's)."""
    dated = provenances or {}
    frames = [to_frame(extract_figures(body, doc_id, *dated.get(doc_id, Provenance())))
              for doc_id, body in named_texts.items()]
    figures = pd.concat(frames, ignore_index=True) if frames else to_frame([])
    files = {doc_id: (hashes or {}).get(doc_id) or digest(body) for doc_id, body in named_texts.items()}
    return Corpus(figures_table(figures), dict(named_texts), [],
                  {digest(body): doc_id for doc_id, body in named_texts.items()}
                  | {file: doc_id for doc_id, file in files.items()}, files)


def digest(content: str | bytes) -> str:
    """What tells a document met twice: the SHA-256 of its text (in UTF-8) or of its file."""
    return hashlib.sha256(content.encode() if isinstance(content, str) else content).hexdigest()


@st.cache_resource(show_spinner=False)
def load(folder: str, version: int) -> Corpus:
    """The folder's corpus, or the store's (of the build `version`, see `store_version`), one
    object for every visitor: never mutated."""
    if is_store(Path(folder)):
        manifest = read_manifest(Path(folder))
        return Corpus(figures_table(to_frame([])) if manifest.empty else None, StoreTexts(Path(folder)), [],
                      dict(zip(manifest.sha256, manifest.doc_id)), dict(zip(manifest.doc_id, manifest.sha256)))
    texts, dated, files, refused = {}, {}, {}, []
    for path, doc_id, outcome in documents([Path(folder)]):
        if isinstance(outcome, Refused):
            refused.append(f"{doc_id}{path.suffix}: {outcome}")
        else:
            texts[doc_id], dated[doc_id] = outcome.text, provenance(path, outcome.text)
            files[doc_id] = content_hash(path)  # as a store's manifest has it: a correction holds in both
    return corpus_of(texts, dated, files)._replace(refused=refused)


def folder_corpus() -> Corpus:
    """The documents every visitor shares: the folder's, or the store's."""
    folder = documents_folder()
    return load(str(folder), store_version(folder))


def uploads() -> dict[str, Corpus]:
    """What this visitor uploaded in this session, by document id."""
    uploaded: dict[str, Corpus] = st.session_state.get(UPLOADS, {})
    return uploaded


class Outcome(NamedTuple):
    """What became of an uploaded file: a message's kind, its key in labels.TEXT, the words
    it names (a file, a reason, a document), and the figures added."""

    kind: Literal["success", "warning", "error"]
    key: str
    words: dict[str, str]
    figures: int = 0


def handled(file_id: str, file_name: str, data: bytes) -> list[Outcome]:
    """What became of an uploaded file: added to this visitor's documents the first time its
    id is met, and the same outcome every later run (a file stays in the uploader)."""
    outcomes: dict[str, list[Outcome]] = st.session_state.setdefault(HANDLED, {})
    if file_id not in outcomes:
        outcomes[file_id] = added(file_name, data)
    return outcomes[file_id]


def added(file_name: str, data: bytes) -> list[Outcome]:
    """Add an uploaded file to this visitor's documents, unless a document of its name or of
    its content is here already (its figures would be counted twice), or it cannot be read."""
    doc_id = file_name.rsplit(".", 1)[0]  # the name as it is: a slash in it is no folder
    if doc_id in folder_corpus().texts or doc_id in uploads():  # one id, one document: ids make the links
        return [Outcome("error", "name_taken", {"name": file_name})]
    try:
        body, warning = text_of(file_name, data)
    except Refused as refusal:
        return [Outcome("error", "refused", {"name": file_name, "reason": str(refusal)})]
    here = {k: v for corpus in (folder_corpus(), *uploads().values()) for k, v in corpus.digests.items()}
    same = here.get(digest(data)) or here.get(digest(body))
    if same:
        return [Outcome("error", "duplicate", {"name": file_name, "other": ask(document_names).get(same, same)})]
    corpus = corpus_of({doc_id: body}, hashes={doc_id: digest(data)})
    st.session_state.setdefault(UPLOADS, {})[doc_id] = corpus
    read_in_part = [Outcome("warning", "partly_read", {"name": file_name, "reason": warning})] if warning else []
    return read_in_part + [Outcome("success", "upload_ok", {"name": file_name}, corpus.figure_count())]


def document_ids() -> list[str]:
    """The ids of the documents this visitor sees, the folder's and their uploads', sorted."""
    return sorted({*folder_corpus().texts, *uploads()})


def document_text(doc_id: str) -> str:
    """A document's text (an upload's, else the folder's), or "" where there is none."""
    for corpus in (*uploads().values(), folder_corpus()):
        if doc_id in corpus.texts:
            return corpus.texts[doc_id]
    return ""


@st.cache_resource(show_spinner=False)
def stored_figures(store: str, version: int) -> tuple[str, dict[str, object]]:
    """The SQL of a store's live figures (its manifest read once a build for every visitor)."""
    return figures_query(Path(store))


class Fixes(NamedTuple):
    """The editors' corrections of some documents (`corrections.applied`) and the rows they
    change, as corrected (`corrections.fixed_rows`; an empty table where none)."""

    corrections: pa.Table
    rows: pa.Table


def fixes_of(source: Source, corrections: pa.Table) -> Fixes:
    """The corrections of an uncorrected source's documents, and its rows they change."""
    return Fixes(corrections, fixed_rows(source, corrections) if corrections.num_rows else pa.table({}))


@st.cache_resource(show_spinner=False, max_entries=4)
def shared_fixes(folder: str, version: int, edits: str) -> Fixes:
    """The shared folder's corrections as of `edits` (see `edits_version`), and its rows they
    change: found once in a pass over the figures, for every visitor (never mutated)."""
    corrections = applied(ledger_rows(edits), load(folder, version).hashes)
    return fixes_of(source_of(Path(folder), None, mode="extracted"), corrections)


def source_of(folder: Path, fixed: pa.Table | None, beside: pa.Table | None = None, mode: Mode = "view") -> Source:
    """The figures of a folder (a store's on disk, a folder of texts' in memory), and those
    `beside` it, to query as `mode` says, the rows `fixed` in place (unless "extracted")."""
    version = store_version(folder)
    shared = load(str(folder), version)
    fixes = None if mode == "extracted" else fixed
    if shared.figures is None:
        return store_source(*stored_figures(str(folder), version), beside, fixes, dropped=mode == "review")
    return frame_source(shared.figures, beside, fixes, dropped=mode == "review")


def visitors_fixes() -> Fixes:
    """This visitor's corrections: the shared folder's, and those of their uploads."""
    folder, edits = documents_folder(), edits_version()
    shared = shared_fixes(str(folder), store_version(folder), edits)
    uploaded = [u for u in uploads().values() if u.figures is not None]
    if not uploaded:
        return shared
    hashes = {k: v for corpus in uploaded for k, v in corpus.hashes.items()}
    figures = pa.concat_tables([u.figures for u in uploaded if u.figures is not None], promote_options="permissive")
    own = fixes_of(frame_source(figures), applied(ledger_rows(edits), hashes))
    tables = [table for table in (shared.rows, own.rows) if table.num_rows]
    return Fixes(pa.concat_tables([shared.corrections, own.corrections]),
                 pa.concat_tables(tables, promote_options="permissive") if tables else pa.table({}))


def figures_source(mode: Mode = "view") -> Source:
    """What this visitor's queries run on: the folder's figures and their uploads', the rows
    editors corrected in place."""
    uploaded = [u.figures for u in uploads().values() if u.figures is not None]
    beside = pa.concat_tables(uploaded, promote_options="permissive") if uploaded else None
    return source_of(documents_folder(), visitors_fixes().rows, beside, mode)


def query_name(query: Callable[..., Any]) -> str:
    """What identifies a query in the cache: its module and name."""
    return f"{query.__module__}.{query.__qualname__}"


@st.cache_data(show_spinner=False, max_entries=CACHED_ANSWERS, hash_funcs={FunctionType: query_name})
def shared_answer(folder: str, version: int, edits: str, mode: Mode, query: Callable[..., T], *arguments: Any) -> T:
    """A query's answer on the shared folder's figures (a store's, of one build, as of
    `edits` edits): the same for every visitor, so asked once and then served from the
    cache, a copy each time."""
    return query(source_of(Path(folder), shared_fixes(folder, version, edits).rows, mode=mode), *arguments)


def ask(query: Callable[..., T], *arguments: Any, mode: Mode = "view") -> T:
    """`query(source, *arguments)` on this visitor's figures, corrected (or as `mode` says):
    the cached answer where they are the shared folder's alone, asked of their own figures
    where they uploaded some."""
    if uploads():
        return query(figures_source(mode), *arguments)
    folder = documents_folder()
    return shared_answer(str(folder), store_version(folder), edits_version(), mode, query, *arguments)


def content_hash_of(doc_id: str) -> str:
    """The SHA-256 of a document's file (an upload's, else the folder's), or ""."""
    for corpus in (*uploads().values(), folder_corpus()):
        if doc_id in corpus.hashes:
            return corpus.hashes[doc_id]
    return ""
