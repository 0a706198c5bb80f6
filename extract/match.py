"""A stretch of text -> matches: each number with its unit, qualifier and value in base units."""
from __future__ import annotations

from collections.abc import Iterator
from math import isfinite

import re

import regex

from .model import Kind, Match, Qualifier
from .numbers import arabic_value, has_chinese_digit, number_value
from .patterns import (ARABIC_NUMBER, ELIDED_BEFORE, FIGURE, PER_BEFORE, PER_SHARE, RATIO_CHANGE, RATIO_VALUE, NOT_FIGURE_PREFIX, QUALIFIER_BEFORE, QUALIFIER_CHARS,
                       RANK, RANK_UNIT, RATIO, alternation)
from .vocab.layout import CLAUSE_BREAKS, SENTENCE_ENDS
from .vocab.names import LIST_COUNT_NOUNS
from .vocab.cues import (DURATION_ENDS, PLACE_COUNT_VERBS, PLACE_NOUNS, COUNT_FILLERS, ELIDED_UNIT_FILLER, ELIDED_UNIT_JOINERS, NOT_FIGURE_BEFORE, NOT_FIGURE_NOUNS, PARTICIPANT_WORDS,
                         STRUCTURE_CUES, STRUCTURE_SLACK, STRUCTURE_TOTAL)
from .vocab.units import (PER_UNITS, Unit, CHINESE_MULTIPLIERS, INNER_QUALIFIERS, MULTIPLE_UNIT, MULTIPLIERS, PEOPLE_UNIT, PERCENT,
                          PREFIX_QUALIFIERS, ROUND_ONLY_PREFIXES, SMALL_CHINESE_NUMERAL_UNITS, SUFFIX_QUALIFIERS, UNITS)

# The last characters of the qualifiers, to look for one only where it may stand.
QUALIFIER_ENDS = frozenset(word[-1] for word in PREFIX_QUALIFIERS)
# How far around a number the not-a-figure checks look, in characters.
LOOK_BEHIND = 4
LOOK_AHEAD = 6
PARTICIPANTS_LOOK_BEHIND = 6
NOT_FIGURE_BEFORE_ENDS = frozenset(word[-1] for word in NOT_FIGURE_BEFORE) | {" "}
COUNT_UNITS = frozenset(unit.base for unit in UNITS.values() if unit.kind == "count")
KINDS: dict[str, Kind] = {"percent": "percent", "points": "points", "basis_points": "points", "multiple": "multiple"}
RANGE = "range"
COUNTED_NUMBER = re.compile(r"\d+|[零〇一二两三四五六七八九十百千]+")
DURATION_UNITS = frozenset(unit.base for unit in UNITS.values() if unit.kind == "duration")
NAME_GOES_ON = re.compile(rf"[^\W\d{re.escape(DURATION_ENDS)}]")
PLACES_COUNTED = re.compile(rf"[^\W\d，。；、]{{0,5}}?(?:{alternation(PLACE_NOUNS)})")
PLACES_COUNTED_BEFORE = re.compile(rf"(?:{alternation(PLACE_NOUNS)})[）)]?(?:{alternation(PLACE_COUNT_VERBS)})?$")
PLACES_LOOK_BEHIND = 10
LISTED_ITEMS_LOOK_BEHIND = 40
LIST_MARK = "、"
NO_UNIT = Unit("", "", 1.0, "count")
PER_ENDS = frozenset(unit[-1] for unit in PER_UNITS)
PER_CHARS = 1 + max(map(len, PER_UNITS))
# How far before a figure a structure's cue is looked for: "三次产业结构调整为8.1：38.2：53.7".
STRUCTURE_CUE_CHARS = 40
ELIDED_JOINER_CHARS = frozenset("".join(ELIDED_UNIT_JOINERS))
# How far before its joiner the first number of "0.3和0.1个百分点" is looked for.
ELIDED_NUMBER_CHARS = 14
PARTICIPANTS = regex.compile(alternation(PARTICIPANT_WORDS))
# FIGURE's group names in order, to read a match's groups at once (faster than groupdict).
GROUP_NAMES = sorted(FIGURE.groupindex, key=FIGURE.groupindex.__getitem__)
# "1/4" is a fraction only with a numerator of one or two digits below its denominator.
MAX_SLASH_DIGITS = 2


