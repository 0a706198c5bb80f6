"""The command line: `python -m extract [--format csv|jsonl|parquet] [--out PATH] PATH...`.

Reads text files, or folders of them, and writes the tidy table. A file that cannot be read
gets one line on stderr naming it and why; the others are still extracted, and the exit
status is 1 only when a file was refused.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from .decode import Refused, read_document
from .model import COLUMNS
from .pipeline import extract_figures, to_frame

TEXT_SUFFIXES = (".txt", ".md")


def documents(paths: list[Path]) -> Iterator[Path]:
    """The files named, and the text files inside the folders named, in a stable order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
        else:
            yield path


def extract_paths(paths: list[Path]) -> tuple[pd.DataFrame, list[str]]:
    """The table of every readable document, and one line for each refused file."""
    frames, refusals = [], []
    for path in documents(paths):
        try:
            text = read_document(path)
        except Refused as refusal:
            refusals.append(f"{path}: {refusal}")
            continue
        frames.append(to_frame(extract_figures(text, path.stem)))
    table = pd.concat(frames, ignore_index=True) if frames else to_frame([])
    return table, refusals


def write(table: pd.DataFrame, form: str, out: Path | None) -> None:
    if form == "parquet":
        table.to_parquet(out if out else sys.stdout.buffer, index=False)
    elif form == "jsonl":
        text = table.to_json(orient="records", lines=True, force_ascii=False)
        write_text(text, out)
    else:
        write_text(table.to_csv(index=False), out)


def write_text(text: str, out: Path | None) -> None:
    if out:
        out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extract", description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="text files or folders")
    parser.add_argument("--format", choices=("csv", "jsonl", "parquet"), default="csv")
    parser.add_argument("--out", type=Path, help="write here instead of standard output")
    args = parser.parse_args(argv)
    if args.format == "parquet" and args.out is None and sys.stdout.isatty():
        parser.error("parquet is binary: give --out PATH or redirect standard output")
    table, refusals = extract_paths(args.paths)
    write(table[list(COLUMNS)], args.format, args.out)
    for line in refusals:
        print(f"refused {line}", file=sys.stderr)
    return 1 if refusals else 0


if __name__ == "__main__":
    sys.exit(main())
