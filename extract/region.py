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
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from .vocab.layout import CLAUSE_BREAKS
from .vocab.places import (AMBIGUOUS_SHORT_NAMES, NATION, NATION_WORDS, NATIONAL_SCOPE_WORDS, NATIONAL_SOURCES,
                           PAPER_PLACES,
                           NOT_SUBJECT_AFTER, ORGANISATION_ENDS, OWN_PLACE_WORDS, SUBJECT_OPENERS, DESCRIBED_BY, WORLD, WORLD_SUBJECTS, Place, places)
from .patterns import NAMED_PERIOD, NAMED_PERIOD_FIRST_CHARS, SENTENCE_END, alternation

LIST_JOINERS = ("、", "和", "及", "与", "等")
CITY_SUFFIX = "市"
DATELINE = re.compile(r"\d{1,2}月\d{1,2}日电")
# An organisation's name that a place word opens: up to four characters, then its end noun
# ("余姚市的一家家电集团" is a company of the place, which stays the subject).
ORGANISATION = re.compile(rf"[^{re.escape(CLAUSE_BREAKS)}、的\n]{{0,4}}?(?:{alternation(ORGANISATION_ENDS)})")
# "在被称为“豫北粮仓”的安阳市滑县，": a place described before it is named.
DESCRIBED = rf"(?:{alternation(DESCRIBED_BY)})[^，,。；;：:、\n]{{1,12}}?的"
# What may stand between a clause's start and the place that is its subject.
OPENERS = re.compile(rf"(?:{alternation(SUBJECT_OPENERS)}|{NAMED_PERIOD}|{DESCRIBED}|[\s“”\"*（(\#>-])*", re.VERBOSE)
# The characters an opener can start with, to skip OPENERS cheaply.
OPENER_FIRST_CHARS = NAMED_PERIOD_FIRST_CHARS | frozenset(" \t\u3000“”\"*（(#>-" + "".join(
    word[0] for word in (*SUBJECT_OPENERS, *DESCRIBED_BY)))
# How far after a place a list's joiner, a ranking or a dateline is looked for.
AFTER_CHARS = 7


