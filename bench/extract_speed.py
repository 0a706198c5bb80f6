"""Speed and memory of the whole pipeline on a corpus of reports, and regex safety.

Run from the repository root:

    .venv/bin/python -m bench.extract_speed --mb 20

The corpus is copies of the seed with their numbers changed, written to a temporary
folder and streamed one file at a time through read_document and extract_figures, in
this one process, keeping only counts. MB are 10**6 UTF-8 bytes. Prints each figure
beside its target; exits 1 if an input built to make a pattern backtrack takes too long.
"""
from __future__ import annotations

import argparse
import pathlib
import random
import re
import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import regex

from extract import extract_figures
from extract.decode import read_document

SEED = pathlib.Path(__file__).resolve().parent.parent / "seeds" / "000_ad29c2c3119cad9b.txt"
MB = 1_000_000
FIRST_MB = 5.0  # memory after this much is compared with memory at the end
TRACED_MB = 2.0  # tracemalloc slows the pipeline several times, so it sees less
TARGET_MB_S = 12.0  # issue 9: 12 MB/s on one core, a margin for these machines' noise
FLAT_MB = 5.0  # peak RSS may grow this much after the first part (caches warming), no more
TARGET_SECONDS = 1.0
ASCII_DIGITS = re.compile("[0-9]+")
NUMBER = regex.compile(r"\d+(?:\.\d+)?")

# 1 MB runs of what the patterns repeat, built to make a careless pattern backtrack.
SAFETY = (
    ("ASCII digits", "0123456789"),
    ("万亿 repeated", "万亿"),
    ("约超 and % repeated", "约超%"),
    ("1.2.3.4, repeated", "1.2.3.4,"),
)

Corpus = Sequence[tuple[pathlib.Path, int]]  # each file with its size in UTF-8 bytes


@dataclass(frozen=True)
class Reading:
    """Where a pass stood after `mb` of the corpus."""

    mb: float
    seconds: float
    count: int
    rss_mb: float  # peak resident memory of the process so far
    traced_mb: float  # tracemalloc's peak so far, 0 when it is not tracing

    @property
    def rate(self) -> float:
        return self.mb / self.seconds


def vary(digits: str, rng: random.Random) -> str:
    """Another number of the same length and first digit, so years and sizes stay alike.

    >>> vary("2025", random.Random(0))
    '2874'
    """
    return digits[0] + "".join(rng.choices("0123456789", k=len(digits) - 1))


def build_corpus(folder: pathlib.Path, mb: float, rng: random.Random) -> Corpus:
    """Write copies of the seed, each with its numbers varied, until there are `mb` MB."""
    seed = SEED.read_text(encoding="utf-8")
    corpus: list[tuple[pathlib.Path, int]] = []
    written = 0
    while written < mb * MB:
        path = folder / f"copy_{len(corpus):05d}.txt"
        size = path.write_bytes(ASCII_DIGITS.sub(lambda m: vary(m[0], rng), seed).encode())
        corpus.append((path, size))
        written += size
    return corpus


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / MB if sys.platform == "darwin" else peak * 1024 / MB  # bytes there, KiB here


def stream(
    corpus: Corpus, count_in: Callable[[pathlib.Path], int], marks: Sequence[int]
) -> list[Reading]:
    """Pass the files through `count_in` one at a time, reading after each mark (in bytes)."""
    readings: list[Reading] = []
    done, count, start = 0, 0, time.perf_counter()
    for path, size in corpus:
        count += count_in(path)
        done += size
        while len(readings) < len(marks) and done >= marks[len(readings)]:
            readings.append(Reading(done / MB, time.perf_counter() - start, count, peak_rss_mb(),
                                    tracemalloc.get_traced_memory()[1] / MB))
    return readings


def rows_in(path: pathlib.Path) -> int:
    return len(extract_figures(read_document(path), path.stem))


def numbers_in(path: pathlib.Path) -> int:
    return sum(1 for _ in NUMBER.finditer(read_document(path)))


def characters_in(path: pathlib.Path) -> int:
    return len(read_document(path))


def traced(corpus: Corpus, n_bytes: int) -> list[Reading]:
    """The pipeline under tracemalloc over the first `n_bytes`, read at half and at the end."""
    tracemalloc.start()
    try:
        return stream(corpus, rows_in, [n_bytes // 2, n_bytes])
    finally:
        tracemalloc.stop()


def seconds_on(unit: str) -> float:
    """How long extract_figures takes on 1 MB of `unit` repeated."""
    text = unit * (MB // len(unit.encode()))
    start = time.perf_counter()
    extract_figures(text, "safety")
    return time.perf_counter() - start


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def report_pipeline(first: Reading, full: Reading) -> None:
    for label, r in (("first", first), ("all", full)):
        print(f"pipeline     {label:5} {r.mb:6.1f} MB: {r.rate:7.1f} MB/s  {r.count:>9,} rows  "
              f"peak RSS {r.rss_mb:7.1f} MB   target >= {TARGET_MB_S:g} MB/s: "
              f"{verdict(r.rate >= TARGET_MB_S)}")
    growth = full.rss_mb - first.rss_mb
    print(f"memory       peak RSS {growth:+.1f} MB from {first.mb:.1f} MB to {full.mb:.1f} MB"
          f"   target flat (< +{FLAT_MB:g} MB): {verdict(growth < FLAT_MB)}")


def report_safety() -> bool:
    safe = True
    for label, unit in SAFETY:
        seconds = seconds_on(unit)
        safe &= seconds < TARGET_SECONDS
        print(f"safety       1 MB of {label:20} {seconds:6.3f} s   "
              f"target < {TARGET_SECONDS:g} s: {verdict(seconds < TARGET_SECONDS)}")
    return safe


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Speed and memory of the pipeline.")
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (default 20)")
    mb = parser.parse_args(argv).mb
    with tempfile.TemporaryDirectory(prefix="extract_speed_") as folder:
        corpus = build_corpus(pathlib.Path(folder), mb, random.Random(0))
        total = sum(size for _, size in corpus)
        print(f"corpus       {total / MB:.1f} MB in {len(corpus)} files: "
              f"copies of {SEED.name}, numbers varied")
        report_pipeline(*stream(corpus, rows_in, [int(min(FIRST_MB, mb / 4) * MB), total]))
        (read,) = stream(corpus, characters_in, [total])
        print(f"read only    {read.mb:6.1f} MB: {read.rate:7.1f} MB/s  "
              f"(read_document alone: the ceiling)")
        (bare,) = stream(corpus, numbers_in, [total])
        print(f"bare regex   {bare.mb:6.1f} MB: {bare.rate:7.1f} MB/s  {bare.count:>9,} numbers "
              f"(read_document, then {NUMBER.pattern} finditer)")
        half, whole = traced(corpus, min(int(TRACED_MB * MB), total))
        print(f"tracemalloc  peak {half.traced_mb:.1f} MB after {half.mb:.1f} MB, "
              f"{whole.traced_mb:.1f} MB after {whole.mb:.1f} MB   target flat")
    return 0 if report_safety() else 1


if __name__ == "__main__":
    sys.exit(main())
