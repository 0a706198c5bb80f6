"""The dashboard's default documents, seeds/, as it reads them: each file dated and sourced
by its sidecar, extracted. The app and browser tests count and look figures up here, so a
change of the rules moves their expectations with it."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pandas as pd

from dashboard.source import figures_table
from extract import figures_frame
from extract.decode import Refused
from extract.documents import documents
from extract.provenance import provenance

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = "000_ad29c2c3119cad9b"  # the user's seed, a Liaocheng city paper's front page


@lru_cache(maxsize=1)
def default_figures() -> pd.DataFrame:
    """Every figure of the default documents, with its indicator and link id `fid`."""
    frames = [figures_frame(outcome.text, doc_id, *provenance(path, outcome.text))
              for path, doc_id, outcome in documents([SEEDS]) if not isinstance(outcome, Refused)]
    return figures_table(pd.concat(frames, ignore_index=True)).to_pandas()


def seed_figures() -> pd.DataFrame:
    """The user's seed's figures, as the dashboard reads them (dated by its sidecar)."""
    figures = default_figures()
    return figures[figures.doc_id == SEED]


def fid(raw: str, doc: str = SEED) -> str:
    """The link id of a document's figure printed as `raw` (the first, where it is printed twice)."""
    figures = default_figures()
    return str(figures[(figures.doc_id == doc) & (figures.raw == raw)].fid.iloc[0])


def counts_caption(figures: pd.DataFrame, lang: str = "zh") -> str:
    """The counts a page's caption opens on for these figures: "14 篇文档，517 个数据"."""
    docs, n = figures.doc_id.nunique(), len(figures)
    if lang == "zh":
        return f"{docs} 篇文档，{n} 个数据"
    return f"{docs} document{'s' if docs != 1 else ''}, {n} figure{'s' if n != 1 else ''}"
