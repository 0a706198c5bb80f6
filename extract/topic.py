"""A figure's topic (spec section 3): from its metric's head words first, from the words
around it only where the metric names none."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .patterns import alternation
from .vocab.topics import DEFAULT_TOPIC, DOMINANT_TOPICS, TRADE, TRADE_VERBS, TOPIC_STOP_PHRASES, TOPIC_SUBJECT_ENDS, TOPIC_WORDS, WEAK_TOPIC_WORDS

TOPIC_OF_WORD = {word: topic for topic, words in reversed(WEAK_TOPIC_WORDS) for word in words} | {
    word: topic for topic, words in reversed(TOPIC_WORDS) for word in words}
WEAK_WORDS = frozenset(word for _, words in WEAK_TOPIC_WORDS for word in words) - {
    word for _, words in TOPIC_WORDS for word in words}
TOPIC_RANK = {topic: rank for rank, (topic, _) in reversed(list(enumerate(TOPIC_WORDS)))}
# Plain alternations of literal words run 3x faster in the standard library's re; leftmost,
# longest first, so "居民消费价格" is one word, not 消费 and 价格.
TOPIC_WORD = re.compile(alternation(TOPIC_OF_WORD))
TOPIC_STOP = re.compile(alternation(TOPIC_STOP_PHRASES))
SUBJECT_END = re.compile(alternation(TOPIC_SUBJECT_ENDS))
CHANNEL = DOMINANT_TOPICS[0][0]  # e-commerce: a whole's parts after 其中 share its channel
BRACKETED = re.compile(r"[（(][^）)]*[）)]")
# What a weak word counts for in the words around a figure, against 1 for the others; a
# headline's words count more than the sentence's: "聊城加速推进内外贸一体化发展" makes a
# manufacturer's sales there a figure of trade.
WEAK_WORD_WEIGHT = 0.5
HEADLINE_WEIGHT = 1.5


class Topic(NamedTuple):
    """A topic, and whether it is sure: the metric's own words named it, or the sentence
    before the figure names no other (else the row is worth a check)."""

    topic: str
    sure: bool


def topic_of(metric: str, sentence: str, upto: int, article: str) -> Topic:
    """The topic of the metric's head; where only a weak word names one ("日均订单量"), the
    topic the words around it name strongly, if any (`upto`: the figure's end in the
    sentence); where the metric names none, the words around it."""
    named, weak = metric_topic(metric)
    if named and not weak:
        return Topic(named, True)
    around, strong, sure = context_topic(sentence, upto, article)
    if named and (not strong or around == named):
        return Topic(named, True)
    return Topic(around, sure)


@lru_cache(maxsize=8192)
def metric_topic(metric: str) -> tuple[str, bool]:
    """The topic a metric's own words name, or "", and whether only a weak word names it:
    its subject's (the part before 占, 对, 拉动 or 与) head word's, else the whole metric's; a
    weak word only where no other stands. An e-commerce word in the subject names it
    anywhere ("跨境电商进出口"), and so does a trade's verb that opens it ("出口汽车").

    >>> [metric_topic(m)[0] for m in ("高技术制造业增加值", "新能源汽车出口", "光伏设备制造行业价格", "出口汽车")]
    ['industry', 'trade', 'prices', 'trade']
    >>> metric_topic("外资企业占外贸总额比重"), metric_topic("新产业对规模以上工业增长的贡献率"), metric_topic("日均订单量")
    (('trade', False), ('industry', False), ('industry', True))
    """
    if metric.startswith(TRADE_VERBS):
        return TRADE, False
    metric = TOPIC_STOP.sub(" ", metric) if TOPIC_STOP.search(metric) else metric
    if "（" in metric or "(" in metric:  # "固定资产投资（不含农户）": a note in brackets names no topic
        metric = BRACKETED.sub("", metric)
    ends = list(SUBJECT_END.finditer(metric))
    end = ends[-1] if ends else None  # "研究与试验发展经费支出与国内生产总值之比": the last
    words = TOPIC_WORD.findall(metric)
    subject = TOPIC_WORD.findall(metric, 0, end.start()) if end else words
    strong = [TOPIC_OF_WORD[word] for word in subject if word not in WEAK_WORDS]
    for dominant, over in DOMINANT_TOPICS:
        if dominant in strong and (over is None or strong[-1] in over):
            return dominant, False
    for found, weak in ((subject, False), (words, False), (subject, True), (words, True)):
        head = next((word for word in reversed(found) if (word in WEAK_WORDS) == weak), None)
        if head:
            return TOPIC_OF_WORD[head], weak
    return "", False


def context_topic(sentence: str, upto: int, article: str) -> tuple[str, bool, bool]:
    """The topic whose words the sentence up to the figure and the headline repeat most
    (the rest of a sentence is about the figures after it; the whole sentence counts where
    that part names none), whether its words weigh as much as one word not weak (two weak
    ones do), and whether it is sure: the
    sentence before the figure names it, and no other topic, with a word not weak
    ("全市累计开展直播61.9万场，观看人次达24.2亿" is e-commerce). A weak word counts half, a
    headline's word half again; ties go to the earlier row of TOPIC_WORDS.

    >>> context_topic("产业集群现有制造企业5100多家，贸易企业2300余家，交易市场交易额300亿元", 16, "")
    ('industry', True, True)
    """
    words = words_in(sentence)
    before = [w for w in words if w[0] <= upto]
    counts: dict[str, float] = dict.fromkeys(TOPIC_RANK, 0.0)
    for _, topic, weight in before or words:
        counts[topic] += weight
    for _, topic, weight in words_in(article):
        counts[topic] += weight * HEADLINE_WEIGHT
    best = max(counts, key=lambda topic: (counts[topic], -TOPIC_RANK[topic]))
    if not counts[best]:
        return DEFAULT_TOPIC, False, False
    named_before = {topic for _, topic, weight in before if weight == 1.0}
    return best, counts[best] >= 1, named_before == {best}


@lru_cache(maxsize=512)
def words_in(text: str) -> list[tuple[int, str, float]]:
    """The topic words of a text: where each ends, its topic, and its weight."""
    unstopped = TOPIC_STOP.sub(lambda stop: " " * len(stop.group()), text)  # offsets stay true
    return [(w.end(), TOPIC_OF_WORD[w.group()], WEAK_WORD_WEIGHT if w.group() in WEAK_WORDS else 1.0)
            for w in TOPIC_WORD.finditer(unstopped)]


def channel_of(metric: str) -> str:
    """The channel word a metric names ("跨境电商", "直播"), which its parts after 其中 share,
    or ""."""
    return next((word for word in TOPIC_WORD.findall(metric) if TOPIC_OF_WORD[word] == CHANNEL
                 and word not in WEAK_WORDS), "")
