"""The pipeline: text -> sentences -> matches -> figures -> the tidy table."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

import pandas as pd

from .match import find_matches
from .model import COLUMNS, Figure, Match, Sentence
from .numbers import normalise
from .periods import Calendar, calendar_of, periods_named
from .resolve import bases_named, resolve
from .patterns import FIGURE_GOES_ON, NUMBER_CHARS
from .segment import Paragraph, articles, looks_like_headline, split_sentences, to_document
from .tables import find_tables, table_figures


def extract_figures(text: str, doc_id: str = "doc", published: str = "", source: str = "") -> list[Figure]:
    """Every figure of a document, in text order. Only paragraphs holding a match are cut
    into sentences and read further. `published` (an ISO date) dates the document: "去年"
    in a paper of 2026 is 2025; without it the masthead or the years it names do.

    >>> [(f.raw, f.value, f.unit) for f in extract_figures("签证货值108.5亿元。")]
    [('108.5亿元', 10850000000.0, '元')]
    """
    normalised = normalise(text)
    tables = find_tables(normalised)
    matches = list(find_matches(normalised, text))
    if tables:  # a table's numbers are its cells', not prose figures
        matches = [m for m in matches if not any(t.start <= m.start < t.end for t in tables)]
    starts = [m.start for m in matches]
    figures: list[Figure] = []
    waiting = list(tables)  # tables whose figures are not out yet, in text order
    calendar: Calendar | None = None
    article, article_period, document_period, in_head = None, "", "", False
    for index, (paragraph, headline) in enumerate(articles(text)):
        calendar = calendar or calendar_of(normalised, headline, published)
        if headline != article:  # a new article: its headline and subtitles may name its period
            article, article_period, in_head = headline, "", True
        in_head = in_head and looks_like_headline(paragraph.text)
        if in_head and not article_period:
            named = periods_named(normalised, paragraph.start, paragraph.end, calendar)
            article_period = named[0][1] if named else ""
            document_period = document_period or article_period
        while waiting and waiting[0].start < paragraph.end:  # a table takes the article it stands in
            figures += table_figures(normalised, waiting.pop(0), doc_id, headline)
        low, high = bisect_left(starts, paragraph.start), bisect_left(starts, paragraph.end)
        found = rejoined_matches(paragraph, text) if cuts_a_number(paragraph, normalised) else matches[low:high]
        if found:
            default = (article_period or document_period
                       or (str(calendar.year) if calendar.dated and calendar.year else ""))
            figures += paragraph_figures(normalised, paragraph, split_sentences(paragraph, index, headline),
                                         found, calendar, default, doc_id)
    figures = sorted(figures, key=lambda figure: figure.start) if tables else figures
    if published or source:
        figures = [figure._replace(published=published, source=source) for figure in figures]
    return figures


def cuts_a_number(paragraph: Paragraph, text: str) -> bool:
    """Whether a break inside the paragraph falls within a number and its unit: a digit or
    a numeral before it and something a figure goes on with after it ("12⏎34.5亿元")."""
    return any(text[end - 1] in NUMBER_CHARS and text[start] in FIGURE_GOES_ON
               for (_, end), (start, _) in zip(paragraph.pieces, paragraph.pieces[1:]))


def rejoined_matches(paragraph: Paragraph, text: str) -> list[Match]:
    """The matches of a paragraph that breaks cut into lines, found in its rejoined text so
    that "…达到12⏎34.5亿元" is one number; `raw` keeps the break, as the document has it."""
    rejoined = []
    for match in find_matches(normalise(paragraph.text), paragraph.text):
        start, end = to_document(paragraph, match.start), to_document(paragraph, match.end - 1) + 1
        rejoined.append(match._replace(start=start, end=end, raw=text[start:end]))
    return rejoined


def paragraph_figures(text: str, paragraph: Paragraph, sentences: Iterable[Sentence], matches: list[Match],
                      calendar: Calendar, default_period: str, doc_id: str) -> list[Figure]:
    """The figures of one paragraph, sentence by sentence; periods and bases of comparison
    named earlier in the paragraph hold for the figures after them, and where none is
    named, `default_period`: the article's (its headline's, else the document's first
    headline's, else the dated paper's year)."""
    periods = [(paragraph.start - 1, default_period)] if default_period else []
    periods += periods_named(text, paragraph.start, paragraph.end, calendar, default_period)
    bases = bases_named(text, paragraph.start, paragraph.end)
    figures: list[Figure] = []
    i = 0
    for sentence in sentences:
        found = []
        while i < len(matches) and matches[i].start < sentence.end:
            if matches[i].start >= sentence.start:
                found.append(matches[i])
            i += 1
        if found:
            figures += resolve(text, sentence, found, periods, bases, figures[-1].metric if figures else "", doc_id)
    return figures


def to_frame(figures: Iterable[Figure]) -> pd.DataFrame:
    """The tidy table: one row per figure, the spec's columns in order, then `rule`."""
    frame = pd.DataFrame(list(figures), columns=list(COLUMNS))
    return frame.astype({"start": "int64", "end": "int64", "value": "float64"})


def figures_frame(text: str, doc_id: str = "doc", published: str = "", source: str = "") -> pd.DataFrame:
    """A document's text -> its tidy table."""
    return to_frame(extract_figures(text, doc_id, published, source))
