"""The regexes, composed by name from the vocabulary and compiled once.

Every repeat is possessive (`++`) and every number starts where no digit stands before it,
so no pattern can backtrack over a long run of digits or multipliers.

The two patterns that scan whole texts, FIGURE and PERIOD, are compiled with the standard
library's re behind a guard of the characters they can start with (`first_chars`): re then
skips the prose between candidates twice as fast as regex does; the small patterns run once
per figure are re too, its calls costing less. The other patterns use regex for what only it
has (searching backwards, Han character classes, look-behinds of several lengths).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

import regex

from .vocab.cues import (BASIS_CUE_FALSE_BEFORE, BASIS_CUES, COMPARISON_FALSE_AFTER, COMPARISON_FALSE_BEFORE, COMPARISON_WORDS,
                         ELIDED_UNIT_FILLER, NOT_FIGURE_BEFORE, RANK_BEFORE, RANK_UNITS,
                         RATIO_CHANGES, RATIO_MARKS, RATIO_VERBS, RATIO_WORDS)
from .vocab.layout import CLAUSE_BREAKS, LIST_MARK, SENTENCE_ENDS
from .vocab.periods import (CURRENT_SEASONS, DAY_MARKS, FIRST_MONTHS_WORD, FIRST_PART, FISCAL_MARK, MONTH_ENDS,
                            MONTH_MARK, MONTHS_WORD, PART_ENDS, PERIOD_SEPARATORS, PLAN_PERIODS, PLAN_PHASES,
                            RELATIVE_YEARS, SAME_PERIOD, SINCE_WORDS, STANDING_WORDS, THAT_DAY, UNTIL_WORD, YEAR_MARK,
                            YEAR_OF_ACCOUNT_WORDS, YEAR_PARTS, YEAR_SCOPE_MARK, YEARS_SINCE_WORD, RUNNING_WORD)
from .vocab.units import (PER_SHARE_HAS, PER_SHARE_OF, PER_WORD, CHINESE_DIGITS, CHINESE_MULTIPLIERS, CHINESE_PLACES, CHINESE_POINT, DOUBLING_PAST,
                          DOUBLING_WORDS, FRACTION_WORD, HALF_WORDS, INNER_QUALIFIERS, MINUS_SIGNS,
                          MULTIPLIER_FALSE_FRIENDS, MULTIPLIERS, NOT_TENTHS_AFTER, PER_UNITS, PREFIX_QUALIFIERS,
                          RANGE_SEPARATORS, SUFFIX_QUALIFIERS, TENTHS_WORD, UNIT_FALSE_FRIENDS, UNITS)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of the words, longest first so "万亿" is tried before "万"."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


def char_class(chars: Iterable[str]) -> str:
    """A regex character class of the characters."""
    return "[" + "".join(regex.escape(c) for c in sorted(set(chars))) + "]"


def first_chars(words: Iterable[str]) -> str:
    """A lookahead for the first characters of the words, to guard a pattern with."""
    return "(?=" + char_class(word[0] for word in words) + ")"


# Numbers --------------------------------------------------------------------------------
CHINESE_CHAR = char_class([*CHINESE_DIGITS, *CHINESE_PLACES, *CHINESE_MULTIPLIERS])
CHINESE_DIGIT = char_class(CHINESE_DIGITS)
CHINESE_MULTIPLIER_CHAR = char_class(CHINESE_MULTIPLIERS)
CHINESE_COUNTED_CHAR = char_class([*CHINESE_DIGITS, *CHINESE_PLACES])  # what may count a 万 or 亿
SIGN = char_class(MINUS_SIGNS)
# A number: its sign only after a non-number ("增速为-3.2%", never the "-" of "3-5").
ARABIC = rf"(?:(?<![A-Za-z\d%)]){SIGN}(?=\d))?+(?<![A-Za-z\d./×*])\d++(?:,\d{{3}}(?!\d))*+(?:\.\d++)?+"
CHINESE = rf"(?<!{CHINESE_CHAR}){CHINESE_CHAR}++(?:{CHINESE_POINT}{CHINESE_DIGIT}++)?+"
NUMBER = rf"(?:{ARABIC}|{CHINESE})"
UNIT = alternation(UNITS)
UNIT_FALSE_FRIEND = alternation(UNIT_FALSE_FRIENDS)
MULTIPLIER = "|".join(
    regex.escape(m) + (f"(?![{MULTIPLIER_FALSE_FRIENDS[m]}])" if m in MULTIPLIER_FALSE_FRIENDS else "")
    for m in sorted(MULTIPLIERS, key=len, reverse=True))

# Every branch starts on a number (or 一半, 翻…番), so the scan moves fast over the prose
# between figures; the qualifier before a number is read afterwards (QUALIFIER_BEFORE).
FIGURE = re.compile(first_chars([*"0123456789", *MINUS_SIGNS, *CHINESE_DIGITS, *CHINESE_PLACES, *MULTIPLIERS,
                                   *HALF_WORDS, DOUBLING_WORDS[0]]) + rf"""
    (?:
      (?P<number>{NUMBER})
      (?:
          {FRACTION_WORD}(?P<numerator>{NUMBER})                                  # 十分之一
        | /(?P<slash_denominator>\d{{1,2}})(?![\d/])                              # 1/4
        | (?P<tenths>{TENTHS_WORD})(?!{char_class(NOT_TENTHS_AFTER)})              # 三成, not 三成为
        | (?:(?P<range_multiplier>{MULTIPLIER})?+(?P<range_percent>%)?+           # 3至5亿元
               (?P<range>{alternation(RANGE_SEPARATORS)})(?P<number2>{NUMBER}))?+
          (?P<inner>{alternation(INNER_QUALIFIERS)})?+                          # 2300余家
          \ ?+                                                                   # "5.6 %" in a PDF's text
          (?:(?P<multiplier>{MULTIPLIER})(?P<inner2>{alternation(INNER_QUALIFIERS)})?+
                (?:(?!{UNIT_FALSE_FRIEND})(?P<unit>{UNIT}))?+
            | (?!{UNIT_FALSE_FRIEND})(?P<bare_unit>{UNIT})                        # a unit or a multiplier,
            | (?<={CHINESE_COUNTED_CHAR}{CHINESE_MULTIPLIER_CHAR}))                 # or "二十亿" ending in one
          (?:/(?P<per>{alternation(PER_UNITS)}))?+                              # 元/吨
      )
      | (?P<half>{alternation(HALF_WORDS)})                                     # 一半
      | {DOUBLING_WORDS[0]}{DOUBLING_PAST}?+(?P<doublings>{CHINESE_DIGIT}){DOUBLING_WORDS[1]}  # 翻一番
    )
    (?P<suffix>{alternation(SUFFIX_QUALIFIERS)})?+
