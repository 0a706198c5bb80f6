"""The command line: `python -m extract [--format csv|jsonl|parquet] [--out PATH] PATH...`.

Reads text files, or folders of them, and writes the tidy table as it goes, a document at
a time. A file that cannot be read gets one line on stderr naming it and why; the others
are still extracted, and the exit status is 1 only when a file was refused.
"""
from __future__ import annotations

import argparse
import sys
from contextlib import nullcontext
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .decode import Refused, read_document
from .provenance import provenance
from .store import build, dask_runner, process_runner, serial_runner
from .model import COLUMNS
from .pipeline import extract_figures, to_frame

TEXT_SUFFIXES = (".txt", ".md")
# Parquet is written in row groups of about this many rows, so memory stays flat.
PARQUET_GROUP_ROWS = 50_000
INTEGER_COLUMNS, FLOAT_COLUMNS = ("start", "end"), ("value",)
SCHEMA = pa.schema([(c, pa.int64() if c in INTEGER_COLUMNS else pa.float64() if c in FLOAT_COLUMNS else pa.string())
                    for c in COLUMNS])


def read(paths: list[Path]) -> Iterator[tuple[Path, str, bool]]:
    """Each document's text, or the reason it was refused (the flag says which), in a stable
    order: the files named, and the text files inside the folders named."""
    for path in paths:
        inside = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES) \
            if path.is_dir() else [path]
        if not inside:
            yield path, f"no {' or '.join(TEXT_SUFFIXES)} files in this folder", False
        for document in inside:
            try:
                yield document, read_document(document), True
            except Refused as refusal:
                yield document, str(refusal), False


def extracted(paths: list[Path]) -> Iterator[tuple[Path, pd.DataFrame | str]]:
    """Each document's table, dated and sourced by its sidecar, file name or masthead, or the
    reason it was refused."""
    for path, text, readable in read(paths):
        yield path, to_frame(extract_figures(text, path.stem, *provenance(path, text))) if readable else text


def extract_paths(paths: list[Path]) -> tuple[pd.DataFrame, list[str]]:
    """The table of every readable document at once, and one line for each refused file."""
    frames, refusals = [], []
    for path, result in extracted(paths):
        if isinstance(result, str):
            refusals.append(f"{path}: {result}")
        else:
            frames.append(result)
    return (pd.concat(frames, ignore_index=True) if frames else to_frame([])), refusals


def write_stream(results: Iterator[tuple[Path, pd.DataFrame | str]], form: str, out: IO[bytes]) -> list[str]:
    """Write each table as it comes; return a line for each refused file, printed as it comes."""
    refusals: list[str] = []
    parquet = pq.ParquetWriter(out, SCHEMA) if form == "parquet" else None
    pending: list[pd.DataFrame] = []
    first = True
    for path, result in results:
        if isinstance(result, str):
            refusals.append(f"{path}: {result}")
            print(f"refused {path}: {result}", file=sys.stderr)
            continue
        if parquet:
            pending.append(result)
            if sum(map(len, pending)) >= PARQUET_GROUP_ROWS:
                parquet.write_table(pa.Table.from_pandas(pd.concat(pending), schema=SCHEMA, preserve_index=False))
                pending = []
        elif form == "jsonl":
            if len(result):
                out.write(result.to_json(orient="records", lines=True, force_ascii=False).encode())
        else:
            out.write(result.to_csv(index=False, header=first).encode())
            first = False
    if parquet:
        parquet.write_table(pa.Table.from_pandas(pd.concat([to_frame([]), *pending]), schema=SCHEMA,
                                                 preserve_index=False))
        parquet.close()
    elif form == "csv" and first:
        out.write(to_frame([]).to_csv(index=False).encode())  # no document: the header alone
    return refusals


def build_main(argv: list[str]) -> int:
    """`python -m extract build CORPUS_DIR --store STORE`: bring a Parquet store up to date."""
    parser = argparse.ArgumentParser(prog="python -m extract build",
                                     description="Extract a folder tree into a Parquet store, incrementally.")
    parser.add_argument("corpus", type=Path, metavar="CORPUS_DIR")
    parser.add_argument("--store", type=Path, required=True, metavar="STORE")
    parser.add_argument("--processes", type=int, default=1, help="worker processes of the local engine")
    parser.add_argument("--engine", choices=("local", "dask"), default="local")
    parser.add_argument("--scheduler", metavar="ADDRESS", help="a running Dask scheduler (default: a local cluster)")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        parser.error(f"no folder {args.corpus}")
    runner = (dask_runner(args.scheduler) if args.engine == "dask"
              else process_runner(args.processes) if args.processes > 1 else serial_runner)
    report = build(args.corpus, args.store, runner)
    print(f"extracted {report.extracted}, unchanged {report.skipped}, removed {report.removed}, "
          f"refused {len(report.refused)}", file=sys.stderr)
    for line in report.refused:
        print(f"refused {line}", file=sys.stderr)
    return 1 if report.refused else 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["build"]:
        return build_main(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m extract", description=__doc__.split("\n")[0],
                                     epilog="python -m extract build CORPUS_DIR --store STORE: see its --help")
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="text files or folders")
    parser.add_argument("--format", choices=("csv", "jsonl", "parquet"), default="csv")
    parser.add_argument("--out", type=Path, help="write here instead of standard output")
    args = parser.parse_args(argv)
    if args.out and not args.out.parent.is_dir():
        parser.error(f"--out: no folder {args.out.parent}")
    if args.format == "parquet" and args.out is None and sys.stdout.isatty():
        parser.error("parquet is binary: give --out PATH or redirect standard output")
    with args.out.open("wb") if args.out else nullcontext(sys.stdout.buffer) as out:
        refusals = write_stream(extracted(args.paths), args.format, out)
    return 1 if refusals else 0


if __name__ == "__main__":
    sys.exit(main())
