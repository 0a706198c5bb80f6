"""Speed of building an archive: `python -m bench.corpus_speed [--documents 20000]`.

Generates a corpus of dated documents (about 17.5 KB each, so 20,000 make about 350 MB),
clearly synthetic: template sentences with varied numbers, units, cue words and dates.
Prints, beside each target:
- build throughput with 1 and with 2 processes (target: 350 MB in under 60 s on 2 cores);
- an unchanged re-run (target: under 5% of a full build);
- peak memory of builds over a quarter of the corpus and over all of it (target: flat);
- the time of the Trends page's queries on the store (through DuckDB: the list of every
  indicator's series and places, which the dashboard then holds in its cache for the build,
  and the reports of the longest line's series) (target: under 300 ms each);
- the time of the other pages' queries on the store, as a page run asks them (Explore: the
  counts, the filters' options and the charts' bars of a view; Data: a page of 250 rows
  from the middle; Overview: the rows of its cards; a figure by its link id): computed, as
  the first visitor of a build waits for them (target: under 1 s), then from the dashboard's
  cache of answers on the shared figures (target: under 300 ms); and how much this process
  grew answering them: the store is read where it lies, never loaded whole.
"""
from __future__ import annotations

import argparse
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dashboard.source import store_source  # noqa: E402
from dashboard.cards import card_rows  # noqa: E402
from dashboard.charts import chart_rows  # noqa: E402
from dashboard.archive import store_version  # noqa: E402
from dashboard.ui.corpus import shared_answer  # noqa: E402
from dashboard.ui.corrected import edits_version  # noqa: E402
from dashboard.select import FILTERS, counts, figure_row, options, rows  # noqa: E402
from dashboard.trends import Series, series_lines, vintages  # noqa: E402
from extract.store import figures_query  # noqa: E402

MB = 1_000_000
DATA_PAGE_ROWS = 250  # the Data page's rows a page (dashboard/pages/data.py)
DOCUMENT_BYTES = 17_500
CITIES = ("临江", "青原", "石桥", "南屿", "北岭", "东湖", "西平", "安泽")
INDICATORS = ("地区生产总值", "规模以上工业增加值", "社会消费品零售总额", "固定资产投资", "货物进出口总额",
              "一般公共预算收入", "网上零售额", "城镇新增就业")
UNITS = (("亿元", 1), ("万元", 1), ("万人", 0))
CUES = ("同比增长", "比上年增长", "增长", "同比下降", "环比增长", "年均增长")
QUALIFIERS = ("", "约", "超", "近")
SENTENCES = (
    "{period}，全市{indicator}{q}{level}{unit}，{cue}{rate}%。",
    "{period}全市{indicator}达到{level}{unit}，{cue}{rate}%，增速比上年提高{points}个百分点。",
    "{period}，{city}{indicator}{cue}{rate}%，占全市比重为{share}%。",
    "据统计，{period}{indicator}完成{level}{unit}，{cue}{rate}%；其中，{city}完成{part}{unit}。",
)
# Prose between the figures, so that a document holds figures about as densely as a city
# paper does (the seed: one figure in about 150 characters).
FILLER = ("会议强调，要坚持稳中求进工作总基调，扎实推进高质量发展，持续优化营商环境，不断增强群众获得感。"
          "各部门要压实责任、细化举措，确保各项任务落地见效，以实干实绩推动经济社会发展再上新台阶。"
          "与会同志结合工作实际，围绕产业升级、城市更新、民生保障等方面深入交流，提出了许多有价值的意见建议。")


def document(rng: random.Random, index: int) -> tuple[str, str]:
    """A dated file name and a text of about DOCUMENT_BYTES."""
    year, month, day = 2024 + index % 3, 1 + index % 12, 1 + index % 28
    city = CITIES[index % len(CITIES)]
    lines = [f"{city}日报  {year}年{month}月{day}日", f"{city}经济运行情况通报"]
    while sum(len(line.encode()) for line in lines) < DOCUMENT_BYTES:
        unit, _ = rng.choice(UNITS)
        lines.append(rng.choice(SENTENCES).format(
            period=rng.choice([f"{year - 1}年", f"{year}年1-{month}月", f"{year}年上半年", "今年一季度", "去年"]),
            indicator=rng.choice(INDICATORS), city=rng.choice(CITIES), q=rng.choice(QUALIFIERS),
            level=f"{rng.uniform(10, 9000):.1f}", unit=unit, cue=rng.choice(CUES), rate=f"{rng.uniform(0.1, 15):.1f}",
            points=f"{rng.uniform(0.1, 3):.1f}", share=f"{rng.uniform(1, 60):.1f}", part=f"{rng.uniform(1, 900):.1f}"))
        lines.append(FILLER)
    return f"{year}-{month:02d}-{day:02d}_{city}日报_{index:05d}.txt", "\n\n".join(lines) + "\n"


