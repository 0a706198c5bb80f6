"""The command line, run as a user runs it: a real process on real files."""
import codecs
import io
import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from extract import COLUMNS
from extract.decode import decode
from extract.store import read_figures

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "000_ad29c2c3119cad9b.txt"
REPORT = "全年货物进出口总额312508亿元，比上年增长4.6%。其中，出口187604亿元，增长7.2%。\n"


def run(*args: str | Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "extract", *map(str, args)], cwd=ROOT,
                          capture_output=True, timeout=120, stdin=subprocess.DEVNULL)


def test_csv_to_stdout_has_every_column_and_true_offsets() -> None:
    done = run(SEED)
    assert done.returncode == 0, done.stderr
    table = pd.read_csv(io.BytesIO(done.stdout), keep_default_na=False)
    assert tuple(table.columns) == COLUMNS
    text = SEED.read_text(encoding="utf-8")
    assert len(table) >= 35
    assert all(text[start:end] == raw for start, end, raw in zip(table.start, table.end, table.raw))
    assert set(table.doc_id) == {SEED.stem}
    row = table[table.raw == "108.5亿元"].iloc[0]
    assert (row.value, row.unit, row.period, row.topic) == (10850000000.0, "元", "2025", "certificates")


@pytest.mark.parametrize("form", ["jsonl", "parquet"])
def test_formats_written_to_a_file(tmp_path: Path, form: str) -> None:
    out = tmp_path / f"figures.{form}"
    done = run("--format", form, "--out", out, SEED)
    assert done.returncode == 0, done.stderr
    table = pd.read_parquet(out) if form == "parquet" else pd.read_json(out, lines=True, dtype=False)
    assert tuple(table.columns) == COLUMNS
    assert "直播商品销量" in set(table.metric)
    if form == "jsonl":
        first = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
        assert list(first) == list(COLUMNS)


