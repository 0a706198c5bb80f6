"""The naming columns of a figure: its metric, its unit when the text omits it, its topic
and its entity, each from the words around it."""
from __future__ import annotations

import re
from functools import lru_cache

import regex

from .patterns import alternation
from .periods import NAMED_PERIOD
from .vocab import (BASE_WORDS, CLAUSE_BREAKS, CURRENT_SEASONS, DEFAULT_TOPIC, ENTITY_DETERMINERS,
                    ENTITY_FALSE_ENDS, ENTITY_SUFFIXES, FIRST_PART, GROWTH_CUES, INDICATORS, LIST_MARK,
                    METRIC_LEADING_WORDS, METRIC_OPENERS, METRIC_TRAILING_WORDS, NOT_NOUN_STARTS,
                    NOUN_FILLERS, ORDINAL, PLAN_PERIODS, REFERS_BACK, RELATIVE_YEARS, SHARE_OF,
                    SUBJECT_JOINERS, TOPICS, TOPIC_STOP_PHRASES, UNIT_BEARING_METRIC_ENDS,
                    WEAK_TOPIC_KEYWORDS, YEAR_PARTS)

# Patterns run once per figure use the standard re, whose calls cost less than regex's.
UP_TO_LAST_BREAK = re.compile(rf".*[{re.escape(CLAUSE_BREAKS + LIST_MARK)}]", re.DOTALL)  # match(): to the last
NOUN_END = re.compile(rf"[{re.escape(CLAUSE_BREAKS + LIST_MARK)}\d]")
SUBJECTS_BREAK = regex.compile(rf"[{regex.escape(CLAUSE_BREAKS)}]")
# The subjects listed before 分别 are read from at most this many characters before it: a
# longer run is no list of subjects ("规模以上工业增加值、社会消费品零售总额、固定资产投资分别"
# is 29), and reading further would make a long sentence of many 分别 quadratic.
SUBJECTS_WINDOW = 120
SUBJECT_JOINER = regex.compile(alternation(SUBJECT_JOINERS))
LEADING = re.compile(rf"^(?:{NAMED_PERIOD}|{alternation(METRIC_LEADING_WORDS)}|[\s{re.escape(METRIC_OPENERS)}])+",
                     re.VERBOSE)
# Searched backwards, so the run of trailing words is found from the end in one attempt.
# The characters a leading period word or filler can start with, to skip LEADING cheaply.
LEADING_FIRST_CHARS = frozenset("0123456789 \t\u3000" + METRIC_OPENERS + "".join(
    w[0] for w in (*METRIC_LEADING_WORDS, *PLAN_PERIODS, *YEAR_PARTS, *RELATIVE_YEARS, *CURRENT_SEASONS,
                   FIRST_PART)))
TRAILING = regex.compile(rf"(?:{alternation([*METRIC_TRAILING_WORDS, *GROWTH_CUES])}|{BASE_WORDS}|[\s“”\"'：:])+$",
                         regex.REVERSE)
QUOTES = str.maketrans("", "", "“”\"‘’")
QUOTE_CHARS = re.compile("[“”\"‘’]")
FOOTNOTE = regex.compile(r"\[\d+\]")
LINE_BREAKS = regex.compile(r"\s*\n\s*")
# Topics: the first row naming a keyword owns it; the stop phrases are matched, and dropped.
TOPIC_OF_KEYWORD = {k: topic for topic, keywords in reversed(TOPICS) for k in keywords}
TOPIC_RANK = {topic: rank for rank, (topic, _) in reversed(list(enumerate(TOPICS)))}
TOPIC_STOP = regex.compile(alternation(TOPIC_STOP_PHRASES))
# Plain alternations of literal words run 3x faster in the standard library's re.
KEYWORD = re.compile(alternation(TOPIC_OF_KEYWORD))
METRIC_KEYWORD = re.compile(alternation(k for k in TOPIC_OF_KEYWORD if k not in WEAK_TOPIC_KEYWORDS))
SHARE_SPLIT = regex.compile(alternation(SHARE_OF))
ENTITY_SUFFIX = regex.compile(rf"(?:{alternation(ENTITY_SUFFIXES)})(?!{alternation(ENTITY_FALSE_ENDS)})")
ENTITY_NAME = regex.compile(r"[\p{Han}A-Za-z（）()·]+$")
# How many characters before its suffix an entity's name may take: "乖宝宠物食品集团".
ENTITY_NAME_CHARS = 10
MIN_ENTITY_NAME_CHARS = 2
# Items of a 分别 list shorter than this share the list's head noun: "第一、二、三产业".
MIN_SUBJECT_CHARS = 3
# What a weak keyword ("企业", "创新") counts for in a sentence, against 1 for the others.
WEAK_KEYWORD_WEIGHT = 0.5
# How many characters after a count its noun is looked for: "新增23家A级旅游景区".
NOUN_AFTER_CHARS = 20


