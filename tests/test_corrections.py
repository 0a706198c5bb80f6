"""Editors' corrections: the checks an edit passes, the ledger in a real SQLite file and in a
real PostgreSQL server (two editors at once both in the audit trail), corrections applied
in every page's query, on a folder's figures and on a store's, surviving
`python -m extract build` on an unchanged corpus and stale once the document changed."""
from __future__ import annotations

import hashlib
import math
import multiprocessing
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import Engine, create_engine

from dashboard import ledger
from dashboard.cards import card_rows
from dashboard.charts import chart_rows
from dashboard.corrections import applied, fixed_rows, queue, queue_rows, stale, unmatched
from dashboard.edits import changes_of, parsed
from dashboard.export import EXPORTED, exported
from dashboard.ledger import Edit, Editor, Key
from dashboard.select import counts, figure_row, rows
from dashboard.source import Source, figures_table, frame_source, store_source
from dashboard.trends import Series, vintages
from extract import figures_frame
from extract.store import figures_query, read_manifest
from postgres import binaries, postgres_server

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "000_ad29c2c3119cad9b.txt"
DOC = SEED.stem
HASH = hashlib.sha256(SEED.read_bytes()).hexdigest()
FIGURES = figures_table(figures_frame(SEED.read_text(encoding="utf-8"), DOC))
ROWS = FIGURES.to_pandas()
WANG, LI = Editor("wang@example.org", "王五"), Editor("li@example.org", "李四")


def seed_row(raw: str) -> pd.Series:
    return ROWS[ROWS.raw == raw].iloc[0]


def key(raw: str, doc_hash: str = HASH) -> Key:
    row = seed_row(raw)
    return Key(doc_hash, int(row.start), int(row.end))


def edit(raw: str, action: ledger.Action, changes: dict[str, str | float] | None = None,
         doc_hash: str = HASH) -> Edit:
    return Edit(key(raw, doc_hash), DOC, raw, action, changes or {})


