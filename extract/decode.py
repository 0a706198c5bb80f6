"""Bytes -> str: the encoding is detected, never asked for, and what is not text is refused.

The returned str is exactly the decoded text, with only a byte order mark dropped:
offsets index it, so line ends and everything else stay as they were. A few bytes that do
not decode (a corrupt byte, a character cut at the end, a line pasted in from a GBK file)
are read as U+FFFD, one for each byte, and the result carries a warning saying how many
and where the first is.
"""
from __future__ import annotations

import codecs
import os
import pathlib
import re
from typing import NamedTuple

# A file larger than this is refused unless the caller sets another limit (the command
# line's --max-bytes): a report is well under a megabyte, and one file of tens of megabytes
# is a dump or a mistake that would hold the whole run in memory.
MAX_BYTES = 50_000_000

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

# How many bytes may fail to decode, read as U+FFFD, before the file is refused instead:
# one in twenty, and always the three of a character cut at the end. A corrupt byte, a
# cut file or a GBK sentence pasted into a UTF-8 report stays well under; a file in an
# encoding not read here, or binary data, fails far more often, and figures read around
# that many holes would be guesses.
MAX_FLAWED_SHARE = 0.05
MIN_FLAWS_ALLOWED = 3

# Each byte that does not decode is first read as a lone surrogate U+DC00 + byte (like
# Python's surrogateescape, but for every byte), which no valid decoding gives: so they
# can be counted and found, and then become U+FFFD.
FLAGGED = "extract-flagged"
FLAG = re.compile("[\udc00-\udcff]")


def flag_bytes(error: UnicodeError) -> tuple[str, int]:
    """The codec error handler FLAGGED: each byte that does not decode -> U+DC00 + byte."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return "".join(chr(0xDC00 + byte) for byte in error.object[error.start:error.end]), error.end


codecs.register_error(FLAGGED, flag_bytes)


class Refused(ValueError):
    """Bytes that are not a text document; the message is the reason, e.g. "empty file"."""


class Decoded(NamedTuple):
    """A document's text, and a warning where bytes of it did not decode ("" where all did)."""

    text: str
    warning: str = ""


class Reading(NamedTuple):
    """Bytes read in one encoding, each byte that does not decode flagged (see FLAG)."""

    text: str
    encoding: str
    flaws: int       # bytes that did not decode
    skipped: int = 0  # bytes before the decoded ones (a byte order mark), for offsets


def decode(data: bytes) -> str:
    """The text of a document, its encoding detected; only a byte order mark is dropped, and
    bytes that do not decode, if few, are U+FFFD (`decode_with_warning` says how many).

    >>> decode("增长3.8%\\r\\n".encode("gb18030"))
    '增长3.8%\\r\\n'
    >>> decode(codecs.BOM_UTF8 + "增长".encode())
    '增长'
    >>> decode(b" \\n")
    Traceback (most recent call last):
    extract.decode.Refused: whitespace only
    """
    return decode_with_warning(data).text


def decode_with_warning(data: bytes) -> Decoded:
    """The text of a document and what was replaced in reading it.

    >>> decode_with_warning("增长3.8%。".encode() * 3 + "增".encode()[:2]).warning
    '2 bytes not valid UTF-8, the first at byte 39, read as U+FFFD'
    """
    decoded = decoded_text(data)
    text = decoded.text
    if not text:
        raise Refused("empty file")
    if text.isspace():
        raise Refused("whitespace only")
    if "\x00" in text:
        raise Refused("binary data (NUL bytes)")
    if share(CONTROL, text) > MAX_CONTROL_SHARE:
        raise Refused("binary data (control characters)")
    return decoded


