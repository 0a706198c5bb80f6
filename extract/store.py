"""An archive of extracted documents as a Parquet store, built incrementally and swapped in
whole.

    STORE/manifest.parquet              one row a document: path, hash, extractor version, part
    STORE/parts/<part>.figures.parquet  the figures of a batch of documents
    STORE/parts/<part>.texts.parquet    their texts, dates and sources

A document already extracted (same content hash, same extractor version) is skipped. New
parts are written first and the manifest replaced last (`os.replace`), so a build stopped
halfway leaves the store as it was; rows of a part that the manifest no longer points at
are never read, and parts nothing points at are removed after the swap.
"""
from __future__ import annotations

import hashlib
import multiprocessing
import os
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from .decode import MAX_BYTES, Refused, decode_with_warning, read_bytes
from .documents import document_id, text_files
from .indicator import with_indicators
from .model import Figure
from .pipeline import extract_figures, to_frame
from .provenance import provenance

MANIFEST = "manifest.parquet"
PARTS = "parts"
FIGURES_SUFFIX, TEXTS_SUFFIX = ".figures.parquet", ".texts.parquet"
# Documents a worker extracts into one part: big enough for few files, small enough to stream.
BATCH_DOCUMENTS = 200
MANIFEST_COLUMNS = ["path", "doc_id", "sha256", "version", "part", "rows", "published", "source"]


