"""The command line: `python -m extract [--format csv|jsonl|parquet] [--out PATH] PATH...`.

Reads text files, or folders of them, and writes the tidy table as it goes, a document at
a time. A file that cannot be read (empty, binary, not in an encoding read here, over
--max-bytes) gets one line on stderr, `refused PATH: REASON`; the others are still
extracted, and the exit status is 1 only when a file was refused. A file with a few bytes
that do not decode is read with them as U+FFFD and gets one line, `warning PATH: ...`;
it is not a refusal, so it leaves the exit status 0. Input files are only ever read.
"""
from __future__ import annotations

import argparse
import re
import sys
from contextlib import nullcontext
from collections.abc import Iterator
from pathlib import Path
from typing import IO, NamedTuple

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .decode import MAX_BYTES, Refused
from .documents import documents
from .provenance import provenance
from .store import build, dask_runner, process_runner, serial_runner
from .model import COLUMNS
from .pipeline import extract_figures, to_frame

# Parquet is written in row groups of about this many rows, so memory stays flat.
PARQUET_GROUP_ROWS = 50_000
TYPES: dict[str, pa.DataType] = {"start": pa.int64(), "end": pa.int64(), "value": pa.float64(), "review": pa.bool_()}
SCHEMA = pa.schema([(column, TYPES.get(column, pa.string())) for column in COLUMNS])


# Control characters in a file's name would break its line on stderr in two, or drive the
# terminal (escape sequences): they are shown escaped.
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


class Extracted(NamedTuple):
    """A document's table, or None where it was refused."""

    path: Path
    table: pd.DataFrame | None
    note: str  # why it was refused, or a warning about bytes that did not decode, or ""


def extracted(paths: list[Path], max_bytes: int = MAX_BYTES) -> Iterator[Extracted]:
    """Each document's table, dated and sourced by its sidecar, file name or masthead, or the
    reason it was refused."""
    for path, doc_id, outcome in documents(paths, max_bytes):
        if isinstance(outcome, Refused):
            yield Extracted(path, None, str(outcome))
        else:
            figures = extract_figures(outcome.text, doc_id, *provenance(path, outcome.text))
            yield Extracted(path, to_frame(figures), outcome.warning)


def extract_paths(paths: list[Path], max_bytes: int = MAX_BYTES) -> tuple[pd.DataFrame, list[str]]:
    """The table of every readable document at once, and one line for each refused file."""
    frames, refusals = [], []
    for path, table, note in extracted(paths, max_bytes):
        if table is None:
            refusals.append(f"{path}: {note}")
        else:
            frames.append(table)
    return (pd.concat(frames, ignore_index=True) if frames else to_frame([])), refusals


def say(kind: str, line: str) -> None:
    """One line on stderr, `refused PATH: REASON` or `warning PATH: WARNING`, whatever the
    file is named."""
    print(one_line(f"{kind} {line}"), file=sys.stderr)


def one_line(message: str) -> str:
    """The message with its control characters escaped, so it stays one line.

    >>> print(one_line("refused new\\nline\\x1b[31m.txt: empty file"))
    refused new\\nline\\x1b[31m.txt: empty file
    """
    return CONTROL.sub(lambda control: control[0].encode("unicode_escape").decode(), message)


def write_stream(results: Iterator[Extracted], form: str, out: IO[bytes]) -> list[str]:
    """Write each table as it comes; return a line for each refused file. Refusals and
    warnings are printed as they come."""
    refusals: list[str] = []
    parquet = pq.ParquetWriter(out, SCHEMA) if form == "parquet" else None
    pending: list[pd.DataFrame] = []
    first = True
    for path, result, note in results:
        if result is None:
            refusals.append(f"{path}: {note}")
            say("refused", refusals[-1])
            continue
        if note:
            say("warning", f"{path}: {note}")
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
    add_max_bytes(parser)
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        parser.error(f"no folder {args.corpus}")
    runner = (dask_runner(args.scheduler) if args.engine == "dask"
              else process_runner(args.processes) if args.processes > 1 else serial_runner)
    report = build(args.corpus, args.store, runner, args.max_bytes)
    print(f"extracted {report.extracted}, unchanged {report.skipped}, removed {report.removed}, "
          f"refused {len(report.refused)}, with warnings {len(report.warned)}", file=sys.stderr)
    for line in report.warned:
        say("warning", line)
    for line in report.refused:
        say("refused", line)
    return 1 if report.refused else 0


def add_max_bytes(parser: argparse.ArgumentParser) -> None:
    """The size limit's option, the same for both commands."""
    parser.add_argument("--max-bytes", type=byte_count, default=MAX_BYTES, metavar="N",
                        help=f"refuse files larger than N bytes (default {MAX_BYTES:_})")


def byte_count(text: str) -> int:
    """A positive whole number of bytes, as given on the command line ("50_000_000" too).

    >>> byte_count("1_000"), byte_count("12")
    (1000, 12)
    """
    try:
        count = int(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a whole number of bytes: {text!r}") from error
    if count < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return count


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["build"]:
        return build_main(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m extract", description=__doc__.split("\n")[0],
                                     epilog="python -m extract build CORPUS_DIR --store STORE: see its --help")
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="text files or folders")
    parser.add_argument("--format", choices=("csv", "jsonl", "parquet"), default="csv")
    parser.add_argument("--out", type=Path, help="write here instead of standard output")
    add_max_bytes(parser)
    args = parser.parse_args(argv)
    if args.out and not args.out.parent.is_dir():
        parser.error(f"--out: no folder {args.out.parent}")
    if args.format == "parquet" and args.out is None and sys.stdout.isatty():
        parser.error("parquet is binary: give --out PATH or redirect standard output")
    with args.out.open("wb") if args.out else nullcontext(sys.stdout.buffer) as out:
        refusals = write_stream(extracted(args.paths, args.max_bytes), args.format, out)
    return 1 if refusals else 0


if __name__ == "__main__":
    sys.exit(main())
