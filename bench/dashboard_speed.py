"""Speed of the dashboard: cold start to the first chart in a real browser, beside a bare
one-chart Streamlit app, and the server time of a filter change on the default documents
(seeds/) and on a generated corpus.

Run from the repository root:

    .venv/bin/python -m bench.dashboard_speed [--runs 3] [--documents 2000] [--repeats 5]

Cold start: `streamlit run` in its own process group, timed from the launch to the first
chart with data (a plotly trace, not the empty frame a page shows while it reads) visible in
Debian's chromium (Playwright), a new server and a new browser context each run; the page's
own part (from opening the link) is printed beside it.
Filter change: AppTest runs dashboard/pages/explore.py with REPORTS_DIR pointing at the
corpus; the first run (the load) is not timed, then each change of a filter is one timed
`run()`, the cache of answers emptied before it (the view computed, as its first visitor
waits for it), and the same view run again from the cache is printed beside it. Where a change on the generated corpus misses the target (or with `--profile N`),
cProfile prints where a change spends its time.
"""
from __future__ import annotations

import argparse
import io
import logging
import os
import pathlib
import pstats
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.extract_speed import ASCII_DIGITS, SEED, vary  # noqa: E402
from bench.streamlit_server import serving  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
EXPLORE = ROOT / "dashboard" / "pages" / "explore.py"
BARE = ROOT / "bench" / "bare_app.py"
TARGET_RATIO = 1.2
TARGET_MS = 300.0
WAIT_MS = 120_000
# A chart with data drawn: not the empty frame a page shows while it reads the documents.
FIRST_CHART = ".js-plotly-plot:has(.trace)"


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


# --- cold start in the browser -------------------------------------------------------------

def cold_start(browser: Any, script: pathlib.Path, path: str) -> tuple[float, float]:
    """Seconds from `streamlit run` to the first chart visible, and from opening the link."""
    start = time.perf_counter()
    with serving(script) as url:
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        try:
            page = context.new_page()
            opened = time.perf_counter()
            page.goto(url + path)
            page.locator(FIRST_CHART).first.wait_for(state="visible", timeout=WAIT_MS)
            done = time.perf_counter()
        finally:
            context.close()
    return done - start, done - opened


def report_cold_starts(runs: int) -> None:
    if not pathlib.Path(CHROMIUM).exists():
        print(f"cold start   skipped: {CHROMIUM} is missing")
        return
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            warm = browser.new_page()  # the browser's own start is not the app's
            warm.goto("about:blank")
            warm.close()
            medians = {}
            for label, script, path in (("app /explore", ROOT / "app.py", "/explore"),
                                        ("bare app", BARE, "/")):
                times = [cold_start(browser, script, path) for _ in range(runs)]
                total = statistics.median(t for t, _ in times)
                page = statistics.median(p for _, p in times)
                medians[label] = (total, page)
                each = ", ".join(f"{t:.2f}" for t, _ in times)
                print(f"cold start   {label:13} launch->chart median {total:6.2f} s  (runs {each})  "
                      f"link->chart median {page:5.2f} s")
        finally:
            browser.close()
    (app_total, app_page), (bare_total, bare_page) = medians.values()
    for label, ratio in (("launch->chart", app_total / bare_total), ("link->chart", app_page / bare_page)):
        print(f"cold start   ratio app/bare {label:13} {ratio:5.2f}x   target <= {TARGET_RATIO:g}x: "
              f"{verdict(ratio <= TARGET_RATIO)}")


# --- filter changes on the server ----------------------------------------------------------

def build_corpus(folder: pathlib.Path, n: int, rng: random.Random) -> None:
    """`n` copies of the seed, their digits varied, named doc_0000.txt..."""
    seed = SEED.read_text(encoding="utf-8")
    for i in range(n):
        text = ASCII_DIGITS.sub(lambda m: vary(m[0], rng), seed)
        (folder / f"doc_{i:04d}.txt").write_text(text, encoding="utf-8")


def loaded(folder: pathlib.Path | None) -> tuple[Any, float]:
    """The explore page run once on the folder's documents (the seeds for None), and how long
    that first run took."""
    from streamlit.testing.v1 import AppTest

    if folder is None:
        os.environ.pop("REPORTS_DIR", None)
    else:
        os.environ["REPORTS_DIR"] = str(folder)
    sys.argv = [str(EXPLORE)]  # the page reads `--docs PATH` from sys.argv: none here
    at = AppTest.from_file(str(EXPLORE), default_timeout=600)
    start = time.perf_counter()
    at.run()
    seconds = time.perf_counter() - start
    if at.exception:
        raise RuntimeError(at.exception[0].message)
    if not at.selectbox(key="fig").options:
        raise RuntimeError(f"the page shows no figure: {at.caption[0].value}")
    return at, seconds


