"""One sentence's matches -> figures: measure, basis, period, and whom each figure is about
(its metric, or the metric of the figure it refers to, 分别 included)."""
from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from .model import Basis, Figure, Match, Measure, Sentence
from .names import (UP_TO_LAST_BREAK, entities_named, refers_back, listed_subjects, metric_of, noun_after,
                    topic_of, unit_from_metric)
from .patterns import alternation
from .periods import last_before
from .vocab import (CUE_TO_NUMBER, BASIS_CUES, DECLINE_CUES, DISTANT_QUALIFIERS, EXPLICIT_BASE, GROWTH_CUES,
                    AMONG_THEM, LIST_JOINERS, OF, REACHED, RESPECTIVELY, SHARE_CUES)

MEASURE_CUE = re.compile(alternation({*GROWTH_CUES, *SHARE_CUES}))
BASIS_CUE = regex.compile(rf"(?P<cue>{alternation(c for c, _ in BASIS_CUES)})|(?P<explicit>{EXPLICIT_BASE})")
BASES: dict[str, Basis] = dict(BASIS_CUES)  # type: ignore[arg-type]
DISTANT_QUALIFIER = re.compile(alternation(DISTANT_QUALIFIERS))


@dataclass(slots=True)
class Draft:
    """A match on its way to becoming a figure, with what its own clause says; a working
    record inside this module, its metric filled in from the figure it refers to."""

    match: Match
    measure: Measure
    metric: str      # "" where the clause names nothing: the figure refers to another
    clause: str
    decline: bool


def resolve(text: str, sentence: Sentence, matches: list[Match], periods: list[tuple[int, str]],
            bases: list[tuple[int, Basis]], previous_metric: str, doc_id: str) -> list[Figure]:
    """Figures of one sentence, in order. `periods` and `bases` are those its paragraph
    names, with their offsets: a figure takes the last named before it, so "比上年增长3.8%。
    其中，出口…增长6.1%" is year on year too. A growth that opens a sentence and names
    nothing is of `previous_metric`, the paragraph's last figure before it."""
    drafts: list[Draft] = []
    first_respectively = text.find(RESPECTIVELY, sentence.start, sentence.end)
    for i, match in enumerate(matches):
        floor = matches[i - 1].end if i else sentence.start
        draft = draft_of(text, sentence, match, floor)
        if drafts and match.kind == drafts[-1].match.kind and is_list_continuation(text[floor:match.start]):
            # "增长13.2%和28.3%": the list's items share a measure; after 分别 they are named
            # below, else all by the list's one name ("城乡居民收入增长5.1%和6.8%")
            draft.measure, draft.decline = drafts[-1].measure, drafts[-1].decline
            after_respectively = 0 <= first_respectively <= match.start - len(RESPECTIVELY)
            draft.metric = "" if after_respectively else drafts[-1].metric
        drafts.append(draft)
    respectively = [0 <= first_respectively < d.match.start for d in drafts]
    entities = entities_named(text, sentence.start, sentence.end)
    if first_respectively >= 0:
        name_listed_subjects(text, sentence, drafts)
    name_parts(text.find(AMONG_THEM, sentence.start, sentence.end), drafts)
    inherit_metrics(drafts, respectively, previous_metric)
    figures = []
    for draft in drafts:
        match = draft.match
        figures.append(Figure(
            doc_id=doc_id, start=match.start, end=match.end, raw=match.raw, sentence=sentence.text,
            metric=draft.metric, measure=draft.measure,
            basis=last_before(bases, match.start, "") if draft.measure == "growth" else "",
            value=-match.value if draft.measure == "growth" and draft.decline else match.value,
            unit=match.unit or unit_from_metric(draft.metric), qualifier=match.qualifier,
            period=last_before(periods, match.start, ""),
            topic=topic_of(draft.metric, sentence.text, match.end - sentence.start, sentence.article),
            entity=last_before(entities, match.start, ""), article=sentence.article,
            rule=f"{match.rule}/{draft.measure}"))
    return figures


def draft_of(text: str, sentence: Sentence, match: Match, clause_floor: int) -> Draft:
    """A match with its clause: the words from the last clause break (or figure) before it."""
    last_break = UP_TO_LAST_BREAK.match(text, clause_floor, match.start)
    clause = text[last_break.end() if last_break else clause_floor:match.start]
    cue = last_cue(clause)
    measure = measure_of(match, clause, cue)
    metric = metric_of(clause)
    if ((measure == "level" and match.kind == "amount")
            or (measure == "share" and (not metric or text.startswith(OF, match.end)))):
        metric += noun_after(text, match.end, sentence.end)  # "创造出全球约1/3的汽车玻璃市场份额"
    distant = DISTANT_QUALIFIER.search(clause)
    if match.qualifier == "exact" and distant:
        match = match._replace(qualifier=DISTANT_QUALIFIERS[distant.group()])
    return Draft(match, measure, metric, clause, cue is not None and cue.group() in DECLINE_CUES)


def last_cue(clause: str) -> re.Match[str] | None:
    """The measure cue nearest before a figure in its clause."""
    cues = list(MEASURE_CUE.finditer(clause))
    return cues[-1] if cues else None


