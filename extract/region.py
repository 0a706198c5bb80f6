"""A figure's region (spec section 2): the place it describes.

Places are data (vocab/places.tsv): the nation's words, provinces, prefectures, counties and
districts, national new areas. A province's or a prefecture's short name counts alone
("苏州"); a county's only once the document names it in full or after its prefecture or
province ("江阴市", "江苏江阴"), so that a county named like a common word is no place.

A figure's region is the place named last before it in its paragraph as a subject (not
inside a comparison or a whole: "占全国比重", "高于全省"); else the place a paragraph's
opening clause named last in its article ("在江苏江阴，…" holds for the paragraphs after);
else its article's head's; else the document's own: its paper's place (聊城日报, 全国 for a
national paper), else the place it names most.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

from .patterns import trie_pattern
from .vocab.layout import CLAUSE_BREAKS, SENTENCE_ENDS
from .vocab.places import (AMBIGUOUS_SHORT_NAMES, NATION, NATION_WORDS, NATIONAL_SCOPE_WORDS, NATIONAL_SOURCES,
                           NOT_SUBJECT_AFTER, OWN_PLACE_WORDS, SUBJECT_OPENERS, Place, places)
from .patterns import NAMED_PERIOD, alternation

SENTENCE_END = re.compile(f"[{SENTENCE_ENDS}]")
LIST_JOINERS = ("、", "和", "及", "与", "等")
SCOPE = re.compile(alternation(NATIONAL_SCOPE_WORDS))
CITY_SUFFIX = "市"
DATELINE = re.compile(r"\d{1,2}月\d{1,2}日电")
# What may stand between a clause's start and the place that is its subject.
OPENERS = re.compile(rf"(?:{alternation(SUBJECT_OPENERS)}|{NAMED_PERIOD}|[\s“”\"*（(])*", re.VERBOSE)
CLAUSE_START = re.compile(rf"[{re.escape(CLAUSE_BREAKS)}\n]")
# How far before a place its clause's start is looked for, and after it a dateline.
OPENER_CHARS, AFTER_CHARS = 16, 7


class Gazetteer(NamedTuple):
    """The words that name places, and the pattern that finds them."""

    full: dict[str, Place]       # full names: trusted
    short: dict[str, Place]      # short names of provinces and prefectures: trusted
    county_short: dict[str, Place]  # short names of counties and districts: trusted once licensed
    word: re.Pattern[str]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The place words of places.tsv, built once."""
    rows = places()
    full = {place.name: place for place in reversed(rows)}
    trusted = [p for p in rows if p.short and p.short not in AMBIGUOUS_SHORT_NAMES]
    short = {p.short: p for p in reversed(trusted) if p.level in ("province", "prefecture")}
    county_short = {p.short: p for p in reversed(trusted) if p.level in ("county", "zone") and p.short not in short}
    words = [*full, *short, *county_short, *NATION_WORDS, *OWN_PLACE_WORDS]
    return Gazetteer(full, short, county_short, re.compile(trie_pattern(words)))


class Mention(NamedTuple):
    """A place word in the text: where it stands, the place's name (or an own-place word to
    resolve), and whether it names the subject of what follows."""

    start: int
    end: int
    name: str
    subject: bool


def mentions(text: str, spans: Iterable[tuple[int, int]]) -> list[Mention]:
    """The place words in the spans of `text`, in order. County short names stay only where
    the spans name that county in full or after its parent somewhere."""
    places_ = gazetteer()
    found = [(m.start(), m.end(), m.group()) for start, end in spans for m in places_.word.finditer(text, start, end)]
    licensed = {w for _, _, w in found if w in places_.full} | {
        w for s, _, w in found if w in places_.county_short and preceded_by_parent(text, s, places_.county_short[w])}
    named: list[Mention] = []
    for start, end, word in found:
        if word in places_.county_short and word not in places_.full and places_.county_short[word].name not in licensed \
                and word not in licensed:
            continue
        chained = bool(named) and named[-1].end == start and named[-1].subject  # "江苏省苏州市", "重庆两江新区"
        listed = text.startswith(LIST_JOINERS, end)  # "在北京、天津、上海…8个城市": a list names no subject
        named.append(Mention(start, end, name_of(word), not listed and (chained or is_subject(text, start, end))))
    return named


def preceded_by_parent(text: str, start: int, place: Place) -> bool:
    """"江苏江阴", "无锡江阴": a county's short name right after its province or prefecture."""
    places_ = gazetteer()
    parents = [place.province, place.prefecture]
    names = [n for parent in parents if parent for n in (parent, places_.full[parent].short if parent in places_.full else "") if n]
    return any(text.endswith(name, 0, start) for name in names)


