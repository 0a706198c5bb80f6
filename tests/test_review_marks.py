"""Rows the extractor marks for review, as a reader meets them (issue 9): "待核" in the Data
table, a hatched bar on Explore, a filter that hides them, and the column in the download.
Run through Streamlit's AppTest on the seed, the expected rows from the extractor itself."""
from __future__ import annotations

import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

from dashboard.export import exported
from extract import figures_frame

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "000_ad29c2c3119cad9b.txt"
DOC = SEED.stem
FIGURES = figures_frame(SEED.read_text(encoding="utf-8"), DOC)
MARKED = FIGURES[FIGURES.review]


def page(name: str, **parameters: str | list[str]) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard" / "pages" / f"{name}.py"), default_timeout=60)
    for key, value in parameters.items():
        at.query_params[key] = value
    return at.run()


def test_the_seed_has_rows_marked_and_rows_not() -> None:
    assert 0 < len(MARKED) < len(FIGURES)


def test_the_data_table_says_to_check_on_exactly_the_marked_rows() -> None:
    table = page("data", doc=DOC).dataframe[0].value
    assert sorted(table[table.review == "待核"].raw) == sorted(MARKED.raw)
    assert set(table.review) == {"待核", ""}


def test_the_review_filter_hides_the_marked_rows() -> None:
    table = page("data", doc=DOC, review="false").dataframe[0].value
    assert len(table) == len(FIGURES) - len(MARKED)
    assert not set(table.raw) & (set(MARKED.raw) - set(FIGURES[~FIGURES.review].raw))


def test_a_marked_bar_is_hatched_on_explore() -> None:
    """Every bar Explore draws is hatched exactly when its row is marked (a bar's custom data is
    its figure's link id, doc:start)."""
    marked = {f"{DOC}:{start}" for start in MARKED.start}
    drawn: dict[str, bool] = {}
    for chart in page("explore", doc=DOC).get("plotly_chart"):
        for trace in json.loads(chart.proto.spec)["data"]:
            shapes = trace.get("marker", {}).get("pattern", {}).get("shape", [])
            drawn |= {figure: bool(shape) for figure, shape in zip(trace.get("customdata", []), shapes)}
    assert any(drawn.values()) and not all(drawn.values())
    assert {figure for figure, hatched in drawn.items() if hatched} == marked & set(drawn)


def test_the_download_carries_the_review_column() -> None:
    assert list(exported(FIGURES, False).review) == list(FIGURES.review)
    chinese = exported(FIGURES, True)["核对"]
    assert list(chinese == "待核") == list(FIGURES.review) and set(chinese) == {"待核", "无需核对"}
