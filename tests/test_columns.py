"""One column at a time: phrases in many wordings, each naming the figure by its printed
words, each table the test of one column's stage (metric.py, resolve.measure_of and basis.py,
topic.py, periods.py, region.py, match.is_reference).

The phrases (phrases_by_column.py) were written from the contract alone by a writer who
never saw the extractor, in the ways city papers, statistics bureaus, work reports, the
People's Daily, customs and ministries print figures. A case the rules do not get right
yet is a strict xfail in KNOWN_GAPS below, so that fixing it shows.
"""
from collections.abc import Sequence

import pytest

from extract import Figure, extract_figures
from phrases_by_column import (MEASURE_CASES, METRIC_CASES, METRIC_NEVER, NOT_FIGURES, PERIOD_CASES, REGION_CASES,
                               TOPIC_CASES)

# Case ids the rules do not get right yet (strict xfail), with why.
KNOWN_GAPS: dict[str, str] = {
    "other_company_revenue": "a company's own results are other (spec 3), but 营业收入 reads as industry's word",
    "other_company_net_profit": "a company's own results are other (spec 3), but 净利润 reads as industry's word",
    "city_paper_high_tech_zone": "a zone named after its city (成都高新区) is given the city, which the scorer accepts",
}


def row_of(text: str, raw: str, published: str = "", source: str = "") -> Figure:
    """The row whose span overlaps the one printing of `raw`, as the scorer matches."""
    start = text.index(raw)
    rows = [f for f in extract_figures(text, published=published, source=source)
            if f.start < start + len(raw) and start < f.end]
    assert rows, [f.raw for f in extract_figures(text, published=published, source=source)]
    return rows[0]


def cases(table: Sequence[tuple[str, ...]]) -> list[object]:
    """A table's rows as pytest params named by their ids, the known gaps marked."""
    return [pytest.param(*case[1:], id=case[0], marks=[pytest.mark.xfail(reason=KNOWN_GAPS[case[0]], strict=True)]
                         if case[0] in KNOWN_GAPS else []) for case in table]


@pytest.mark.parametrize(("text", "raw", "metric_key"), cases(METRIC_CASES))
def test_metric(text: str, raw: str, metric_key: str) -> None:
    metric = row_of(text, raw).metric
    assert any(key in metric for key in metric_key.split("|")), metric
    assert not [word for _, word in METRIC_NEVER if word in metric], metric


@pytest.mark.parametrize(("text", "raw", "measure", "basis", "value"), cases(MEASURE_CASES))
def test_measure_basis_and_sign(text: str, raw: str, measure: str, basis: str, value: float) -> None:
    row = row_of(text, raw)
    assert (row.measure, row.basis, row.value) == (measure, basis, pytest.approx(value, rel=1e-9))


@pytest.mark.parametrize(("text", "raw", "topic"), cases(TOPIC_CASES))
def test_topic(text: str, raw: str, topic: str) -> None:
    row = row_of(text, raw)
    assert row.topic == topic, row.metric


@pytest.mark.parametrize(("text", "published", "raw", "period"), cases(PERIOD_CASES))
def test_period(text: str, published: str, raw: str, period: str) -> None:
    assert row_of(text, raw, published).period == period


@pytest.mark.parametrize(("text", "source", "raw", "region"), cases(REGION_CASES))
def test_region(text: str, source: str, raw: str, region: str) -> None:
    assert row_of(text, raw, source=source).region == region


@pytest.mark.parametrize("text", cases(NOT_FIGURES))
def test_not_a_figure(text: str) -> None:
    assert extract_figures(text) == []
