"""The Parquet store: incremental builds, swaps that a stopped build cannot break, and the
same store from one process, several, or Dask."""
import random
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from extract.store import (MANIFEST, PARTS, build, dask_runner, process_runner, read_figures, read_manifest,
                           serial_runner)

DATA = Path(__file__).parent / "data"
SORT = ["path", "start"]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "dev").mkdir(parents=True)
    for text in (DATA / "dev").glob("*.txt"):
        shutil.copy(text, folder / "dev" / text.name)
    shutil.copy(DATA / "seed" / "000_ad29c2c3119cad9b.txt", folder / "2026-01-22_聊城日报.txt")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def test_a_build_then_an_unchanged_rerun(corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = build(corpus, store)
    assert (first.extracted, first.skipped, first.refused) == (7, 0, ["empty.txt: empty file"])
    figures = read_figures(store)
    assert len(figures) == read_manifest(store).rows.sum() > 200
    seed = figures[figures.path == "2026-01-22_聊城日报.txt"]
    assert set(seed.published) == {"2026-01-22"} and set(seed.source) == {"聊城日报"}
    assert "foreign_trade" in set(figures.indicator)
    again = build(corpus, store)
    assert (again.extracted, again.skipped) == (0, 7)
    assert read_figures(store).sort_values(SORT).reset_index(drop=True).equals(
        figures.sort_values(SORT).reset_index(drop=True))


def test_a_changed_document_is_extracted_again_and_a_removed_one_leaves(corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    build(corpus, store)
    seed = corpus / "2026-01-22_聊城日报.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("108.5亿元", "118.5亿元"), encoding="utf-8")
    (corpus / "dev" / "rmrb20250104_suzhou_industry.txt").unlink()
    report = build(corpus, store)
    assert (report.extracted, report.skipped, report.removed) == (1, 5, 1)
    figures = read_figures(store)
    assert "118.5亿元" in set(figures.raw) and "108.5亿元" not in set(figures.raw)
    assert not figures.path.str.contains("suzhou").any()
    live = set(read_manifest(store).part)
    assert {p.name.split(".")[0] for p in (store / PARTS).iterdir()} == live  # no part left behind


def test_a_build_stopped_halfway_leaves_the_store_as_it_was(corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    build(corpus, store)
    before = read_figures(store)
    manifest = (store / MANIFEST).read_bytes()
    seed = corpus / "2026-01-22_聊城日报.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\n全年新增就业5万人。\n", encoding="utf-8")

    def stopped(work, batches):  # type: ignore[no-untyped-def]
        yield work(batches[0])  # the new part is written…
        raise KeyboardInterrupt  # …and the build is stopped before the swap

    with pytest.raises(KeyboardInterrupt):
        build(corpus, store, stopped)
    assert (store / MANIFEST).read_bytes() == manifest
    assert read_figures(store).equals(before)
    build(corpus, store)
    assert "5万人" in set(read_figures(store).raw)
    assert len(list((store / PARTS).iterdir())) == 2 * read_manifest(store).part.nunique()


def test_a_new_extractor_version_extracts_everything_again(corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    build(corpus, store)
    manifest = read_manifest(store).assign(version="an older extractor")
    manifest.to_parquet(store / MANIFEST, index=False)
    assert build(corpus, store).extracted == 7


def many_documents(folder: Path, count: int) -> Path:
    """`count` dated documents: the dev texts with their digits varied, by a seeded RNG."""
    rng = random.Random(4)
    texts = [p.read_text(encoding="utf-8") for p in sorted((DATA / "dev").glob("*.txt"))]
    for i in range(count):
        body = re.sub(r"\d+", lambda m: str(rng.randint(1, 9)) + m.group()[1:], texts[i % len(texts)])
        (folder / f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}_paper{i:04d}.txt").write_text(body, encoding="utf-8")
    return folder


@pytest.mark.parametrize("runner", ["processes", "dask"])
def test_other_engines_write_the_same_store(tmp_path: Path, runner: str) -> None:
    (tmp_path / "corpus").mkdir()
    corpus = many_documents(tmp_path / "corpus", 300 if runner == "dask" else 60)
    local = tmp_path / "local"
    other = tmp_path / runner
    build(corpus, local, serial_runner)
    build(corpus, other, process_runner(2) if runner == "processes" else dask_runner(None))
    expected = read_figures(local).sort_values(SORT).reset_index(drop=True)
    got = read_figures(other).sort_values(SORT).reset_index(drop=True)
    assert len(expected) > 1000
    pd.testing.assert_frame_equal(got, expected)


def test_two_days_pages_of_one_name_stay_two_documents(tmp_path: Path) -> None:
    """An archive kept a folder a day names its pages alike: each keeps its own id."""
    for day, figure in (("2025-01-21", "5.1%"), ("2025-01-22", "6.2%")):
        (tmp_path / "corpus" / day).mkdir(parents=True)
        (tmp_path / "corpus" / day / "01.txt").write_text(f"全市工业增加值同比增长{figure}。", encoding="utf-8")
    build(tmp_path / "corpus", tmp_path / "store")
    figures = read_figures(tmp_path / "store")
    assert dict(zip(figures.doc_id, figures.raw)) == {"2025-01-21/01": "5.1%", "2025-01-22/01": "6.2%"}
    assert sorted(read_manifest(tmp_path / "store").doc_id) == ["2025-01-21/01", "2025-01-22/01"]
