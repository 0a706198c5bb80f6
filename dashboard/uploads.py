"""Uploaded files -> text: plain text (the suffixes of a folder's documents) through the
extractor's own decoding, Word and PDF through the well-kept libraries that read them
(python-docx, pypdf)."""
from __future__ import annotations

import io
from pathlib import PurePath

from extract.decode import Decoded, Refused, decode_with_warning
from extract.documents import TEXT_SUFFIXES

WORD_SUFFIX, PDF_SUFFIX = ".docx", ".pdf"
SUFFIXES = (*TEXT_SUFFIXES, WORD_SUFFIX, PDF_SUFFIX)


def text_of(file_name: str, data: bytes) -> Decoded:
    """A file's text, with a warning where a few of its bytes did not decode, or Refused
    with the reason it cannot be read.

    >>> text_of("report.txt", "全年增长5%。".encode("gb18030"))
    Decoded(text='全年增长5%。', warning='')
    >>> text_of("photo.png", b"x")
    Traceback (most recent call last):
    extract.decode.Refused: not a .txt, .md, .docx or .pdf file
    """
    suffix = PurePath(file_name).suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return decode_with_warning(data)
    if suffix == WORD_SUFFIX:
        return Decoded(word_text(data))
    if suffix == PDF_SUFFIX:
        return Decoded(pdf_text(data))
    raise Refused(f"not a {', '.join(SUFFIXES[:-1])} or {SUFFIXES[-1]} file")


def word_text(data: bytes) -> str:
    """A Word document's paragraphs, one a line, then its tables' rows, cells by tabs."""
    from docx import Document  # imported here: only uploads of Word files need it

    try:
        document = Document(io.BytesIO(data))
    except Exception as error:  # noqa: BLE001 — a hostile file can make the parser raise anything: refuse it
        raise Refused(f"not a readable Word file ({error.__class__.__name__})") from error
    lines = [p.text for p in document.paragraphs]
    lines += ["\t".join(cell.text for cell in row.cells) for table in document.tables for row in table.rows]
    return checked("\n".join(lines))


def pdf_text(data: bytes) -> str:
    """A PDF's text, page by page; a scanned PDF has none and is refused."""
    from pypdf import PdfReader  # imported here: only uploads of PDFs need it

    try:
        pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]
    except Exception as error:  # noqa: BLE001 — a hostile file can make the parser raise anything: refuse it
        raise Refused(f"not a readable PDF ({error.__class__.__name__})") from error
    return checked("\n\n".join(pages))


def checked(text: str) -> str:
    if not text.strip():
        raise Refused("no text in it (a scan, or empty)")
    return text
