"""One sentence's matches -> figures: measure, sign, and whom each figure is about (its
metric, or the metric of the figure it refers to: 分别, 其中, lists and structures), then
every column of the row from the paragraph's context."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from operator import itemgetter
from typing import NamedTuple

from .basis import Base, basis_of, from_year_start
from .entity import entities_named
from .metric import (is_rate_only, joined_name, listed_subjects, metric_of, noun_after, rate_name, refers_back,
                     subject_of, unit_from_metric, with_shared_heads)
from .model import Article, Basis, Doubt, Figure, Match, Measure, Sentence, marked
from .patterns import CLAUSE_BREAK, SMALL_NUMERAL, UP_TO_LAST_BREAK, alternation
from .periods import last_before
from .region import leading_place, place_named, world_named
from .topic import channel_of, metric_topic, topic_of
from .vocab.cues import (ADVERBS_TO_NUMBER, AMONG_THEM, COMPARATIVE_FALLS, COMPARATIVE_RISES, CONTRIBUTION_CUES, CUE_TO_NUMBER,
                         DECLINE_CUES, DECLINE_RATES, GROWTH_CUES, LEVEL_CUES, LIST_JOINERS, LISTED_PLACE_NOUNS, RATIO_MARKS, REACHED,
                         RESPECTIVELY, SHARE_CUES, STRUCTURE_PART_SUFFIX, STRUCTURE_PARTS, TIMES_OF)
from .vocab.names import OF, RANKING_WORDS, RATE_NOUNS, SHARE_NAMES
from .vocab.units import DISTANT_QUALIFIERS, PERCENT

AVERAGE_ANNUAL = "avg_annual"
# "两省", "三市", "5个城市": the count of the places a list names, no part of its indicator.
PLACES_COUNT = re.compile(rf"^(?:{SMALL_NUMERAL}个?(?:{alternation(LISTED_PLACE_NOUNS)}))?")
PERIOD_JOINERS = "、和及与"
SHARE_NAME = re.compile(alternation(SHARE_NAMES))
MEASURE_CUE = re.compile(alternation({*GROWTH_CUES, *SHARE_CUES, *LEVEL_CUES}))
# The verb of a change in points: a cue or a comparative, not a rate's own noun.
CHANGE_VERB = re.compile(alternation({*GROWTH_CUES, *COMPARATIVE_RISES, *COMPARATIVE_FALLS} - set(RATE_NOUNS)))
CONTRIBUTION = re.compile(alternation(CONTRIBUTION_CUES))
DISTANT_QUALIFIER = re.compile(alternation(DISTANT_QUALIFIERS))
RANKING = re.compile(alternation(RANKING_WORDS))
OPEN_BRACKETS, CLOSE_BRACKETS = "（(", "）)"
# A listed subject is a short name: "广东（7.2万亿元）".
MAX_SUBJECT_NAME_CHARS = 10
# How far back a list's colon is looked for: "经济总量前三：甲市（…）、乙市（…）".
LIST_HEAD_CHARS = 80


class Context(NamedTuple):
    """What a paragraph says around its sentences' figures, built once per paragraph: the
    periods, bases and places it names with their offsets, and what holds where it names
    none."""

    doc_id: str
    text: str  # the document, digits normalised
    article: Article
    periods: list[tuple[int, str]]
    base_periods: list[tuple[int, str]]  # periods named as bases of comparison, by where they end
    default_period: str
    dated: bool  # the paper's date is known
    span: str  # the span of years its article named last in a paragraph's opening ("五年来，…"), or ""
    bases: list[tuple[int, Base]]
    places: list[tuple[int, str]]
    default_region: str


@dataclass(slots=True)
class Draft:
    """A match on its way to becoming a figure, with what its own clause says; a working
    record inside this module, its metric filled in from the figure it refers to."""

    match: Match
    measure: Measure
    metric: str      # "" where the clause names nothing: the figure refers to another
    clause: str
    decline: bool
    entity: str = ""
    region: str = ""
    period: str = ""  # where the sentence gives it one of its own: "2022年至2025年分别为…"
    dated_as: Draft | None = None  # the draft whose period it shares: a structure's first part
    doubts: list[Doubt] = field(default_factory=list)  # why the row is worth a check


def resolve(context: Context, sentence: Sentence, matches: list[Match], previous_metric: str) -> list[Figure]:
    """Figures of one sentence, in order. A growth that opens a sentence and names nothing
    is of `previous_metric`, the paragraph's last figure before it."""
    text = context.text
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
    if first_respectively >= 0:
        name_listed_subjects(text, sentence, drafts, context.periods)
    name_bracketed_subjects(text, sentence, drafts)
    name_structure_parts(text, sentence, drafts)
    name_parts(text.find(AMONG_THEM, sentence.start, sentence.end), drafts)
    name_from_clauses_before(text, sentence, matches, drafts)
    inherit_metrics(drafts, respectively, previous_metric)
    entities = entities_named(text, sentence.start, sentence.end)
    return [figure_of(context, sentence, draft, entities) for draft in drafts]


