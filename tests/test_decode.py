"""decode: every way a report is saved reads back as its text; what is not text is refused."""
from __future__ import annotations

import codecs
import doctest
import pathlib
import random
import re

import pytest

from extract import decode as decode_module
from extract.decode import Refused, decode, read_document

# Two lines of a statistical communiqué, with a Windows line end that must survive.
TEXT = "全年货物进出口总额454685亿元，比上年增长3.8%。\r\n其中，出口256741亿元，增长6.1%；一般贸易进口下降2.0%。\n"
ASCII = "GDP grew 5.0% in 2024.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x02\x00\x00\x00"
# Characters a report never has (Hangul syllables), which GB18030 can still encode.
RARE = "".join(chr(c) for c in random.Random(2).sample(range(0xAC00, 0xD7A4), 300))

# The ways the same report is saved: by editors on Windows (GBK, UTF-16 with a mark),
# by scrapers (UTF-8), by exports that drop the mark (UTF-16 LE/BE without it).
ENCODINGS = [
    ("utf-8", TEXT.encode("utf-8")),
    ("utf-8-sig", TEXT.encode("utf-8-sig")),
    ("gb18030", TEXT.encode("gb18030")),
    ("gbk", TEXT.encode("gbk")),
    ("utf-16 with its mark", TEXT.encode("utf-16")),
    ("utf-16-be with its mark", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be")),
    ("utf-16-le without a mark", TEXT.encode("utf-16-le")),
    ("utf-16-be without a mark", TEXT.encode("utf-16-be")),
]
ENGLISH = [
    ("ascii", ASCII.encode("ascii")),
    ("ascii in utf-16-le without a mark", ASCII.encode("utf-16-le")),
    ("ascii in utf-16-be without a mark", ASCII.encode("utf-16-be")),
]


@pytest.mark.parametrize("data", [data for _, data in ENCODINGS], ids=[n for n, _ in ENCODINGS])
def test_report_reads_back(data: bytes) -> None:
    assert decode(data) == TEXT


@pytest.mark.parametrize("data", [data for _, data in ENGLISH], ids=[name for name, _ in ENGLISH])
def test_ascii_reads_back(data: bytes) -> None:
    assert decode(data) == ASCII


# What arrives in a folder of reports and is not one, with the reason it is refused.
REFUSALS = [
    ("empty", b"", "empty file"),
    ("only a byte order mark", codecs.BOM_UTF8, "empty file"),
    ("whitespace", b"  \n\t ", "whitespace only"),
    ("whitespace in utf-16", " \r\n".encode("utf-16"), "whitespace only"),
    ("random binary", random.Random(0).randbytes(4096), "binary data (NUL bytes)"),
    ("png", PNG + random.Random(1).randbytes(2048), "binary data (NUL bytes)"),
    ("nul bytes in utf-8", TEXT.encode() + b"\x00" + TEXT.encode(), "binary data (NUL bytes)"),
    ("nul bytes after a utf-8 mark", codecs.BOM_UTF8 + b"ab\x00c", "binary data (NUL bytes)"),
    ("control characters", b"\x01\x02\x03" + TEXT.encode() * 2, "binary data (control characters)"),
    (
        "truncated utf-8 amid gb18030-invalid bytes",
        b"\x80\xff" + "增长".encode()[:-1] + b"\xff\x80",
        "not valid UTF-8, UTF-16 or GB18030 text",
    ),
    ("rare characters in gb18030", RARE.encode("gb18030"), "not valid UTF-8, UTF-16 or GB18030"),
    ("utf-16 mark, odd length", codecs.BOM_UTF16_LE + b"a\x00b", "not valid utf-16-le after its"),
    ("utf-8 mark then gbk", codecs.BOM_UTF8 + TEXT.encode("gbk"), "not valid utf-8 after its"),
    # Cut inside its last character: GB18030 would read it as fluent nonsense.
    ("utf-8 cut in a character", TEXT.encode()[:-2], "not valid UTF-8 at byte 137, though the rest is"),
    ("utf-8, one corrupt byte", TEXT.encode().replace(b"\xe4\xba", b"\xff\xba", 1), "not valid UTF-8 at"),
]


@pytest.mark.parametrize(
    ("data", "reason"), [case[1:] for case in REFUSALS], ids=[name for name, *_ in REFUSALS]
)
def test_refused(data: bytes, reason: str) -> None:
    with pytest.raises(Refused, match=f"^{re.escape(reason)}"):
        decode(data)


def test_bom_dropped_and_nothing_else() -> None:
    text = decode(codecs.BOM_UTF8 + b"a\r\n\xef\xbb\xbfb")
    assert text == "a\r\n\ufeffb"  # only the leading mark is dropped; one inside is text


def test_read_document(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(TEXT.encode("gb18030"))
    assert read_document(path) == TEXT


def test_read_document_at_the_limit(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(TEXT.encode())
    assert read_document(path, max_bytes=len(TEXT.encode())) == TEXT


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        (".", "cannot read the file: is a directory"),
        ("missing.txt", "cannot read the file: no such file or directory"),
        ("report.txt", "over the size limit of 10 bytes"),
    ],
)
def test_read_document_refused(tmp_path: pathlib.Path, name: str, reason: str) -> None:
    (tmp_path / "report.txt").write_bytes(TEXT.encode())
    with pytest.raises(Refused, match=f"^{re.escape(reason)}$"):
        read_document(tmp_path / name, max_bytes=10)


def test_docstrings() -> None:
    assert doctest.testmod(decode_module).failed == 0
