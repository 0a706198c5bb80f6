"""Periods as a reader compares them: the kind of period a figure covers (a year, a single
month, the months of a year so far, a quarter, a span of years), where it ends on a time
axis, and how it reads in words. Two figures are compared only when their periods are of
one kind: a five-year average is never a point of a yearly line, nor January to July a
point of a monthly one.

The kinds and ends are SQL expressions over a `period` column, so that a store's figures
are grouped where they lie; the words are Python, for what a page shows.
"""
from __future__ import annotations

import re

from .labels import Lang, text

# A period code (spec section 2): "2025", "2026-07", "2026-01/2026-07", "2021/2025".
# No braces in the SQL: a query is a format string (`Source.query`).
YEAR = "[0-9][0-9][0-9][0-9]"
MONTH = f"{YEAR}-[0-9][0-9]"
FIRST_YEAR, LAST_YEAR = "TRY_CAST(substr(period, 1, 4) AS INTEGER)", "TRY_CAST(substr(period, 9, 4) AS INTEGER)"
FIRST_MONTH, LAST_MONTH = "TRY_CAST(substr(period, 6, 2) AS INTEGER)", "TRY_CAST(substr(period, 14, 2) AS INTEGER)"
MONTHS = f"(12 * ({LAST_YEAR} - {FIRST_YEAR}) + {LAST_MONTH} - {FIRST_MONTH} + 1)"
# The kind of a period: "year", "month", "cumulative" (January to a month of one year: 1—7月,
# 上半年), "quarter" (three months from April, July or October), "years:5" (a span of five
# years: 十四五时期, 2021/2025) or "months:4" (any other span of months), "" for no period.
KIND_SQL = f"""CASE
    WHEN regexp_full_match(period, '{YEAR}') THEN 'year'
    WHEN regexp_full_match(period, '{MONTH}') THEN 'month'
    WHEN regexp_full_match(period, '{YEAR}/{YEAR}')
        THEN 'years:' || (TRY_CAST(substr(period, 6, 4) AS INTEGER) - {FIRST_YEAR} + 1)
    WHEN NOT regexp_full_match(period, '{MONTH}/{MONTH}') THEN ''
    WHEN {FIRST_YEAR} = {LAST_YEAR} AND {FIRST_MONTH} = 1 THEN 'cumulative'
    WHEN {FIRST_YEAR} = {LAST_YEAR} AND {FIRST_MONTH} IN (4, 7, 10) AND {MONTHS} = 3 THEN 'quarter'
    ELSE 'months:' || {MONTHS}
END"""
# January to March is the first quarter as well as the year so far: a line of quarters takes it too.
FIRST_QUARTER_SQL = f"regexp_full_match(period, '{MONTH}/{MONTH}') AND {FIRST_YEAR} = {LAST_YEAR} " \
                    f"AND {FIRST_MONTH} = 1 AND {LAST_MONTH} = 3"
# Where a period ends, as a month that sorts ("2025" ends at "2025-12", "2021/2025" too).
END_SQL = f"""CASE
    WHEN regexp_full_match(period, '{YEAR}') THEN period || '-12'
    WHEN regexp_full_match(period, '{MONTH}') THEN period
    WHEN regexp_full_match(period, '{YEAR}/{YEAR}') THEN substr(period, 6, 4) || '-12'
    WHEN regexp_full_match(period, '{MONTH}/{MONTH}') THEN substr(period, 9, 7)
    ELSE ''
END"""
# Each period's kind, end and whether it is a first quarter, as a CTE named `period_kinds`:
# computed once a distinct period, not once a row (an archive's million rows hold a few hundred),
# and materialized, so that a condition on the kind stays on these few rows (DuckDB would push
# it below the DISTINCT, to every row).
PERIOD_KINDS_CTE = f"""period_kinds AS MATERIALIZED (
    SELECT period, {KIND_SQL} AS kind, {END_SQL} AS period_end, {FIRST_QUARTER_SQL} AS first_quarter
    FROM (SELECT DISTINCT period FROM {{figures}})
)"""
KINDS = ("year", "cumulative", "quarter", "month", "years", "months")  # the order a page offers them in
PERIOD_CODE = re.compile(r"(?P<y1>\d{4})(?:-(?P<m1>\d{2}))?(?:/(?P<y2>\d{4})(?:-(?P<m2>\d{2}))?)?")
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def kind_name(kind: str, lang: Lang) -> str:
    """A kind of period in words.

    >>> kind_name("cumulative", "zh"), kind_name("years:5", "en"), kind_name("months:4", "zh")
    ('累计（年初至当月）', '5-year spans', '4个月时段')
    """
    base, _, count = kind.partition(":")
    return text(f"kind_{base}", lang, n=count)


def kind_order(kind: str) -> tuple[int, int]:
    """Where a kind stands among the choices: years first, then the months of a year so far.

    >>> sorted(["month", "years:5", "cumulative", "year"], key=kind_order)
    ['year', 'cumulative', 'month', 'years:5']
    """
    base, _, count = kind.partition(":")
    return KINDS.index(base) if base in KINDS else len(KINDS), int(count or 0)


def end_date(end: str) -> str:
    """A period's end month ("2026-07", see END_SQL) as the date a time axis places it at.

    >>> end_date("2026-07"), end_date("")
    ('2026-07-01', '')
    """
    return f"{end}-01" if end else ""


def period_words(period: str, lang: Lang) -> str:
    """A period code as a reader says it; a code of another shape as it is.

    >>> [period_words(p, "zh") for p in ("2025", "2026-07", "2026-01/2026-07", "2025-09/2026-01", "2021/2025")]
    ['2025年', '2026年7月', '2026年1—7月', '2025年9月—2026年1月', '2021—2025年']
    >>> [period_words(p, "en") for p in ("2025", "2026-07", "2026-01/2026-07", "2025-09/2026-01", "2021/2025")]
    ['2025', 'Jul 2026', 'Jan–Jul 2026', 'Sep 2025–Jan 2026', '2021–2025']
    """
    found = PERIOD_CODE.fullmatch(period)
    if not found:
        return period
    y1, m1, y2, m2 = found.group("y1", "m1", "y2", "m2")
    if y2 is not None and (m1 is None) != (m2 is None):
        return period  # a year to a month: no such code
    if y2 is None:
        return month_words(y1, m1, lang) if m1 else (f"{y1}年" if lang == "zh" else y1)
    if m1 is None:
        return f"{y1}—{y2}年" if lang == "zh" else f"{y1}–{y2}"
    if y1 == y2:
        return f"{y1}年{int(m1)}—{int(m2)}月" if lang == "zh" else f"{MONTH_NAMES[int(m1) - 1]}–{month_words(y2, m2, lang)}"
    dash = "—" if lang == "zh" else "–"
    return month_words(y1, m1, lang) + dash + month_words(y2, m2, lang)


def month_words(year: str, month: str, lang: Lang) -> str:
    """A month of a year in words.

    >>> month_words("2026", "07", "zh"), month_words("2026", "07", "en")
    ('2026年7月', 'Jul 2026')
    """
    return f"{year}年{int(month)}月" if lang == "zh" else f"{MONTH_NAMES[int(month) - 1]} {year}"