def decoded_text(data: bytes) -> Decoded:
    """Decode by the byte order mark, the NUL pattern of UTF-16, then UTF-8, then GB18030.

    >>> decoded_text("3.8%".encode("utf-16-be")).text
    '3.8%'
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return after_bom(data, len(bom), encoding)
    if b"\x00" in data:
        return utf16_without_bom(data)
    utf8 = reading(data, "utf-8")
    if not utf8.flaws:
        return Decoded(utf8.text)
    if mostly_utf8(data) and few_flaws(utf8, len(data)):
        return with_warning(utf8)
    gb18030 = reading(data, "gb18030")
    if few_flaws(gb18030, len(data)) and looks_like_text(unflagged(gb18030)):
        return with_warning(gb18030)
    raise Refused("not valid UTF-8, UTF-16 or GB18030 text")


def after_bom(data: bytes, skipped: int, encoding: str) -> Decoded:
    """The text after a byte order mark, which must decode but for a few bytes.

    >>> after_bom(codecs.BOM_UTF8 + b"\\xff", 3, "utf-8")
    Traceback (most recent call last):
    extract.decode.Refused: not valid UTF-8 after its byte order mark
    """
    after = reading(data[skipped:], encoding, skipped)
    if not few_flaws(after, len(data)) or (after.flaws and not unflagged(after).strip()):
        raise Refused(f"not valid {encoding.upper()} after its byte order mark")
    return with_warning(after)


def utf16_without_bom(data: bytes) -> Decoded:
    """Text with NUL bytes: UTF-16 if the NULs are frequent and one byte order reads as text.

    The order with more NULs on the high byte's side goes first. Some ideographs put a
    NUL on the other side ("一" is U+4E00), so a short text can tip the count the wrong
    way, but read in the wrong order ideographs turn into Hangul and private-use
    characters, which do not look like text.

    >>> utf16_without_bom("一一1亿".encode("utf-16-le")).text
    '一一1亿'
    >>> utf16_without_bom(b"PK\\x03\\x04\\x14\\x00\\x00\\x00")
    Traceback (most recent call last):
    extract.decode.Refused: binary data (NUL bytes)
    """
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if max(even, odd) >= UTF16_MIN_NULS * len(data) / 2:
        for encoding in ("utf-16-le", "utf-16-be") if odd >= even else ("utf-16-be", "utf-16-le"):
            utf16 = reading(data, encoding)
            if few_flaws(utf16, len(data)) and "\x00" not in utf16.text and looks_like_text(unflagged(utf16)):
                return with_warning(utf16)
    raise Refused("binary data (NUL bytes)")


def reading(data: bytes, encoding: str, skipped: int = 0) -> Reading:
    """The bytes decoded, each byte that does not decode flagged; valid bytes pay for no
    flagging.

    >>> reading(b"ab\\xff", "utf-8")
    Reading(text='ab\\udcff', encoding='utf-8', flaws=1, skipped=0)
    """
    try:
        return Reading(data.decode(encoding), encoding, 0, skipped)
    except UnicodeDecodeError:
        text = data.decode(encoding, FLAGGED)
        return Reading(text, encoding, len(FLAG.findall(text)), skipped)


def unflagged(reading: Reading) -> str:
    """The text that did decode, the flagged bytes left out."""
    return FLAG.sub("", reading.text) if reading.flaws else reading.text


def few_flaws(reading: Reading, size: int) -> bool:
    """Whether few enough bytes failed that the file is read with them replaced.

    >>> few_flaws(Reading("a\\udcff", "utf-8", 1), 40), few_flaws(Reading("", "utf-8", 4), 40)
    (True, False)
    """
    return reading.flaws <= max(MIN_FLAWS_ALLOWED, MAX_FLAWED_SHARE * size)


def with_warning(reading: Reading) -> Decoded:
    """The text with each flagged byte as U+FFFD, and a warning saying how many and where
    the first is, as an offset into the file.

    >>> with_warning(Reading("增\\udce9\\udc95", "utf-8", 2, 3)).warning
    '2 bytes not valid UTF-8, the first at byte 6, read as U+FFFD'
    """
    if not reading.flaws:
        return Decoded(reading.text)
    first = FLAG.search(reading.text)
    assert first is not None, "a reading with flaws has a flagged byte"
    offset = reading.skipped + len(reading.text[:first.start()].encode(reading.encoding))
    count = f"{reading.flaws} byte{'s' if reading.flaws > 1 else ''}"
    return Decoded(FLAG.sub("\ufffd", reading.text),
                   f"{count} not valid {reading.encoding.upper()}, the first at byte {offset}, read as U+FFFD")


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


def read_document(path: pathlib.Path, max_bytes: int = MAX_BYTES) -> str:
    """The text of the file at `path`, refused if unreadable, too large or not text; bytes
    that do not decode, if few, are U+FFFD (`read_with_warning` says how many)."""
    return read_with_warning(path, max_bytes).text


def read_with_warning(path: pathlib.Path, max_bytes: int = MAX_BYTES) -> Decoded:
    """The text of the file at `path` and what was replaced in reading it.

    >>> read_with_warning(pathlib.Path("/"))
    Traceback (most recent call last):
    extract.decode.Refused: cannot read the file: is a directory
    """
    return decode_with_warning(read_bytes(path, max_bytes))


def read_bytes(path: pathlib.Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of the file at `path`, opened for reading only; refused if its name is not
    UTF-8 (no table could name it), it cannot be read, or it has more than `max_bytes`.

    >>> read_bytes(pathlib.Path("/proc/self/cmdline"), max_bytes=1)
    Traceback (most recent call last):
    extract.decode.Refused: over the size limit of 1 bytes
    """
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError as error:
        raise Refused("its name is not valid UTF-8: rename the file") from error
    try:
        with path.open("rb") as file:
            known = os.fstat(file.fileno()).st_size  # 0 for pipes and /proc files
            if known > max_bytes:
                raise Refused(f"{known:,} bytes, over the size limit of {max_bytes:,} bytes")
            # read(n) sets n bytes aside up front, so only a size not known gets the limit
            data = file.read() if known else file.read(max_bytes + 1)
    except OSError as error:
        reason = (error.strerror or str(error)).lower()
        raise Refused(f"cannot read the file: {reason}") from error
    if len(data) > max_bytes:  # a pipe, or a file that grew while it was read
        raise Refused(f"over the size limit of {max_bytes:,} bytes")
    return data