def test_bad_files_are_named_and_the_rest_extracted(tmp_path: Path) -> None:
    folder = tmp_path / "报告 folder"
    folder.mkdir()
    (folder / "utf8.txt").write_text(REPORT, encoding="utf-8")
    (folder / "国标 gb18030.txt").write_bytes(REPORT.encode("gb18030"))
    (folder / "utf16;$(x).txt").write_bytes(REPORT.encode("utf-16"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    done = run(folder, tmp_path / "missing.txt")
    assert done.returncode == 1
    refused = done.stderr.decode().splitlines()
    assert len(refused) == 3, refused
    assert any("empty.txt" in line and "empty" in line.split("empty.txt")[1] for line in refused)
    assert any("picture.txt" in line and "binary" in line for line in refused)
    assert any("missing.txt" in line for line in refused)
    table = pd.read_csv(io.BytesIO(done.stdout), keep_default_na=False)
    by_doc = {doc: rows[["raw", "value", "unit", "measure", "basis"]].to_dict("records")
              for doc, rows in table.groupby("doc_id")}
    assert set(by_doc) == {"utf8", "国标 gb18030", "utf16;$(x)"}
    assert by_doc["utf8"] == by_doc["国标 gb18030"] == by_doc["utf16;$(x)"]
    assert len(by_doc["utf8"]) == 4


def test_an_empty_folder_is_refused_and_a_missing_output_folder_stops_before_work(tmp_path: Path) -> None:
    done = run(tmp_path)
    assert done.returncode == 1
    assert done.stderr.decode().strip() == f"refused {tmp_path}: no .txt or .md files in this folder"
    assert done.stdout.decode().strip() == ",".join(COLUMNS)
    stopped = run("--out", tmp_path / "missing" / "out.csv", SEED)
    assert stopped.returncode == 2
    assert "no folder" in stopped.stderr.decode()


def test_parquet_to_standard_output(tmp_path: Path) -> None:
    done = run("--format", "parquet", SEED)
    assert done.returncode == 0
    (tmp_path / "out.parquet").write_bytes(done.stdout)
    table = pd.read_parquet(tmp_path / "out.parquet")
    assert len(table) >= 35 and str(table.value.dtype) == "float64" and str(table.start.dtype) == "int64"


def test_a_clean_run_exits_zero_and_an_installed_script_exists(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    assert run(report).returncode == 0
    script = Path(sys.executable).parent / "extract-figures"
    done = subprocess.run([script, "--format", "jsonl", report], capture_output=True, timeout=120)
    assert done.returncode == 0
    assert [json.loads(line)["raw"] for line in done.stdout.decode().splitlines()] == [
        "312508亿元", "4.6%", "187604亿元", "7.2%"]


def shown(name: str) -> str:
    """A file name as a line on stderr shows it: control characters and bytes that are not
    UTF-8 escaped."""
    escaped = re.sub("[\x00-\x1f\x7f]", lambda control: control[0].encode("unicode_escape").decode(), name)
    return escaped.encode("utf-8", "backslashreplace").decode()


LIMIT = 2_000  # --max-bytes in the runs below
FIGURES = 4    # in REPORT
# What lands in a folder of reports, named as people and tools name files, with what the
# run makes of it: read with this many figures (and a warning, or ""), or refused (None)
# with the reason.
HOSTILE: list[tuple[str, bytes, int | None, str]] = [
    ("report with spaces.txt", REPORT.encode(), FIGURES, ""),
    ("报告 二〇二五年.txt", REPORT.encode("gb18030"), FIGURES, ""),
    ("$(touch pwned);&|'\"`<x> *.txt", REPORT.encode("utf-16"), FIGURES, ""),
    ("-n --help.txt", codecs.BOM_UTF8 + REPORT.encode(), FIGURES, ""),
    ("new\nline.txt", REPORT.replace("\n", "\r\n").encode("utf-16-be"), FIGURES, ""),
    ("cut in a character.txt", REPORT.encode() + "增".encode()[:2],
     FIGURES, "2 bytes not valid UTF-8, the first at byte 108, read as U+FFFD"),
    ("one bad character.txt", REPORT.encode().replace("其".encode(), b"\xff\xfe\xfd"),
     FIGURES, "3 bytes not valid UTF-8, the first at byte 64, read as U+FFFD"),
    ("gbk pasted in.txt", REPORT.encode() + "（单位：亿元）".encode("gbk") + REPORT.encode(),
     2 * FIGURES, "10 bytes not valid UTF-8, the first at byte 108, read as U+FFFD"),
    ("gb18030 cut.txt", REPORT.encode("gb18030")[:-2], FIGURES, "1 byte not valid GB18030, the first at byte 76"),
    ("empty.txt", b"", None, "empty file"),
    ("blank.txt", " \r\n\t\n\u3000".encode(), None, "whitespace only"),
    ("nul bytes.txt", REPORT.encode() + b"\x00" + REPORT.encode(), None, "binary data (NUL bytes)"),
    ("picture.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, None, "binary data"),
    ("random.txt", random.Random(0).randbytes(3000)[:LIMIT], None, "binary data"),
    ("high bytes.txt", bytes(random.Random(1).choices(range(128, 256), k=LIMIT)), None,
     "not valid UTF-8, UTF-16 or GB18030 text"),
    ("utf-32.txt", REPORT.encode("utf-32"), None, "binary data (NUL bytes)"),
    ("every tenth byte corrupt.txt", bytes(0xFF if i % 10 == 9 else b for i, b in enumerate(REPORT.encode() * 4)),
     None, "not valid UTF-8, UTF-16 or GB18030 text"),
    ("too big.txt", REPORT.encode() * 20, None, f"2,160 bytes, over the size limit of {LIMIT:,} bytes"),
    ("escape \x1b[31m red\nrefused forged.txt", b"", None, "empty file"),
    (os.fsdecode(b"not utf-8 \xff.txt"), REPORT.encode(), None, "its name is not valid UTF-8: rename the file"),
]


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    folder = tmp_path / "报告 $(x) folder"
    folder.mkdir()
    for name, data, _, _ in HOSTILE:
        (folder / name).write_bytes(data)
    return folder


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under the folder, with its bytes and modification time."""
    return {str(p): (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.rglob("*"))}


def test_hostile_files_each_get_one_line_and_the_rest_are_extracted(hostile: Path) -> None:
    before = snapshot(hostile)
    done = run("--max-bytes", LIMIT, hostile, hostile / "missing.txt")
    assert done.returncode == 1
    lines = done.stderr.decode().splitlines()
    refused = [line for line in lines if line.startswith("refused ")]
    warned = [line for line in lines if line.startswith("warning ")]
    assert len(refused) + len(warned) == len(lines)
    assert len(refused) == 1 + sum(figures is None for _, _, figures, _ in HOSTILE)
    assert f"refused {hostile / 'missing.txt'}: cannot read the file: no such file or directory" in refused
    table = pd.read_csv(io.BytesIO(done.stdout), keep_default_na=False)
    report = table[table.doc_id == "report with spaces"][["raw", "value", "unit", "measure"]]
    assert len(report) == FIGURES
    for name, _, figures, message in HOSTILE:
        mine = [line for line in refused + warned if line.split(" ", 1)[1].startswith(f"{shown(str(hostile / name))}: ")]
        if figures is None:
            assert len(mine) == 1 and mine[0].startswith("refused ") and message in mine[0], (name, mine)
            assert Path(name).stem not in set(table.doc_id)
        else:
            assert len(mine) == (1 if message else 0) and all(message in line for line in mine), (name, mine)
            rows = table[table.doc_id == Path(name).stem][["raw", "value", "unit", "measure"]]
            assert rows.values.tolist() == report.values.tolist() * (figures // FIGURES)
    assert snapshot(hostile) == before  # the inputs are only ever read


def test_a_run_with_warnings_only_exits_zero(hostile: Path) -> None:
    done = run(hostile / "cut in a character.txt", hostile / "report with spaces.txt")
    assert done.returncode == 0
    assert done.stderr.decode().splitlines() == [
        f"warning {hostile / 'cut in a character.txt'}: 2 bytes not valid UTF-8, the first at byte 108, read as U+FFFD"]
    assert len(pd.read_csv(io.BytesIO(done.stdout))) == 2 * FIGURES


def test_build_names_the_hostile_files_at_the_end_and_says_so_in_its_exit_status(hostile: Path,
                                                                                 tmp_path: Path) -> None:
    before = snapshot(hostile)
    store = tmp_path / "store"
    done = subprocess.run([sys.executable, "-m", "extract", "build", hostile, "--store", store, "--max-bytes",
                           str(LIMIT)], cwd=ROOT, capture_output=True, timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 1
    read = [(name, figures, message) for name, _, figures, message in HOSTILE if figures is not None]
    refused = [(name, message) for name, _, figures, message in HOSTILE if figures is None]
    warned = [(name, message) for name, figures, message in read if message]
    lines = done.stderr.decode().splitlines()
    assert lines[0] == (f"extracted {len(read)}, unchanged 0, removed 0, refused {len(refused)}, "
                        f"with warnings {len(warned)}")
    assert len(lines) == 1 + len(warned) + len(refused)
    assert all(line.startswith("warning ") for line in lines[1:1 + len(warned)])
    assert all(line.startswith("refused ") for line in lines[1 + len(warned):])  # the refusals come last
    for name, message in warned + refused:
        assert sum(line.split(" ", 1)[1].startswith(f"{shown(name)}: ") and message in line for line in lines) == 1
    figures = read_figures(store)
    assert figures.groupby("path").size().to_dict() == {name: count for name, count, _ in read}
    assert snapshot(hostile) == before
    again = subprocess.run([sys.executable, "-m", "extract", "build", hostile, "--store", store],
                           cwd=ROOT, capture_output=True, timeout=120, stdin=subprocess.DEVNULL)
    assert again.returncode == 1  # still refused: without --max-bytes only "too big.txt" is read
    assert again.stderr.decode().splitlines()[0] == (f"extracted 1, unchanged {len(read)}, removed 0, "
                                                     f"refused {len(refused) - 1}, with warnings 0")


# Ways the same report is saved: by editors on Windows (GB18030, UTF-16 with its mark, CRLF
# line ends), by typists (full-width digits, signs and points), by scrapers (a UTF-8 mark).
FULL_WIDTH = str.maketrans("0123456789%.", "０１２３４５６７８９％．")
HALF_WIDTH = str.maketrans("０１２３４５６７８９％．", "0123456789%.")
SAVED_AS = {
    "gb18030": lambda text: text.encode("gb18030"),
    "utf-16-le with its mark": lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
    "utf-16-be with its mark": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    "utf-8 with its mark": lambda text: codecs.BOM_UTF8 + text.encode(),
    "crlf": lambda text: text.replace("\n", "\r\n").encode(),
    "full-width": lambda text: text.translate(FULL_WIDTH).encode(),
    "all at once": lambda text: codecs.BOM_UTF16_BE + text.replace("\n", "\r\n").translate(FULL_WIDTH).encode(
        "utf-16-be"),
}
REPORTS = [SEED, ROOT / "tests" / "data" / "dev" / "nbs2025_communique_trade_fiscal.txt",
           ROOT / "tests" / "data" / "dev" / "rmrb20251209_shenyang_review.txt"]


def test_a_report_saved_another_way_gives_the_same_figures(tmp_path: Path) -> None:
    for report in REPORTS:
        (tmp_path / report.name).write_bytes(report.read_bytes())
        for way, save in SAVED_AS.items():
            (tmp_path / f"{report.stem}.{way}.txt").write_bytes(save(report.read_text(encoding="utf-8")))
    done = run("--format", "jsonl", tmp_path)
    assert done.returncode == 0 and not done.stderr, done.stderr
    table = pd.read_json(io.BytesIO(done.stdout), lines=True, dtype=False)
    same = [c for c in COLUMNS if c not in ("doc_id", "start", "end")]  # offsets move with CRLF
    for report in REPORTS:
        original = table[table.doc_id == report.stem][same].reset_index(drop=True)
        assert len(original) > 15
        for way in SAVED_AS:
            path = tmp_path / f"{report.stem}.{way}.txt"
            saved = table[table.doc_id == path.stem].reset_index(drop=True)
            text = decode(path.read_bytes())
            assert [text[start:end] for start, end in zip(saved.start, saved.end)] == saved.raw.tolist(), way
            as_typed = saved[same].map(lambda cell: cell.translate(HALF_WIDTH) if isinstance(cell, str) else cell)
            pd.testing.assert_frame_equal(as_typed, original, obj=f"{report.name} saved as {way}")
    assert set(table.published) > {""}  # mastheads' dates, full-width or not
