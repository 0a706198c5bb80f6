"""Tables as statistical communiqués print them: each cell a figure with its column's unit
and measure.

    表1  2025年居民人均可支配收入及其增长速度
    单位：元
    指标                    绝对数    比上年增长（%）
    全国居民人均可支配收入    41314      5.3

A block of at least MIN_ROWS rows (a name, then bare numbers) is a table; the lines just
above it give its caption (period, article), its unit (`单位：亿元`) and its column header
(`增长` makes a column of growths in %, `比重` of shares). A row may name its own unit
(`纱  万吨  2213.9  -2.4`).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import NamedTuple

from .model import Basis, Figure, Measure, marked
from .numbers import arabic_value
from .patterns import MULTIPLIER, UNIT, YEAR, alternation
from .topic import Topic, metric_topic, topic_of
from .vocab.cues import BASIS_CUES, DECLINE_CUES, GROWTH_CUES, SHARE_CUES
from .vocab.layout import TABLE_GROWTH_WORDS, TABLE_LEVEL_WORDS, TABLE_NAME_PREFIXES, TABLE_UNIT_WORDS
from .vocab.units import MULTIPLIERS, UNITS

CELL_SEPARATOR = re.compile(r"\t|\s*[|｜]\s*|[ \u3000]{2,}")
TOKEN = re.compile(r"[^\s|｜]+")
NUMBER_CELL = re.compile(r"[-−]?\d[\d,]*+(?:\.\d++)?+%?")
UNIT_CELL = re.compile(rf"(?:{MULTIPLIER})?(?:{UNIT})")
# A row is a short line ending in a number (or a percent); longer lines are prose.
MAX_ROW_CHARS = 200
ROW_END = re.compile(r"[\d%][ \t\r|｜\u3000]*$", re.MULTILINE)
TABLE_UNIT = re.compile(rf"(?:{alternation(TABLE_UNIT_WORDS)})[：:]\s*(?P<unit>{UNIT_CELL.pattern})")
HEADER_UNIT = re.compile(rf"[（(](?P<unit>{UNIT_CELL.pattern})[）)]")
MARKDOWN_RULE = re.compile(r"^[\s|｜:\-]+$")  # "| --- | --- |" under a Markdown table's header
# A table has at least this many rows; a lone "name 123" line is prose or a list.
MIN_ROWS = 2
PRICES = "prices"
# How many lines above the first row are read for the caption, unit and header.
HEADER_LINES = 3


class Row(NamedTuple):
    """A line of a table: a name, perhaps its own unit, then number cells."""

    start: int
    end: int
    name: str
    unit: str
    cells: tuple[re.Match[str], ...]


@dataclass(frozen=True, slots=True)
class Column:
    """What a column of numbers holds."""

    measure: Measure
    basis: Basis
    unit: str
    scale: float
    period: str


@dataclass(frozen=True, slots=True)
class Table:
    """A block of rows with what the lines above it say."""

    start: int
    end: int
    caption: str
    columns: tuple[Column, ...]  # for the rightmost cells of a row, aligned from the right
    rows: tuple[Row, ...]


def row_of(text: str, start: int, end: int) -> Row | None:
    """A line as a row, or None: number cells from its right end, then perhaps a unit cell,
    and a name that does not start with a digit."""
    tokens = list(TOKEN.finditer(text, start, end))
    cells: list[re.Match[str]] = []
    while tokens and NUMBER_CELL.fullmatch(tokens[-1].group()):
        cells.insert(0, tokens.pop())
    unit = tokens.pop().group() if len(tokens) > 1 and UNIT_CELL.fullmatch(tokens[-1].group()) else ""
    if not cells or not tokens or tokens[0].group()[0].isdigit():
        return None
    return Row(start, end, text[tokens[0].start():tokens[-1].end()], unit, tuple(cells))


def find_tables(text: str) -> list[Table]:
    """Every table of the text, in order: runs of rows with only blank lines between. Only
    short lines ending in a number are read as rows, so prose costs next to nothing."""
    tables: list[Table] = []
    run: list[Row] = []
    for ending in ROW_END.finditer(text):
        start = text.rfind("\n", 0, ending.start()) + 1
        if ending.end() - start > MAX_ROW_CHARS:
            continue
        row = row_of(text, start, ending.end())
        if run and (row is None or text[run[-1].end:start].strip()):
            tables += [table_of(text, run)] if len(run) >= MIN_ROWS else []
            run = []
        if row:
            run.append(row)
    if len(run) >= MIN_ROWS:
        tables.append(table_of(text, run))
    return tables


def table_of(text: str, rows: list[Row]) -> Table:
    """A table from its rows and the lines above them: the caption names a year, the unit
    line the unit, the header (the line right above, unless it is a row) the columns."""
    above = [line.strip() for line in lines_above(text, rows[0].start, HEADER_LINES + 1)
             if line.strip() and not MARKDOWN_RULE.match(line)][-HEADER_LINES:]
    caption = next((line for line in above if YEAR.search(line)), above[0] if above else "")
    unit_line = next((m for line in above if (m := TABLE_UNIT.search(line))), None)
    header = [] if not above or row_of(above[-1], 0, len(above[-1])) else CELL_SEPARATOR.split(above[-1].strip("|｜ "))
    year = YEAR.search(caption)
    period = year.group(1) if year else ""
    widest = max(len(row.cells) for row in rows)
    names = [cell for cell in header[1:] if cell not in TABLE_UNIT_WORDS][-widest:]
    names = [""] * (widest - len(names)) + names
    if not any(says_what(name) for name in names):  # "指标  全省": the caption says what the cells are
        names = [caption_measure(caption)] * widest
    columns = tuple(column_of(name, unit_line.group("unit") if unit_line else "", period) for name in names)
    return Table(rows[0].start, rows[-1].end, caption, columns, tuple(rows))


def says_what(header: str) -> bool:
    """Whether a column's header says what its cells are: a growth, a share, a unit, a level."""
    return any(word in header for word in (*TABLE_GROWTH_WORDS, *SHARE_CUES, *TABLE_LEVEL_WORDS)) or bool(
        HEADER_UNIT.search(header))


