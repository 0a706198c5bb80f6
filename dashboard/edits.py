"""What an editor may change in a row, and the checks an edit passes before anything is
written: codes from the contract (spec/figures.md), finite values, units from the
extractor's units table, periods as the extractor writes them. An edit that fails a check
is refused whole, with every reason, and writes nothing."""
from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Literal, get_args

from extract.model import Basis, Measure, Qualifier
from extract.vocab.units import PER_UNITS, UNIT_ROWS

from .labels import TOPICS

# The columns an editor may correct, in the order the form shows them.
EDITABLE = ("metric", "measure", "basis", "value", "unit", "qualifier", "period", "topic", "region", "entity")
Action = Literal["confirm", "correct", "not_figure"]
ACTIONS: tuple[Action, ...] = get_args(Action)
MEASURES: tuple[str, ...] = get_args(Measure)
BASES: tuple[str, ...] = get_args(Basis)
QUALIFIERS: tuple[str, ...] = get_args(Qualifier)
# The units a row may have: the base units of the extractor's table, "" for a ratio printed
# without a unit (spec 2.2), and a price per unit as the extractor writes one ("元/公斤").
BASE_UNITS = tuple(sorted({unit.base for unit in UNIT_ROWS}))
UNITS = ("", *BASE_UNITS, *(f"{base}/{per}" for base in BASE_UNITS for per in PER_UNITS))
# A period as the extractor writes one: a year or a month, or a span of them ("2025",
# "2025-01/2025-11", "2021/2025"), or "" where the text names none.
PERIOD = re.compile(r"(?P<first>\d{4}(?:-(?:0[1-9]|1[0-2]))?)(?:/(?P<last>\d{4}(?:-(?:0[1-9]|1[0-2]))?))?")
# Longest free text a column takes: a metric is a short noun phrase, a place or a company a name.
MAX_TEXT = 60
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def choices(column: str) -> tuple[str, ...]:
    """The codes a coded column takes, () for a free one.

    >>> choices("measure"), choices("metric")
    (('level', 'growth', 'share'), ())
    """
    return {"measure": MEASURES, "basis": BASES, "qualifier": QUALIFIERS, "topic": TOPICS, "unit": UNITS}.get(column, ())


def parsed(submitted: Mapping[str, object]) -> tuple[dict[str, str | float], list[tuple[str, str]]]:
    """An editor's values, checked: the values (text stripped, the value a float) and the
    problems found, each a column and the key of its message in labels.TEXT.

    >>> parsed({"metric": "签证货值", "measure": "level", "value": "1.085e10", "unit": "元"})[1]
    []
    >>> parsed({"metric": "", "measure": "rise", "value": "inf", "unit": "斤斤", "basis": "yoy"})[1]
    [('metric', 'bad_metric'), ('measure', 'bad_code'), ('basis', 'bad_basis'), ('value', 'bad_value'), ('unit', 'bad_unit')]
    """
    values: dict[str, str | float] = {}
    problems: list[tuple[str, str]] = []
    for column in EDITABLE:
        if column not in submitted:
            continue
        raw = submitted[column]
        if column == "value":
            number = number_of(raw)
            values[column] = number if number is not None else math.nan
            if number is None:
                problems.append((column, "bad_value"))
            continue
        word = str(raw if raw is not None else "").strip()
        values[column] = word
        problem = problem_of(column, word, values)
        if problem:
            problems.append((column, problem))
    return values, problems


def problem_of(column: str, word: str, values: Mapping[str, str | float]) -> str:
    """What is wrong with one column's word (the key of its message), or ""."""
    coded = choices(column)
    if coded and word not in coded:
        return "bad_unit" if column == "unit" else "bad_code"
    if column == "basis" and word and values.get("measure", "growth") != "growth":
        return "bad_basis"  # spec 2: a basis is a growth's
    if column == "period" and word and not period_ok(word):
        return "bad_period"
    if column == "metric" and not word:
        return "bad_metric"
    if not coded and (len(word) > MAX_TEXT or CONTROL.search(word)):
        return "bad_text"
    return ""


def number_of(raw: object) -> float | None:
    """A finite number from what was typed, or None.

    >>> number_of("108.5e8"), number_of(" -2.1 "), number_of("nan"), number_of("1e999"), number_of("十")
    (10850000000.0, -2.1, None, None, None)
    """
    try:
        number = float(str(raw).strip().replace(",", ""))
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def period_ok(period: str) -> bool:
    """A period as the extractor writes one, its span in order.

    >>> period_ok("2025-01/2025-11"), period_ok("2021/2025"), period_ok("2025-13"), period_ok("2025/2021")
    (True, True, False, False)
    """
    found = PERIOD.fullmatch(period)
    return found is not None and (not found["last"] or found["first"] <= found["last"])


def changes_of(extracted: Mapping[str, object], values: Mapping[str, str | float]) -> dict[str, str | float]:
    """The columns whose value differs from what the extractor read: all a correction keeps,
    so that a column left alone follows the extractor.

    >>> changes_of({"metric": "证书", "topic": "trade", "value": 1.0}, {"metric": "证书", "topic": "certificates", "value": 1.0})
    {'topic': 'certificates'}
    """
    return {column: value for column, value in values.items()
            if column in EDITABLE and not same(extracted.get(column), value)}


def same(left: object, right: object) -> bool:
    """Two values of a column alike: numbers to within a float's noise."""
    if isinstance(left, (int, float)) and isinstance(right, (int, float)):
        return math.isclose(float(left), float(right), rel_tol=1e-12, abs_tol=0.0)
    return str(left if left is not None else "") == str(right if right is not None else "")
