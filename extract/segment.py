"""Text -> paragraphs -> sentences with document offsets, each knowing its article.

A page or column break can cut a sentence: "通报了…精神自" + blank line + "查情况…". A
paragraph that stops without a sentence end and runs long, or stops on a clause mark, is
joined to the next one.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from itertools import accumulate
from typing import NamedTuple

import regex

from .model import Article, Sentence
from .vocab.layout import CLAUSE_BREAKS, CLOSING_MARKS, LIST_MARK, HEADLINE_MAX_CHARS, NOT_HEADLINES, SENTENCE_ENDS

# A non-blank line: its body without surrounding spaces or a Markdown mark ("# ", "> ", "- ").
LINE = regex.compile(r"""
    ^[^\S\n]*+(?:(?P<heading>\#{1,6})[^\S\n]*+|>[^\S\n]*+|[-*][^\S\n]++)?+
    (?P<body>\S(?:[^\n]*\S)?)[^\S\n]*$""", regex.MULTILINE | regex.VERBOSE)
SENTENCE = regex.compile(rf"[^{SENTENCE_ENDS}]*+(?:[{SENTENCE_ENDS}]++[{regex.escape(CLOSING_MARKS)}]*+)?+")
BODY, HEADING = LINE.groupindex["body"], LINE.groupindex["heading"]
MARKDOWN_TITLE = regex.compile(r"^#{1,6}\s", regex.MULTILINE)
NOT_HEADLINE = regex.compile("|".join(NOT_HEADLINES))
# A text is hard-wrapped when at least MIN_WRAPPED_LINES lines, and WRAPPED_SHARE of those of
# MIN_WRAP_CHARS or more, share one length; a line within WRAP_SLACK of it continues.
MIN_WRAP_CHARS = 20
MIN_WRAPPED_LINES = 3
WRAPPED_SHARE = 0.3
WRAP_SLACK = 1
# A sentence is cut into pieces of at most this many characters, at a clause break where
# there is one: a report's longest run to 200 or so, and every figure's context is read
# from its sentence's start, so a run of text with no full stop would take time quadratic
# in its length.
MAX_SENTENCE_CHARS = 1000
# An article's head is at most a kicker, a title and a few subtitles.
MAX_HEAD_LINES = 6


class Paragraph(NamedTuple):
    """Lines of one paragraph as (start, end) pieces: more than one where a break cut it."""

    pieces: tuple[tuple[int, int], ...]
    text: str
    heading_level: int  # 1 for a Markdown "#" line, 2 for "##"…, 0 for a plain line
    starts: tuple[int, ...] = (0,)  # where each piece starts in `text`

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]

    def is_headline(self, markdown: bool) -> bool:
        """Short, no sentence end, no byline; in a Markdown text only "#" lines are headlines,
        and none longer than a sentence may be (each figure under it reads it)."""
        if markdown:
            return self.heading_level > 0 and len(self.text) <= MAX_SENTENCE_CHARS
        return looks_like_headline(self.text) and not NOT_HEADLINE.search(self.text)


def lines(text: str) -> Iterator[tuple[int, int, int]]:
    """Non-blank lines as spans without surrounding spaces and Markdown marks, each with its
    heading level (1 for "# ", 0 for a plain line)."""
    for line in LINE.finditer(text):
        start, end = line.span(BODY)
        heading = line.span(HEADING)
        yield start, end, heading[1] - heading[0]


def is_cut(line: str) -> bool:
    """A line that stops mid-sentence: on a clause mark, or long with no sentence end."""
    last = line[-1]
    if last in SENTENCE_ENDS or last in CLOSING_MARKS:
        return False
    return last in CLAUSE_BREAKS + LIST_MARK or len(line) > HEADLINE_MAX_CHARS


def looks_like_headline(line: str) -> bool:
    """Short, with no full stop: a headline, a byline or a page note, never a sentence's end."""
    return len(line) <= HEADLINE_MAX_CHARS and "。" not in line


def wrap_width(text: str, spans: list[tuple[int, int, int]]) -> int | None:
    """The width a hard-wrapped text is wrapped at: the line length most lines share, where
    enough do; None for a text with one paragraph a line."""
    widths = Counter(end - start for start, end, heading in spans if not heading and end - start >= MIN_WRAP_CHARS)
    if not widths:
        return None
    width, count = widths.most_common(1)[0]
    return width if count >= MIN_WRAPPED_LINES and count >= WRAPPED_SHARE * widths.total() else None


def paragraphs(text: str) -> Iterator[Paragraph]:
    """Lines as paragraphs: a line cut mid-sentence (by a page break, or by a hard wrap) is
    joined to the next, unless after a page break the next is a headline."""
    spans = list(lines(text))
    wrap = wrap_width(text, spans)
    pieces: list[tuple[int, int]] = []
    wrapped = False  # the last line was cut by the wrap width: the next continues it
    for start, end, heading in spans:
        line = text[start:end]
        if pieces and (heading or (looks_like_headline(line) and not wrapped)):
            yield joined(text, pieces, 0)
            pieces = []
        wrapped = wrap is not None and end - start >= wrap - WRAP_SLACK and line[-1] not in SENTENCE_ENDS
        cut = wrapped or is_cut(line)
        if not pieces and (heading or not cut):
            yield Paragraph(((start, end),), line, heading)  # most paragraphs: one whole line
            continue
        pieces.append((start, end))
        if heading or not cut:
            yield joined(text, pieces, heading)
            pieces = []
    if pieces:
        yield joined(text, pieces, 0)


def joined(text: str, pieces: list[tuple[int, int]], heading_level: int) -> Paragraph:
    """One paragraph of lines a break cut apart, its text rejoined."""
    starts = tuple(accumulate((e - s for s, e in pieces[:-1]), initial=0))
    return Paragraph(tuple(pieces), "".join(text[s:e] for s, e in pieces), heading_level, starts)


def to_document(paragraph: Paragraph, offset: int) -> int:
    """A paragraph-text offset -> the document offset (the pieces skip the cut's blank lines).
    A binary search: a paragraph may be thousands of lines cut on a comma.

    >>> to_document(joined("ab\\n\\ncd", [(0, 2), (4, 6)], 0), 2)
    4
    """
    piece = bisect_right(paragraph.starts, offset) - 1
    return paragraph.pieces[piece][0] + offset - paragraph.starts[piece]


def articles(text: str) -> Iterator[tuple[Paragraph, Article]]:
    """Every paragraph with the article it belongs to. A run of headline lines (a kicker, the
    title, subtitles) opens an article: its headline is the line of the highest Markdown
    level, then the longest, and all the run's lines are its head."""
    article = Article("", ())
    run: list[Paragraph] = []
    markdown = bool(MARKDOWN_TITLE.search(text))
    for paragraph in paragraphs(text):
        if paragraph.is_headline(markdown):
            run.append(paragraph)
            continue
        if run:
            article = head_of(run)
            yield from ((line, article) for line in run)
            run = []
        yield paragraph, article
    if run:
        article = head_of(run)
        yield from ((line, article) for line in run)


def head_of(run: list[Paragraph]) -> Article:
    """The article a run of headline lines opens; its head is the run's first lines (a run of
    thousands of short lines is a list, not a head)."""
    title = max(run, key=lambda line: (-line.heading_level, len(line.text)))
    return Article(title.text, tuple((line.start, line.end) for line in run[:MAX_HEAD_LINES]))


def split_sentences(paragraph: Paragraph, index: int, article: Article) -> Iterator[Sentence]:
    """A paragraph's sentences, as document offsets; a long one in pieces (MAX_SENTENCE_CHARS)."""
    single = len(paragraph.pieces) == 1
    for part in SENTENCE.finditer(paragraph.text):
        if part.group().strip():
            spans = [part.span()] if part.end() - part.start() <= MAX_SENTENCE_CHARS else \
                list(cut_long(paragraph.text, *part.span()))
            for low, high in spans:
                if single:  # most paragraphs: offsets shift by the paragraph's start
                    start, end = paragraph.pieces[0][0] + low, paragraph.pieces[0][0] + high
                else:
                    start = to_document(paragraph, low)
                    end = to_document(paragraph, high - 1) + 1
                yield Sentence(start, end, paragraph.text[low:high], index, article)


def cut_long(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """`text[start:end]` in spans of at most MAX_SENTENCE_CHARS, each cut after the last
    clause break in it, else at the limit.

    >>> list(cut_long("，".join(["增长5%" * 90] * 4), 0, 1443))  # 4 clauses of 360 characters
    [(0, 722), (722, 1443)]
    """
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = max(text.rfind(mark, start, limit) for mark in CLAUSE_BREAKS) + 1 or limit
        yield start, cut
        start = cut
    yield start, end


def to_paragraph(paragraph: Paragraph, offset: int) -> int:
    """A document offset inside the paragraph -> the offset in its rejoined text."""
    skipped = 0
    for start, end in paragraph.pieces:
        if offset < end:
            return skipped + max(0, offset - start)
        skipped += end - start
    return skipped


def sentences(text: str) -> Iterator[Sentence]:
    """Every sentence of the document, each with its paragraph index and article."""
    for index, (paragraph, article) in enumerate(articles(text)):
        yield from split_sentences(paragraph, index, article)
