"""The naming columns of a figure: its metric, its unit when the text omits it, its topic
and its entity, each from the words around it."""
from __future__ import annotations

import regex

from .patterns import alternation
from .periods import PERIOD
from .vocab import (BASE_WORDS, CLAUSE_BREAKS, DEFAULT_TOPIC, ENTITY_SUFFIXES, GROWTH_CUES,
                    METRIC_LEADING_WORDS, METRIC_TRAILING_WORDS, NOT_NOUN_STARTS, SHARE_OF, SUBJECT_JOINERS,
                    TOPIC_STOP_PHRASES, TOPICS, UNIT_BEARING_METRIC_ENDS, WEAK_TOPIC_KEYWORDS)

CLAUSE_BREAK = regex.compile(rf"[{regex.escape(CLAUSE_BREAKS)}、]")
NOUN_END = regex.compile(rf"[{regex.escape(CLAUSE_BREAKS)}、\d]")
SUBJECTS_BREAK = regex.compile(rf"[{regex.escape(CLAUSE_BREAKS)}]")
SUBJECT_JOINER = regex.compile(alternation(SUBJECT_JOINERS))
LEADING = regex.compile(rf"^(?:{PERIOD.pattern}|{alternation(METRIC_LEADING_WORDS)}|[\s“”\"'，,、（(])+",
                        regex.VERBOSE)
TRAILING = regex.compile(rf"(?:{alternation(METRIC_TRAILING_WORDS)}|{BASE_WORDS}|[\s“”\"'：:])+$")
QUOTES = str.maketrans("", "", "“”\"‘’")
FOOTNOTE = regex.compile(r"\[\d+\]")
ENTITY = regex.compile(rf"[\p{{Han}}A-Za-z（）()·]{{2,12}}?(?:{alternation(ENTITY_SUFFIXES)})")
# Items of a 分别 list shorter than this share the list's head noun: "第一、二、三产业".
MIN_SUBJECT_CHARS = 3
# How many characters after a count its noun is looked for: "新增23家A级旅游景区".
NOUN_AFTER_CHARS = 20


def metric_of(clause: str) -> str:
    """The indicator's name: the clause without its period words, subject fillers and cues.

    >>> metric_of("2025年1月至11月，全市累计开展直播"), metric_of("比上年增长")
    ('开展直播', '')
    """
    previous = None
    metric = FOOTNOTE.sub("", clause.translate(QUOTES))
    while metric != previous:
        previous = metric
        metric = TRAILING.sub("", LEADING.sub("", metric))
    return metric


def noun_after(text: str, end: int, sentence_end: int) -> str:
    """The noun a count names when it follows it: "新增23家A级旅游景区" -> "A级旅游景区"."""
    after = text[end:min(sentence_end, end + NOUN_AFTER_CHARS)]
    found = NOUN_END.search(after)
    noun = after[:found.start()] if found else after
    if not noun or noun.startswith(tuple(GROWTH_CUES) + NOT_NOUN_STARTS + SUBJECT_JOINERS):
        return ""
    return noun.lstrip("的是为").translate(QUOTES)


def listed_subjects(text: str, start: int, end: int) -> list[str]:
    """The subjects listed before 分别, from the clause that holds them; where the items
    share one head ("第一、二、三产业增加值") each is named by the whole list.

    >>> listed_subjects("规上工业增加值、社会消费品零售总额分别增长", 0, 17)
    ['规上工业增加值', '社会消费品零售总额']
    >>> listed_subjects("第一、二、三产业增加值分别为", 0, 11)
    ['第一、二、三产业增加值', '第一、二、三产业增加值', '第一、二、三产业增加值']
    """
    breaks = [b.end() for b in SUBJECTS_BREAK.finditer(text, start, end)]
    clause = text[max([start, *breaks]):end]
    subjects = [metric_of(part) for part in SUBJECT_JOINER.split(clause)]
    if any(len(subject) < MIN_SUBJECT_CHARS for subject in subjects):
        return [metric_of(clause)] * len(subjects)
    return subjects


def is_share_of(metric: str) -> bool:
    """A share named from its whole, "占进出口总额比重", needs the part it is a share of."""
    return metric.startswith(SHARE_OF)


def unit_from_metric(metric: str) -> str:
    """A number with no unit of its own counts what its metric names: "观看人次达24.2亿"."""
    return next((unit for unit in UNIT_BEARING_METRIC_ENDS if metric.endswith(unit)), "")


def topic_of(metric: str, sentence: str, article: str) -> str:
    """The topic of the metric's longest specific keyword, the earlier row of TOPICS on a tie
    (only the part before 占 counts: a share's whole is not its topic), else the topic whose keywords the sentence and headline repeat
    most, ties going to the earlier row of TOPICS."""
    head = next((part for part in regex.split(alternation(SHARE_OF), metric) if part), metric)
    for stop in TOPIC_STOP_PHRASES:
        head, sentence, article = (s.replace(stop, "") for s in (head, sentence, article))
    found = [(len(k), -rank, head.rfind(k), topic) for rank, (topic, keywords) in enumerate(TOPICS)
             for k in keywords if k not in WEAK_TOPIC_KEYWORDS and k in head]
    if found:
        return max(found)[3]
    counts: dict[str, int] = {}
    for topic, keywords in TOPICS:
        counts[topic] = counts.get(topic, 0) + sum(sentence.count(k) + article.count(k) for k in keywords)
    ranked = sorted(counts, key=lambda topic: -counts[topic])  # a stable sort keeps table order
    return ranked[0] if counts[ranked[0]] else DEFAULT_TOPIC


def entity_of(before: str) -> str:
    """The last company, cluster, market or park named before the figure in its sentence."""
    names = ENTITY.findall(before)
    return names[-1] if names else ""