def figure_of(context: Context, sentence: Sentence, draft: Draft, entities: list[tuple[int, str]]) -> Figure:
    """A draft with every column of its row: what the paragraph names before it holds for it."""
    match, doubts = draft.match, draft.doubts
    period = draft.period or base_period(context, draft.dated_as or draft) or last_before(
        context.periods, match.start, context.default_period)
    if not period and context.dated:
        doubts.append("no-period")  # a dated paper whose text gives this figure no period
    basis: Basis = ""
    if draft.measure == "growth":
        basis = basis_of(context.bases, match.start, period)
        period = from_year_start(context.bases, match.start, period)
    if basis == AVERAGE_ANNUAL and context.span.endswith("/" + period):
        period = context.span  # "五年来，…年均增长6.9%": the years it averages over
    unit, value = match.unit, signed_value(draft)
    if match.kind == "multiple":
        unit = PERCENT
    elif not unit and match.kind != "ratio":
        unit = unit_from_metric(draft.metric)
        doubts.append("unit-from-metric")
    topic = topic_of(draft.metric, sentence.text, match.end - sentence.start, sentence.article.headline)
    if not topic.sure:
        doubts.append("topic-from-context")
    if not draft.metric:
        doubts.append("no-metric")
    elif draft.measure == "share" and not SHARE_NAME.search(draft.metric):
        doubts.append("share-unnamed")  # a share whose name says not what of: "区间波动"
    region = draft.region or world_named(subject_of(draft.metric)) or last_before(
        context.places, match.start, context.default_region)
    review, rule = marked(f"{match.rule}/{draft.measure}", doubts)
    return Figure(
        doc_id=context.doc_id, start=match.start, end=match.end, raw=match.raw, sentence=sentence.text,
        metric=draft.metric, measure=draft.measure, basis=basis, value=value, unit=unit, qualifier=match.qualifier, period=period, topic=topic.topic, region=region,
        entity=draft.entity or last_before(entities, match.start, ""), article=sentence.article.headline,
        review=review, rule=rule)


def base_period(context: Context, draft: Draft) -> str:
    """The period of a figure that is a base's own value: a base of comparison named in its
    clause with no cue between them ("相较去年除夕1800人次的客流"), else ""."""
    clause_start = draft.match.start - len(draft.clause)
    before = bisect_left(context.base_periods, draft.match.start, key=itemgetter(0))
    if not before:
        return ""
    end, code = context.base_periods[before - 1]
    between = context.text[end:draft.match.start]
    return code if end >= clause_start and not CHANGE_VERB.search(between) else ""


def signed_value(draft: Draft) -> float:
    """The value a row states: a decline negative; a multiple as the growth it says in %
    ("增长1.2倍" is 120%, "是上年的2.6倍" 160%, "翻一番" 100%)."""
    value = draft.match.value
    if draft.match.kind == "multiple":
        times_of = draft.match.rule == "doubling" or draft.clause.endswith(OF) or draft.clause.rstrip(
            CUE_TO_NUMBER).endswith(TIMES_OF)
        value = 100 * (value - 1 if times_of else value)
    return -value if draft.measure == "growth" and draft.decline else value


def draft_of(text: str, sentence: Sentence, match: Match, clause_floor: int) -> Draft:
    """A match with its clause: the words from the last clause break (or figure) before it."""
    last_break = UP_TO_LAST_BREAK.match(text, clause_floor, match.start)
    clause = text[last_break.end() if last_break else clause_floor:match.start]
    cue = last_cue(clause)
    measure = measure_of(match, clause, cue)
    metric = metric_of(clause)
    if ((measure == "level" and match.kind == "amount")
            or (measure == "share" and (not metric or text.startswith(OF, match.end)))):
        metric += noun_after(text, match.end, sentence.end)  # "占据全国约1/4的光伏玻璃市场份额"
    distant = DISTANT_QUALIFIER.search(clause)
    if match.qualifier == "exact" and distant:
        match = match._replace(qualifier=DISTANT_QUALIFIERS[distant.group()])
    region = place_named(metric)
    if region:  # "四川增长5.9%": the place is the figure's region, its metric the one it refers to
        metric = ""
    return Draft(match, measure, metric, clause, declines(match, clause, cue, metric), region=region)


