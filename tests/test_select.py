"""A view's rows as SQL over a source of figures: filters, the values they offer, pages of
rows, counts, one figure by its link id; a store answers every one of these as the same
figures in memory do, and a visitor's uploads join a store's figures."""
import shutil
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.cards import card_rows, place_cards
from dashboard.charts import chart_rows
from dashboard.select import counts, figure_row, known, options, rows
from dashboard.source import Source, figures_table, frame_source, store_source
from extract import figures_frame
from extract.provenance import provenance
from extract.store import build, figures_query

ROOT = Path(__file__).parent.parent
DATA = Path(__file__).parent / "data"
SEED = ROOT / "seeds" / "000_ad29c2c3119cad9b.txt"
FIGURES = figures_table(figures_frame(SEED.read_text(encoding="utf-8"), SEED.stem)).to_pandas()
# Views to ask of a source: (the filters chosen), each a different way to narrow it.
VIEWS = [
    {},
    {"topic": ["certificates"]},
    {"topic": ["certificates", "ecommerce"], "measure": ["growth"]},
    {"measure": ["level"], "period": ["2025"]},
    {"topic": ["no such topic"]},
    {"topic": ["'); DROP TABLE figures; --"]},  # a value from a link is data, never SQL
]


def expected_rows(frame: pd.DataFrame, chosen: dict[str, list[str]]) -> pd.DataFrame:
    """The rows pandas lets through, for comparison."""
    columns = {"topic": "topic", "measure": "measure", "period": "period", "doc": "doc_id"}
    for parameter, values in chosen.items():
        frame = frame[frame[columns[parameter]].astype(str).isin(values)]
    return frame


@pytest.mark.parametrize("chosen", VIEWS)
def test_rows_and_counts_are_those_the_filters_let_through(chosen: dict[str, list[str]]) -> None:
    source = frame_source(FIGURES)
    expected = expected_rows(FIGURES, chosen)
    assert counts(source, chosen) == (expected.doc_id.nunique(), len(expected))
    assert list(rows(source, chosen).fid) == list(expected.sort_values(["doc_id", "start"]).fid)


