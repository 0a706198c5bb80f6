"""The pipeline: text -> articles and paragraphs -> matches -> figures -> the tidy table.

A document is read once (`read`): its digits normalised, its tables and figures found, its
calendar, the places it names and its own place. Then each paragraph that holds a figure
gets its context (the periods, bases and places it names, and what holds where it names
none) and its sentences are resolved into rows.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from typing import NamedTuple

import pandas as pd

from .basis import bases_named
from .match import find_matches, per_share_matches, ratio_matches, structure_matches, with_elided_units
from .model import COLUMNS, Article, Figure, Match, Sentence
from .numbers import normalise
from .patterns import CLAUSE_BREAK, FIGURE_GOES_ON, NUMBER_CHARS, SENTENCE_END, alternation
from .periods import Calendar, calendar_of, head_period, named_periods, periods_named
from .region import Openings, home_of, lead_place, openings, places_in, speaks_of_whole
from .resolve import Context, resolve
from .segment import Paragraph, articles, split_sentences, to_document
from .tables import Table, find_tables, table_figures
from .vocab.cues import RATIO_WORDS, STRUCTURE_CUES
from .vocab.periods import PLAN_PERIODS, YEAR_MARK
from .vocab.units import PER_WORD


SPAN = re.compile(r"\d{4}/\d{4}")
YEAR_CODE = re.compile(r"\d{4}(?:/\d{4})?")  # a year or a span of years: a period a story keeps
# What a paragraph opening on a span of years starts with, within its first characters:
# "五年来", "2021—2025年", "“十四五”时期", "十年来".
SPAN_HINT = re.compile(f"[{YEAR_MARK}{''.join(plan[0] for plan in PLAN_PERIODS)}]")
SPAN_HINT_CHARS = 12

# The words by which a paragraph may hold a structure, a ratio or a share per unit, found in
# one scan: most paragraphs hold none.
FIGURE_SHAPE_CUE = re.compile(alternation((*STRUCTURE_CUES, *RATIO_WORDS, PER_WORD)))

class Document(NamedTuple):
    """A document read once: what every paragraph's context is made from."""

    doc_id: str
    text: str        # as decoded: `raw` comes from here
    normalised: str  # full-width digits made ASCII, same offsets
    blocks: list[tuple[Paragraph, Article]]
    tables: list[Table]
    matches: list[Match]
    starts: list[int]  # each match's start, to find a paragraph's by bisection
    calendar: Calendar
    opened: Openings  # the places and the whole country its clauses open on
    home: str        # the document's own place (region.home_of)


def extract_figures(text: str, doc_id: str = "doc", published: str = "", source: str = "") -> list[Figure]:
    """Every figure of a document, in text order. `published` (an ISO date) dates the
    document: "去年" in a paper of 2026 is 2025; without it the masthead or the years it
    names do. `source` (the paper) gives the document's own place.

    >>> [(f.raw, f.value, f.unit) for f in extract_figures("签证货值108.5亿元。")]
    [('108.5亿元', 10850000000.0, '元')]
    """
    document = read(text, doc_id, published, source)
    figures: list[Figure] = []
    waiting = list(document.tables)  # tables whose figures are not out yet, in text order
    for index, (paragraph, article, stance) in enumerate(walk(document)):
        while waiting and waiting[0].start < paragraph.end:  # a table takes the article it stands in
            figures += table_figures(document.normalised, waiting.pop(0), doc_id, article.headline, stance.region)
        found = paragraph_matches(document, paragraph)
        if found:
            context = paragraph_context(document, paragraph, article, stance, found)
            figures += paragraph_figures(context, split_sentences(paragraph, index, article), found)
    figures = sorted(figures, key=lambda figure: figure.start) if document.tables else figures
    if published or source:
        figures = [figure._replace(published=published, source=source) for figure in figures]
    return figures


def read(text: str, doc_id: str, published: str, source: str) -> Document:
    """A document's text -> what its figures are read from."""
    normalised = normalise(text)
    tables = find_tables(normalised)
    matches = with_elided_units(normalised, text, list(find_matches(normalised, text)))
    if tables:  # a table's numbers are its cells', not prose figures
        matches = [m for m in matches if not any(t.start <= m.start < t.end for t in tables)]
    blocks = list(articles(text))
    calendar = calendar_of(normalised, blocks[0][1].headline if blocks else "", published)
    opened = openings(normalised)
    return Document(doc_id, text, normalised, blocks, tables, matches, [m.start for m in matches], calendar, opened,
                    home_of(source, opened.places))


class Stance(NamedTuple):
    """What holds for a paragraph where it names nothing itself."""

    period: str         # its article's head's, else the document's first head's, else the dated paper's
    region: str         # the place in force: a lead before it in its article, its head's, the home
    span: str           # the span of years a paragraph's opening named last in its article ("五年来，…")


def walk(document: Document) -> Iterable[tuple[Paragraph, Article, Stance]]:
    """Each paragraph with its article and what holds for it: the periods of article heads
    (the first head that names one holds for heads that name none), the place in force."""
    text, calendar = document.normalised, document.calendar
    heads: dict[Article, str] = {}
    document_period = ""
    article: Article | None = None
    in_force = document.home
    head_starts: set[int] = set()
    span = ""
    for paragraph, current in document.blocks:
        if current != article:
            article = current
            head_starts = {start for start, _ in article.head}
            span = ""
            heads[article] = head_period(text, article.head, calendar)
            document_period = document_period or heads[article]
            head_places = [lead for start, end in article.head
                           if (lead := lead_place(text, start, end, document.opened.places, document.home))]
            in_force = head_places[-1] if head_places else document.home
            article_region = in_force
        elif speaks_of_whole(document.opened.whole, paragraph.start, paragraph.end):
            in_force = article_region
        period = heads[article] or document_period
        if SPAN_HINT.search(text, paragraph.start, paragraph.start + SPAN_HINT_CHARS):
            span = opening_span(text, paragraph, calendar) or span
        stance = Stance(period or (str(calendar.account_year or calendar.year) if calendar.dated else ""), in_force,
                        span)
        yield paragraph, article, stance
        if paragraph.start not in head_starts and document.opened.names_in(paragraph.start, paragraph.end):
            in_force = lead_place(text, paragraph.start, paragraph.end, document.opened.places, in_force) or in_force