def last_cue(clause: str) -> re.Match[str] | None:
    """The measure cue nearest before a figure in its clause."""
    cues = list(MEASURE_CUE.finditer(clause))
    return cues[-1] if cues else None


def measure_of(match: Match, clause: str, cue: re.Match[str] | None) -> Measure:
    """The measure from the match's kind and the cue nearest before it.

    A contribution is a share, in points too ("拉动出口增长2.6个百分点"). Other points and
    multiples are growths. A percent or a fraction is a growth after a growth cue and a
    share otherwise ("对经济增长贡献率43.6%" is a share, and so is "提高到21.5%", the level
    reached). An amount is a growth only right after its cue ("增加120家").
    """
    if is_contribution(clause, cue):
        return "share"
    if match.kind in ("points", "multiple"):
        return "growth"
    growth = (cue is not None and cue.group() in GROWTH_CUES
              and not clause[cue.end():].startswith(REACHED))
    if match.kind in ("percent", "fraction", "ratio"):
        return "growth" if growth else "share"
    return "growth" if growth and cue and not clause[cue.end():].strip(CUE_TO_NUMBER) else "level"


def is_contribution(clause: str, cue: re.Match[str] | None) -> bool:
    """A contribution: its nearest cue is one ("贡献率为", "贡献近五成"), or it is the growth
    a subject 拉动 ("拉动全部消费增长1.5个百分点")."""
    if cue is None:
        return False
    if cue.group() in CONTRIBUTION_CUES:
        return True
    pulled = CONTRIBUTION.search(clause)
    return (pulled is not None and pulled.group() == CONTRIBUTION_CUES[0]
            and MEASURE_CUE.search(clause, pulled.end(), cue.start()) is None)


def declines(match: Match, clause: str, cue: re.Match[str] | None, metric: str) -> bool:
    """Whether a growth is a fall. A change in points turns on its verb or comparative
    ("比上年同期低约15个基点"), turned round for a decline's rate ("降幅比上月收窄0.8个百分点"
    is a rise); anything else on its cue ("下降2.1%")."""
    if match.kind != "points":
        return cue is not None and (cue.group() in DECLINE_CUES or clause.rstrip(ADVERBS_TO_NUMBER).endswith(
            COMPARATIVE_FALLS))  # "同比少1000亿元"
    verbs = list(CHANGE_VERB.finditer(clause.rstrip(ADVERBS_TO_NUMBER)))
    verb = verbs[-1].group() if verbs else ""
    falls = verb in DECLINE_CUES or verb in COMPARATIVE_FALLS
    return falls != metric.endswith(DECLINE_RATES)


def name_listed_subjects(text: str, sentence: Sentence, drafts: list[Draft], periods: list[tuple[int, str]]) -> None:
    """"A、B分别增长x%、y%" or "A、B分别为x亿元和y亿元": the run of figures after 分别 takes
    the subjects named before it, in order (the last ones, where more are named; each with
    the heads only the last prints), or all the one subject named ("城乡居民收入分别增长
    5.1%和6.8%"); after a span of as many years, or as many periods named in its sentence,
    each its own ("2022年至2025年分别为11.0%、12.0%、12.6%和14.1%", "1月、2月CPI环比分别上涨
    0.2%和1%"). Where 分别 names none ("…108.5亿元，同比分别增长13.2%和
    28.3%"), inherit_metrics maps the run onto the figures before it. A list whose counts
    disagree is marked for a check."""
    for i, draft in enumerate(drafts):
        if RESPECTIVELY not in draft.clause:  # first: the clause is short, the sentence may not be
            continue
        at = text.rfind(RESPECTIVELY, sentence.start, draft.match.start)
        if at < 0:
            continue
        count = 1 + next((n for n in range(len(drafts) - i - 1)
                          if drafts[i + 1 + n].metric or drafts[i + 1 + n].measure != draft.measure),
                         len(drafts) - i - 1)
        run = drafts[i:i + count]
        subjects = [subject for subject in listed_subjects(text, sentence.start, at, count) if subject]
        comma = text.rfind("，", sentence.start, at)
        if not subjects and comma > 0 and not any(d.match.start < comma for d in drafts[:i]):
            # "A、B、C行业利润保持较快增长，比上年分别增长…": the clause before names them
            subjects = [s for s in listed_subjects(text, sentence.start, comma, count) if s]
        years = [str(year) for year in year_span(last_before(periods, at, ""))] or listed_periods(
            text, [named for named in periods if sentence.start <= named[0] < at])  # "1月、2月CPI环比分别上涨"
        if len(years) == count > 1 and len(subjects) != count:
            for item, year in zip(run, years):
                item.period = year
            subjects = subjects[-1:]
        if not subjects and i >= count and all(d.measure == draft.measure for d in drafts[i - count:i]):
            for item, earlier in zip(run, drafts[i - count:i]):  # "…分别占41.2%、63.5%，以金额计分别占38.4%、60.9%"
                item.metric = earlier.metric
        elif len(subjects) >= count and all(leading_place(subject)[0] for subject in subjects[-count:]):
            name = PLACES_COUNT.sub("", leading_place(subjects[-1])[1])  # "广东、江苏两省地区生产总值分别为…"
            for item, subject in zip(run, subjects[-count:]):
                item.region, item.metric = leading_place(subject)[0], name
        elif len(subjects) >= count:
            for item, subject in zip(run, with_shared_heads(subjects[-count:])):
                item.metric = subject
        elif len(subjects) == 1:
            for item in run:
                item.metric = subjects[0]
        if len(subjects) > 1 and len(subjects) != count:
            for item in run:
                item.doubts.append("respectively-counts")