def generate(folder: Path, count: int) -> int:
    """Write `count` documents into dated subfolders; return their bytes."""
    rng = random.Random(7)
    total = 0
    for index in range(count):
        name, text = document(rng, index)
        path = folder / name[:7] / name
        path.parent.mkdir(parents=True, exist_ok=True)
        total += path.write_bytes(text.encode()) or 0
    return total


def timed_build(corpus: Path, store: Path, processes: int) -> tuple[float, float]:
    """Seconds of `python -m extract build` in a fresh process, and its peak memory in MB."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "extract", "build", str(corpus), "--store", str(store),
                    "--processes", str(processes)], cwd=ROOT, check=False, capture_output=True)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KiB here; the largest child so far
    return seconds, peak


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def median_seconds(query: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        query()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report_page_queries(store: Path) -> None:
    """Each page's queries on the store as a page asks them (through the dashboard's cache of
    answers on the shared figures): computed, the first time in a build, and served from the
    cache after; the median of 5 each, and this process's growth."""
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    source, version, edits = store_source(*figures_query(store)), store_version(store), edits_version()
    everything = {parameter: [] for parameter in FILTERS}
    view = {**everything, "topic": ["industry"], "measure": ["growth"]}
    _, total = counts(source, everything)
    fid = str(rows(source, view, limit=1).fid.iloc[0])
    for label, asked in (
            ("explore, all figures", [(counts, everything), (options, everything), (chart_rows, everything)]),
            ("explore, a filtered view", [(counts, view), (options, view), (chart_rows, view)]),
            ("data, page in the middle", [(rows, everything, DATA_PAGE_ROWS, total // 2)]),
            ("overview cards", [(card_rows,)]),
            ("a figure by its link id", [(figure_row, fid)])):
        computed = median_seconds(lambda: [query(source, *arguments) for query, *arguments in asked])
        cached = median_seconds(lambda: [shared_answer(str(store), version, edits, "view", query, *arguments)
                                         for query, *arguments in asked])
        print(f"pages        {label:26} on the store ({total} figures): computed {1000 * computed:5.0f} ms, "
              f"cached {1000 * cached:4.0f} ms   target computed < 1 s, cached < 300 ms: "
              f"{verdict(computed < 1 and cached < 0.3)}")
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - before
    print(f"pages        this process's peak RSS grew {grown:.0f} MB answering them")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=20_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        quarter, corpus = folder / "quarter", folder / "corpus"
        size = generate(corpus, args.documents)
        generate(quarter, args.documents // 4)
        print(f"corpus       {args.documents} documents, {size / MB:.0f} MB (synthetic, dated)")
        quarter_peak = timed_build(quarter, folder / "quarter_store", 1)[1]
        full = {}
        for processes in (1, 2):
            seconds, peak = timed_build(corpus, folder / f"store{processes}", processes)
            full[processes] = seconds
            target = seconds * 350 * MB / size < 60 if processes == 2 else True
            print(f"build        {processes} process(es): {seconds:6.1f} s, {size / MB / seconds:5.1f} MB/s"
                  + (f"   target 350 MB < 60 s on 2 cores: {verdict(target)}" if processes == 2 else ""))
        again, _ = timed_build(corpus, folder / "store2", 2)
        print(f"re-run       unchanged: {again:.1f} s = {100 * again / full[2]:.1f}% of a full build"
              f"   target < 5%: {verdict(again < 0.05 * full[2])}")
        full_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"memory       peak RSS building {args.documents // 4} documents {quarter_peak:.0f} MB, "
              f"{args.documents} documents {full_peak:.0f} MB   target flat: {verdict(full_peak < 1.25 * quarter_peak)}")
        source = store_source(*figures_query(folder / "store2"))  # the dashboard reads it once
        listed = median_seconds(lambda: series_lines(source))
        longest = series_lines(source).iloc[0]
        series = Series(longest.measure, longest.basis, longest.unit, longest.kind)
        table = vintages(source, longest.indicator, series)
        median = median_seconds(lambda: vintages(source, longest.indicator, series))
        print(f"trends       the list of series from the store: {1000 * listed:.0f} ms; the longest line's series "
              f"({longest.indicator}, {series.code()}, {len(table)} reports): {1000 * median:.0f} ms"
              f"   target < 300 ms: {verdict(median < 0.3 and listed < 0.3)}")
        report_page_queries(folder / "store2")
    return 0


if __name__ == "__main__":
    sys.exit(main())
