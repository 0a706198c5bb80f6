"""A figure's entity: the company, cluster, market, port or park it is about, where the text
names one narrower than a place."""
from __future__ import annotations

import regex

from .patterns import alternation
from .vocab.names import ENTITY_DETERMINERS, ENTITY_FALSE_ENDS, ENTITY_SUFFIXES

ENTITY_SUFFIX = regex.compile(rf"(?:{alternation(ENTITY_SUFFIXES)})(?!{alternation(ENTITY_FALSE_ENDS)})")
ENTITY_NAME = regex.compile(r"[\p{Han}A-Za-z（）()·]+$")
# How many characters before its suffix an entity's name may take: "乖宝宠物食品集团".
ENTITY_NAME_CHARS = 10
MIN_ENTITY_NAME_CHARS = 2


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
