"""One sentence's matches -> figures: measure, basis, metric, period, topic, entity, 分别."""
from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from .model import Basis, Figure, Match, Measure, Sentence
from .patterns import alternation
from .periods import PERIOD, Calendar, last_period
from .vocab import (BASIS_CUES, CLAUSE_BREAKS, DECLINE_CUES, DEFAULT_TOPIC, DISTANT_QUALIFIERS,
                    ENTITY_SUFFIXES, EXPLICIT_BASE, GROWTH_CUES, LIST_JOINERS, METRIC_LEADING_WORDS,
                    METRIC_TRAILING_WORDS, RESPECTIVELY, SHARE_CUES, SHARE_OF, TOPIC_STOP_PHRASES, TOPICS, UNIT_BEARING_METRIC_ENDS,
                    WEAK_TOPIC_KEYWORDS)

MEASURE_CUE = regex.compile(alternation({*GROWTH_CUES, *SHARE_CUES}))
CUE_MEASURES: dict[str, Measure] = {**{c: "share" for c in SHARE_CUES}, **{c: "growth" for c in GROWTH_CUES}}
BASIS_CUE = regex.compile(rf"(?P<cue>{alternation(c for c, _ in BASIS_CUES)})|(?P<explicit>{EXPLICIT_BASE})")
BASES: dict[str, Basis] = dict(BASIS_CUES)  # type: ignore[arg-type]
CLAUSE_BREAK = regex.compile(rf"[{regex.escape(CLAUSE_BREAKS)}、]")
LEADING = regex.compile(rf"^(?:{PERIOD.pattern}|{alternation(METRIC_LEADING_WORDS)}|[\s“”\"'，,、（(])+",
                        regex.VERBOSE)
TRAILING = regex.compile(rf"(?:{alternation(METRIC_TRAILING_WORDS)}|[\s“”\"'：:])+$")
QUOTES = str.maketrans("", "", "“”\"‘’")
FOOTNOTE = regex.compile(r"\[\d+\]")
DISTANT_QUALIFIER = regex.compile(alternation(DISTANT_QUALIFIERS))
ENTITY = regex.compile(rf"[\p{{Han}}A-Za-z（）()·]{{2,12}}?(?:{alternation(ENTITY_SUFFIXES)})")
# How many characters after a count its noun is looked for: "新增23家A级旅游景区".
NOUN_AFTER_CHARS = 20


@dataclass(frozen=True, slots=True)
class Draft:
    """A match on its way to becoming a figure, with what its own clause says."""

    match: Match
    measure: Measure
    metric: str      # "" where the clause names nothing: the figure refers to another
    clause: str


def resolve(text: str, sentence: Sentence, matches: list[Match], calendar: Calendar,
            carried_period: str, doc_id: str) -> list[Figure]:
    """Figures of one sentence; `carried_period` is the last period its paragraph named."""
    drafts: list[Draft] = []
    for i, match in enumerate(matches):
        floor = matches[i - 1].end if i else sentence.start
        draft = draft_of(text, sentence, match, floor)
        if drafts and match.kind == drafts[-1].match.kind and is_list_continuation(text[floor:match.start]):
            draft = replace(draft, measure=drafts[-1].measure, metric="", clause=drafts[-1].clause)
        drafts.append(draft)
    respectively = [RESPECTIVELY in text[sentence.start:d.match.start] for d in drafts]
    drafts = inherit_metrics(drafts, respectively)
    figures = []
    for draft in drafts:
        match = draft.match
        period = last_period(text, sentence.start, match.start, calendar, carried_period) or carried_period
        basis = basis_of(text[sentence.start:match.start]) if draft.measure == "growth" else ""
        value = -match.value if draft.measure == "growth" and is_decline(draft.clause) else match.value
        figures.append(Figure(
            doc_id=doc_id, start=match.start, end=match.end, raw=match.raw, sentence=sentence.text,
            metric=draft.metric, measure=draft.measure, basis=basis, value=value,
            unit=match.unit or unit_from_metric(draft.metric), qualifier=match.qualifier,
            period=period,
            topic=topic_of(draft.metric, sentence.text, sentence.article),
            entity=entity_of(text[sentence.start:match.start]), article=sentence.article,
            rule=f"{match.rule}/{draft.measure}"))
    return figures


def draft_of(text: str, sentence: Sentence, match: Match, clause_floor: int) -> Draft:
    """A match with its clause: the words from the last clause break (or figure) before it."""
    breaks = [b.end() for b in CLAUSE_BREAK.finditer(text, clause_floor, match.start)]
    clause = text[max([clause_floor, *breaks]):match.start]
    measure = measure_of(match, clause)
    metric = metric_of(clause)
    if (measure == "level" and match.kind == "amount") or (measure == "share" and not metric):
        metric += noun_after(text, match.end, sentence.end)
    qualifier = match.qualifier
    distant = DISTANT_QUALIFIER.search(clause)
    if qualifier == "exact" and distant:
        match = replace(match, qualifier=DISTANT_QUALIFIERS[distant.group()])
    return Draft(match, measure, metric, clause)


