"""A document's date and source: sidecar, file name, masthead; and periods against the date."""
import json
from pathlib import Path

import pytest

from extract import extract_figures
from extract.provenance import Provenance, provenance

PAGE = "去年我市原产地证书签证货值破百亿元\n\n本报讯 全市今年一季度出口增长5%。\n"


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("2026-01-22_聊城日报.txt", "", Provenance("2026-01-22", "聊城日报")),
    ("20260122_liaocheng.txt", "", Provenance("2026-01-22", "liaocheng")),
    ("2026-01-22_聊城日报_03.txt", "", Provenance("2026-01-22", "聊城日报")),    # a page number is no source
    ("2026-01-22_liaocheng_p12.txt", "", Provenance("2026-01-22", "liaocheng")),
    ("2026-01-22_聊城日报_第3版.txt", "", Provenance("2026-01-22", "聊城日报")),
    ("2026-01-22_12345.txt", "", Provenance("2026-01-22", "12345")),
    ("2026-07-16_人民日报_上半年经济.txt", "", Provenance("2026-07-16", "人民日报")),  # a title after the paper
    ("2026-07-16_人民日报_03_经济.txt", "", Provenance("2026-07-16", "人民日报")),             # nothing but a number: that is its name
    ("2026-02-30_x.txt", "", Provenance("", "")),                       # no such day: no date, no source
    ("report.txt", "> 《人民日报》（2025年12月09日第 16 版）\n正文", Provenance("2025-12-09", "人民日报")),
    ("report.txt", "正文。" * 300 + "2025年12月09日", Provenance("", "")),  # a date deep in the text is no masthead
    ("2026-01-22_聊城日报.txt", "《人民日报》（2025年12月09日第 16 版）", Provenance("2026-01-22", "聊城日报")),
])
def test_file_name_then_masthead(name: str, text: str, expected: Provenance) -> None:
    assert provenance(Path(name), text) == expected


def test_a_sidecar_says_first(tmp_path: Path) -> None:
    document = tmp_path / "2026-01-22_聊城日报.txt"
    document.write_text(PAGE, encoding="utf-8")
    (tmp_path / "2026-01-22_聊城日报.json").write_text(json.dumps({"published": "2026-01-23", "source": "聊城日报社"}),
                                                     encoding="utf-8")
    assert provenance(document, PAGE) == Provenance("2026-01-23", "聊城日报社")
    (tmp_path / "2026-01-22_聊城日报.json").write_text("[not an object]", encoding="utf-8")
    assert provenance(document, PAGE) == Provenance("2026-01-22", "聊城日报")


def test_periods_resolve_against_the_publication_date() -> None:
    rows = {f.raw: f for f in extract_figures(PAGE, "page", published="2026-01-22", source="聊城日报")}
    assert rows["破百亿元"].period == "2025"                      # 去年 in a paper of 2026
    assert rows["5%"].period == "2026-01/2026-03"                 # 今年一季度
    assert {(f.published, f.source) for f in rows.values()} == {("2026-01-22", "聊城日报")}


def test_undated_text_invents_no_year() -> None:
    assert {f.period for f in extract_figures("本报讯 全市今年一季度出口增长5%。")} == {""}