def timed(run: Callable[[], Any]) -> float:
    start = time.perf_counter()
    at = run()
    ms = (time.perf_counter() - start) * 1000
    if at.exception:
        raise RuntimeError(at.exception[0].message)
    return ms


# Each change, from the view the previous one left: (label, widget key, value).
CHANGES = (("topic=trade", "topic", ["trade"]), ("+measure=growth", "measure", ["growth"]),
           ("measure=all", "measure", []), ("topic=all", "topic", []))


def report_filter_changes(label: str, at: Any, repeats: int) -> dict[str, float]:
    """Each change timed with the cache of answers emptied first, so that the view is
    computed as its first visitor waits for it; then once more, served from that cache."""
    import streamlit as st

    logging.getLogger("streamlit.runtime.caching.cache_data_api").setLevel(logging.ERROR)  # "no runtime" at each clear
    times: dict[str, list[float]] = {change: [] for change, _, _ in CHANGES}
    cached: dict[str, float] = {}
    for _ in range(repeats):
        for change, key, value in CHANGES:
            st.cache_data.clear()
            times[change].append(timed(lambda: at.multiselect(key=key).set_value(value).run()))
            cached[change] = timed(lambda: at.run())
    medians = {change: statistics.median(ms) for change, ms in times.items()}
    for change, ms in medians.items():
        print(f"filter       {label:10} {change:16} median {ms:8.1f} ms  (of {repeats}), from the cache "
              f"{cached[change]:6.1f} ms   target < {TARGET_MS:g} ms: {verdict(ms < TARGET_MS)}")
    return medians


def profiled_page(page: str, out: str) -> None:
    """The page run under cProfile, in the script's own thread (a profile of the caller's
    thread sees only AppTest waiting); the stats go to `out`. Runs as an AppTest script."""
    import cProfile
    import runpy

    profiler = cProfile.Profile()
    profiler.enable()
    try:
        runpy.run_path(page, run_name="__main__")
    finally:
        profiler.disable()
        profiler.dump_stats(out)


def profile_changes(top: int) -> None:
    """Where a filter change on the current corpus spends its time, for a narrowing change
    (topic=trade) and a widening one (back to all): the page runs under cProfile inside
    AppTest's script thread."""
    from streamlit.testing.v1 import AppTest

    with tempfile.TemporaryDirectory(prefix="dashboard_profile_") as folder:
        out = str(pathlib.Path(folder) / "run.prof")
        at = AppTest.from_function(profiled_page, default_timeout=600, args=(str(EXPLORE), out))
        at.run()  # the corpus is cached already: this is the page's first run for a visitor
        for label, value in (("topic=trade", ["trade"]), ("topic=all", [])):
            start = time.perf_counter()
            at.multiselect(key="topic").set_value(value).run()
            print(f"profile      {label} under cProfile: {time.perf_counter() - start:.2f} s, "
                  f"the {top} functions of most cumulative time:")
            text = io.StringIO()
            pstats.Stats(out, stream=text).sort_stats("cumulative").print_stats(top)
            print(text.getvalue().split("\n\n", 1)[-1].rstrip() + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Speed of the dashboard.")
    parser.add_argument("--runs", type=int, default=3, help="cold starts of each app (default 3)")
    parser.add_argument("--documents", type=int, default=2000, help="documents in the generated corpus")
    parser.add_argument("--repeats", type=int, default=5, help="timed runs of each filter change")
    parser.add_argument("--profile", type=int, default=None, metavar="N",
                        help="print the N top functions of a change on the generated corpus "
                             "(default: 25 when a change misses the target, 0: never)")
    parser.add_argument("--no-browser", action="store_true", help="skip the cold starts")
    args = parser.parse_args(argv)

    if not args.no_browser:
        report_cold_starts(args.runs)

    at, first = loaded(None)
    print(f"filter       default data (seeds/): first run (the load, not timed) {first:.2f} s: {at.caption[0].value}")
    report_filter_changes("default", at, args.repeats)
    with tempfile.TemporaryDirectory(prefix="dashboard_speed_") as folder:
        start = time.perf_counter()
        build_corpus(pathlib.Path(folder), args.documents, random.Random(0))
        print(f"corpus       {args.documents} documents (copies of {SEED.name}, digits varied) "
              f"written in {time.perf_counter() - start:.1f} s")
        at, first = loaded(pathlib.Path(folder))
        print(f"filter       {args.documents} docs: first run (the load, not timed) {first:.2f} s: "
              f"{at.caption[0].value}")
        medians = report_filter_changes(f"{args.documents} docs", at, args.repeats)
        top = args.profile if args.profile is not None else 25 if max(medians.values()) >= TARGET_MS else 0
        if top:
            profile_changes(top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
