"""Uploaded files -> text: plain text in any encoding, Word and PDF, and refusals."""
import io

import pytest
from docx import Document

from dashboard.uploads import text_of
from extract import extract_figures
from extract.decode import Refused

REPORT = "2025年，全市实现网络零售额856.3亿元，同比增长12.1%。"


def word_file(*paragraphs: str, table: bool = True) -> bytes:
    document = Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        cells = document.add_table(rows=1, cols=2).rows[0].cells
        cells[0].text, cells[1].text = "出口额", "120亿元"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def pdf_file(line: str) -> bytes:
    """A one-page PDF whose page prints `line` (ASCII) in Helvetica, written by hand."""
    stream = f"BT /F1 12 Tf 72 720 Td ({line}) Tj ET".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.4\n")
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    start = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, start))
    return out.getvalue()


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
def test_plain_text_in_any_encoding(encoding: str) -> None:
    assert text_of("report.txt", REPORT.encode(encoding)).text == REPORT


def test_word_paragraphs_and_tables() -> None:
    text = text_of("report.docx", word_file(REPORT)).text
    assert [f.raw for f in extract_figures(text)] == ["856.3亿元", "12.1%", "120亿元"]


def test_pdf_text() -> None:
    assert "GDP 12.5%" in text_of("report.pdf", pdf_file("GDP 12.5%")).text


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("photo.png", b"\x89PNG", "not a .txt"),
    ("report.docx", b"not a zip", "not a readable Word file"),
    ("report.pdf", b"%PDF-1.4 broken", "PDF"),
    ("empty.docx", word_file(table=False), "no text"),
    ("binary.txt", bytes(range(256)) * 4, "binary"),
])
def test_refusals_say_why(name: str, data: bytes, reason: str) -> None:
    with pytest.raises(Refused, match=reason):
        text_of(name, data)
