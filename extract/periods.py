"""Period words -> period codes ("2025", "2025-01/2025-11", "2021/2025"), the document's
calendar, and the period each article's head names.

A period with no year ("1—7月份", "一季度", "全年") is of the year the paragraph spoke of
last, else the latest year it had ended by when the paper was printed ("1—12月" in a paper
of January 2026 is 2025's, "1至2月" in one of March 2026 is 2026's), else the year the
document reports on. A period named right after a comparison word is the base, not the
figure's period: "比一季度加快", "与上年同期相比".
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from operator import itemgetter
from typing import NamedTuple, TypeVar

import re

import regex

from .numbers import number_value
from .patterns import BASE_BEFORE, FULL_DATE, PERIOD, SENTENCE_END, YEAR, alternation
from .vocab.periods import (ANNUAL_REVIEW_MONTHS, BASE_AFTER, HOLIDAY_MONTHS, LUNAR_HOLIDAY_MONTHS, PLAN_PERIODS,
                            SPRING_FESTIVAL, SPRING_FESTIVAL_MONTHS, RELATIVE_YEARS, SINCE_WORDS, TARGET_AFTER,
                            TARGET_BEFORE, YEAR_MARK, YEAR_PARTS)

T = TypeVar("T")
# A year the document is written in, not one it aims at: "到2035年", "2030年远景目标" are targets.
STATED_YEAR = regex.compile(rf"(?<![\d.]|{alternation(TARGET_BEFORE)})((?:19|20)\d{{2}}){YEAR_MARK}"
                            rf"(?!{alternation(TARGET_AFTER)})")
# How many characters from the top the masthead is looked for.
MASTHEAD_CHARS = 400
# The period of a standing fact: "目前，全市充电桩保有量达到4.2万个" (spec 2.2).
STANDING = ""
# What joins two bases of one comparison: "比去年同期和去年全年均下降0.4个百分点".
BASE_JOINERS = "和及与、"
# How far before a period its comparison word is looked for ("相较" is the longest).
BASE_WORD_CHARS = 2


class Calendar(NamedTuple):
    """What relative period words resolve against.

    `year` is the document's own year ("今年", "去年"); `account_year` the year it reports
    on ("全年" in a communiqué for 2025, or in a paper of January 2026, is 2025);
    `printed` the month the paper was printed, as year * 12 + month - 1 (0 where not
    known), against which a period with no year is the latest one already ended.
    """

    year: int | None
    account_year: int | None
    printed: int = 0

    @property
    def dated(self) -> bool:
        return self.printed > 0


def calendar_of(text: str, title: str, published: str = "") -> Calendar:
    """The document's year: its publication date's, else its masthead's, else the latest
    year it names that is no target; None where it names none, so that no year is ever
    invented.

    >>> calendar_of("到2035年基本实现现代化。2025年全市生产总值增长5%。", "").year
    2025
    >>> calendar_of("", "", "2026-01-20")
    Calendar(year=2026, account_year=2025, printed=24312)
    """
    title_year = int(found.group(1)) if (found := YEAR.search(title)) else None
    masthead = FULL_DATE.search(text, 0, MASTHEAD_CHARS)
    if published or masthead:
        year, month = (int(published[:4]), int(published[5:7])) if published else (
            int(masthead.group(1)), int(masthead.group(2)))  # type: ignore[union-attr]
        # A paper of the first months reports on the year before: its "全年" is that year.
        reviewed = year - 1 if month <= ANNUAL_REVIEW_MONTHS else year
        return Calendar(year, title_year or reviewed, year * 12 + month - 1)
    years = [int(y) for y in STATED_YEAR.findall(text)]
    return Calendar(max(years, default=None), title_year)


def months(year: int | None, first: int, last: int) -> str:
    """A span of months of one year; all twelve are the year.

    >>> months(2025, 1, 11), months(2025, 10, 10), months(2025, 1, 12)
    ('2025-01/2025-11', '2025-10', '2025')
    """
    if year is None:
        return ""
    if (first, last) == (1, 12):
        return str(year)  # "1—12月" is the year (spec 2.2)
    return f"{year}-{first:02d}" if first == last else f"{year}-{first:02d}/{year}-{last:02d}"


def year_of(period: str) -> int | None:
    """The year a period code starts in ("2025-01/2025-11" -> 2025)."""
    return int(period[:4]) if period[:4].isdigit() else None


def shifted(period: str, years: int) -> str:
    """A period code some years before or after: "去年同期" of the first half of 2026.

    >>> shifted("2026-01/2026-06", -1), shifted("2025", -1)
    ('2025-01/2025-06', '2024')
    """
    return re.sub(r"\d{4}", lambda year: str(int(year.group()) + years), period)


def latest_ended(calendar: Calendar, last_month: int) -> int | None:
    """The latest year whose month `last_month` had come by the month the paper was printed.

    >>> latest_ended(Calendar(2026, 2025, 2026 * 12 + 2), 2), latest_ended(Calendar(2026, 2025, 2026 * 12), 12)
    (2026, 2025)
    """
    if not calendar.dated:
        return None
    year, month = divmod(calendar.printed, 12)
    return year if last_month <= month + 1 else year - 1


def span_of(year: int | None, first: int, last: int, end_only: bool) -> str:
    """Months of a year, or only the last of them: a stock at the end of a part of a year."""
    return months(year, last, last) if end_only else months(year, first, last)


def period_of(found: re.Match[str], calendar: Calendar, carried: str, article: str = "", named_last: str = "") -> str:
    """One period expression -> its code. Words with no year of their own take it from
    `carried`, the period with a year the paragraph spoke of last, else from the print date,
    else from the year the document reports on, `article`'s period, or the document's year.
    "去年同期" is `named_last`, the period named last, a year before."""
    groups = found.groupdict()
    fallback_year = year_of(carried) or calendar.account_year or year_of(article) or calendar.year

    def year_ending(last_month: int) -> int | None:
        return year_of(carried) or latest_ended(calendar, last_month) or fallback_year

    if groups["plan"]:
        first, last = PLAN_PERIODS[groups["plan"]]
        if groups["plan_part"]:  # "“十五五”首季" is the first quarter of the plan's first year
            return months(first, *YEAR_PARTS[groups["plan_part"]])
        if groups["plan_phase"] in SINCE_WORDS and calendar.year and first <= calendar.year < last:
            last = calendar.year  # "十四五以来" in a paper of 2024 is 2021/2024
        return f"{first}/{last}"
    if groups["first"]:
        return f"{groups['first']}/{groups['last']}"
    if groups["year"]:
        return year_period(groups, int(groups["year"]), calendar)
    if groups["relative"]:
        if calendar.year is None:
            return ""
        offset = RELATIVE_YEARS[groups["relative"]]
        if groups["same"]:  # "去年同期": the period spoken of, a year before
            spoken = named_last or carried or article
            return shifted(spoken, offset) if spoken else str(calendar.year + offset)
        part = groups["relative_part"]
        if groups["relative_since"] and offset == 0:  # "今年以来": January to the last month ended
            return since(calendar.year, 1, calendar)
        if groups["relative_season"]:
            return season_period(groups["relative_season"], calendar.year + offset)
        if groups["relative_month"]:
            month = int(groups["relative_month"])
            return months(calendar.year + offset, month, month)
        return span_of(calendar.year + offset, *YEAR_PARTS[part], bool(groups["relative_part_end"])) if part \
            else str(calendar.year + offset)
    if groups["season"]:
        return season_period(groups["season"], calendar.year)
    if groups["day_month"]:
        first, last = int(groups["day_month"]), int(groups["day_month2"] or groups["day_month"])
        return months(year_ending(last), first, last)
    if groups["until_month"] or groups["that_month"]:
        month = int(groups["until_month"] or groups["that_month"])
        return months(year_ending(month), month, month)
    if groups["single_month"]:
        month = int(groups["single_month"])
        if groups["month_since"]:  # "3月份以来": to the last month ended when printed
            return since(year_ending(month), month, calendar)
        return months(year_ending(month), month, month)
    if groups["bare_month"]:
        first, last = int(groups["bare_month"]), int(groups["bare_month2"])
        return months(year_ending(last), first, last)
    if groups["bare_first_months"]:
        last = int(number_value(groups["bare_first_months"]))
        return months(year_ending(last), 1, last)
    if groups["bare_part"]:
        first, last = YEAR_PARTS[groups["bare_part"]]
        return span_of(year_ending(last), first, last, bool(groups["bare_part_end"]))
    if groups["running_months"]:
        return running_months(int(number_value(groups["running_months"])), calendar)
    if groups["years_since"]:
        count = int(number_value(groups["years_since"]))
        if not calendar.year:
            return ""
        return f"{calendar.year - count}/{calendar.year - 1}" if count > 1 else str(calendar.year - 1)
    return str(fallback_year) if fallback_year else ""  # 全年, 年末: the year of account


def since(year: int | None, month: int, calendar: Calendar) -> str:
    """From a month to the last month ended when the paper was printed: "2025年9月以来" in a
    paper of January 2026 is 2025-09/2025-12, "今年以来" in one of July 2026-01/2026-06; the
    year of the month where the paper's date is not known.

    >>> since(2025, 9, Calendar(2026, 2025, 2026 * 12)), since(2026, 1, Calendar(2026, 2026, 2026 * 12 + 6))
    ('2025-09/2025-12', '2026-01/2026-06')
    """
    if year is None:
        return ""
    if not calendar.dated or calendar.printed - 1 < year * 12 + month - 1:
        return str(year)
    last_year, last_month = divmod(calendar.printed - 1, 12)
    last = f"{last_year}-{last_month + 1:02d}"
    first = f"{year}-{month:02d}"
    return first if first == last else f"{first}/{last}"


def running_months(count: int, calendar: Calendar) -> str:
    """The `count` months up to the last one ended when the paper was printed: "连续4个月" in
    a paper of August 2026 is 2026-04/2026-07; "" where its date is not known.

    >>> running_months(4, Calendar(2026, 2026, 2026 * 12 + 7)), running_months(3, Calendar(2026, 2026, 2026 * 12))
    ('2026-04/2026-07', '2025-10/2025-12')
    """
    if not calendar.dated:
        return ""
    last = calendar.printed - 1
    first_year, first_month = divmod(last - count + 1, 12)
    last_year, last_month = divmod(last, 12)
    first, final = f"{first_year}-{first_month + 1:02d}", f"{last_year}-{last_month + 1:02d}"
    return first if first == final else f"{first}/{final}"


def season_period(season: str, year: int | None) -> str:
    """A holiday's period (spec 2.2: a holiday takes its month): the month of a holiday on a
    fixed date or of 端午 and 中秋 that year, of the Spring Festival where it falls in one.

    >>> season_period("五一假期", 2026), season_period("端午假期", 2025), season_period("春节", 2025)
    ('2026-05', '2025-05', '2025')
    >>> season_period("春节假期", 2026)
    '2026-02'

    """
    if year is None:
        return ""
    month = next((month for name, month in HOLIDAY_MONTHS.items() if season.startswith(name)), None) or next(
        (by_year.get(year) for name, by_year in LUNAR_HOLIDAY_MONTHS.items() if season.startswith(name)), None) or (
        SPRING_FESTIVAL_MONTHS.get(year) if season.startswith(SPRING_FESTIVAL) else None)
    return months(year, month, month) if month else str(year)


def year_period(groups: dict[str, str | None], year: int, calendar: Calendar) -> str:
    """A period that names its year: "2025年", "2025年1-11月", "2025年二季度末", "2021年以来"."""
    if groups["month"] and groups["since"]:  # "2025年9月以来"
        return since(year, int(groups["month"]), calendar)
    if groups["month"]:
        return months(year, int(groups["month"]), int(groups["month2"] or groups["month"]))
    if groups["part"]:
        return span_of(year, *YEAR_PARTS[groups["part"]], bool(groups["part_end"]))
    if groups["first_months"]:
        return months(year, 1, int(number_value(groups["first_months"])))
    if groups["year_season"]:
        return season_period(groups["year_season"], year)
    if groups["since"]:
        return f"{year}/{calendar.year}" if calendar.year and calendar.year > year + 1 else str(year)
    return str(year)


def is_base(text: str, start: int, end: int) -> bool:
    """Whether the period at `text[start:end]` is a base of comparison: after a comparison
    word ("比一季度") or before one ("和去年上半年相比")."""
    return BASE_BEFORE.search(text, max(0, start - BASE_WORD_CHARS), start) is not None or text.startswith(
        BASE_AFTER, end)


def periods_named(text: str, start: int, end: int, calendar: Calendar, context: str = "") -> list[tuple[int, str]]:
    """The periods named in `text[start:end]`, each with the offset where it is named; each
    resolves against the one before it ("2025年11月29日，…年内" is 2025), the first against
    `context`, the period of the article. Bases of comparison are left out."""
    return named_periods(text, start, end, calendar, context)[0]


def named_periods(text: str, start: int, end: int, calendar: Calendar,
                  context: str = "") -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """The periods named in `text[start:end]` (as `periods_named`), and apart from them the
    bases of comparison, each with the offset where it ends: a figure right after one is
    the base's own ("相较去年大年初一1500人次"). Only a period that names its year ("2025年",
    "今年") holds its year for the periods after it: "…去年同期基数较高…。1—8月" is this
    year's 1—8月, and so is "2021—2025年…。1至7月份" in a paper of 2026."""
    named: list[tuple[int, str]] = []
    bases: list[tuple[int, str]] = []
    resumed: list[tuple[int, str]] = []  # where a standing fact's sentence ends, the period before it
    carried = ""  # the last period named with its year
    for found in PERIOD.finditer(text, start, end):
        if found.group("standing"):  # "目前": a standing fact has no period (spec 2.2), in its sentence
            stop = SENTENCE_END.search(text, found.end(), end)
            resumed.append((stop.end() if stop else end, named[-1][1] if named else context))
            named.append((found.start(), STANDING))
            continue
        code = period_of(found, calendar, carried, context, named[-1][1] if named else "")
        if not code:
            continue
        joined = bool(bases) and bases[-1][0] + 1 == found.start() and text[bases[-1][0]] in BASE_JOINERS
        if joined or is_base(text, found.start(), found.end()):  # "比去年同期和去年全年均下降"
            bases.append((found.end(), code))
            continue
        named.append((found.start(), code))
        if found.group("year") or (found.group("relative") and not found.group("same")):
            carried = code
    return (sorted(named + resumed) if resumed else named), bases


def head_period(text: str, head: Iterable[tuple[int, int]], calendar: Calendar) -> str:
    """The period an article's head lines name first (kicker, title, subtitles), or ""."""
    for start, end in head:
        named = periods_named(text, start, end, calendar)
        if named:
            return named[0][1]
    return ""


def last_before(named: list[tuple[int, T]], offset: int, default: T) -> T:
    """What was named last before `offset` (`named` in the order of its offsets), else
    `default`. A binary search: a paragraph may name thousands of periods.

    >>> last_before([(0, "2024"), (9, "2025")], 5, ""), last_before([], 5, "2023")
    ('2024', '2023')
    """
    before = bisect_left(named, offset, key=itemgetter(0))
    return named[before - 1][1] if before else default
