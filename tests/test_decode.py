"""decode: every way a report is saved reads back as its text; what is not text is refused."""
from __future__ import annotations

import codecs
import doctest
import pathlib
import random
import re

import pytest

from extract import decode as decode_module
from extract.decode import Decoded, Refused, decode, decode_with_warning, read_document, read_with_warning

# Two lines of a statistical communiqué, with a Windows line end that must survive.
TEXT = "全年货物进出口总额312508亿元，比上年增长4.6%。\r\n其中，出口187604亿元，增长7.2%；一般贸易进口下降1.5%。\n"
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
    ("utf-16 mark, then lone surrogates", codecs.BOM_UTF16_LE + b"\x00\xd8a\x00" * 20, "not valid UTF-16-LE after its"),
    ("utf-8 mark then gbk", codecs.BOM_UTF8 + TEXT.encode("gbk"), "not valid UTF-8 after its"),
    ("utf-8 mark then nothing that decodes", codecs.BOM_UTF8 + b"\xff\xfe\xfd", "not valid UTF-8 after its"),
    # More bytes fail than a flaw explains: figures read around the holes would be guesses.
    ("utf-8, every tenth byte corrupt", bytes(0xFF if i % 10 == 9 else b for i, b in enumerate(TEXT.encode() * 5)),
     "not valid UTF-8, UTF-16 or GB18030 text"),
    ("utf-32, an encoding not read", TEXT.encode("utf-32"), "binary data (NUL bytes)"),
    ("a utf-8 report with a gbk line pasted in, too long a line", TEXT.encode() + TEXT.encode("gbk"),
     "not valid UTF-8, UTF-16 or GB18030 text"),
]


@pytest.mark.parametrize(
    ("data", "reason"), [case[1:] for case in REFUSALS], ids=[name for name, *_ in REFUSALS]
)
def test_refused(data: bytes, reason: str) -> None:
    with pytest.raises(Refused, match=f"^{re.escape(reason)}"):
        decode(data)


# Files with a few bytes that do not decode: read with each of them as U+FFFD, and a
# warning that says how many and where the first is, so their figures are not lost.
CUT = "\ufffd"
FLAWED = [
    # Cut inside its last character: GB18030 would read it as fluent nonsense.
    ("utf-8 cut in a character", TEXT.encode()[:-2], TEXT[:-2] + CUT * 2, "2 bytes not valid UTF-8, the first at byte 137"),
    ("utf-8, one corrupt byte", TEXT.encode().replace("亿".encode(), b"\xff" + "亿".encode()[1:], 1),
     TEXT.replace("亿", CUT * 3, 1), "3 bytes not valid UTF-8, the first at byte 33"),
    ("a utf-8 report with a gbk phrase pasted in", TEXT.encode() + "（单位：亿元）".encode("gbk") + TEXT.encode(),
     TEXT + CUT * 4 + "λ" + CUT * 4 + "Ԫ" + CUT * 2 + TEXT,  # two of its byte pairs happen to be UTF-8
     "10 bytes not valid UTF-8, the first at byte 141"),
    ("gb18030 cut in a character", TEXT.encode("gb18030")[:-2], TEXT[:-2] + CUT, "1 byte not valid GB18030, the first at byte 100"),
    ("utf-16 with its mark, cut by a byte", TEXT.encode("utf-16")[:-1], TEXT[:-1] + CUT,
     "1 byte not valid UTF-16-LE, the first at byte 130"),
    ("utf-16-be without a mark, cut by a byte", TEXT.encode("utf-16-be")[:-1], TEXT[:-1] + CUT,
     "1 byte not valid UTF-16-BE, the first at byte 128"),
]


@pytest.mark.parametrize(("data", "text", "warning"), [case[1:] for case in FLAWED], ids=[n for n, *_ in FLAWED])
def test_a_few_bytes_that_do_not_decode_are_replaced_with_a_warning(data: bytes, text: str, warning: str) -> None:
    assert decode_with_warning(data) == Decoded(text, f"{warning}, read as U+FFFD")
    assert decode(data) == text


@pytest.mark.parametrize("data", [data for _, data in ENCODINGS], ids=[n for n, _ in ENCODINGS])
def test_no_warning_where_every_byte_decodes(data: bytes) -> None:
    assert decode_with_warning(data) == Decoded(TEXT, "")


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


def test_read_with_warning(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(TEXT.encode()[:-2])
    assert read_with_warning(path) == Decoded(TEXT[:-2] + CUT * 2,
                                              "2 bytes not valid UTF-8, the first at byte 137, read as U+FFFD")


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        (".", "cannot read the file: is a directory"),
        ("missing.txt", "cannot read the file: no such file or directory"),
        ("report.txt", "141 bytes, over the size limit of 10 bytes"),
        ("/proc/self/status", "over the size limit of 10 bytes"),  # a size not known before reading
    ],
)
def test_read_document_refused(tmp_path: pathlib.Path, name: str, reason: str) -> None:
    (tmp_path / "report.txt").write_bytes(TEXT.encode())
    with pytest.raises(Refused, match=f"^{re.escape(reason)}$"):
        read_document(tmp_path / name, max_bytes=10)


def test_docstrings() -> None:
    assert doctest.testmod(decode_module).failed == 0
