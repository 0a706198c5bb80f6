"""The figures as files to download: CSV that Excel reads in Chinese, and .xlsx; each value
at the precision its report printed, headers and codes in Chinese on request, and a file
name that says what was filtered.

No cell of either can start a formula (OWASP, "CSV Injection"): a sentence quoted from a
report is data, and a spreadsheet must never run it.
"""
from __future__ import annotations

import io
import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter

from extract import COLUMNS

from .corrections import CHECK_COLUMNS
from .formats import unnoised
from .labels import column_label, name, text

# The columns of a download: the spec's, then who checked a row and when ("" for no one).
EXPORTED = (*COLUMNS, *CHECK_COLUMNS)

# How a CSV writes a number: every digit a report prints, no float noise, no ".0" (7060000000).
CSV_NUMBER = "%.15g"
# The characters a spreadsheet takes as the start of a formula, OWASP's list.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
SHEET = "figures"
# Column widths in Excel's units (one Latin character); a sentence column stops at the cap.
MIN_WIDTH, MAX_WIDTH, PADDING = 6, 60, 2
# Wide and full-width characters (Chinese) take two units of a column.
WIDE = frozenset({"W", "F"})
# The columns whose cells are codes, written by their Chinese names on request.
CODED_COLUMNS = ("topic", "measure", "basis", "qualifier", "review")
# A file's name starts with this, then what was filtered; it never holds a character a file
# system refuses, and stops at MAX_NAME characters before its suffix.
FILE_STEM = "figures"
UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
MAX_NAME = 120


def exported(frame: pd.DataFrame, chinese: bool = False) -> pd.DataFrame:
    """The rows as a download holds them: each value at the precision its report printed
    (70.6亿元 is 7060000000, never 7059999999.999999); with `chinese`, the headers and the
    codes of topic, measure, basis, qualifier and review in Chinese.

    >>> exported(pd.DataFrame({"value": [70.6 * 1e8], "topic": ["certificates"], "review": [True]}), True)
                 数值  主题  核对
    0  7.060000e+09  证书  待核
    """
    rows = frame.assign(value=frame.value.map(unnoised))
    if not chinese:
        return rows
    if "checked_by" in rows:  # a row an editor checked says so, where the others say 待核 or 无需核对
        rows = rows.assign(review=["checked" if by else doubt for doubt, by in zip(rows.review, rows.checked_by)])
    named = {column: rows[column].map(lambda code: name(str(code).lower(), "zh"))
             for column in CODED_COLUMNS if column in rows}
    return rows.assign(**named).rename(columns=lambda column: column_label(column, "zh"))


def file_name(chosen: Mapping[str, Sequence[str]], suffix: str, chinese: bool = False) -> str:
    """A download's name, saying what was filtered (in Chinese with `chinese`).

    >>> file_name({"topic": ["certificates", "ecommerce"], "measure": ["growth"], "period": []}, ".csv")
    'figures_topic-certificates+ecommerce_measure-growth.csv'
    >>> file_name({"topic": ["certificates"], "doc": ["2026-01-21/01"]}, ".xlsx", chinese=True)
    '数据_主题-证书_文档-2026-01-21-01.xlsx'
    """
    parts = [text("data", "zh") if chinese else FILE_STEM]
    parts += [f"{text(parameter, 'zh') if chinese else parameter}-"
              + "+".join(name(value, "zh") if chinese else value for value in values)
              for parameter, values in chosen.items() if values]
    return UNSAFE_IN_NAMES.sub("-", "_".join(parts))[:MAX_NAME] + suffix


def defused(cell: str) -> str:
    """A string cell that cannot start a formula: an apostrophe before a risky start.

    >>> defused('=HYPERLINK("http://x")'), defused("-2+3"), defused("108.5亿元")
    ('\\'=HYPERLINK("http://x")', "'-2+3", '108.5亿元')
    """
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def guarded(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with every string cell defused, its headers too; numbers stay numbers.

    >>> guarded(pd.DataFrame({"raw": ["-2.1%"], "value": [-2.1]})).to_dict("records")
    [{'raw': "'-2.1%", 'value': -2.1}]
    """
    safe = frame.map(lambda cell: defused(cell) if isinstance(cell, str) else cell)
    return safe.set_axis([defused(str(column)) for column in frame.columns], axis=1)


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """The frame as CSV in UTF-8 with a BOM, so Excel opens it in Chinese.

    Rows end in CRLF (RFC 4180), so a cell holding a bare carriage return is quoted
    rather than read back as the end of its row.

    >>> csv_bytes(pd.DataFrame({"raw": ["108.5亿元"], "value": [1.085e10]}))[:3]
    b'\\xef\\xbb\\xbf'
    """
    return guarded(frame).to_csv(index=False, lineterminator="\r\n", float_format=CSV_NUMBER).encode("utf-8-sig")


def width_of(text: str) -> int:
    """How many Latin characters' room a text takes in a column.

    >>> width_of("value"), width_of("签证货值"), width_of("108.5亿元")
    (5, 8, 9)
    """
    return sum(2 if unicodedata.east_asian_width(char) in WIDE else 1 for char in text)


def column_width(header: str, cells: list[Any]) -> int:
    """A column's width: its longest cell or header, padded, within bounds.

    >>> column_width("raw", ["108.5亿元", "28.3%"]), column_width("sentence", ["签" * 100])
    (11, 60)
    """
    longest = max((width_of(str(cell)) for cell in [header, *cells]), default=0)
    return min(max(longest + PADDING, MIN_WIDTH), MAX_WIDTH)


def xlsx_cell(cell: Any) -> Any:
    """A value openpyxl writes as it is: no NaN, no characters XML forbids (a page's form feed).

    >>> xlsx_cell(float("nan")), xlsx_cell("第8版\\x0c续"), xlsx_cell(-2.1)
    (None, '第8版续', -2.1)
    """
    if isinstance(cell, float) and math.isnan(cell):
        return None
    return ILLEGAL_CHARACTERS_RE.sub("", cell) if isinstance(cell, str) else cell


def excel_bytes(frame: pd.DataFrame) -> bytes:
    """The frame as an .xlsx: one sheet "figures", the header row frozen, columns fitted.

    >>> excel_bytes(pd.DataFrame({"raw": ["108.5亿元"]}))[:2]
    b'PK'
    """
    safe = guarded(frame)
    rows = [[xlsx_cell(cell) for cell in row] for row in safe.to_dict("split")["data"]]
    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook always has its one sheet
    sheet.title = SHEET
    sheet.append([xlsx_cell(header) for header in safe.columns])
    for row in rows:
        sheet.append(row)
    sheet.freeze_panes = "A2"
    for index, header in enumerate(safe.columns):
        cells = [row[index] for row in rows if row[index] is not None]
        sheet.column_dimensions[get_column_letter(index + 1)].width = column_width(header, cells)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