def find_matches(normalised: str, text: str, start: int = 0, end: int | None = None) -> Iterator[Match]:
    """Matches in `normalised[start:end]` (the text with full-width digits made ASCII); `raw`
    comes from the original `text`, which has the same offsets. A number too large for a
    float ("9" four hundred times, then "亿元") is no figure: its value would be infinite."""
    for found in FIGURE.finditer(normalised, start, len(normalised) if end is None else end):
        at = found.start()
        before = (QUALIFIER_BEFORE.search(normalised, max(0, at - QUALIFIER_CHARS), at)
                  if at and normalised[at - 1] in QUALIFIER_ENDS else None)
        match = to_match(found, before.group() if before else None, text)
        if match and UNITS.get(match.unit, NO_UNIT).kind == "money" and normalised[match.start - 1:match.start] in PER_ENDS:
            match = priced_per(normalised, match, text)
        if match and isfinite(match.value) and not is_reference(normalised, match):
            yield from range_ends(found, match, text) if match.rule == RANGE else (match,)


def to_match(found: re.Match[str], prefix: str | None, text: str) -> Match | None:
    """The regex's groups and the qualifier word before them -> a Match, or None where the
    span is not a figure after all."""
    groups = dict(zip(GROUP_NAMES, found.groups()))
    number = groups["number"] or ""
    if groups["unit"] or groups["bare_unit"] or groups["multiplier"] or number[-1:] in CHINESE_MULTIPLIERS:
        return amount(found, groups, prefix, text)
    if prefix in ROUND_ONLY_PREFIXES:
        prefix = None
    start = found.start() - len(prefix or "")
    qualifier = qualifier_of(prefix, None, groups["suffix"])
    kind: Kind = "fraction"
    if groups["numerator"] is not None:
        if not number_value(number):
            return None  # "0分之1" divides by nothing
        value, rule = 100 * number_value(groups["numerator"]) / number_value(number), "fraction"
    elif groups["slash_denominator"] is not None:
        denominator = int(groups["slash_denominator"])
        if not (number.isdigit() and len(number) <= MAX_SLASH_DIGITS and 0 < int(number) < denominator):
            return None
        value, rule = 100 * int(number) / denominator, "slash-fraction"
    elif groups["tenths"] is not None:
        if len(number) != 1:
            return None  # "十九成为…" is no tenths
        value, rule = 10 * number_value(number), "tenths"
    elif groups["half"] is not None:
        value, rule = 50.0, "half"
    elif groups["doublings"] is not None:
        doubled = 2.0 ** number_value(groups["doublings"])
        return Match(start, found.end(), text[start:found.end()], doubled, MULTIPLE_UNIT, qualifier, "multiple",
                     "doubling")
    else:
        return None
    return Match(start, found.end(), text[start:found.end()], value, PERCENT, qualifier, kind, rule)


def amount(found: re.Match[str], groups: dict[str, str | None], prefix: str | None, text: str) -> Match | None:
    """A number with its multiplier and unit: "108.5亿元", "超2.7万", "近亿元", "3至5亿元"."""
    number, multiplier, unit = groups["number"] or "", groups["multiplier"], groups["unit"] or groups["bare_unit"]
    chinese = not number[-1].isdigit()
    if prefix in ROUND_ONLY_PREFIXES and not (chinese and not has_chinese_digit(number)):
        prefix = None  # "线上3亿元" is no "上3亿元"
    if chinese and not chinese_numeral_is_figure(number, multiplier, unit, prefix):
        return None
    start = found.start() - len(prefix or "")
    scale = MULTIPLIERS.get(multiplier or "", 1.0)
    known = UNITS.get(unit or "")
    base_unit, factor = (known.base, known.factor) if known else ("", 1.0)
    if groups["per"]:
        base_unit += "/" + groups["per"]
    value = number_value(number)
    qualifier = qualifier_of(prefix, groups["inner"] or groups["inner2"], groups["suffix"])
    rule = "chinese-amount" if chinese else "amount"
    if groups["number2"] is not None:
        rule = RANGE  # its two ends are two figures: range_ends
    return Match(start, found.end(), text[start:found.end()], value * scale * factor, base_unit,
                 qualifier, kind_of(base_unit), rule)


def priced_per(normalised: str, match: Match, text: str) -> Match:
    """A price printed after what it is per: "每斤1.12元" is 1.12 元/斤, its raw "每斤1.12元"."""
    per = PER_BEFORE.search(normalised, max(0, match.start - PER_CHARS), match.start)
    if per is None or "/" in match.unit:
        return match
    return match._replace(start=per.start(), raw=text[per.start():match.end],
                          unit=f"{match.unit}/{UNITS[per.group('per')].base if per.group('per') in UNITS else per.group('per')}")


