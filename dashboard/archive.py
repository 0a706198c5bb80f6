"""A Parquet store (`python -m extract build`) as the dashboard reads it: which build it
holds, and the texts looked up one document at a time, so that the texts of a large archive
never all sit in memory. (Its figures are queried where they are: `source.store_source`.)"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

from extract.store import MANIFEST, TEXTS_SUFFIX, live_query, read_manifest

from .source import cursor


def is_store(path: Path) -> bool:
    return (path / MANIFEST).is_file()


def store_version(path: Path) -> int:
    """Which build of a store the folder holds (its manifest's modification time), 0 where it
    is no store: what is cached of a store is cached per build, since a build deletes the
    parts the one before it read."""
    return (path / MANIFEST).stat().st_mtime_ns if is_store(path) else 0


class StoreTexts(Mapping[str, str]):
    """doc_id -> text, read from the store's text parts when asked for; whether it holds a
    document is answered from the manifest, without reading the text."""

    def __init__(self, store: Path) -> None:
        self._ids = list(read_manifest(store).doc_id)
        self._known = frozenset(self._ids)
        self._sql, self._parameters = live_query(store, TEXTS_SUFFIX)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._known

    def __getitem__(self, doc_id: str) -> str:
        found = cursor().execute(f"SELECT text FROM ({self._sql}) WHERE doc_id = $doc LIMIT 1",
                                 {**self._parameters, "doc": doc_id}).fetchone()
        if found is None:
            raise KeyError(doc_id)
        return str(found[0])

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)
