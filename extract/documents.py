"""Documents on disk: which files of a folder are documents, the id each one gets, and each
one read or refused. The command line, the store's build and the dashboard all list and
read documents here, so that the three never disagree on what a folder holds."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from .decode import MAX_BYTES, Decoded, Refused, read_with_warning

# The suffixes of the files a folder's documents are read from (any case).
TEXT_SUFFIXES = (".txt", ".md")


def text_files(folder: Path) -> list[Path]:
    """The folder's documents, at any depth, in a stable order (sorted by path)."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)


def document_id(path: Path, folder: Path | None = None) -> str:
    """A document's id: its path inside the folder read, without the suffix, so that two
    days' `01.txt` stay two documents; for a file named alone, or at the folder's top, its
    name without the suffix.

    >>> document_id(Path("papers/2025-01-21/01.txt"), Path("papers")), document_id(Path("a/seed.txt"))
    ('2025-01-21/01', 'seed')
    """
    return path.relative_to(folder).with_suffix("").as_posix() if folder is not None else path.stem


class Document(NamedTuple):
    """A file read: its path, its document id, and its text (with a warning where bytes did
    not decode) or why it was refused."""

    path: Path
    doc_id: str
    outcome: Decoded | Refused


def documents(paths: list[Path], max_bytes: int = MAX_BYTES) -> Iterator[Document]:
    """Each document, in a stable order: the files named, and the text files inside the
    folders named (their ids their paths inside the folder, see `document_id`). A folder
    with no document is itself refused."""
    for path in paths:
        folder = path if path.is_dir() else None
        inside = text_files(path) if folder else [path]
        if not inside:
            yield Document(path, path.name, Refused(f"no {' or '.join(TEXT_SUFFIXES)} files in this folder"))
        for file in inside:
            try:
                outcome: Decoded | Refused = read_with_warning(file, max_bytes)
            except Refused as refusal:
                outcome = refusal
            yield Document(file, document_id(file, folder), outcome)