def measure_of(match: Match, clause: str, cue: re.Match[str] | None) -> Measure:
    """The measure from the match's kind and the cue nearest before it.

    Points and multiples are growths. A percent or a fraction is a growth after a growth
    cue and a share otherwise ("对经济增长贡献率43.6%" is a share, and so is "提高到21.5%",
    the level reached). An amount is a growth only right after its cue ("增加120家").
    """
    if match.kind in ("points", "multiple"):
        return "growth"
    growth = (cue is not None and cue.group() in GROWTH_CUES
              and not clause[cue.end():].startswith(REACHED))
    if match.kind in ("percent", "fraction"):
        return "growth" if growth else "share"
    return "growth" if growth and cue and not clause[cue.end():].strip(CUE_TO_NUMBER) else "level"


def bases_named(text: str, start: int, end: int) -> list[tuple[int, Basis]]:
    """The bases of comparison named in `text[start:end]`: a basis cue, or "" for a base
    named otherwise ("较2020年", "比年初"). A growth takes the last before it, else the
    basis its paragraph spoke of last.

    >>> bases_named("同比增长5%，较2020年增长20%", 0, 18)
    [(0, 'yoy'), (7, '')]
    """
    return [(found.start(), BASES[found.group("cue")] if found.group("cue") else "")
            for found in BASIS_CUE.finditer(text, start, end)]


def name_listed_subjects(text: str, sentence: Sentence, drafts: list[Draft]) -> None:
    """"A、B分别增长x%、y%" or "A、B分别为x亿元和y亿元": the run of figures after 分别 takes
    the subjects named before it, in order, or all the one subject named ("城乡居民收入分别
    增长5.1%和6.8%"). Where 分别 names none ("…108.5亿元，同比分别增长13.2%和28.3%"),
    inherit_metrics maps the run onto the figures before it."""
    for i, draft in enumerate(drafts):
        if RESPECTIVELY not in draft.clause:  # first: the clause is short, the sentence may not be
            continue
        at = text.rfind(RESPECTIVELY, sentence.start, draft.match.start)
        if at < 0:
            continue
        count = 1 + next((n for n in range(len(drafts) - i - 1)
                          if drafts[i + 1 + n].metric or drafts[i + 1 + n].measure != draft.measure),
                         len(drafts) - i - 1)
        subjects = listed_subjects(text, sentence.start, at)
        if all(subjects) and len(subjects) in (1, count):
            for k in range(count):
                drafts[i + k].metric = subjects[k if len(subjects) == count else 0]


def name_parts(among: int, drafts: list[Draft]) -> None:
    """After 其中, an attribute the sentence named before ("签证货值") is the part's: it takes
    the name of the first figure after 其中 ("优惠原产地证签证货值")."""
    after = [d for d in drafts if d.match.start > among >= 0 and d.measure == "level"]
    named_before = {d.metric for d in drafts if d.match.start < among}
    if not after:
        return
    part = after[0].metric
    for draft in after[1:]:
        if draft.metric in named_before and part not in named_before:
            draft.metric = part + draft.metric


def inherit_metrics(drafts: list[Draft], respectively: list[bool], previous: str) -> None:
    """Figures whose clause names nothing take the metric of the figure they refer to.

    A run of growths takes the levels before it: in order after 分别, else the last one;
    with none before it, the figure before, else `previous` ("…生产总值…增长5.6%。分季度看，
    一季度增长5.3%"). A share named from its whole ("占进出口总额比重") takes its part's name.
    """
    pending: list[int] = []  # the levels and shares since the last run of growths
    i = 0
    while i < len(drafts):
        draft = drafts[i]
        if draft.metric or draft.measure != "growth":
            if not draft.metric and i:
                draft.metric = drafts[i - 1].metric  # "从274家增至639家"
            elif refers_back(draft.metric) and i:
                draft.metric = drafts[pending[-1] if pending else i - 1].metric + draft.metric
            if draft.measure != "growth":
                pending.append(i)
            i += 1
            continue
        end = next((j for j in range(i, len(drafts)) if drafts[j].metric or drafts[j].measure != "growth"),
                   len(drafts))
        names = [drafts[target].metric for target in referents(pending, end - i, respectively[i])]
        if not names:  # no level before: the figure just before, else the paragraph's last
            names = [drafts[i - 1].metric if i else previous] * (end - i)
        for k, name in zip(range(i, end), names):
            drafts[k].metric = name
        pending = []
        i = end


def referents(pending: list[int], count: int, respectively: bool) -> list[int]:
    """Which earlier figures a run of `count` growths refers to.

    >>> referents([0, 1, 2], 2, True), referents([0, 1, 2], 2, False), referents([], 1, False)
    ([1, 2], [2, 2], [])
    """
    if respectively and len(pending) >= count:
        return pending[-count:]
    return [pending[-1]] * count if pending else []


def is_list_continuation(between: str) -> bool:
    """Only a list joiner stands between two figures: "增长13.2%和28.3%"."""
    return not between.strip(LIST_JOINERS)
