"""A figure's metric: the indicator's name, from the clause before the figure (spec 2, 2.1)."""
from __future__ import annotations

import re
from functools import lru_cache

import regex

from .patterns import CLAUSE_BREAK, COMPARISON, NAMED_PERIOD, NAMED_PERIOD_FIRST_CHARS, NOUN_END, RUNNING_MONTHS, alternation
from .vocab.cues import GROWTH_CUES, ORDINAL, REFERS_BACK, SHARE_OF, SUBJECT_JOINERS
from .vocab.layout import LIST_MARK
from .vocab.names import (ADVERBS_BEFORE_SHARE, LIST_COUNT, MEASURED_AS, METRIC_CLOSERS, PART_OF, METRIC_LEADING_WORDS, METRIC_OPENERS, METRIC_TRAILING_WORDS,
                          NOT_NOUN_STARTS, NOUN_FILLERS, RATE_NOUNS, SHARED_HEADS, UNIT_BEARING_METRIC_ENDS)
from .vocab.periods import RUNNING_WORD

LEADING = re.compile(rf"^(?:{NAMED_PERIOD}|{alternation(METRIC_LEADING_WORDS)}|[\s{re.escape(METRIC_OPENERS)}])+",
                     re.VERBOSE)
# The characters a leading period word or filler can start with, to skip LEADING cheaply.
LEADING_FIRST_CHARS = NAMED_PERIOD_FIRST_CHARS | frozenset(" \t\u3000" + METRIC_OPENERS + "".join(
    word[0] for word in METRIC_LEADING_WORDS))
# Searched backwards, so the run of trailing words is found from the end in one attempt.
TRAILING = regex.compile(rf"(?:{alternation({*METRIC_TRAILING_WORDS, *GROWTH_CUES} - set(RATE_NOUNS))}|[\s“”\"'{regex.escape(METRIC_CLOSERS)}])+$",
                         regex.REVERSE)
QUOTES = str.maketrans("", "", "“”\"‘’")
QUOTE_CHARS = re.compile("[“”\"‘’]")
FOOTNOTE = regex.compile(r"\[\d+\]")
MEASURED = re.compile(MEASURED_AS)
OPEN_BRACKETS, CLOSE_BRACKETS = "（(", "）)"
LISTED_COUNT = re.compile(LIST_COUNT)
SHARE_ADVERB = re.compile(ADVERBS_BEFORE_SHARE)
LINE_BREAKS = regex.compile(r"\s*\n\s*")
SUBJECT_JOINER = regex.compile(alternation(SUBJECT_JOINERS))
RATE_NOUN_END = re.compile(rf"(?:{alternation(RATE_NOUNS)})$")
HEADS_END = regex.compile(rf"(?:{alternation(SHARED_HEADS)})+$", regex.REVERSE)
# The subjects listed before 分别 are read from at most this many characters before it: a
# longer run is no list of subjects ("规模以上工业增加值、社会消费品零售总额、固定资产投资分别"
# is 29), and reading further would make a long sentence of many 分别 quadratic.
SUBJECTS_WINDOW = 120
# Items of a 分别 list shorter than this share the list's head noun: "第一、二、三产业".
MIN_SUBJECT_CHARS = 3
# How many characters after a count its noun is looked for: "新增23家A级旅游景区".
NOUN_AFTER_CHARS = 20


@lru_cache(maxsize=8192)
def metric_of(clause: str) -> str:
    """The indicator's name: the clause without its period words, subject fillers, its
    comparison, cues and verbs (spec 2.1: never the comparison).

    >>> metric_of("2025年1月至11月，全市累计开展直播"), metric_of("比上年增长")
    ('开展直播', '')
    >>> metric_of("GDP增速比一季度加快"), metric_of("服务零售额增速快于商品零售额")
    ('GDP增速', '服务零售额增速')
    """
    metric = clause.translate(QUOTES) if QUOTE_CHARS.search(clause) else clause
    if "\n" in metric:  # a clause across a page break
        metric = LINE_BREAKS.sub("", metric)
    if "[" in metric:
        metric = FOOTNOTE.sub("", metric)
    if "计" in metric:
        metric = MEASURED.sub("", metric)
    if "占" in metric:
        metric = SHARE_ADVERB.sub("", metric)
    if PART_OF in metric:
        metric = metric[metric.rindex(PART_OF) + len(PART_OF):]
    if RUNNING_WORD in metric:
        metric = RUNNING_MONTHS.sub("", metric)
    comparison = COMPARISON.search(metric)
    if comparison and comparison.end() < len(metric):
        metric = metric[:comparison.start()]
    if metric[:1] in LEADING_FIRST_CHARS:
        metric = LEADING.sub("", metric)
    if metric.endswith(tuple(CLOSE_BRACKETS)) and not any(c in metric for c in OPEN_BRACKETS):
        metric = metric.rstrip(CLOSE_BRACKETS)  # "…；折合）约719.8亿美元": a bracket closed, not opened
    trailing = TRAILING.search(metric)
    return metric[:trailing.start()] if trailing else metric


