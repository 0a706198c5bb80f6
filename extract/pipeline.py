"""The pipeline: text -> sentences -> matches -> figures -> the tidy table."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import astuple

import pandas as pd

from .match import find_matches
from .model import COLUMNS, Figure, Match, Sentence
from .numbers import normalise
from .periods import calendar_of
from .resolve import Carry, carry_after, resolve
from .segment import sentences


def extract_figures(text: str, doc_id: str = "doc") -> list[Figure]:
    """Every figure of a document, in text order.

    >>> [(f.raw, f.value, f.unit) for f in extract_figures("签证货值108.5亿元。")]
    [('108.5亿元', 10850000000.0, '元')]
    """
    normalised = normalise(text)
    matches = list(find_matches(normalised, text))
    if not matches:
        return []
    all_sentences = list(sentences(text))
    calendar = calendar_of(normalised, all_sentences[0].article if all_sentences else "")
    by_sentence = group_by_sentence(all_sentences, matches)
    with_figures = {s.paragraph for s in all_sentences if by_sentence.get(s.start)}
    figures: list[Figure] = []
    carry, paragraph = Carry(), -1
    for sentence in all_sentences:
        if sentence.paragraph not in with_figures:
            continue
        if sentence.paragraph != paragraph:
            carry, paragraph = Carry(), sentence.paragraph
        found = by_sentence.get(sentence.start, [])
        resolved = resolve(normalised, sentence, found, calendar, carry, doc_id) if found else []
        figures += resolved
        carry = carry_after(normalised, sentence, resolved, calendar, carry)
    return figures


def group_by_sentence(all_sentences: list[Sentence], matches: list[Match]) -> dict[int, list[Match]]:
    """Matches keyed by the start of the sentence holding them (both lists are in text order)."""
    grouped: dict[int, list[Match]] = {}
    i = 0
    for sentence in all_sentences:
        while i < len(matches) and matches[i].start < sentence.end:
            if matches[i].start >= sentence.start:
                grouped.setdefault(sentence.start, []).append(matches[i])
            i += 1
    return grouped


def to_frame(figures: Iterable[Figure]) -> pd.DataFrame:
    """The tidy table: one row per figure, the spec's columns in order, then `rule`."""
    frame = pd.DataFrame([astuple(f) for f in figures], columns=list(COLUMNS))
    return frame.astype({"start": "int64", "end": "int64", "value": "float64"})


def figures_frame(text: str, doc_id: str = "doc") -> pd.DataFrame:
    """A document's text -> its tidy table."""
    return to_frame(extract_figures(text, doc_id))