def range_ends(found: re.Match[str], match: Match, text: str) -> Iterator[Match]:
    """A range's two ends as two figures of its unit, as reports mean them: "5.0%至5.4%的区间",
    "3至5亿元" (3亿元 and 5亿元)."""
    low_end, high_start = found.start("range"), found.start("number2")
    multiplier, low_multiplier = found.group("multiplier"), found.group("range_multiplier")
    factor = UNITS[found.group("unit") or found.group("bare_unit")].factor if (
        found.group("unit") or found.group("bare_unit")) else 1.0
    low = number_value(found.group("number")) * MULTIPLIERS.get(low_multiplier or multiplier or "", 1.0) * factor
    high = number_value(found.group("number2")) * MULTIPLIERS.get(multiplier or "", 1.0) * factor
    yield match._replace(end=low_end, raw=text[match.start:low_end], value=low, rule="amount")
    yield match._replace(start=high_start, raw=text[high_start:match.end], value=high, rule="amount")


def kind_of(unit: str) -> Kind:
    """What a base unit makes of a number.

    >>> kind_of("%"), kind_of("个百分点"), kind_of("倍"), kind_of("元"), kind_of("基点")
    ('percent', 'points', 'multiple', 'amount', 'points')
    """
    known = UNITS.get(unit)
    return KINDS.get(known.kind, "amount") if known else "amount"


def chinese_numeral_is_figure(numeral: str, multiplier: str | None, unit: str | None,
                              prefix: str | None) -> bool:
    """"近亿元" and "二十三家" are figures; "千家万户" and "一家企业" are words.

    A numeral of place values only ("亿", "千亿") needs a qualifier before it; a one-digit
    numeral needs a multiplier or a unit that is rarely an ordinary word.
    """
    if not has_chinese_digit(numeral):
        return prefix is not None
    if multiplier or any(c in MULTIPLIERS for c in numeral):
        return True
    return len(numeral) > 1 or unit in SMALL_CHINESE_NUMERAL_UNITS


def qualifier_of(prefix: str | None, inner: str | None, suffix: str | None) -> Qualifier:
    """The qualifier from the words around a number: the prefix first, then inner, then suffix.

    >>> qualifier_of("约", None, None), qualifier_of(None, "多", None), qualifier_of(None, None, "以下")
    ('approx', 'over', 'under')
    """
    if prefix:
        return PREFIX_QUALIFIERS[prefix]
    if inner:
        return INNER_QUALIFIERS[inner]
    if suffix:
        return SUFFIX_QUALIFIERS[suffix]
    return "exact"


def is_reference(normalised: str, match: Match) -> bool:
    """An ordinal, a page or list reference, or a count of participants or aspects (spec 1):
    "第8版", "5个方面", "会议应到代表520名"."""
    if normalised[match.start - 1:match.start] in NOT_FIGURE_BEFORE_ENDS and NOT_FIGURE_PREFIX.search(
            normalised, max(0, match.start - LOOK_BEHIND), match.start):
        return True
    if match.raw[-1:] in RANK_UNIT and RANK.search(normalised, max(0, match.start - LOOK_BEHIND), match.start):
        return True  # "居全国前10位" is a ranking
    if match.unit in DURATION_UNITS and NAME_GOES_ON.match(normalised, match.end):
        return True  # "72小时免签过境政策", "“半小时生活圈”": a name's duration
    if match.unit not in COUNT_UNITS:
        return False
    after = normalised[match.end:match.end + LOOK_AHEAD]
    if after.startswith(NOT_FIGURE_NOUNS) or after.lstrip(COUNT_FILLERS).startswith(NOT_FIGURE_NOUNS):
        return True
    if after.startswith(LIST_COUNT_NOUNS) and counts_its_list(normalised, match):
        return True  # "纺织、化工、建材3个行业利润": the list's count
    if PLACES_COUNTED.match(normalised, match.end) or PLACES_COUNTED_BEFORE.search(
            normalised, max(0, match.start - PLACES_LOOK_BEHIND), match.start):
        return True  # "13个粮食主产省份", "超过千亿元的县（市）达到64个": counts of places (spec 2.1)
    return match.unit == PEOPLE_UNIT and PARTICIPANTS.search(
        normalised, max(0, match.start - PARTICIPANTS_LOOK_BEHIND), match.start) is not None