def test_pages_of_rows_follow_each_other_and_cover_the_view() -> None:
    source = frame_source(FIGURES)
    pages = [rows(source, {}, limit=7, offset=offset) for offset in range(0, len(FIGURES) + 7, 7)]
    assert all(len(page) == 7 for page in pages[:len(FIGURES) // 7])
    assert list(pd.concat(pages).fid) == list(rows(source, {}).fid)


def test_each_filter_offers_what_the_others_leave_and_what_it_chose() -> None:
    source = frame_source(FIGURES)
    chosen = {"topic": ["certificates"], "measure": ["growth"], "period": []}
    offered = options(source, chosen)
    growths = FIGURES[FIGURES.measure == "growth"]
    certificates = FIGURES[FIGURES.topic == "certificates"]
    assert offered["topic"] == sorted(set(growths.topic) | {"certificates"})
    assert offered["measure"] == sorted(set(certificates.measure))
    assert offered["period"] == sorted(set(growths[growths.topic == "certificates"].period) - {""})


def test_a_link_names_a_figure_and_filter_values_that_exist_or_nothing() -> None:
    source = frame_source(FIGURES)
    first = FIGURES.iloc[0]
    assert figure_row(source, first.fid).raw == first.raw
    assert figure_row(source, first.fid, {"topic": ["no such topic"]}) is None
    assert figure_row(source, "no-such-doc:12") is None and figure_row(source, "not an id") is None
    assert known(source, "topic", ["certificates", "space", "'; --"]) == {"certificates"}


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, pd.DataFrame]:
    """A store built from the seed and the dev texts, and the same figures in memory."""
    folder = tmp_path_factory.mktemp("corpus")
    for text in [SEED, *(DATA / "dev").glob("*.txt")]:
        shutil.copy(text, folder / text.name)
    store = tmp_path_factory.mktemp("store")
    build(folder, store)
    frames = [figures_frame(p.read_text(encoding="utf-8"), p.stem, *provenance(p, p.read_text(encoding="utf-8")))
              for p in sorted(folder.glob("*.txt"))]
    return store, figures_table(pd.concat(frames, ignore_index=True)).to_pandas()


@pytest.mark.parametrize("chosen", VIEWS)
def test_a_store_answers_every_view_as_its_figures_in_memory_do(stored: tuple[Path, pd.DataFrame],
                                                                chosen: dict[str, list[str]]) -> None:
    store, in_memory = stored
    on_disk, memory = store_source(*figures_query(store)), frame_source(in_memory)
    assert counts(on_disk, chosen) == counts(memory, chosen)
    assert options(on_disk, {**chosen, "doc": []}) == options(memory, {**chosen, "doc": []})
    columns = ["fid", "raw", "value", "unit", "measure", "period", "topic"]
    pd.testing.assert_frame_equal(rows(on_disk, chosen, limit=50)[columns], rows(memory, chosen, limit=50)[columns],
                                  check_dtype=False)
    pd.testing.assert_frame_equal(chart_rows(on_disk, chosen), chart_rows(memory, chosen), check_dtype=False)


def test_a_store_gives_the_overview_the_cards_memory_gives(stored: tuple[Path, pd.DataFrame]) -> None:
    store, in_memory = stored
    def picked(source: Source) -> dict[str, dict[str, list[tuple[str, str | None, str | None, list[float]]]]]:
        return {place: {topic: [(c.latest.fid, None if c.growth is None else c.growth.fid,
                                 None if c.previous is None else c.previous.fid, c.line) for c in cards]
                        for topic, cards in topics.items()}
                for place, topics in place_cards(card_rows(source), 4, 6).items()}
    on_disk = picked(store_source(*figures_query(store)))
    assert on_disk and on_disk == picked(frame_source(in_memory))


def test_uploads_join_a_stores_figures(stored: tuple[Path, pd.DataFrame]) -> None:
    store, in_memory = stored
    upload = figures_table(figures_frame("2025年，全市实现网络零售额856.3亿元，同比增长12.1%。", "upload"))
    both = store_source(*figures_query(store), beside=upload)
    assert counts(both, {}) == (in_memory.doc_id.nunique() + 1, len(in_memory) + len(upload))
    assert list(rows(both, {"doc": ["upload"]}).raw) == ["856.3亿元", "12.1%"]


def test_the_data_page_shows_a_page_of_rows_and_the_link_keeps_it(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(30):  # 30 copies of the seed: more rows than a page holds
        shutil.copy(SEED, tmp_path / f"copy_{n:02d}.txt")
    store = tmp_path / "store"
    build(tmp_path, store)
    monkeypatch.setenv("REPORTS_DIR", str(store))
    at = AppTest.from_file(str(ROOT / "dashboard" / "pages" / "data.py"), default_timeout=60)
    at.query_params["rows_page"] = "5"  # the last page: 1,200 rows of 250 a page
    at.run()
    assert not at.exception
    total = 30 * len(FIGURES)
    assert at.number_input(key="rows_page").value == 5
    assert f"第 1001–{total} 行，共 {total} 行" in [c.value for c in at.caption]
    assert len(at.dataframe[0].value) == total - 1000
    at.multiselect(key="topic").set_value(["certificates"]).run()  # two pages now: the page is the last
    certificates = 30 * (FIGURES.topic == "certificates").sum()
    assert at.number_input(key="rows_page").value == 2
    assert len(at.dataframe[0].value) == certificates - 250


@pytest.mark.parametrize("page", ["overview", "explore", "sources", "trends", "data"])
def test_every_page_opens_on_a_store(stored: tuple[Path, pd.DataFrame], page: str,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    store, in_memory = stored
    monkeypatch.setenv("REPORTS_DIR", str(store))
    at = AppTest.from_file(str(ROOT / "dashboard" / "pages" / f"{page}.py"), default_timeout=60).run()
    assert not at.exception
    if page in ("overview", "explore", "data"):
        docs, figures = in_memory.doc_id.nunique(), len(in_memory)
        assert at.caption[0].value.startswith(f"{docs} 篇文档，{figures} 个数据")