def listed_periods(text: str, periods: list[tuple[int, str]]) -> list[str]:
    """The periods a list names last among `periods` ("1月、2月"): each joined to the next by
    a list's joiner alone."""
    listed = periods[-1:]
    for (start, code), (after, _) in zip(reversed(periods[:-1]), reversed(periods[1:])):
        between = text[start:after]
        if between[-1:] not in PERIOD_JOINERS or CLAUSE_BREAK.search(between):
            break
        listed.insert(0, (start, code))
    return [code for _, code in listed]


def year_span(period: str) -> list[int]:
    """The years of a span of whole years ("2022/2025" -> 2022…2025), else none."""
    first, _, last = period.partition("/")
    if len(first) == len(last) == 4 and first.isdigit() and last.isdigit():
        return list(range(int(first), int(last) + 1))
    return []


def name_bracketed_subjects(text: str, sentence: Sentence, drafts: list[Draft]) -> None:
    """"经济总量前三：广东（7.2万亿元）、江苏（6.5万亿元）": each bracketed figure is the
    listed indicator's level of the subject before its bracket (spec 2.1)."""
    for draft in drafts:
        start = draft.match.start
        if not (text[start - 1:start] and text[start - 1] in OPEN_BRACKETS
                and text[draft.match.end:draft.match.end + 1] in tuple(CLOSE_BRACKETS)):
            continue
        name = draft.clause.rstrip(OPEN_BRACKETS)
        colon = max(text.rfind(mark, max(sentence.start, start - LIST_HEAD_CHARS), start) for mark in RATIO_MARKS)
        if not name or len(name) > MAX_SUBJECT_NAME_CHARS or any(c.isdigit() for c in name) or colon < 0:
            continue
        head = UP_TO_LAST_BREAK.match(text, sentence.start, colon)
        indicator = metric_of(RANKING.sub("", text[head.end() if head else sentence.start:colon]))
        if indicator:
            draft.metric, draft.measure, draft.entity = indicator, "level" if draft.match.kind == "amount" \
                else draft.measure, metric_of(name)
            draft.region = place_named(draft.entity)


def name_structure_parts(text: str, sentence: Sentence, drafts: list[Draft]) -> None:
    """"三次产业结构为8.1：38.2：53.7": each part is a share named for its part ("第一产业
    比重"); the parts are the structure's named ones (in its sentence before it: "三次产业
    比例由上年的4.8:39.2:56.0调整为4.6:38.7:56.7" names both), else the subjects listed
    before it."""
    runs: list[list[Draft]] = []
    for draft in drafts:
        if draft.match.rule != "structure":
            continue
        if runs and text[runs[-1][-1].match.end:draft.match.start] in tuple(RATIO_MARKS):
            runs[-1].append(draft)
        else:
            runs.append([draft])
    for parts in runs:
        before = text[sentence.start:parts[0].match.start]
        names = next((named for word, named in STRUCTURE_PARTS.items() if word in before), None)
        if names is None or len(names) != len(parts):
            clause = parts[0].clause
            listed = listed_subjects(text, sentence.start,
                                     parts[0].match.start - len(clause) + len(clause.rstrip("为是")))
            names = tuple(listed) if len(listed) == len(parts) else tuple("" for _ in parts)
        for draft, name in zip(parts, names):
            draft.metric, draft.measure = (name + STRUCTURE_PART_SUFFIX if name else ""), "share"
            draft.dated_as = parts[0]  # the parts of "由上年的4.8:39.2:56.0" are all of last year


