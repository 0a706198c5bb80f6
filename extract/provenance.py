"""When and where a document was published: from a sidecar file beside it, else its file
name (`2026-01-22_聊城日报.txt`), else its masthead (`《人民日报》（2025年12月09日第 16 版）`)."""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import NamedTuple

from .numbers import normalise
from .vocab.periods import DAY_MARKS, MONTH_MARK, YEAR_MARK

# The sidecar beside `report.txt` is `report.json`: {"published": "2026-01-22", "source": "聊城日报"}.
SIDECAR_SUFFIX = ".json"
# A page or edition after the source (`_03`, `_p3`, `_第3版`) is not part of its name: one
# paper's pages are one source; nor is a title after another underscore
# (`2026-07-16_人民日报_上半年经济`).
FILE_NAME = re.compile(r"^(?P<year>(?:19|20)\d{2})-?(?P<month>\d{2})-?(?P<day>\d{2})"
                       r"(?:[_\- ]+(?P<source>[^_]+?)(?:[_\- ]+(?:p|page|第)?\d+版?)?(?:_.*)?)?$", re.IGNORECASE)
MASTHEAD = re.compile(rf"(?P<year>(?:19|20)\d{{2}}){YEAR_MARK}(?P<month>\d{{1,2}}){MONTH_MARK}(?P<day>\d{{1,2}})[{DAY_MARKS}]")
PAPER = re.compile(r"《(?P<source>[^》]{2,12}(?:报|刊|网|社))》")
# How many characters from the top a masthead is looked for.
MASTHEAD_CHARS = 400


class Provenance(NamedTuple):
    """An ISO date (or "") and a source's name (or "")."""

    published: str = ""
    source: str = ""


def provenance(path: Path | None, text: str) -> Provenance:
    """The first of sidecar, file name and masthead that says anything, field by field.

    >>> provenance(Path("2026-01-22_聊城日报.txt"), ""), provenance(Path("2026-07-16_人民日报_经济观察.txt"), "")
    (Provenance(published='2026-01-22', source='聊城日报'), Provenance(published='2026-07-16', source='人民日报'))
    >>> provenance(None, "> 本报记者《人民日报》（2025年12月09日第 16 版）")
    Provenance(published='2025-12-09', source='人民日报')
    """
    found = [from_sidecar(path) if path else Provenance(), from_file_name(path) if path else Provenance(),
             from_masthead(text)]
    return Provenance(next((p.published for p in found if p.published), ""),
                      next((p.source for p in found if p.source), ""))


def from_sidecar(path: Path) -> Provenance:
    """What `report.json` beside `report.txt` says; nothing where there is none, or it is not
    a JSON object of strings."""
    sidecar = path.with_suffix(SIDECAR_SUFFIX)
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Provenance()
    if not isinstance(meta, dict):
        return Provenance()
    published, source = meta.get("published", ""), meta.get("source", "")
    return Provenance(published if isinstance(published, str) and iso_date(published) else "",
                      source if isinstance(source, str) else "")


def from_file_name(path: Path) -> Provenance:
    found = FILE_NAME.match(path.stem)
    published = dated(found) if found else None
    return Provenance(published, found.group("source") or "") if found and published else Provenance()


def from_masthead(text: str) -> Provenance:
    """The date and paper the masthead names, its digits full-width or not.

    >>> from_masthead("《人民日报》（２０２５年１２月０９日）")
    Provenance(published='2025-12-09', source='人民日报')
    """
    head = normalise(text[:MASTHEAD_CHARS])
    date = MASTHEAD.search(head)
    paper = PAPER.search(head)
    return Provenance(dated(date) or "" if date else "", paper.group("source") if paper else "")


def dated(found: re.Match[str]) -> str | None:
    """An ISO date from year, month and day groups, or None where they name no day."""
    text = f"{int(found.group('year')):04d}-{int(found.group('month')):02d}-{int(found.group('day')):02d}"
    return text if iso_date(text) else None


def iso_date(text: str) -> bool:
    """Whether a text is a real day: "2026-02-30" is not."""
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True