def metric_of(clause: str) -> str:
    """The indicator's name: the clause without its period words, subject fillers and cues.

    >>> metric_of("2025年1月至11月，全市累计开展直播"), metric_of("比上年增长")
    ('开展直播', '')
    """
    metric = clause.translate(QUOTES) if QUOTE_CHARS.search(clause) else clause
    if "\n" in metric:  # a clause across a page break
        metric = LINE_BREAKS.sub("", metric)
    if "[" in metric:
        metric = FOOTNOTE.sub("", metric)
    if metric[:1] in LEADING_FIRST_CHARS:
        metric = LEADING.sub("", metric)
    trailing = TRAILING.search(metric)
    return metric[:trailing.start()] if trailing else metric


def noun_after(text: str, end: int, sentence_end: int) -> str:
    """The noun a count names when it follows it: "新增23家A级旅游景区" -> "A级旅游景区"."""
    after = text[end:min(sentence_end, end + NOUN_AFTER_CHARS)]
    found = NOUN_END.search(after)
    noun = after[:found.start()] if found else after
    if not noun or noun.startswith(tuple(GROWTH_CUES) + NOT_NOUN_STARTS + SUBJECT_JOINERS):
        return ""
    return noun.lstrip(NOUN_FILLERS).translate(QUOTES)


def listed_subjects(text: str, start: int, end: int) -> list[str]:
    """The subjects listed before 分别, from the clause that holds them; short items share
    the head of the last one ("第一、二、三产业增加值", "城镇、农村居民人均可支配收入").

    >>> listed_subjects("规上工业增加值、社会消费品零售总额分别增长", 0, 17)
    ['规上工业增加值', '社会消费品零售总额']
    >>> listed_subjects("第一、二、三产业增加值分别为", 0, 11)
    ['第一产业增加值', '第二产业增加值', '第三产业增加值']
    >>> listed_subjects("城镇、农村居民人均可支配收入分别增长", 0, 14)
    ['城镇居民人均可支配收入', '农村居民人均可支配收入']
    """
    start = max(start, end - SUBJECTS_WINDOW)
    breaks = [b.end() for b in SUBJECTS_BREAK.finditer(text, start, end)]
    items = [metric_of(part) for part in SUBJECT_JOINER.split(text[max([start, *breaks]):end])]
    if len(items) < 2 or all(len(item) >= MIN_SUBJECT_CHARS for item in items[:-1]):
        return items
    token = items[-2].removeprefix(ORDINAL)  # the short item's own word: "二" of "第二"
    prefix = items[0][:len(items[0]) - len(token)] if len(items[0]) > len(token) else ""
    head = items[-1][len(token):]
    return [items[0] + head] + [prefix + item + head for item in items[1:-1]] + [prefix + items[-1]]


def refers_back(metric: str) -> bool:
    """A metric that names a figure through the one before it ("占进出口总额比重",
    "增速高于全省") needs that figure's name before it."""
    return metric.startswith(REFERS_BACK)


def unit_from_metric(metric: str) -> str:
    """A number with no unit of its own counts what its metric names: "观看人次达24.2亿"."""
    return next((unit for unit in UNIT_BEARING_METRIC_ENDS if metric.endswith(unit)), "")


