"""The extractor against hand-annotated gold, scored by the contract's own scorer.

Each line is a floor a folder must keep (see data/README.md): figure F1, strict F1 (a row
right in every column), each column's accuracy, and the promise of the `review` column:
the share of rows marked at most, and of the rows not marked, the share right in every
column at least. The issue's targets stand beside the floors in the README's measured
section; a floor below its target is a gap, not the goal.
"""
import csv
import io
import json
from pathlib import Path
from typing import NamedTuple

import pytest

import score
from extract.__main__ import extract_paths

DATA = Path(__file__).parent / "data"


class Line(NamedTuple):
    f1: float
    strict_f1: float
    columns: dict[str, float]
    most_flagged: float
    unflagged_precision: float


LINES = {
    "seed": Line(0.98, 0.97, {"measure": 0.97, "qualifier": 0.97, "period": 0.97, "topic": 0.97, "metric": 0.97,
                              "region": 0.97}, 0.10, 0.98),
    "dev": Line(0.98, 0.74, {"measure": 0.97, "qualifier": 0.97, "period": 0.96, "topic": 0.86, "metric": 0.97,
                             "region": 0.88}, 0.20, 0.79),
    "national": Line(0.98, 0.91, {"measure": 0.98, "qualifier": 0.99, "period": 0.97, "topic": 0.97,
                                  "metric": 0.96, "region": 0.99}, 0.15, 0.93),
    "written": Line(0.98, 0.88, {"measure": 0.97, "qualifier": 0.97, "period": 0.89, "topic": 0.98, "metric": 0.97,
                                 "region": 0.97}, 0.15, 0.89),
    "written2": Line(0.98, 0.90, {"measure": 0.98, "qualifier": 0.99, "period": 0.98, "topic": 0.96, "metric": 0.97,
                                  "region": 0.97}, 0.15, 0.92),
}


def scored(folder: Path) -> dict[str, float]:
    """What score.py says of the command line's CSV for a folder of texts and its gold."""
    table, refusals = extract_paths(sorted(folder.glob("*.txt")))  # the notes beside them are no reports
    assert refusals == []
    predictions = list(csv.DictReader(io.StringIO(table.to_csv(index=False))))
    texts = score.load_texts(folder)
    gold = [json.loads(line) for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    assert score.locate(gold, texts) == []
    summary, _, _ = score.score(gold, predictions, texts)
    return summary


@pytest.mark.parametrize("name", LINES)
def test_gold_lines(name: str) -> None:
    line = LINES[name]
    summary = scored(DATA / name)
    assert summary["f1"] >= line.f1, summary
    assert summary["strict_f1"] >= line.strict_f1, summary
    for column, floor in line.columns.items():
        assert summary[f"{column}_acc"] >= floor, (column, summary)
    assert summary["flagged_share"] <= line.most_flagged, summary
    assert summary["unflagged_precision"] >= line.unflagged_precision, summary


def test_seed_copy_is_the_dashboards_default() -> None:
    """The seed the dashboard opens on is the one the gold annotates."""
    seed = DATA / "seed" / "000_ad29c2c3119cad9b.txt"
    assert (DATA.parent.parent / "seeds" / seed.name).read_bytes() == seed.read_bytes()