class Gazetteer(NamedTuple):
    """The words that name places, and the pattern that finds them."""

    full: dict[str, Place]       # full names: trusted
    short: dict[str, Place]      # short names of provinces and prefectures: trusted
    county_short: dict[str, Place]  # short names of counties and districts: trusted once licensed
    # Every place word, and every word of the whole country's things, by their first two
    # characters, longest first: a dictionary finds thousands of names faster than a regex
    # tries them.
    words: dict[str, tuple[str, ...]]
    scope: dict[str, tuple[str, ...]]
    # A clause's start where an opener, a place or a scope word may stand: the few starts
    # worth reading, found in one scan.
    candidate: re.Pattern[str]

    def word_at(self, text: str, at: int) -> str:
        """The place word that starts at `at`, the longest, or ""."""
        return next((word for word in self.words.get(text[at:at + 2], ()) if text.startswith(word, at)), "")

    def scope_at(self, text: str, at: int) -> str:
        return next((word for word in self.scope.get(text[at:at + 2], ()) if text.startswith(word, at)), "")


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The place words of places.tsv, built once."""
    rows = places()
    full = {place.name: place for place in reversed(rows)}
    trusted = [p for p in rows if p.short and p.short not in AMBIGUOUS_SHORT_NAMES]
    short = {p.short: p for p in reversed(trusted) if p.level in ("province", "prefecture")}
    county_short = {p.short: p for p in reversed(trusted) if p.level in ("county", "zone") and p.short not in short}
    words = by_prefix([*full, *short, *county_short, *NATION_WORDS, *OWN_PLACE_WORDS])
    scope = by_prefix([*NATIONAL_SCOPE_WORDS, *NATIONAL_SOURCES])
    firsts = "".join(sorted({prefix[0] for prefix in (*words, *scope)} | OPENER_FIRST_CHARS))
    return Gazetteer(full, short, county_short, words, scope,
                     re.compile(rf"[{re.escape(CLAUSE_BREAKS)}\n](?=[{re.escape(firsts)}])"))


def by_prefix(words: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """Words by their first two characters, longest first (every place word has two).

    >>> by_prefix(["江阴", "江苏省", "江阴市", "苏州"])
    {'江苏': ('江苏省',), '江阴': ('江阴市', '江阴'), '苏州': ('苏州',)}
    """
    table: dict[str, list[str]] = {}
    for word in sorted(set(words), key=lambda word: (-len(word), word)):
        table.setdefault(word[:2], []).append(word)
    return {prefix: tuple(found) for prefix, found in sorted(table.items())}


class Mention(NamedTuple):
    """A place word naming the subject of its clause: where it stands, and the place's name
    (or an own-place word, "全市", for the paragraph to resolve)."""

    start: int
    end: int
    name: str


class Openings(NamedTuple):
    """What a document's clauses open on: the places named as subjects, and where a clause
    opens on the whole country's things or on a national body's data."""

    places: list[Mention]
    whole: list[int]

    def names_in(self, start: int, end: int) -> bool:
        """Whether a place is named in `text[start:end]`."""
        at = bisect_left(self.places, start, key=lambda mention: mention.start)
        return at < len(self.places) and self.places[at].start < end


def openings(text: str) -> Openings:
    """The places that open a clause of `text`, in order, each with the places right after
    it ("江苏省苏州市", "重庆两江新区"). Only a clause's opening is read: a place further in is
    a name's part, a comparison or a whole ("上海合作组织", "占全国比重", "入选全国15个创新城市
    名单"). A place listed with others ("在北京、天津、上海…") names no subject; nor does one
    before a ranking or a dateline ("全国第一", "本报北京1月16日电"). A county's short name
    counts only where the document names the county in full, or right after its province or
    prefecture ("江苏江阴")."""
    places_ = gazetteer()
    named: list[Mention] = []
    whole: list[int] = []
    words, scope = places_.words, places_.scope
    for start in (0, *(found.end() for found in places_.candidate.finditer(text))):
        at = OPENERS.match(text, start).end() if text[start:start + 1] in OPENER_FIRST_CHARS else start  # type: ignore[union-attr]
        prefix = text[at:at + 2]
        if prefix in scope and places_.scope_at(text, at):
            whole.append(at)
            continue
        if prefix not in words:
            continue  # most clauses open on no place: skip the lookups
        parent = ""
        while name := places_.word_at(text, at):
            begin, at = at, at + len(name)
            after = text[at:at + AFTER_CHARS]
            if (after.startswith(LIST_JOINERS) or after.startswith(NOT_SUBJECT_AFTER) or DATELINE.match(after)
                    or ORGANISATION.match(text, at)):
                break
            place = places_.full.get(name) or places_.short.get(name) or places_.county_short.get(name)
            if parent and (place is None or not is_parent(parent, place)):
                break  # "义乌中国小商品城": only a narrower place goes on a place
            if name in places_.county_short and name not in places_.full and not (
                    places_.county_short[name].name in text or is_parent(parent, places_.county_short[name])):
                break
            parent = name_of(name)
            named.append(Mention(begin, at, parent))
    return Openings(named, whole)


def is_parent(name: str, place: Place) -> bool:
    """Whether a place is the province or prefecture of another: "江苏江阴"."""
    return bool(name) and name in (place.province, place.prefecture)


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


def home_of(source: str, named: Sequence[Mention]) -> str:
    """The document's own place: its paper's (全国 for a national paper, 聊城市 for
    聊城日报, 江苏省 for 新华日报), else the place it names most, else ""."""
    if source.startswith(NATIONAL_SOURCES):
        return NATION
    known = next((place for paper, place in PAPER_PLACES.items() if source.startswith(paper)), "")
    if known:
        return known
    paper = gazetteer().word_at(source, 0)
    if paper and paper not in OWN_PLACE_WORDS:
        return name_of(paper)
    counts = Counter(m.name for m in named if m.name not in OWN_PLACE_WORDS)
    return counts.most_common(1)[0][0] if counts else ""


def first_sentence_end(text: str, start: int, end: int) -> int:
    """Where the first sentence of `text[start:end]` ends."""
    found = SENTENCE_END.search(text, start, end)
    return found.start() if found else end


def lead_place(text: str, start: int, end: int, named: Sequence[Mention], in_force: str) -> str:
    """The place a paragraph's first sentence names as a subject, last, or ""."""
    stop = first_sentence_end(text, start, end)
    low, high = bisect_left(named, start, key=lambda m: m.start), bisect_left(named, stop, key=lambda m: m.start)
    leads = [resolved(m.name, in_force) for m in named[low:high]]
    return next((name for name in reversed(leads) if name), "")


def places_in(named: Sequence[Mention], start: int, end: int, in_force: str) -> list[tuple[int, str]]:
    """The places of a paragraph, each from where it is named, own-place words resolved
    against the place named last before them ("河南省…，全省出动…"), else, or where that is
    the whole country, the region in force ("全国…，我省增长7.1%" in a provincial paper)."""
    low, high = bisect_left(named, start, key=lambda m: m.start), bisect_right(named, end, key=lambda m: m.start)
    places: list[tuple[int, str]] = []
    for mention in named[low:high]:
        name = resolved(mention.name, places[-1][1] if places and places[-1][1] != NATION else in_force)
        if name:
            places.append((mention.start, name))
    return places


def speaks_of_whole(whole: Sequence[int], start: int, end: int) -> bool:
    """Whether a paragraph opens a clause on the whole country's things or on a national
    body's data ("30多年来，国家级高新区…已有178家", "…。国家统计局数据显示，"):
    the place a paragraph before named holds no more."""
    at = bisect_left(whole, start)
    return at < len(whole) and whole[at] < end


def world_named(metric: str) -> str:
    """世界 where a metric's subject is the world's economy or trade, else ""."""
    return WORLD if any(subject in metric for subject in WORLD_SUBJECTS) else ""


def place_named(words: str) -> str:
    """The region `words` name when they are a place's name and nothing more ("广东",
    "浙江省", "江阴市"), else ""."""
    places_ = gazetteer()
    if places_.word_at(words, 0) != words or not words or words in OWN_PLACE_WORDS:
        return ""
    return name_of(words) if words not in places_.county_short or words in places_.full else ""


def leading_place(words: str) -> tuple[str, str]:
    """The place `words` open on and the words after it ("江苏两省地区生产总值" ->
    ("江苏省", "两省地区生产总值")), or ("", words)."""
    places_ = gazetteer()
    word = places_.word_at(words, 0)
    if not word or word in OWN_PLACE_WORDS or (word in places_.county_short and word not in places_.full):
        return "", words
    return name_of(word), words[len(word):]
