"""A text with its figures marked, as Streamlit Markdown: the document's own words are
escaped first, so nothing from a document is ever read as Markdown, HTML or LaTeX."""
from __future__ import annotations

from collections.abc import Sequence

# Characters Markdown, Streamlit's directives (":red[…]", ":smile:") or LaTeX ("$") could read.
MARKDOWN_SPECIALS = "\\`*_{}[]()#+-.!|<>~$:&"
# The selected figure in bold on a highlighter's amber (the theme's orange background, see
# .streamlit/config.toml: Streamlit's own is a faint tint), the others on a light blue.
SELECTED = ":orange-background[**{}**]"
OTHER = ":blue-background[{}]"


def escaped(text: str) -> str:
    r"""Text that Markdown prints as it is.

    >>> escaped("<b>增长*5%*</b> [链接](x) $1$")
    '\\<b\\>增长\\*5%\\*\\</b\\> \\[链接\\]\\(x\\) \\$1\\$'
    """
    return "".join("\\" + c if c in MARKDOWN_SPECIALS else c for c in text).replace("\n", " ")


def marked(text: str, spans: Sequence[tuple[int, int]], selected: tuple[int, int] | None = None) -> str:
    r"""Markdown of `text` with each span marked, the selected one in bold on amber; spans are
    offsets into `text`, sorted, not overlapping.

    >>> marked("签证货值108.5亿元，增长28.3%", [(4, 11), (14, 19)], (14, 19))
    '签证货值:blue-background[108\\.5亿元]，增长:orange-background[**28\\.3%**]'
    """
    out, at = [], 0
    for start, end in spans:
        if start < at:
            continue
        out.append(escaped(text[at:start]))
        style = SELECTED if (start, end) == selected else OTHER
        out.append(style.format(escaped(text[start:end])))
        at = end
    out.append(escaped(text[at:]))
    return "".join(out)


def sentence_marked(sentence: str, raw: str, before: str = "") -> str:
    r"""A sentence with one figure marked: where its words stand, or where they stand twice,
    the place whose preceding words end like `before` (the document's words before it).

    >>> sentence_marked("同比分别增长13.2%和28.3%", "28.3%")
    '同比分别增长13\\.2%和:orange-background[**28\\.3%**]'
    >>> sentence_marked("证书12条，产业链12条", "12条", "产业链")
    '证书12条，产业链:orange-background[**12条**]'
    """
    places = [at for at in range(len(sentence)) if sentence.startswith(raw, at)]
    if not places:
        return escaped(sentence)
    at = max(places, key=lambda place: (common_ending(sentence[:place], before), -place))
    return marked(sentence, [(at, at + len(raw))], (at, at + len(raw)))


def common_ending(left: str, right: str) -> int:
    """How many characters two texts end alike.

    >>> common_ending("产业链", "重点产业链"), common_ending("证书", "产业链")
    (3, 0)
    """
    n = 0
    while n < min(len(left), len(right)) and left[-1 - n] == right[-1 - n]:
        n += 1
    return n