def caption_measure(caption: str) -> str:
    """What a caption says of columns whose headers say nothing ("表2  2025年居民消费价格比上年
    涨跌幅": every column is a growth), as a header would."""
    return caption if any(word in caption for word in TABLE_GROWTH_WORDS) else ""


def lines_above(text: str, start: int, count: int) -> list[str]:
    """The last `count` lines before `start`, blank lines at its end aside, as
    `text[:start].rstrip().split("\\n")[-count:]` gives them but without copying all the
    text before: a text may hold thousands of tables.

    >>> lines_above("a\\nb\\nc\\n\\n", 7, 2), lines_above("a\\nb", 3, 5)
    (['b', 'c'], ['a', 'b'])
    """
    end = start
    while end and text[end - 1].isspace():
        end -= 1
    begin = end
    for _ in range(count):
        begin = text.rfind("\n", 0, begin)
        if begin < 0:
            break
    return text[begin + 1:end].split("\n")


def column_of(header: str, table_unit: str, period: str) -> Column:
    """A column's measure, basis and unit from its header cell.

    >>> column_of("比上年增长（%）", "亿元", "2025")
    Column(measure='growth', basis='yoy', unit='%', scale=1.0, period='2025')
    >>> column_of("绝对数", "亿元", "2025")
    Column(measure='level', basis='', unit='元', scale=100000000.0, period='2025')
    """
    column_year = YEAR.search(header)
    period = column_year.group(1) if column_year else period
    if any(word in header for word in TABLE_GROWTH_WORDS):
        basis = next((code for cue, code in BASIS_CUES if cue in header), "yoy")
        return Column("growth", basis, "%", 1.0, period)  # type: ignore[arg-type]
    if any(cue in header for cue in SHARE_CUES):
        return Column("share", "", "%", 1.0, period)
    unit_in_header = HEADER_UNIT.search(header)
    unit, scale = unit_and_scale(unit_in_header.group("unit") if unit_in_header else table_unit)
    return Column("level", "", unit, scale, period)


def unit_and_scale(cell: str) -> tuple[str, float]:
    """A unit cell -> the base unit and the factor to it.

    >>> unit_and_scale("亿元"), unit_and_scale("万千瓦时"), unit_and_scale("")
    (('元', 100000000.0), ('千瓦时', 10000.0), ('', 1.0))
    """
    multiplier = next((m for m in sorted(MULTIPLIERS, key=len, reverse=True)
                       if cell.startswith(m) and cell[len(m):] in UNITS), "")
    unit = UNITS.get(cell[len(multiplier):])
    return (unit.base, unit.factor * MULTIPLIERS.get(multiplier, 1.0)) if unit else ("", 1.0)


def table_figures(text: str, table: Table, doc_id: str, article: str, region: str) -> Iterator[Figure]:
    """Each number cell of the table as a figure, its column saying what it is, of the place
    in force where the table stands. A cell with no unit from its column, its row or its own
    "%" is no figure (a page number in a table of contents, a telephone number)."""
    for row in table.rows:
        metric = row.name
        for prefix in TABLE_NAME_PREFIXES:
            metric = metric.removeprefix(prefix).strip()
        topic = topic_of(metric, table.caption, len(table.caption), article)
        if metric_topic(table.caption)[0] == PRICES:  # a price table's rows are prices: "其中：猪肉  -9.6"
            topic = Topic(PRICES, True)
        line = text[row.start:row.end].strip()
        for cell, column in zip(row.cells, table.columns[len(table.columns) - len(row.cells):]):
            column = cell_column(cell.group(), column, row)
            if not column.unit:
                continue
            value = arabic_value(cell.group().rstrip("%")) * column.scale
            if column.measure == "growth" and column.basis == "" and row_declines(metric):
                value = -abs(value)
            yield Figure(doc_id, cell.start(), cell.end(), cell.group(), line, metric, column.measure, column.basis,
                         value, column.unit, "exact", column.period, topic.topic, region, "", article,
                         *marked(f"table/{column.measure}", [] if topic.sure else ["topic-from-context"]))


def cell_column(cell: str, column: Column, row: Row) -> Column:
    """What a cell is: its column's, unless its row names a unit for a level column or the
    cell carries its own "%" where the column says nothing (a growth where the row's name
    says 增长 or 下降, else a share)."""
    if row.unit and column.measure == "level":
        unit, scale = unit_and_scale(row.unit)
        return replace(column, unit=unit, scale=scale)
    if cell.endswith("%") and not column.unit:
        grows = any(word in row.name for word in GROWTH_CUES)
        return replace(column, measure="growth" if grows else "share", unit="%", scale=1.0)
    return column


def row_declines(name: str) -> bool:
    """A row named for a decline, its column of changes printed unsigned: "进口下降  3.2%"."""
    return any(cue in name for cue in DECLINE_CUES)