def extractor_version() -> str:
    """A hash of the extractor's own source and vocabulary: any change to a rule or a word
    list makes every document new."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for module in sorted([*package.glob("*.py"), *package.glob("vocab/*.py"), *package.glob("vocab/*.tsv")]):
        digest.update(module.relative_to(package).as_posix().encode() + module.read_bytes())
    return digest.hexdigest()[:16]


@dataclass
class Report:
    """What a build did."""

    extracted: int = 0
    skipped: int = 0
    removed: int = 0
    refused: list[str] = field(default_factory=list)  # "path: reason", the path relative to the corpus
    warned: list[str] = field(default_factory=list)   # "path: warning" for documents read with bytes replaced


def content_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_manifest(store: Path) -> pd.DataFrame:
    manifest = store / MANIFEST
    return pd.read_parquet(manifest) if manifest.exists() else pd.DataFrame(columns=MANIFEST_COLUMNS)


class Batch(NamedTuple):
    """What a worker made of a batch of documents."""

    rows: list[dict[str, object]]  # the new part's manifest rows
    refused: list[str]             # "path: reason" for each document refused
    warned: list[str]              # "path: warning" for each read with bytes replaced


def extract_batch(corpus: Path, store: Path, paths: list[str], version: str, max_bytes: int = MAX_BYTES) -> Batch:
    """Extract a batch of documents (paths relative to the corpus) into one new part; return
    the part's manifest rows and a line for each document refused or warned of. Runs in a
    worker."""
    part = uuid.uuid4().hex
    texts, rows, refused, warned = [], [], [], []
    figures: list[Figure] = []
    paths_of_figures: list[str] = []
    for relative in paths:
        path = corpus / relative
        try:
            data = read_bytes(path, max_bytes)
            text, warning = decode_with_warning(data)
        except Refused as refusal:
            refused.append(f"{relative}: {refusal}")
            continue
        if warning:
            warned.append(f"{relative}: {warning}")
        published, source = provenance(path, text)
        doc_id = document_id(path, corpus)
        found = extract_figures(text, doc_id, published, source)
        figures += found
        paths_of_figures += [relative] * len(found)
        texts.append({"path": relative, "doc_id": doc_id, "part": part, "published": published,
                      "source": source, "text": text})
        rows.append({"path": relative, "doc_id": doc_id, "sha256": hashlib.sha256(data).hexdigest(),
                     "version": version, "part": part, "rows": len(found), "published": published,
                     "source": source})
    if rows:  # one table for the batch: building one per document cost more than extracting
        table = with_indicators(to_frame(figures)).assign(path=paths_of_figures, part=part)
        written(table, store / PARTS / f"{part}{FIGURES_SUFFIX}")
        written(pd.DataFrame(texts), store / PARTS / f"{part}{TEXTS_SUFFIX}")
    return Batch(rows, refused, warned)


def written(frame: pd.DataFrame, path: Path) -> None:
    """Write a Parquet file under a temporary name, then give it its own."""
    partial = path.with_name(path.name + ".partial")
    frame.to_parquet(partial, index=False)
    os.replace(partial, path)


Runner = Callable[[Callable[[list[str]], Batch], list[list[str]]], Iterable[Batch]]


def build(corpus: Path, store: Path, run: Runner | None = None, max_bytes: int = MAX_BYTES) -> Report:
    """Bring the store up to date with the corpus. `run` maps the batch function over the
    batches (in this process by default; see `process_runner`, `dask_runner`); files over
    `max_bytes` are refused."""
    version = extractor_version()
    (store / PARTS).mkdir(parents=True, exist_ok=True)
    old = read_manifest(store)
    present = {str(p.relative_to(corpus)): p for p in text_files(corpus)}
    known = {row.path: row for row in old.itertuples() if row.path in present and row.version == version}
    kept, todo = [], []
    for relative, path in present.items():
        if relative in known and known[relative].sha256 == content_hash(path):
            kept.append(known[relative])
        else:
            todo.append(relative)
    batches = [todo[i:i + BATCH_DOCUMENTS] for i in range(0, len(todo), BATCH_DOCUMENTS)]
    work = _BatchWork(corpus, store, version, max_bytes)
    report = Report(skipped=len(kept), removed=len(set(old.path) - set(present)))
    new_rows: list[dict[str, object]] = []
    for rows, refused, warned in (run or serial_runner)(work, batches):
        new_rows += rows
        report.refused += refused
        report.warned += warned
    report.extracted = len(new_rows)
    rows = [{column: getattr(row, column) for column in MANIFEST_COLUMNS} for row in kept] + new_rows
    manifest = pd.DataFrame(rows, columns=MANIFEST_COLUMNS).sort_values("path", ignore_index=True)
    written(manifest, store / MANIFEST)
    remove_unreferenced(store, set(manifest.part))
    return report


@dataclass(frozen=True)
class _BatchWork:
    """The batch function with what it needs, picklable for worker processes and Dask."""

    corpus: Path
    store: Path
    version: str
    max_bytes: int

    def __call__(self, paths: list[str]) -> Batch:
        return extract_batch(self.corpus, self.store, paths, self.version, self.max_bytes)


def serial_runner(work: Callable[[list[str]], Batch], batches: list[list[str]]) -> Iterator[Batch]:
    """The batches one after another, in this process."""
    return map(work, batches)


def process_runner(processes: int) -> Runner:
    """The batches over a pool of worker processes, results in order as they come."""
    def run(work: Callable[[list[str]], Batch], batches: list[list[str]]) -> Iterator[Batch]:
        with multiprocessing.get_context("spawn").Pool(processes) as pool:
            yield from pool.imap(work, batches)
    return run


def dask_runner(scheduler: str | None) -> Runner:
    """The batches as Dask tasks: on the cluster at `scheduler`, else on a local cluster."""
    def run(work: Callable[[list[str]], Batch], batches: list[list[str]]) -> Iterator[Batch]:
        from dask.distributed import Client, LocalCluster  # imported here: only this engine needs it

        cluster = None if scheduler else LocalCluster(processes=True)  # type: ignore[no-untyped-call]
        with Client(scheduler or cluster) as client:  # type: ignore[no-untyped-call]
            for future in client.map(work, batches, pure=False):
                yield future.result()
    return run


def remove_unreferenced(store: Path, parts: set[str]) -> None:
    """Remove the part files no manifest row points at (replaced documents, stopped builds)."""
    for path in (store / PARTS).iterdir():
        if path.name.split(".", 1)[0] not in parts:
            path.unlink()


def live_query(store: Path, suffix: str) -> tuple[str, dict[str, object]]:
    """The SQL (DuckDB) and its parameters for the store's live rows of one kind (figures or
    texts, by their parts' suffix): the rows of the parts the manifest points at, for the
    documents it points there."""
    parts = sorted({str(store / PARTS / f"{part}{suffix}") for part in read_manifest(store).part})
    sql = ("SELECT f.* EXCLUDE (part) FROM read_parquet($parts) f "
           "SEMI JOIN read_parquet($manifest) m ON f.path = m.path AND f.part = m.part")
    return sql, {"parts": parts, "manifest": str(store / MANIFEST)}


def figures_query(store: Path) -> tuple[str, dict[str, object]]:
    """The store's live figures, as `live_query`."""
    return live_query(store, FIGURES_SUFFIX)


def read_figures(store: Path) -> pd.DataFrame:
    """Every live figure of the store, as a table (for tests and small stores; the dashboard
    queries the store instead)."""
    import duckdb  # imported here: building a store does not need it

    if not (store / MANIFEST).exists() or read_manifest(store).empty:
        return to_frame([]).assign(path=pd.Series(dtype=str), indicator=pd.Series(dtype=str))
    sql, parameters = figures_query(store)
    return duckdb.connect().execute(sql, parameters).df()
