"""What editors' corrections cost the pages: `python -m bench.corrections_speed [--documents 20000]`.

Builds the synthetic store of bench/corpus_speed.py (20,000 documents, about 1.7 million
figures), writes 10,000 corrections of its figures into a SQLite file as the review page
would (seven in ten corrected, two confirmed, one said to be no figure), and prints, for
each page's queries on the store (Explore unfiltered and filtered, a Data page from the
middle, the overview's cards, a figure by its link id, one indicator's Trends), the time
computed without corrections and with them on top, the median of 15 runs each, taken in
turns, and the ratio (target: 1.2 at most). Also the time to read the corrections from the
database and find their documents, which the dashboard does once per edit for every visitor.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, insert  # noqa: E402

from bench.corpus_speed import MB, generate, timed_build, verdict  # noqa: E402
from dashboard import ledger  # noqa: E402
from dashboard.cards import card_rows  # noqa: E402
from dashboard.charts import chart_rows  # noqa: E402
from dashboard.corrections import applied, fixed_rows  # noqa: E402
from dashboard.select import FILTERS, counts, figure_row, options, rows  # noqa: E402
from dashboard.source import Source, store_source  # noqa: E402
from dashboard.trends import Series, series_lines, vintages  # noqa: E402
from extract.store import figures_query, read_manifest  # noqa: E402

CORRECTIONS = 10_000
TARGET = 1.2
RUNS = 15
TOPICS = ("macro", "industry", "consumption", "trade", "fiscal", "employment")


def write_corrections(store: Path, database: Path, count: int) -> None:
    """`count` corrections of figures drawn at random from the store, each with its audit row,
    written in one transaction (the ledger's tables, as the review page leaves them)."""
    source = store_source(*figures_query(store))
    drawn = source.frame(f'SELECT doc_id, start, "end", raw FROM {{figures}} USING SAMPLE {count} ROWS (reservoir, 7)')
    hashes = dict(zip(read_manifest(store).doc_id, read_manifest(store).sha256))
    rng = random.Random(7)
    rows, audit = [], []
    for doc_id, start, end, raw in drawn.itertuples(index=False):
        luck = rng.random()
        action = "correct" if luck < 0.7 else "confirm" if luck < 0.9 else "not_figure"
        changes = {"metric": f"更正指标{rng.randrange(50)}", "topic": rng.choice(TOPICS)} if action == "correct" else {}
        row = {"doc_hash": hashes[doc_id], "span_start": int(start), "span_end": int(end), "doc_id": doc_id, "raw": raw,
               "action": action, "editor": "bench@example.org", "editor_name": "测试", "at": ledger.now()}
        rows.append({**row, **{column: changes.get(column) for column in ledger.EDITABLE}, "revision": 1})
        audit.append({**row, "changes": ledger.changes_json(changes), "seen_revision": 0, "outcome": "applied"})
    engine = create_engine(f"sqlite:///{database}")
    ledger.create(engine)
    with engine.begin() as connection:
        connection.execute(insert(ledger.CORRECTIONS), rows)
        connection.execute(insert(ledger.AUDIT), audit)


def page_queries(source: Source, fid: str, middle: int) -> dict[str, list[tuple[Callable[..., object], ...]]]:
    """Each page's queries as a page run asks them."""
    everything = {parameter: [] for parameter in FILTERS}
    view = {**everything, "topic": ["industry"], "measure": ["growth"]}
    longest = series_lines(source).iloc[0]
    series = Series(longest.measure, longest.basis, longest.unit, longest.kind)
    return {
        "explore, all figures": [(counts, everything), (options, everything), (chart_rows, everything)],
        "explore, a filtered view": [(counts, view), (options, view), (chart_rows, view)],
        "data, page in the middle": [(rows, everything, 250, middle)],  # the Data page's 250 rows
        "overview cards": [(card_rows,)],
        "a figure by its link id": [(figure_row, fid)],
        "trends, the list and the longest line": [(series_lines,), (vintages, longest.indicator, series)],
    }


def timed(source: Source, asked: list[tuple[Callable[..., object], ...]]) -> float:
    start = time.perf_counter()
    for query, *arguments in asked:
        query(source, *arguments)
    return time.perf_counter() - start


def report(store: Path, database: Path) -> bool:
    """Print each page's queries' time without and with the corrections; whether all kept to TARGET."""
    engine = create_engine(f"sqlite:///{database}")
    start = time.perf_counter()
    manifest = read_manifest(store)
    plain = store_source(*figures_query(store))
    fixes = applied(ledger.corrections(engine), dict(zip(manifest.doc_id, manifest.sha256)))
    fixed = fixed_rows(plain, fixes)
    print(f"corrections  {fixes.num_rows} read from SQLite, matched to their documents and the {fixed.num_rows} rows "
          f"they change found in the store: {1000 * (time.perf_counter() - start):.0f} ms "
          "(once per edit, for every visitor)")
    corrected = store_source(*figures_query(store), None, fixed)
    _, total = counts(plain, {})
    fid = str(fixed.column("fid")[0])  # a corrected figure
    ok = True
    for label, asked in page_queries(plain, fid, total // 2).items():
        timed(plain, asked), timed(corrected, asked)  # warm both: the first read of a part costs most
        without, with_ = [], []
        for _ in range(RUNS):
            without.append(timed(plain, asked))
            with_.append(timed(corrected, asked))
        before, after = statistics.median(without), statistics.median(with_)
        ok &= after <= TARGET * before
        print(f"pages        {label:26} without {1000 * before:5.0f} ms, with {CORRECTIONS} corrections "
              f"{1000 * after:5.0f} ms = {after / before:4.2f}x   target <= {TARGET}x: {verdict(after <= TARGET * before)}")
    return ok


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=20_000)
    parser.add_argument("--store", type=Path, help="a store built already (else one is built from a new corpus)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        store = args.store
        if store is None:
            store = folder / "store"
            size = generate(folder / "corpus", args.documents)
            seconds, _ = timed_build(folder / "corpus", store, 2)
            print(f"corpus       {args.documents} documents, {size / MB:.0f} MB, built in {seconds:.0f} s")
        write_corrections(store, folder / "corrections.sqlite", CORRECTIONS)
        report(store, folder / "corrections.sqlite")
    return 0


if __name__ == "__main__":
    sys.exit(main())
