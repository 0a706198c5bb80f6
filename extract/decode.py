"""Bytes -> str: the encoding is detected, never asked for, and what is not text is refused.

The returned str is exactly the decoded text, with only a byte order mark dropped:
offsets index it, so line ends and everything else stay as they were.
"""
from __future__ import annotations

import codecs
import os
import pathlib
import re

# A byte order mark settles the encoding; none of these is a prefix of another.
BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# UTF-16 without a mark shows itself by its NUL bytes: every ASCII character (digits,
# newlines) has a NUL high byte, at odd offsets in LE and even offsets in BE. A report has
# a digit or a newline at least every hundred characters; a stray NUL in UTF-8 text is
# one in thousands.
UTF16_MIN_NULS = 0.01

# Control characters other than tab, newlines, vertical tab and form feed. Random bytes
# are one in eight of them; a report has next to none.
CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
MAX_CONTROL_SHARE = 0.01

# What a Chinese report is made of, and so what it has little of: UTF-16 without a mark
# and GB18030 decode nearly any bytes into something, so their text must be mostly these.
UNCOMMON = re.compile(
    "[^"
    "\t-\r -~"            # ASCII printable and whitespace
    "\u00a0-\u00ff"       # Latin-1 signs: · × °
    "\u2000-\u27bf"       # punctuation and symbols: — “ ” … ‰ ℃ Ⅰ → ≤ ① ■ ★
    "\u3000-\u303f"       # CJK punctuation: 、。《》【】
    "\u4e00-\u9fff"       # CJK unified ideographs
    "\uff00-\uffef"       # full-width forms: ，（）％
    "]"
)
MAX_UNCOMMON_SHARE = 0.1
# Private-use characters are what a wrong guess turns into (UTF-8 read as GB18030 gives
# U+E000..U+F8FF about once in twenty characters); real GBK text has almost none.
PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")
MAX_PRIVATE_SHARE = 0.002

# Bytes that fail UTF-8 only here and there (a file cut inside a character, a corrupt
# byte) are UTF-8 all the same: GB18030 would turn them into fluent-looking nonsense.
# GBK text read as UTF-8 gives at most one valid non-ASCII character per two replacement
# characters (the seed's lines in GBK), flawed UTF-8 many per replacement character.
MOSTLY_UTF8 = 2  # valid non-ASCII characters per replacement character


class Refused(ValueError):
    """Bytes that are not a text document; the message is the reason, e.g. "empty file"."""


def decode(data: bytes) -> str:
    """The text of a document, its encoding detected; only a byte order mark is dropped.

    >>> decode("增长3.8%\\r\\n".encode("gb18030"))
    '增长3.8%\\r\\n'
    >>> decode(codecs.BOM_UTF8 + "增长".encode())
    '增长'
    >>> decode(b" \\n")
    Traceback (most recent call last):
    extract.decode.Refused: whitespace only
    """
    text = text_of(data)
    if not text:
        raise Refused("empty file")
    if text.isspace():
        raise Refused("whitespace only")
    if "\x00" in text:
        raise Refused("binary data (NUL bytes)")
    if share(CONTROL, text) > MAX_CONTROL_SHARE:
        raise Refused("binary data (control characters)")
    return text