def measure_of(match: Match, clause: str) -> Measure:
    """Fractions are shares, points and multiples growths; a percent or an amount takes the
    cue nearest before it ("对经济增长贡献率43.6%" is a share)."""
    if match.kind == "fraction":
        return "share"
    if match.kind in ("points", "multiple"):
        return "growth"
    cues = MEASURE_CUE.findall(clause)
    if match.kind == "percent":
        return CUE_MEASURES[cues[-1]] if cues else "share"
    stripped = TRAILING.sub("", clause) if not clause.endswith(tuple(GROWTH_CUES)) else clause
    return "growth" if cues and stripped.endswith(tuple(GROWTH_CUES)) and CUE_MEASURES[cues[-1]] == "growth" else "level"


def is_decline(clause: str) -> bool:
    cues = MEASURE_CUE.findall(clause)
    return bool(cues) and cues[-1] in DECLINE_CUES


def basis_of(before: str) -> Basis:
    """The last basis cue before a growth; a named base year ("较2020年") means none."""
    basis: Basis = ""
    for found in BASIS_CUE.finditer(before):
        basis = BASES[found.group("cue")] if found.group("cue") else ""
    return basis


def metric_of(clause: str) -> str:
    """The indicator's name: the clause without its period words, subject fillers and cues.

    >>> metric_of("2025年1月至11月，全市累计开展直播")
    '开展直播'
    """
    previous = None
    metric = FOOTNOTE.sub("", clause.translate(QUOTES))
    while metric != previous:
        previous = metric
        metric = TRAILING.sub("", LEADING.sub("", metric))
    return metric


def noun_after(text: str, end: int, sentence_end: int) -> str:
    """The noun a count names when it comes after it: "新增23家A级旅游景区" -> "A级旅游景区"."""
    after = text[end:min(sentence_end, end + NOUN_AFTER_CHARS)]
    found = CLAUSE_BREAK.search(after)
    noun = after[:found.start()] if found else after
    if not noun or noun.startswith(tuple(GROWTH_CUES) + ("比", "较", "以", "左右", "之")):
        return ""
    return noun.lstrip("的是为").translate(QUOTES)


def inherit_metrics(drafts: list[Draft], respectively: list[bool]) -> list[Draft]:
    """Growths and shares whose clause names nothing take the metric of the level before
    them; a run of them after 分别 takes the levels before it in order."""
    result = list(drafts)
    pending: list[int] = []  # the levels since the last run of growths and shares
    i = 0
    while i < len(drafts):
        draft = drafts[i]
        if draft.metric or draft.measure == "level":
            if draft.measure == "level":
                if not draft.metric and i:
                    result[i] = replace(draft, metric=result[i - 1].metric)  # "从274家增至639家"
                pending.append(i)
            elif draft.metric.startswith(SHARE_OF) and pending:
                result[i] = replace(draft, metric=result[pending[-1]].metric + draft.metric)
            i += 1
            continue
        end = next((j for j in range(i, len(drafts)) if drafts[j].metric or drafts[j].measure == "level"),
                   len(drafts))
        targets = referents(pending, end - i, respectively[i])
        for k, target in zip(range(i, end), targets):
            result[k] = replace(drafts[k], metric=result[target].metric)
        if targets:
            pending = []
        i = end
    return result


def referents(pending: list[int], count: int, respectively: bool) -> list[int]:
    """Which levels a run of `count` growths refers to.

    >>> referents([0, 1, 2], 2, True), referents([0, 1, 2], 2, False), referents([], 1, False)
    ([1, 2], [2, 2], [])
    """
    if respectively and len(pending) >= count:
        return pending[-count:]
    return [pending[-1]] * count if pending else []


def is_list_continuation(between: str) -> bool:
    """Only a list joiner stands between two figures: "增长13.2%和28.3%"."""
    return not between.strip(LIST_JOINERS)


def unit_from_metric(metric: str) -> str:
    """A number with no unit of its own counts what its metric names: "观看人次达24.2亿"."""
    return next((unit for unit in UNIT_BEARING_METRIC_ENDS if metric.endswith(unit)), "")


def topic_of(metric: str, sentence: str, article: str) -> str:
    """The first topic with a specific keyword in the metric (the part before 占: the share's
    whole is not its topic), else the topic whose keywords the sentence and headline repeat
    most, ties going to the earlier row of TOPICS."""
    head = metric.split(SHARE_OF)[0] or metric
    for stop in TOPIC_STOP_PHRASES:
        head, sentence, article = (s.replace(stop, "") for s in (head, sentence, article))
    for topic, keywords in TOPICS:
        if any(k in head for k in keywords if k not in WEAK_TOPIC_KEYWORDS):
            return topic
    counts: dict[str, int] = {}
    for topic, keywords in TOPICS:
        counts[topic] = counts.get(topic, 0) + sum(sentence.count(k) + article.count(k) for k in keywords)
    ranked = sorted(counts, key=lambda topic: -counts[topic])  # a stable sort keeps table order
    return ranked[0] if counts[ranked[0]] else DEFAULT_TOPIC


def entity_of(before: str) -> str:
    """The last company, cluster, market or park named before the figure in its sentence."""
    names = ENTITY.findall(before)
    return names[-1] if names else ""
