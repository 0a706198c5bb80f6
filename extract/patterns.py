"""The regexes, composed by name from the vocabulary and compiled once.

Every repeat is possessive (`++`) and every number starts where no digit stands before it,
so no pattern can backtrack over a long run of digits or multipliers.

The two patterns that scan whole texts, FIGURE here and PERIOD in periods.py, are compiled
with the standard library's re behind a guard of the characters they can start with
(`first_chars`): re then skips the prose between candidates twice as fast as regex does;
the small patterns run once per figure are re too, its calls costing less. Both modules
take possessive repeats; the other patterns use regex for what only it has (searching
backwards, Han character classes, look-behinds of several lengths).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

import regex

from .vocab import (CHINESE_DIGITS, CHINESE_MULTIPLIERS, CHINESE_POINT, DOUBLING_PAST, DOUBLING_WORDS, NOT_TENTHS_AFTER, CHINESE_PLACES, FRACTION_WORD, HALF_WORDS, INNER_QUALIFIERS,
                    MINUS_SIGNS, MULTIPLIER_FALSE_FRIENDS, MULTIPLIERS, NOT_FIGURE_BEFORE, PER_UNITS, PREFIX_QUALIFIERS, RANGE_SEPARATORS,
                    SUFFIX_QUALIFIERS, TENTHS_WORD, UNIT_FALSE_FRIENDS, UNITS)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of the words, longest first so "万亿" is tried before "万"."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


def char_class(chars: Iterable[str]) -> str:
    """A regex character class of the characters."""
    return "[" + "".join(regex.escape(c) for c in sorted(set(chars))) + "]"


def first_chars(words: Iterable[str]) -> str:
    """A lookahead for the first characters of the words, to guard a pattern with."""
    return "(?=" + char_class(word[0] for word in words) + ")"


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
                (?!{UNIT_FALSE_FRIEND})(?P<unit>{UNIT})?+
            | (?!{UNIT_FALSE_FRIEND})(?P<bare_unit>{UNIT})                        # a unit or a multiplier,
            | (?<={CHINESE_COUNTED_CHAR}{CHINESE_MULTIPLIER_CHAR}))                 # or "二十亿" ending in one
          (?:/(?P<per>{alternation(PER_UNITS)}))?+                              # 元/吨
      )
      | (?P<half>{alternation(HALF_WORDS)})                                     # 一半
      | {DOUBLING_WORDS[0]}{DOUBLING_PAST}?+(?P<doublings>{CHINESE_DIGIT}){DOUBLING_WORDS[1]}  # 翻一番
    )
    (?P<suffix>{alternation(SUFFIX_QUALIFIERS)})?+
""", re.VERBOSE)
# Characters a number may end in, and that may go on a figure after a line break cut it.
NUMBER_CHARS = frozenset("0123456789.,%" + "".join([*CHINESE_DIGITS, *CHINESE_PLACES, *MULTIPLIERS]))
FIGURE_GOES_ON = NUMBER_CHARS | frozenset("".join([*UNITS, *INNER_QUALIFIERS, *SUFFIX_QUALIFIERS, *RANGE_SEPARATORS,
                                                   CHINESE_POINT, FRACTION_WORD, TENTHS_WORD])) | {"/"}
QUALIFIER_BEFORE = re.compile(rf"(?:{alternation(PREFIX_QUALIFIERS)})$")
# How far before a number its qualifier is looked for ("不超过" is the longest).
QUALIFIER_CHARS = max(map(len, PREFIX_QUALIFIERS))
NOT_FIGURE_PREFIX = re.compile(rf"(?:{alternation(NOT_FIGURE_BEFORE)})\s*$")