def text_of(data: bytes) -> str:
    """Decode by the byte order mark, the NUL pattern of UTF-16, then UTF-8, then GB18030.

    >>> text_of("3.8%".encode("utf-16-be"))
    '3.8%'
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return after_bom(data[len(bom):], encoding)
    if b"\x00" in data:
        return utf16_without_bom(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if mostly_utf8(data):
            raise Refused(f"not valid UTF-8 at byte {error.start}, though the rest is") from error
    text = decoded(data, "gb18030")
    if text is None or not looks_like_text(text):
        raise Refused("not valid UTF-8, UTF-16 or GB18030 text")
    return text


def after_bom(data: bytes, encoding: str) -> str:
    """The text after a byte order mark, which must decode.

    >>> after_bom(b"\\xff", "utf-8")
    Traceback (most recent call last):
    extract.decode.Refused: not valid utf-8 after its byte order mark
    """
    text = decoded(data, encoding)
    if text is None:
        raise Refused(f"not valid {encoding} after its byte order mark")
    return text


def utf16_without_bom(data: bytes) -> str:
    """Text with NUL bytes: UTF-16 if the NULs are frequent and one byte order reads as text.

    The order with more NULs on the high byte's side goes first. Some ideographs put a
    NUL on the other side ("一" is U+4E00), so a short text can tip the count the wrong
    way, but read in the wrong order ideographs turn into Hangul and private-use
    characters, which do not look like text.

    >>> utf16_without_bom("一一1亿".encode("utf-16-le"))
    '一一1亿'
    >>> utf16_without_bom(b"PK\\x03\\x04\\x14\\x00\\x00\\x00")
    Traceback (most recent call last):
    extract.decode.Refused: binary data (NUL bytes)
    """
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if max(even, odd) >= UTF16_MIN_NULS * len(data) / 2:
        for encoding in ("utf-16-le", "utf-16-be") if odd >= even else ("utf-16-be", "utf-16-le"):
            text = decoded(data, encoding)
            if text is not None and "\x00" not in text and looks_like_text(text):
                return text
    raise Refused("binary data (NUL bytes)")


def decoded(data: bytes, encoding: str) -> str | None:
    """The text, or None where the bytes are not valid in `encoding`.

    >>> decoded(b"\\x80", "gb18030") is None
    True
    """
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def mostly_utf8(data: bytes) -> bool:
    """Whether bytes that fail UTF-8 are UTF-8 with a flaw, such as a cut last character.

    >>> mostly_utf8("全年增长".encode()[:-1])
    True
    >>> mostly_utf8("全年增长".encode("gbk"))
    False
    """
    text = data.decode("utf-8", errors="replace")
    flaws = text.count("\ufffd")
    return len(text) - len(text.encode("ascii", errors="ignore")) - flaws >= MOSTLY_UTF8 * flaws


def looks_like_text(text: str) -> bool:
    """Whether a guessed decoding is mostly the characters of a Chinese report.

    >>> looks_like_text("全年增长3.8%。")
    True
    >>> looks_like_text("\\u4100\\u3400\\ue5d3")
    False
    """
    return (
        share(UNCOMMON, text) <= MAX_UNCOMMON_SHARE
        and share(PRIVATE_USE, text) <= MAX_PRIVATE_SHARE
    )


def share(pattern: re.Pattern[str], text: str) -> float:
    """The share of characters of `text` that `pattern` matches, one character at a time.

    >>> share(CONTROL, "ab\\x01\\n")
    0.25
    """
    return len(pattern.findall(text)) / max(len(text), 1)


def read_document(path: pathlib.Path, max_bytes: int = 50_000_000) -> str:
    """The text of the file at `path`, refused if unreadable, too large or not text.

    >>> read_document(pathlib.Path("/"))
    Traceback (most recent call last):
    extract.decode.Refused: cannot read the file: is a directory
    """
    try:
        with path.open("rb") as file:
            known = os.fstat(file.fileno()).st_size  # 0 for pipes and /proc files
            # read(n) sets n bytes aside up front, so only a size not known gets the limit
            data = file.read() if 0 < known <= max_bytes else file.read(max_bytes + 1)
    except OSError as error:
        reason = (error.strerror or str(error)).lower()
        raise Refused(f"cannot read the file: {reason}") from error
    if len(data) > max_bytes:
        raise Refused(f"over the size limit of {size(max_bytes)}")
    return decode(data)


def size(n_bytes: int) -> str:
    """A byte count as people say it.

    >>> size(50_000_000), size(1_500_000), size(100)
    ('50 MB', '1.5 MB', '100 bytes')
    """
    return f"{n_bytes / 1e6:g} MB" if n_bytes >= 1_000_000 else f"{n_bytes} bytes"