def opening_span(text: str, paragraph: Paragraph, calendar: Calendar) -> str:
    """The span of years a paragraph's first clause names ("五年来，", "“十四五”时期，"), or ""."""
    first_break = CLAUSE_BREAK.search(text, paragraph.start, paragraph.end)
    stop = first_break.start() if first_break else paragraph.end
    return next((code for _, code in periods_named(text, paragraph.start, stop, calendar) if SPAN.fullmatch(code)), "")


def paragraph_matches(document: Document, paragraph: Paragraph) -> list[Match]:
    """The matches of a paragraph, with a structure's parts where a cue of one stands; a
    number a line break cut is found again in the rejoined text."""
    text = document.normalised
    if cuts_a_number(paragraph, text):
        found = rejoined_matches(paragraph, document.text)
    else:
        low, high = bisect_left(document.starts, paragraph.start), bisect_left(document.starts, paragraph.end)
        found = document.matches[low:high]
    if not FIGURE_SHAPE_CUE.search(paragraph.text):
        return found
    if any(cue in paragraph.text for cue in STRUCTURE_CUES):
        found = sorted(found + structure_matches(text, document.text, paragraph.start, paragraph.end))
    if any(word in paragraph.text for word in RATIO_WORDS):
        found = sorted(found + ratio_matches(text, document.text, paragraph.start, paragraph.end))
    if PER_WORD in paragraph.text:
        shares = per_share_matches(text, document.text, paragraph.start, paragraph.end)
        found = sorted([m for m in found if not any(s.start <= m.start < s.end for s in shares)] + shares)
    return found


def paragraph_context(document: Document, paragraph: Paragraph, article: Article, stance: Stance,
                      matches: list[Match]) -> Context:
    """What a paragraph names around its figures, and what holds where it names nothing. A
    month or a day named in a sentence with no figure tells a story, not the figures' period:
    "今年8月以后…旱情在9月上旬得到缓解。分品种看，玉米产量6024亿斤" is the year's."""
    text, start, end = document.normalised, paragraph.start, paragraph.end
    periods, base_periods = named_periods(text, start, end, document.calendar, stance.period)
    periods = [(at, code) for at, code in periods if YEAR_CODE.fullmatch(code) or has_figure(text, at, matches)]
    return Context(
        doc_id=document.doc_id, text=text, article=article, periods=periods, base_periods=base_periods,
        default_period=stance.period, dated=document.calendar.dated, span=stance.span,
        bases=bases_named(text, start, end),
        places=places_in(document.opened.places, start, end, stance.region),
        default_region=stance.region)


def has_figure(text: str, at: int, matches: list[Match]) -> bool:
    """Whether a figure stands in the sentence of `at`, after it."""
    stop = SENTENCE_END.search(text, at)
    end = stop.end() if stop else len(text)
    return any(at <= match.start < end for match in matches)


def cuts_a_number(paragraph: Paragraph, text: str) -> bool:
    """Whether a break inside the paragraph falls within a number and its unit: a digit or
    a numeral before it and something a figure goes on with after it ("12⏎34.5亿元")."""
    return any(text[end - 1] in NUMBER_CHARS and text[start] in FIGURE_GOES_ON
               for (_, end), (start, _) in zip(paragraph.pieces, paragraph.pieces[1:]))


def rejoined_matches(paragraph: Paragraph, text: str) -> list[Match]:
    """The matches of a paragraph that breaks cut into lines, found in its rejoined text so
    that "…达到12⏎34.5亿元" is one number; `raw` keeps the break, as the document has it."""
    rejoined = []
    normalised = normalise(paragraph.text)
    for match in with_elided_units(normalised, paragraph.text, list(find_matches(normalised, paragraph.text))):
        start, end = to_document(paragraph, match.start), to_document(paragraph, match.end - 1) + 1
        rejoined.append(match._replace(start=start, end=end, raw=text[start:end]))
    return rejoined


def paragraph_figures(context: Context, sentences: Iterable[Sentence], matches: list[Match]) -> list[Figure]:
    """The figures of one paragraph, sentence by sentence; a growth that opens a sentence
    naming nothing is of the paragraph's last figure before it."""
    figures: list[Figure] = []
    i = 0
    for sentence in sentences:
        found = []
        while i < len(matches) and matches[i].start < sentence.end:
            if matches[i].start >= sentence.start:
                found.append(matches[i])
            i += 1
        if found:
            figures += resolve(context, sentence, found, figures[-1].metric if figures else "")
    return figures


def to_frame(figures: Iterable[Figure]) -> pd.DataFrame:
    """The tidy table: one row per figure, the spec's columns in order, then `rule`."""
    frame = pd.DataFrame(list(figures), columns=list(COLUMNS))
    return frame.astype({"start": "int64", "end": "int64", "value": "float64", "review": "bool"})


def figures_frame(text: str, doc_id: str = "doc", published: str = "", source: str = "") -> pd.DataFrame:
    """A document's text -> its tidy table."""
    return to_frame(extract_figures(text, doc_id, published, source))