def counts_its_list(normalised: str, match: Match) -> bool:
    """Whether a count stands right after a list of as many items, in one clause."""
    before = normalised[max(0, match.start - LISTED_ITEMS_LOOK_BEHIND):match.start]
    clause = before[max(before.rfind(mark) for mark in CLAUSE_BREAKS) + 1:]
    return clause.count(LIST_MARK) + 1 == match.value


def with_elided_units(normalised: str, text: str, matches: list[Match]) -> list[Match]:
    """The matches with the first numbers of "0.3和0.1个百分点" and "1.3个和2.8个百分点": a
    number, a joiner, then a rate's figure, the first number printed without the unit it
    shares. `raw` stays as printed."""
    out: list[Match] = []
    for match in matches:
        joiner = match.start - 1
        if match.kind in ("percent", "points", "multiple") and joiner > 0 and normalised[joiner] in ELIDED_JOINER_CHARS:
            if out and out[-1].end == joiner and out[-1].raw.endswith(ELIDED_UNIT_FILLER) and out[-1].unit == "个":
                first = out.pop()
                out.append(first._replace(value=arabic_value(first.raw.removesuffix(ELIDED_UNIT_FILLER)),
                                          unit=match.unit, kind=match.kind, rule="elided-unit"))
            elif not out or out[-1].end < joiner:
                bare = ELIDED_BEFORE.search(normalised, max(0, joiner - ELIDED_NUMBER_CHARS), joiner)
                if bare and (not out or out[-1].end <= bare.start()):
                    out.append(Match(bare.start(), bare.end(), text[bare.start():bare.end()],
                                     arabic_value(bare.group().removesuffix(ELIDED_UNIT_FILLER)), match.unit,
                                     "exact", match.kind, "elided-unit"))
        out.append(match)
    return out


def structure_matches(normalised: str, text: str, start: int, end: int) -> list[Match]:
    """The parts of a structure ("三次产业结构为8.1：38.2：53.7"), each a share in %, where a
    structure's cue stands just before and the parts sum to about a hundred (spec 2.1)."""
    found = []
    for ratio in RATIO.finditer(normalised, start, end):
        before = normalised[max(start, ratio.start() - STRUCTURE_CUE_CHARS):ratio.start()]
        parts = list(ARABIC_NUMBER.finditer(normalised, ratio.start(), ratio.end()))
        values = [arabic_value(part.group()) for part in parts]
        if any(cue in before for cue in STRUCTURE_CUES) and abs(sum(values) - STRUCTURE_TOTAL) <= STRUCTURE_SLACK:
            found += [Match(part.start(), part.end(), text[part.start():part.end()], value, PERCENT, "exact",
                            "percent", "structure") for part, value in zip(parts, values)]
    return found


def ratio_matches(normalised: str, text: str, start: int, end: int) -> list[Match]:
    """Ratios printed with no unit (spec 2.2: a share with unit ''), and a change of one
    printed after it in its sentence: "城乡收入的比值为2.41，比上年缩小0.06"."""
    found = []
    for ratio in RATIO_VALUE.finditer(normalised, start, end):
        found.append(unitless(ratio, text))
        stop = next((i for i in range(ratio.end(), end) if normalised[i] in SENTENCE_ENDS), end)
        found += [unitless(change, text) for change in RATIO_CHANGE.finditer(normalised, ratio.end(), stop)]
    return found


def unitless(found: re.Match[str], text: str) -> Match:
    """A number with no unit, as a ratio's figure."""
    start, end = found.span("value")
    return Match(start, end, text[start:end], arabic_value(found.group("value")), "", "exact", "ratio", "ratio")


def per_share_matches(normalised: str, text: str, start: int, end: int) -> list[Match]:
    """Shares written as a part of a counted whole: "每5部手机中就有1部" is 20%, its raw the
    whole phrase (spec 2.2)."""
    found = []
    for share in PER_SHARE.finditer(normalised, start, end):
        whole, part = (number_value(COUNTED_NUMBER.match(share.group(g)).group())  # type: ignore[union-attr]
                       for g in ("whole", "part"))
        if whole and 0 < part < whole:
            found.append(Match(share.start(), share.end(), text[share.start():share.end()], 100 * part / whole,
                               PERCENT, "exact", "fraction", "per-share"))
    return found
