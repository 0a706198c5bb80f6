"""Period words -> period codes ("2025", "2025-01/2025-11", "2021/2025"), and the document's year."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from operator import itemgetter
from typing import TypeVar

import re

import regex

from .numbers import number_value
from .patterns import alternation, first_chars
from .vocab import (COMPARATIVES, DAY_MARKS, FIRST_PART, FISCAL_MARK, MONTH_ENDS, MONTH_MARK, YEAR_MARK,
                    YEAR_SCOPE_MARK, PLAN_PHASES, SINCE_WORDS, TARGET_AFTER, TARGET_BEFORE, BASE_FOLLOWERS, CURRENT_SEASONS, FIRST_MONTHS, PERIOD_SEPARATORS, PLAN_PERIODS,
                    RELATIVE_YEARS, YEAR_OF_ACCOUNT_WORDS, YEAR_PARTS)

SEPARATOR = alternation(PERIOD_SEPARATORS)
Y, M = YEAR_MARK, MONTH_MARK
PARTS = alternation(YEAR_PARTS)
# A year after 较/比 and before a change is the base of a comparison: "较2020年增长20%".
NOT_BASE = rf"(?!(?<=[{COMPARATIVES}])(?:\d{{4}}{Y}|{alternation(RELATIVE_YEARS)})(?:{alternation(BASE_FOLLOWERS)}))"
# A period a text names: a year, months, a part of a year, a plan, a relative year. The
# words of the year of account (全年, 年末) are left out here: they also name indicators
# ("全年交易额" is not "日均交易额"), so names.py strips these from a metric, not those.
NAMED_PERIOD = rf"""
    (?P<plan>{alternation(PLAN_PERIODS)})[”"]?+(?P<plan_phase>{alternation([*SINCE_WORDS, *PLAN_PHASES])})?+
  | (?<![\d.])(?P<first>\d{{4}}){Y}?+(?:{SEPARATOR})(?P<last>\d{{4}}){Y}            # 2021—2025年
  | (?<![\d.]){NOT_BASE}(?P<year>\d{{4}}){FISCAL_MARK}?+{Y}(?!{YEAR_SCOPE_MARK})
        (?:(?P<month>\d{{1,2}})(?!\d){M}?+(?!\d{{1,2}}[{DAY_MARKS}])                # not the day of a date
           (?:(?:{SEPARATOR})(?P<month2>\d{{1,2}}){M})?+                         # 1月至11月
          | (?P<part>{PARTS})|{FIRST_MONTHS}|{alternation(CURRENT_SEASONS)})?+
        (?P<since>{alternation(SINCE_WORDS)})?+
  | {NOT_BASE}(?P<relative>{alternation(RELATIVE_YEARS)})(?!{BASE_FOLLOWERS[0]})
        (?:(?P<relative_part>{PARTS})|{alternation(CURRENT_SEASONS)})?+
  | (?P<season>{alternation(CURRENT_SEASONS)})
  | (?<!\d)(?P<bare_month>\d{{1,2}}){M}?+(?:{SEPARATOR})(?P<bare_month2>\d{{1,2}}){M}
  | (?<![\d{Y}])(?P<single_month>\d{{1,2}}){M}(?:{alternation(MONTH_ENDS)})?+(?!\d)   # 3月末, not 3月18日
  | (?P<bare_part>{PARTS})"""
PERIOD = re.compile(first_chars([*"0123456789", FIRST_PART, *PLAN_PERIODS, *YEAR_PARTS, *RELATIVE_YEARS,
                                   *CURRENT_SEASONS, *YEAR_OF_ACCOUNT_WORDS]) + rf"""(?:{NAMED_PERIOD}
  | (?P<account>{alternation(YEAR_OF_ACCOUNT_WORDS)})
)""", re.VERBOSE)
T = TypeVar("T")
# The date a paper was published, in its masthead: "《人民日报》（2025年12月09日第 16 版）".
FULL_DATE = regex.compile(rf"(?<!\d)(\d{{4}}){Y}(\d{{1,2}}){M}(\d{{1,2}})[{DAY_MARKS}]")
YEAR = regex.compile(rf"(?<![\d.])((?:19|20)\d{{2}}){Y}")
# A year the document is written in, not one it aims at: "到2035年", "2030年远景目标" are targets.
STATED_YEAR = regex.compile(rf"(?<![\d.]|{alternation(TARGET_BEFORE)})((?:19|20)\d{{2}}){Y}(?!{alternation(TARGET_AFTER)})")
# Papers of these first months of a year report on the year before (communiqués, reviews).
ANNUAL_REVIEW_MONTHS = 3
# How many characters from the top the masthead is looked for.
MASTHEAD_CHARS = 400


@dataclass(frozen=True, slots=True)
class Calendar:
    """What relative period words resolve against.

    `year` is the document's own year ("今年", "去年"); `account_year` the year it reports
    on, as its title names it ("2025年国民经济和社会发展统计公报": "全年" is 2025); `dated`
    whether a masthead or dateline dates it, so that news with no other period is of
    that year ("双十一" figures in a paper of 2025-11-13).
    """

    year: int | None
    account_year: int | None
    dated: bool = False


def calendar_of(text: str, title: str, published: str = "") -> Calendar:
    """The document's year: its publication date's, else its masthead's, else the latest
    year it names that is no target; None where it names none, so that no year is ever
    invented.

    >>> calendar_of("到2035年基本实现现代化。2025年全市生产总值增长5%。", "").year
    2025
    """
    title_year = int(found.group(1)) if (found := YEAR.search(title)) else None
    masthead = FULL_DATE.search(text, 0, MASTHEAD_CHARS)
    if published or masthead:
        year, month = (int(published[:4]), int(published[5:7])) if published else (
            int(masthead.group(1)), int(masthead.group(2)))  # type: ignore[union-attr]
        # A paper of the first months reports on the year before: its "全年" is that year.
        reviewed = year - 1 if month <= ANNUAL_REVIEW_MONTHS else year
        return Calendar(year, title_year or reviewed, True)
    years = [int(y) for y in STATED_YEAR.findall(text)]
    return Calendar(max(years, default=None), title_year, False)


def months(year: int | None, first: int, last: int) -> str:
    """A span of months of one year.

    >>> months(2025, 1, 11), months(2025, 10, 10)
    ('2025-01/2025-11', '2025-10')
    """
    if year is None:
        return ""
    return f"{year}-{first:02d}" if first == last else f"{year}-{first:02d}/{year}-{last:02d}"


def year_of(period: str) -> int | None:
    """The year a period code starts in ("2025-01/2025-11" -> 2025)."""
    return int(period[:4]) if period[:4].isdigit() else None


def period_of(found: re.Match[str], calendar: Calendar, carried: str, article: str = "") -> str:
    """One period expression -> its code. Words like "全年" or "1-11月" take their year from
    `carried`, the period the paragraph spoke of last, else the year the document reports
    on, else `article`'s, the period its article names, else the document's year."""
    groups = found.groupdict()
    context_year = year_of(carried) or calendar.account_year or year_of(article) or calendar.year
    if groups["plan"]:
        first, last = PLAN_PERIODS[groups["plan"]]
        if groups["plan_phase"] in SINCE_WORDS and calendar.year and first <= calendar.year < last:
            last = calendar.year  # "十四五以来" in a paper of 2024 is 2021/2024
        return f"{first}/{last}"
    if groups["first"]:
        return f"{groups['first']}/{groups['last']}"
    if groups["year"]:
        year = int(groups["year"])
        if groups["month"]:
            return months(year, int(groups["month"]), int(groups["month2"] or groups["month"]))
        if groups["part"]:
            return months(year, *YEAR_PARTS[groups["part"]])
        if groups["first_months"]:
            return months(year, 1, int(number_value(groups["first_months"])))
        if groups["since"]:
            return f"{year}/{calendar.year}" if calendar.year and calendar.year > year + 1 else str(year)
        return str(year)
    if groups["relative"]:
        if calendar.year is None:
            return ""
        year = calendar.year + RELATIVE_YEARS[groups["relative"]]
        part = groups["relative_part"]
        return months(year, *YEAR_PARTS[part]) if part else str(year)
    if groups["season"]:
        return str(calendar.year) if calendar.year else ""
    if groups["single_month"]:
        return months(context_year, int(groups["single_month"]), int(groups["single_month"]))
    if groups["bare_month"]:
        return months(context_year, int(groups["bare_month"]), int(groups["bare_month2"]))
    if groups["bare_part"]:
        return months(context_year, *YEAR_PARTS[groups["bare_part"]])
    return str(context_year) if context_year else ""


def periods_named(text: str, start: int, end: int, calendar: Calendar, context: str = "") -> list[tuple[int, str]]:
    """The periods named in `text[start:end]`, each with the offset where it is named; each
    resolves against the one before it ("2025年11月29日，…年内" is 2025), the first against
    `context`, the period of the article."""
    named: list[tuple[int, str]] = []
    for found in PERIOD.finditer(text, start, end):
        code = period_of(found, calendar, named[-1][1] if named else "", context)
        if code:
            named.append((found.start(), code))
    return named


def last_before(named: list[tuple[int, T]], offset: int, default: T) -> T:
    """What was named last before `offset` (`named` in the order of its offsets), else
    `default`. A binary search: a paragraph may name thousands of periods.

    >>> last_before([(0, "2024"), (9, "2025")], 5, ""), last_before([], 5, "2023")
    ('2024', '2023')
    """
    before = bisect_left(named, offset, key=itemgetter(0))
    return named[before - 1][1] if before else default
