"""What a document is called in the interface: its headline, paper and date
(`港口吞吐量创新高 · 聊城日报 · 2026-01-21`), never the stem of its file
(`000_ad29c2c3119cad9b`), which is its id in links only."""
from __future__ import annotations

from collections import Counter

import pandas as pd

from .source import Source

# Each document's headline (the article of its first figure: a front page's lead story),
# paper and date, from its figures: the same for a folder, a store and uploads.
DOCUMENTS_SQL = """
SELECT doc_id, coalesce(arg_min(article, start) FILTER (WHERE article <> ''), '') AS headline,
       coalesce(max(source), '') AS paper, coalesce(max(published), '') AS published
FROM {figures} GROUP BY doc_id ORDER BY doc_id
"""
SEPARATOR = " · "


def document_names(source: Source) -> dict[str, str]:
    """doc_id -> the document's name, for every document with a figure (see `named`)."""
    return named(source.frame(DOCUMENTS_SQL))


def named(documents: pd.DataFrame) -> dict[str, str]:
    """Each document's name: headline, paper and date, those it has; its id where it has none.
    Two documents that would read alike keep their ids after their names.

    >>> named(pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "headline": ["港口吞吐量创新高", "物价平稳", "物价平稳", ""],
    ...                     "paper": ["聊城日报", "", "", ""], "published": ["2026-01-21", "", "", ""]}))
    {'a': '港口吞吐量创新高 · 聊城日报 · 2026-01-21', 'b': '物价平稳 · b', 'c': '物价平稳 · c', 'd': 'd'}
    """
    parts = zip(documents.headline, documents.paper, documents.published)
    names = {str(doc_id): SEPARATOR.join(str(part) for part in said if part) or str(doc_id)
             for doc_id, said in zip(documents.doc_id, parts)}
    repeated = {name for name, n in Counter(names.values()).items() if n > 1}
    return {doc_id: f"{name}{SEPARATOR}{doc_id}" if name in repeated else name for doc_id, name in names.items()}


# A name in brief keeps this many characters of its headline.
BRIEF_HEADLINE = 10


def brief(name: str) -> str:
    """A document's name in brief, for a bar's label: its headline cut short, and its date.

    >>> brief("中国经济展现强大韧性活力（权威发布） · 人民日报 · 2026-07-16"), brief("物价平稳 · b")
    ('中国经济展现强大韧性… · 2026-07-16', '物价平稳 · b')
    """
    headline, *rest = name.split(SEPARATOR)
    cut = headline if len(headline) <= BRIEF_HEADLINE else headline[:BRIEF_HEADLINE] + "…"
    return SEPARATOR.join([cut, rest[-1]]) if rest else cut