def is_rate_only(metric: str) -> bool:
    """A metric that is only a rate's noun, its subject named before: "增速", "比重"."""
    return RATE_NOUN_END.fullmatch(metric) is not None


def refers_back(metric: str) -> bool:
    """A metric that names a figure through the one before it ("占进出口总额比重",
    "增速高于全省", "对经济增长的贡献率") needs that figure's name before it."""
    return metric.startswith(REFERS_BACK)


def subject_of(metric: str) -> str:
    """What a share or a contribution is of: its metric before 占 ("全部工业增加值占GDP比重"
    -> "全部工业增加值"), for a figure that refers back to it.

    >>> subject_of("全部工业增加值占GDP比重"), subject_of("出口")
    ('全部工业增加值', '出口')
    """
    at = metric.find(SHARE_OF[0])
    return metric[:at] if at > 0 else metric


def joined_name(subject: str, rest: str) -> str:
    """A subject's name and the words that refer to it, with no rate named twice:
    "出口" + "增速" -> "出口增速", "GDP增速" + "增速" -> "GDP增速"."""
    if not subject:
        return rest
    return subject if rest and subject.endswith(rest) else subject + rest


def rate_name(subject: str) -> str:
    """The rate a change in points is of: the subject's own rate where it names one, else
    its growth rate ("社会消费品零售总额" -> "社会消费品零售总额增速")."""
    return subject if RATE_NOUN_END.search(subject) or not subject else subject + RATE_NOUNS[0]


def unit_from_metric(metric: str) -> str:
    """A number with no unit of its own counts what its metric names: "观看人次达24.2亿"."""
    return next((unit for unit in UNIT_BEARING_METRIC_ENDS if metric.endswith(unit)), "")


def noun_after(text: str, end: int, sentence_end: int) -> str:
    """The noun a count names when it follows it: "新增23家A级旅游景区" -> "A级旅游景区"."""
    after = text[end:min(sentence_end, end + NOUN_AFTER_CHARS)]
    found = NOUN_END.search(after)
    noun = after[:found.start()] if found else after
    if not noun or noun.startswith(tuple(GROWTH_CUES) + NOT_NOUN_STARTS + SUBJECT_JOINERS):
        return ""
    return noun.lstrip(NOUN_FILLERS).translate(QUOTES)


def listed_subjects(text: str, start: int, end: int, count: int = 0) -> list[str]:
    """The subjects listed before 分别, from the clause that holds them; short items share
    the head of the last one ("第一、二、三产业增加值", "城镇、农村居民人均可支配收入"). Where
    `count` figures follow, the list is cut so as to give that many where it can: at "、"
    alone first ("光伏设备及元器件制造、锂离子电池制造行业"), then at the last item's "和" too
    ("A、B和C"), then at every joiner.

    >>> listed_subjects("规上工业增加值、社会消费品零售总额分别增长", 0, 17)
    ['规上工业增加值', '社会消费品零售总额']
    >>> listed_subjects("第一、二、三产业增加值分别为", 0, 11)
    ['第一产业增加值', '第二产业增加值', '第三产业增加值']
    >>> listed_subjects("城镇、农村居民人均可支配收入分别增长", 0, 14)
    ['城镇居民人均可支配收入', '农村居民人均可支配收入']
    """
    start = max(start, end - SUBJECTS_WINDOW)
    breaks = [b.end() for b in CLAUSE_BREAK.finditer(text, start, end)]
    clause = text[max([start, *breaks]):end]
    marked = clause.split(LIST_MARK)
    cuts = [marked, marked[:-1] + SUBJECT_JOINER.split(marked[-1]), SUBJECT_JOINER.split(clause)]
    parts = next((cut for cut in cuts if len(cut) == count), cuts[-1])
    items = [metric_of(LISTED_COUNT.sub("", part)) for part in parts]
    if len(items) < 2 or all(len(item) >= MIN_SUBJECT_CHARS for item in items[:-1]):
        return items
    token = items[-2].removeprefix(ORDINAL)  # the short item's own word: "二" of "第二"
    if not token:
        return items
    prefix = items[0][:len(items[0]) - len(token)] if len(items[0]) > len(token) else ""
    head = items[-1][len(token):]
    return [items[0] + head] + [prefix + item + head for item in items[1:-1]] + [prefix + items[-1]]


def with_shared_heads(subjects: list[str]) -> list[str]:
    """The subjects of a 分别 list, each given the generic heads only the last one prints.

    >>> with_shared_heads(["高技术制造业", "装备制造业增加值增速"])
    ['高技术制造业增加值增速', '装备制造业增加值增速']
    """
    heads = HEADS_END.search(subjects[-1]) if subjects else None
    if heads is None or heads.start() == 0:
        return subjects
    tail = heads.group()
    return [item if HEADS_END.search(item) else item + tail for item in subjects[:-1]] + subjects[-1:]
