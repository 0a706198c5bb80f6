"""The command line, run as a user runs it: a real process on real files."""
import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from extract import COLUMNS

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "000_ad29c2c3119cad9b.txt"
REPORT = "全年货物进出口总额454685亿元，比上年增长3.8%。其中，出口269890亿元，增长6.1%。\n"


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
        "454685亿元", "3.8%", "269890亿元", "6.1%"]