def name_from_clauses_before(text: str, sentence: Sentence, matches: list[Match], drafts: list[Draft]) -> None:
    """A figure whose clause names nothing, or only a rate, of a subject named in a clause
    before it with no figure between: "消费贡献率更高，达到61.3%", "剔除季节因素后的
    环比数据继续回升，上涨0.4%", "天然气的调峰作用增强，占比接近三成". Only a clause that
    names a topic's word is taken for a subject (not "市统计局负责人介绍，…")."""
    for i, draft in enumerate(drafts):
        if draft.metric and not is_rate_only(draft.metric) and not refers_back(draft.metric):
            continue
        floor = matches[i - 1].end if i else sentence.start
        clauses = CLAUSE_BREAK.split(text[floor:draft.match.start - len(draft.clause)])
        subject = next((named for clause in reversed(clauses) if (named := metric_of(clause))), "")
        if subject and metric_topic(subject)[0]:
            draft.metric = joined_name(subject, draft.metric)
            draft.doubts.append("metric-from-clause-before")


def name_parts(among: int, drafts: list[Draft]) -> None:
    """After 其中, an attribute the sentence named before ("签证货值") is the part's: it takes
    the name of the first figure after 其中 ("优惠原产地证签证货值")."""
    after = [d for d in drafts if d.match.start > among >= 0 and d.measure == "level"]
    named_before = {d.metric for d in drafts if d.match.start < among}
    if not after:
        return
    whole = next((d.metric for d in reversed(drafts) if d.match.start < among and d.measure == "level"), "")
    channel = channel_of(whole)
    for draft in after:  # "跨境电商进出口额186.4亿元…其中出口152.1亿元" is 跨境电商出口
        if channel and not channel_of(draft.metric):
            draft.metric = channel + draft.metric
    part = after[0].metric
    for draft in after[1:]:
        if draft.metric in named_before and part not in named_before:
            draft.metric = part + draft.metric


def inherit_metrics(drafts: list[Draft], respectively: list[bool], previous: str) -> None:
    """Figures whose clause names nothing take the metric of the figure they refer to.

    A run of growths takes the levels before it: in order after 分别, else the last one;
    with none before it, the figure before, else `previous` ("…生产总值…增长5.6%。分季度看，
    一季度增长5.3%"). A share named from its whole ("占进出口总额比重") takes its part's
    name; a change in points names the rate it changes ("比一季度加快0.4个百分点" after a
    growth of GDP is of "GDP增速").
    """
    pending: list[int] = []  # the levels and shares since the last run of growths
    taken: dict[int, str] = {}  # the subject a figure took from those before it: its rate's, its share's
    i = 0
    while i < len(drafts):
        draft = drafts[i]
        if draft.metric and draft.match.kind == "points" and is_rate_only(draft.metric):
            subject = taken[i] = drafts[i - 1].metric if i else previous  # the figure before, else the paragraph's last
            draft.metric = joined_name(subject, draft.metric) if subject else draft.metric
        if draft.metric or (draft.measure != "growth" and draft.match.kind != "points"):
            if not draft.metric and i:
                draft.metric = drafts[i - 1].metric  # "从274家增至639家"
            elif refers_back(draft.metric) and i:  # the figure before, or what that one referred to
                taken[i] = taken.get(i - 1) or subject_of(drafts[i - 1].metric)
                draft.metric = taken[i] + draft.metric
            if draft.measure != "growth":
                pending.append(i)
            i += 1
            continue
        end = next((j for j in range(i, len(drafts)) if drafts[j].metric or drafts[j].measure != "growth"),
                   len(drafts))
        names = [drafts[target].metric for target in referents(pending, end - i, respectively[i])]
        if not names:  # no level before: the figure just before, else the paragraph's last
            names = [drafts[i - 1].metric if i else previous] * (end - i)
            if not i:
                for k in range(i, end):
                    drafts[k].doubts.append("metric-from-before")
        for k, name in zip(range(i, end), names):
            drafts[k].metric = rate_name(name) if drafts[k].match.kind == "points" else name
            taken[k] = subject_of(name)
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
