"""The extractor against hand-annotated gold, scored by the contract's own scorer.

The seed lines are the issue's; the dev and written lines guard what the rules reach on
twelve other texts (see data/README.md) against regressions.
"""
import csv
import io
import json
from pathlib import Path

import pytest

import score
from extract.__main__ import extract_paths

DATA = Path(__file__).parent / "data"

# (folder, the lowest figure F1 and strict F1, the lowest accuracy of each column)
LINES = {
    "seed": (0.95, 0.85, {"measure": 0.95, "qualifier": 0.95, "period": 0.95, "topic": 0.95, "metric": 0.85}),
    "dev": (0.97, 0.90, {"measure": 0.95, "qualifier": 0.95, "period": 0.95, "topic": 0.90, "metric": 0.95}),
    "written": (0.97, 0.90, {"measure": 0.95, "qualifier": 0.95, "period": 0.95, "topic": 0.90, "metric": 0.95}),
}


def scored(folder: Path) -> dict[str, float]:
    """What score.py says of the command line's CSV for a folder of texts and its gold."""
    table, refusals = extract_paths([folder])
    assert refusals == []
    predictions = list(csv.DictReader(io.StringIO(table.to_csv(index=False))))
    texts = score.load_texts(folder)
    gold = [json.loads(line) for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    assert score.locate(gold, texts) == []
    summary, _, _ = score.score(gold, predictions, texts)
    return summary


@pytest.mark.parametrize("name", LINES)
def test_gold_lines(name: str) -> None:
    f1, strict_f1, columns = LINES[name]
    summary = scored(DATA / name)
    assert summary["f1"] >= f1, summary
    assert summary["strict_f1"] >= strict_f1, summary
    for column, line in columns.items():
        assert summary[f"{column}_acc"] >= line, (column, summary)


def test_seed_copy_is_the_dashboards_default() -> None:
    """The seed the dashboard opens on is the one the gold annotates."""
    seed = DATA / "seed" / "000_ad29c2c3119cad9b.txt"
    assert (DATA.parent.parent / "seeds" / seed.name).read_bytes() == seed.read_bytes()