@pytest.fixture
def database(tmp_path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{tmp_path / 'corrections.sqlite'}")
    ledger.create(engine)
    return engine


@pytest.fixture(scope="module")
def postgres() -> Iterator[str]:
    """A PostgreSQL server of this module's; skipped where none is installed, but under CI=true."""
    if binaries() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL is not installed, and CI=true: .ci/run installs it", pytrace=False)
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    with postgres_server() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def any_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A corrections database, empty: a SQLite file, or PostgreSQL as several replicas share."""
    if request.param == "sqlite":
        engine = create_engine(f"sqlite:///{tmp_path / 'corrections.sqlite'}")
    else:
        engine = create_engine(request.getfixturevalue("postgres"))
        ledger.METADATA.drop_all(engine)
    ledger.create(engine)
    yield engine
    engine.dispose()


# --- an edit's values: codes from the contract, finite values, units from the units table --

GOOD = [
    {"metric": "原产地证书签证货值", "topic": "certificates"},
    {"measure": "growth", "basis": "yoy", "value": "-2.1", "unit": "%"},
    {"unit": "元/公斤", "qualifier": "approx", "period": "2025-01/2025-11"},
    {"unit": "", "measure": "share", "value": "2.37"},               # a ratio printed without a unit (spec 2.2)
    {"region": "聊城市", "entity": "", "period": ""},
]
BAD = [
    ({"measure": "rise"}, [("measure", "bad_code")]),
    ({"topic": "space"}, [("topic", "bad_code")]),
    ({"measure": "level", "basis": "yoy"}, [("basis", "bad_basis")]),  # a basis is a growth's
    ({"value": "nan"}, [("value", "bad_value")]),
    ({"value": "inf"}, [("value", "bad_value")]),
    ({"value": "一百"}, [("value", "bad_value")]),
    ({"unit": "斤斤"}, [("unit", "bad_unit")]),
    ({"period": "2025年"}, [("period", "bad_period")]),
    ({"period": "2025/2021"}, [("period", "bad_period")]),
    ({"metric": "  "}, [("metric", "bad_metric")]),
    ({"entity": "甲" * 61}, [("entity", "bad_text")]),
    ({"region": "聊城\x00市"}, [("region", "bad_text")]),
]


@pytest.mark.parametrize("submitted", GOOD)
def test_an_edit_within_the_contract_passes(submitted: dict[str, str]) -> None:
    values, problems = parsed(submitted)
    assert problems == []
    assert all(not isinstance(v, float) or math.isfinite(v) for v in values.values())


@pytest.mark.parametrize(("submitted", "problems"), BAD)
def test_an_edit_outside_the_contract_is_refused_with_its_reason(submitted: dict[str, str],
                                                                 problems: list[tuple[str, str]]) -> None:
    assert parsed(submitted)[1] == problems


def test_a_correction_keeps_only_the_columns_that_differ_from_the_extractors() -> None:
    row = seed_row("108.5亿元")
    values, _ = parsed({"metric": "原产地证书签证货值", "topic": row.topic, "value": f"{row.value:.15g}"})
    assert changes_of(row.to_dict(), values) == {"metric": "原产地证书签证货值"}


# --- corrections applied in every page's query ------------------------------------------


def corrected(engine: Engine, dropped: bool = False) -> Source:
    """The seed's figures, the corrections of `engine` in place."""
    fixed = fixed_rows(frame_source(FIGURES), applied(ledger.corrections(engine), {DOC: HASH}))
    return frame_source(FIGURES, None, fixed, dropped)


def test_a_correction_shows_in_every_query_and_a_row_no_figure_leaves_them(any_database: Engine) -> None:
    database = any_database
    ledger.record(database, edit("108.5亿元", "correct", {"metric": "货物出口总额", "topic": "trade"}), WANG, 0)
    ledger.record(database, edit("20803份", "confirm"), LI, 0)
    ledger.record(database, edit("28.3%", "not_figure"), LI, 0)
    source = corrected(database)
    fixed = figure_row(source, f"{DOC}:{seed_row('108.5亿元').start}")
    assert fixed is not None
    assert (fixed.metric, fixed.topic, fixed.indicator) == ("货物出口总额", "trade", "exports")  # the indicator follows
    assert (fixed.checked_by, fixed.checked_on, bool(fixed.review)) == ("王五", fixed.checked_on, False)
    assert counts(source, {}) == (1, len(ROWS) - 1)                      # 28.3% is no figure
    assert figure_row(source, f"{DOC}:{seed_row('28.3%').start}") is None
    assert f"{DOC}:{seed_row('108.5亿元').start}" in set(rows(source, {"topic": ["trade"]}).fid)
    assert "货物出口总额" in set(chart_rows(source, {"topic": ["trade"]}).metric)
    assert "货物出口总额" in set(card_rows(source).metric)
    confirmed = figure_row(source, f"{DOC}:{seed_row('20803份').start}")
    assert confirmed is not None and confirmed.checked_by == "李四" and confirmed.metric == seed_row("20803份").metric
    yearly = Series("level", "", "元", "year")
    assert "108.5亿元" in set(vintages(source, "exports", yearly).raw)  # on Trends, under its new indicator
    assert "108.5亿元" not in set(vintages(source, "certified_value", yearly).raw)
    downloaded = exported(rows(source, {"topic": ["trade"]})[list(EXPORTED)], chinese=True)
    assert "已核" in set(downloaded["核对"]) and "王五" in set(downloaded["核对人"])


def test_the_queue_lists_rows_to_check_and_checked_and_keeps_rows_no_figure_for_review(database: Engine) -> None:
    doubted = ROWS[ROWS.review]
    assert len(doubted)
    first = doubted.iloc[0]
    ledger.record(database, Edit(Key(HASH, int(first.start), int(first.end)), DOC, first.raw, "not_figure", {}), WANG, 0)
    review = corrected(database, dropped=True)
    listed = queue(review)
    assert list(listed.doc_id) == [DOC]
    assert (int(listed.to_check.iloc[0]), int(listed.not_figures.iloc[0])) == (len(doubted) - 1, 1)
    in_doc = queue_rows(review, DOC)
    assert list(in_doc.status) == [""] * (len(doubted) - 1) + ["not_figure"]  # those to check first
    fixes = applied(ledger.corrections(database), {DOC: HASH})
    assert unmatched(fixes, fixed_rows(frame_source(FIGURES), fixes)).empty


def test_no_correction_costs_no_join() -> None:
    fixed = fixed_rows(frame_source(FIGURES), applied(ledger.corrections_frame(), {DOC: HASH}))
    source = frame_source(FIGURES, None, fixed)
    assert fixed.num_rows == 0 and "JOIN" not in source.sql and counts(source, {}) == (1, len(ROWS))


# --- a store rebuilt: corrections hold while the document is unchanged ----------------------


def build(corpus: Path, store: Path) -> None:
    subprocess.run([sys.executable, "-m", "extract", "build", str(corpus), "--store", str(store)], cwd=ROOT,
                   check=True, capture_output=True)


def store_figures(store: Path, engine: Engine) -> tuple[Source, dict[str, str]]:
    manifest = read_manifest(store)
    hashes = dict(zip(manifest.doc_id, manifest.sha256))
    fixed = fixed_rows(store_source(*figures_query(store)), applied(ledger.corrections(engine), hashes))
    return store_source(*figures_query(store), None, fixed), hashes


def test_corrections_survive_a_rebuild_of_an_unchanged_corpus_and_turn_stale_when_it_changes(
        tmp_path: Path, database: Engine) -> None:
    corpus, store = tmp_path / "corpus", tmp_path / "store"
    corpus.mkdir()
    shutil.copy(SEED, corpus / SEED.name)
    build(corpus, store)
    ledger.record(database, edit("108.5亿元", "correct", {"topic": "trade"}), WANG, 0)
    fid = f"{DOC}:{seed_row('108.5亿元').start}"

    def topic_now() -> str | None:
        source, _ = store_figures(store, database)
        row = figure_row(source, fid)
        return None if row is None else str(row.topic)

    assert topic_now() == "trade"
    build(corpus, store)                      # unchanged: nothing re-extracted
    assert topic_now() == "trade"
    shutil.rmtree(store)
    build(corpus, store)                      # extracted anew, every part rewritten
    assert topic_now() == "trade"
    with (corpus / SEED.name).open("a", encoding="utf-8") as text:  # the same spans, other contents
        text.write("\n（本报记者补充）\n")
    build(corpus, store)
    assert topic_now() == seed_row("108.5亿元").topic  # not applied
    _, hashes = store_figures(store, database)
    old = stale(ledger.corrections(database), hashes)
    assert list(old.raw) == ["108.5亿元"] and bool(old.changed.iloc[0])


def test_a_correction_whose_span_is_no_figure_any_more_is_shown_as_unmatched(database: Engine) -> None:
    ledger.record(database, Edit(Key(HASH, 1, 3), DOC, "ab", "confirm", {}), WANG, 0)
    fixes = applied(ledger.corrections(database), {DOC: HASH})
    assert list(unmatched(fixes, fixed_rows(frame_source(FIGURES), fixes)).start) == [1]


# --- two editors at once ------------------------------------------------------------------


def save_at_once(url: str, who: Editor, seen: int, changes: dict[str, str], gate: object) -> str:
    """One editor's save, in a process of its own, started with the other's at the gate."""
    engine = create_engine(url)
    gate.wait()  # type: ignore[attr-defined]
    return ledger.record(engine, edit("108.5亿元", "correct", changes), who, seen).outcome


def test_two_editors_saving_one_row_at_once_both_reach_the_audit_trail(any_database: Engine) -> None:
    database = any_database
    url = database.url.render_as_string(hide_password=False)
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager, context.Pool(2) as pool:
        for round_, seen in enumerate((0, 1, 2)):  # a first edit (insert), then later ones (update)
            gate = manager.Barrier(2)
            outcomes = pool.starmap(save_at_once, [(url, WANG, seen, {"topic": f"trade{round_}"}, gate),
                                                   (url, LI, seen, {"topic": f"fiscal{round_}"}, gate)])
            assert sorted(outcomes) == ["applied", "conflict"], outcomes
    trail = ledger.trail(database)
    assert len(trail) == 6 and list(trail.outcome).count("conflict") == 3
    assert set(trail.editor) == {WANG.email, LI.email}
    row = ledger.current(database, key("108.5亿元"))
    assert row is not None and row["revision"] == 3
    winner = trail[(trail.outcome == "applied")].iloc[-1]
    assert row["editor"] == winner.editor  # the row is the last applied edit; the other is in the trail


def test_an_edit_on_a_row_changed_since_it_was_shown_is_a_conflict_naming_who_came_first(
        any_database: Engine) -> None:
    database = any_database
    assert ledger.record(database, edit("108.5亿元", "correct", {"topic": "trade"}), WANG, 0).outcome == "applied"
    late = ledger.record(database, edit("108.5亿元", "correct", {"topic": "fiscal"}), LI, 0)
    assert late.outcome == "conflict" and late.current is not None and late.current["editor_name"] == "王五"
    assert ledger.record(database, edit("108.5亿元", "correct", {"topic": "fiscal"}), LI, late.revision).outcome \
        == "applied"
    assert list(ledger.trail(database).outcome) == ["applied", "conflict", "applied"]