def name_of(word: str) -> str:
    """A place word -> the region's name: a full name, 全国, or an own-place word kept as
    it is ("全市") for the paragraph to resolve."""
    places_ = gazetteer()
    if word in NATION_WORDS:
        return NATION
    if word in OWN_PLACE_WORDS:
        return word
    place = places_.full.get(word) or places_.short.get(word) or places_.county_short[word]
    return NATION if place.level == "nation" else place.name


def is_subject(text: str, start: int, end: int) -> bool:
    """Whether a place word names what its clause is about: only openers stand between the
    clause's start and it, and no ranking or dateline follows ("全国第一", "本报北京1月16日电")."""
    after = text[end:end + AFTER_CHARS]
    if after.startswith(NOT_SUBJECT_AFTER) or DATELINE.match(after):
        return False
    low = max(0, start - OPENER_CHARS)
    breaks = [b.end() for b in CLAUSE_START.finditer(text, low, start)]
    clause_start = breaks[-1] if breaks else (low if low == 0 else -1)
    return clause_start >= 0 and OPENERS.fullmatch(text, clause_start, start) is not None


def resolved(name: str, in_force: str) -> str:
    """An own-place word resolved against the region in force ("全市" in 苏州市's article is
    苏州市, "全省" its province), or "" where it cannot be; other names as they are."""
    level = OWN_PLACE_WORDS.get(name)
    if level is None:
        return name
    place = gazetteer().full.get(in_force)
    if place is None:
        return ""
    if place.level == level or (level == "county" and place.level == "zone"):
        return place.name
    if level == "prefecture" and place.level == "county" and place.name.endswith(CITY_SUFFIX):
        return place.name  # "全市" in an article on 昆山市, a county-level city, is 昆山市
    return {"province": place.province, "prefecture": place.prefecture}.get(level, "") or (
        place.name if level == "prefecture" and place.level == "province" and place.name.endswith("市") else "")


class Home(NamedTuple):
    """The document's own place, and whether it was only guessed from the places it names."""

    name: str
    guessed: bool


def home_of(source: str, named: Sequence[Mention]) -> Home:
    """The document's own place: its paper's (全国 for a national paper, 聊城市 for
    聊城日报), else the place it names most, else ""."""
    if source.startswith(NATIONAL_SOURCES):
        return Home(NATION, False)
    places_ = gazetteer()
    paper = next((m.group() for m in [places_.word.match(source)] if m), "")
    if paper and paper not in OWN_PLACE_WORDS:
        return Home(name_of(paper), False)
    counts = Counter(m.name for m in named if m.name not in OWN_PLACE_WORDS)
    return Home(counts.most_common(1)[0][0], True) if counts else Home("", True)


def lead_place(text: str, start: int, end: int, named: Sequence[Mention], in_force: str) -> str:
    """The place a paragraph's first sentence names as a subject, last, or ""."""
    first_end = SENTENCE_END.search(text, start, end)
    stop = first_end.start() if first_end else end
    low, high = bisect_left(named, start, key=lambda m: m.start), bisect_left(named, stop, key=lambda m: m.start)
    leads = [resolved(m.name, in_force) for m in named[low:high] if m.subject]
    return next((name for name in reversed(leads) if name), "")


def places_in(named: Sequence[Mention], start: int, end: int, in_force: str) -> list[tuple[int, str]]:
    """The subject places of a paragraph, each from where it is named, own-place words
    resolved against the region in force."""
    low, high = bisect_left(named, start, key=lambda m: m.start), bisect_right(named, end, key=lambda m: m.start)
    return [(m.start, name) for m in named[low:high] if m.subject and (name := resolved(m.name, in_force))]


def speaks_of_whole(text: str, start: int, end: int) -> bool:
    """Whether a paragraph's first sentence opens a clause on the whole country's things
    ("40多年来，国家级经开区…已有232家"): the place a paragraph before named holds no more."""
    first_end = SENTENCE_END.search(text, start, end)
    stop = first_end.start() if first_end else end
    return any(is_subject(text, found.start(), found.end()) for found in SCOPE.finditer(text, start, stop))


def place_named(words: str) -> str:
    """The region `words` name when they are a place's name and nothing more ("广东",
    "浙江省", "江阴市"), else ""."""
    places_ = gazetteer()
    found = places_.word.fullmatch(words) if words else None
    if found is None or words in OWN_PLACE_WORDS:
        return ""
    word = found.group()
    return name_of(word) if word not in places_.county_short or word in places_.full else ""