def topic_of(metric: str, sentence: str, upto: int, article: str) -> str:
    """The topic of the metric's longest specific keyword, the earlier row of TOPICS on a tie
    (only the part before 占 counts: a share's whole is not its topic), else the topic the
    words around it name (`upto`: the figure's end in the sentence)."""
    return metric_topic(metric) or context_topic(sentence, upto, article)


@lru_cache(maxsize=4096)
def metric_topic(metric: str) -> str:
    """The topic a metric's own words name, or "" where they name none: the longest
    keyword's, then the earlier row of TOPICS; the words of `other` only where no other
    topic's are ("电商经营主体" is e-commerce).

    >>> metric_topic("新能源汽车产量"), metric_topic("原油进口"), metric_topic("签证货值")
    ('industry', 'trade', 'certificates')
    """
    head = TOPIC_STOP.sub("", next((part for part in SHARE_SPLIT.split(metric) if part), metric))
    found = [(TOPIC_OF_KEYWORD[k] != DEFAULT_TOPIC, len(k), -TOPIC_RANK[TOPIC_OF_KEYWORD[k]], k)
             for k in METRIC_KEYWORD.findall(head)]
    return TOPIC_OF_KEYWORD[max(found)[3]] if found else ""


def context_topic(sentence: str, upto: int, article: str) -> str:
    """The topic whose keywords the sentence up to the figure and the headline repeat most
    (the rest of a sentence is about the figures after it; the whole sentence counts where
    that part names none). A weak keyword counts half; ties go to the earlier row of TOPICS.

    >>> context_topic("产业集群现有制造企业5100多家，贸易企业2300余家，交易市场交易额300亿元", 16, "")
    'industry'
    """
    keywords = keywords_in(sentence)
    counts: dict[str, float] = dict.fromkeys(TOPIC_RANK, 0.0)
    for _, topic, weight in [k for k in keywords if k[0] <= upto] or keywords:
        counts[topic] += weight
    for _, topic, weight in keywords_in(article):
        counts[topic] += weight
    best = max(counts, key=lambda topic: (counts[topic], -TOPIC_RANK[topic]))
    return best if counts[best] else DEFAULT_TOPIC


@lru_cache(maxsize=512)
def keywords_in(text: str) -> list[tuple[int, str, float]]:
    """The topic keywords of a text: where each ends, its topic, and its weight."""
    unstopped = TOPIC_STOP.sub(lambda stop: " " * len(stop.group()), text)  # offsets stay true
    return [(k.end(), TOPIC_OF_KEYWORD[k.group()], WEAK_KEYWORD_WEIGHT if k.group() in WEAK_TOPIC_KEYWORDS else 1.0)
            for k in KEYWORD.finditer(unstopped)]


def entities_named(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Companies, clusters, markets and parks named in `text[start:end]`, where each starts:
    the name before an entity suffix, with no determiner ("该公司" names none).

    >>> entities_named("聊城市轴承产业集群现有轴承制造企业", 0, 17)
    [(0, '聊城市轴承产业集群')]
    """
    named = []
    for suffix in ENTITY_SUFFIX.finditer(text, start, end):
        name = ENTITY_NAME.search(text, max(start, suffix.start() - ENTITY_NAME_CHARS), suffix.start())
        words = name.group().lstrip(ENTITY_DETERMINERS) if name else ""
        if len(words) >= MIN_ENTITY_NAME_CHARS:
            named.append((suffix.start() - len(words), words + suffix.group()))
    return named


INDICATOR_NAME = regex.compile(alternation(name for _, _, names in INDICATORS.values() for name in names))
INDICATOR_OF_NAME = {name: key for key, (_, _, names) in INDICATORS.items() for name in names}


@lru_cache(maxsize=8192)
def indicator_of(metric: str) -> str:
    """The canonical indicator a metric names, by the longest name of one it holds (the
    later on a tie: a noun phrase ends on its head), or "".

    >>> indicator_of("全年货物进出口总额"), indicator_of("规上工业增加值"), indicator_of("优惠原产地证签证货值")
    ('foreign_trade', 'industrial_value_added', 'certified_value')
    """
    names = [(len(m.group()), m.end(), m.group()) for m in INDICATOR_NAME.finditer(metric, overlapped=True)]
    return INDICATOR_OF_NAME[max(names)[2]] if names else ""