""", re.VERBOSE)
# "每5部手机中就有1部在这里组装": a share written as a part of a counted whole (spec 2.2).
COUNT_UNIT = alternation(unit for unit, row in UNITS.items() if row.kind == "count")
COUNTED = rf"(?:\d+|{CHINESE_DIGIT}{{1,3}})(?:{COUNT_UNIT})"
PER_SHARE = re.compile(rf"{PER_WORD}(?P<whole>{COUNTED})[^\d，,。；;]{{0,8}}?(?:{alternation(PER_SHARE_OF)})"
                       rf"(?:{alternation(PER_SHARE_HAS)})(?P<part>{COUNTED})")
# "0.3和0.1个百分点": a bare number before a joiner, whose unit the figure after it gives.
ELIDED_BEFORE = re.compile(rf"{ARABIC}(?:{ELIDED_UNIT_FILLER})?+$")
# "8.1：38.2：53.7": the parts of a structure (spec 2.1).
RATIO = re.compile(rf"(?<![\d.:：]){ARABIC}(?:[{RATIO_MARKS}]{ARABIC})++(?![\d.:：])")
ARABIC_NUMBER = re.compile(ARABIC)
# "城乡居民收入比为1.74", "比值为2.37", then "比上年同期下降0.05": ratios printed with no unit.
RATIO_VALUE = re.compile(rf"(?:{alternation(RATIO_WORDS)})(?:{alternation(RATIO_VERBS)})?+(?P<value>\d+\.\d+)"
                         rf"(?![\d.%％万亿个倍：:])")
RATIO_CHANGE = re.compile(rf"(?:{alternation(RATIO_CHANGES)})(?P<value>\d+\.\d+)(?![\d.%％万亿个倍])")
# Characters a number may end in, and that may go on a figure after a line break cut it.
NUMBER_CHARS = frozenset("0123456789.,%" + "".join([*CHINESE_DIGITS, *CHINESE_PLACES, *MULTIPLIERS]))
FIGURE_GOES_ON = NUMBER_CHARS | frozenset("".join([*UNITS, *INNER_QUALIFIERS, *SUFFIX_QUALIFIERS, *RANGE_SEPARATORS,
                                                   CHINESE_POINT, FRACTION_WORD, TENTHS_WORD])) | {"/"}
QUALIFIER_BEFORE = re.compile(rf"(?:{alternation(PREFIX_QUALIFIERS)})$")
# "每斤1.12元": what a price is per, printed before it.
PER_BEFORE = re.compile(rf"{PER_WORD}(?P<per>{alternation(PER_UNITS)})$")
# How far before a number its qualifier is looked for ("不超过" is the longest).
QUALIFIER_CHARS = max(map(len, PREFIX_QUALIFIERS))
NOT_FIGURE_PREFIX = re.compile(rf"(?:{alternation(NOT_FIGURE_BEFORE)})\s*$")
RANK = re.compile(rf"(?:{alternation(RANK_BEFORE)})[^\d]{{0,2}}$")
RANK_UNIT = frozenset(RANK_UNITS)

# Periods --------------------------------------------------------------------------------
SEPARATOR = alternation(PERIOD_SEPARATORS)
Y, M = YEAR_MARK, MONTH_MARK
PARTS = alternation(YEAR_PARTS)
PART_END = char_class(PART_ENDS)
SMALL_NUMERAL = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,2})"


# "连续4个月": months running to the last ended, no part of a metric's name.
RUNNING_MONTHS = re.compile(rf"{RUNNING_WORD}{SMALL_NUMERAL}{MONTHS_WORD[0]}?+{MONTHS_WORD[1]}")


def first_months(name: str) -> str:
    """"前7个月", "前两月": the first months of a year, their count in group `name`."""
    return rf"{FIRST_PART}(?P<{name}>{SMALL_NUMERAL}){MONTHS_WORD[0]}?+{MONTHS_WORD[1]}"


# A period a text names: a year, months, a part of a year, a plan, a relative year. The
# words of the year of account (全年, 年末) are left out here: they also name indicators
# ("全年交易额" is not "日均交易额"), so metrics strip these, not those.
NAMED_PERIOD = rf"""
    (?P<plan>{alternation(PLAN_PERIODS)})[”"]?+(?:(?P<plan_phase>{alternation([*SINCE_WORDS, *PLAN_PHASES])})
                                               |(?P<plan_part>{PARTS}))?+
  | (?<![\d.])(?P<first>\d{{4}}){Y}?+(?:{SEPARATOR})(?P<last>\d{{4}}){Y}            # 2021—2025年
  | (?<![\d.])(?P<year>\d{{4}}){FISCAL_MARK}?+{Y}(?!{YEAR_SCOPE_MARK})
        (?:(?P<month>\d{{1,2}})(?!\d){M}?+(?!\d{{1,2}}[{DAY_MARKS}])                # not the day of a date
           (?:(?:{SEPARATOR})(?P<month2>\d{{1,2}}){M})?+                         # 1月至11月
          | (?P<part>{PARTS})(?P<part_end>{PART_END})?+
          | {first_months("first_months")}
          | (?P<year_season>{alternation(CURRENT_SEASONS)}))?+
        (?P<since>{alternation(SINCE_WORDS)})?+
  | (?P<relative>{alternation(RELATIVE_YEARS)})
        (?:(?P<relative_part>{PARTS})(?P<relative_part_end>{PART_END})?+|(?P<same>{SAME_PERIOD})
          | (?P<relative_month>\d{{1,2}}){M}(?!\d{{1,2}}[{DAY_MARKS}])(?:{alternation(MONTH_ENDS)})?+(?!\d)  # 今年3月份
          | (?P<relative_season>{alternation(CURRENT_SEASONS)}) | {alternation(YEAR_OF_ACCOUNT_WORDS)}
          | (?P<relative_since>{alternation(SINCE_WORDS)}))?+
  | (?P<season>{alternation(CURRENT_SEASONS)})
  | (?<!\d)(?P<bare_month>\d{{1,2}}){M}?+(?:{SEPARATOR})(?P<bare_month2>\d{{1,2}}){M}
  | {first_months("bare_first_months")}
  | (?<!\d)(?P<day_month>\d{{1,2}}){M}\d{{1,2}}[{DAY_MARKS}]                        # 10月15日至11月11日
        (?:{SEPARATOR})(?:(?P<day_month2>\d{{1,2}}){M})?+\d{{1,2}}[{DAY_MARKS}]
  | {UNTIL_WORD}(?P<until_month>\d{{1,2}}){M}\d{{1,2}}[{DAY_MARKS}]                  # 截至2月23日
  | (?<!\d)(?P<that_month>\d{{1,2}}){M}\d{{1,2}}[{DAY_MARKS}]{THAT_DAY}             # 11月11日当天
  | (?<![\d{Y}])(?P<single_month>\d{{1,2}}){M}(?:{alternation(MONTH_ENDS)})?+(?!\d)   # 3月末, not 3月18日
        (?P<month_since>{alternation(SINCE_WORDS)})?+
  | (?P<bare_part>{PARTS})(?P<bare_part_end>{PART_END})?+
  | (?<![\d.])(?P<years_since>{SMALL_NUMERAL}){YEARS_SINCE_WORD}
  | {RUNNING_WORD}(?P<running_months>{SMALL_NUMERAL}){MONTHS_WORD[0]}?+{MONTHS_WORD[1]}"""
# The characters a named period can start with: a guard for the patterns that hold one.
NAMED_PERIOD_FIRST_CHARS = frozenset("0123456789一二两三四五六七八九十" + "".join(
    word[0] for word in (FIRST_PART, UNTIL_WORD, RUNNING_WORD, *PLAN_PERIODS, *YEAR_PARTS, *RELATIVE_YEARS,
                         *CURRENT_SEASONS)))
PERIOD = re.compile(first_chars([*NAMED_PERIOD_FIRST_CHARS, *STANDING_WORDS, *YEAR_OF_ACCOUNT_WORDS]) + rf"""(?:{NAMED_PERIOD}
  | (?P<account>{alternation(YEAR_OF_ACCOUNT_WORDS)})
  | (?P<standing>{alternation(STANDING_WORDS)})
)""", re.VERBOSE)
# A period right after these is a base of comparison, not the figure's: "比一季度加快",
# "较2020年增长20%", "与上年同期相比", "快于上年", "从2020年的718.7亿元跃升至…".
BASE_BEFORE = re.compile(rf"(?:{alternation(w for w in COMPARISON_WORDS if len(w) > 1)}|[比较与同于从由])$")
# The date a paper was published, in its masthead: "《人民日报》（2025年12月09日第 16 版）".
FULL_DATE = regex.compile(rf"(?<!\d)(\d{{4}}){Y}(\d{{1,2}}){M}(\d{{1,2}})[{DAY_MARKS}]")
YEAR = regex.compile(rf"(?<![\d.])((?:19|20)\d{{2}}){Y}")
SENTENCE_END = re.compile(f"[{SENTENCE_ENDS}]")

# Bases of comparison --------------------------------------------------------------------
BASIS_CUE = re.compile("|".join(
    (f"(?<![{BASIS_CUE_FALSE_BEFORE[cue]}])" if cue in BASIS_CUE_FALSE_BEFORE else "") + re.escape(cue)
    for cue in sorted((c for c, _ in BASIS_CUES), key=len, reverse=True)))
# A comparison and where its base is named: after "比", "较", "高于"…, or between "与" and
# "相比" ("与上年同期相比").
COMPARISON = regex.compile(rf"""
    [与同](?P<base_before>[^{CLAUSE_BREAKS}]{{1,12}}?)(?:相比|相较|比较)
  | (?:{alternation(w for w in COMPARISON_WORDS if len(w) > 1)})
  | {"|".join(f"(?<![{before}]){word}(?![{COMPARISON_FALSE_AFTER[word]}])"
              for word, before in COMPARISON_FALSE_BEFORE.items())}
""", regex.VERBOSE)
YEAR_BASE = re.compile(rf"(\d{{4}}){Y}")
# Clauses --------------------------------------------------------------------------------
# Patterns run once per figure use the standard re, whose calls cost less than regex's.
UP_TO_LAST_BREAK = re.compile(rf".*[{re.escape(CLAUSE_BREAKS + LIST_MARK)}]", re.DOTALL)  # match(): to the last
NOUN_END = re.compile(rf"[{re.escape(CLAUSE_BREAKS + LIST_MARK)}\d和及与]")
CLAUSE_BREAK = re.compile(rf"[{re.escape(CLAUSE_BREAKS)}]")

