"""Downloads: real bytes read back by pandas and openpyxl, no cell able to start a formula."""
import io

import openpyxl
import pandas as pd
import pytest

from dashboard.export import csv_bytes, defused, excel_bytes, exported, file_name

# OWASP's CSV-injection starts, each with what the cell must become.
FORMULAS = [
    ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'), ("+1", "'+1"), ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"),
]
HARMLESS = [("108.5亿元", "108.5亿元"), ("同比增长13.2%", "同比增长13.2%"), ("", ""),
            ("a=b", "a=b"), ("'quoted", "'quoted")]


@pytest.mark.parametrize(("cell", "safe"), FORMULAS + HARMLESS)
def test_defused(cell: str, safe: str) -> None:
    assert defused(cell) == safe


def figures() -> pd.DataFrame:
    """A frame shaped like the tidy table, its last rows carrying formula-looking text."""
    sentence = "签发各类原产地证书20803份,签证货值108.5亿元,同比分别增长13.2%和28.3%"
    rows = [("seed", 29, 37, "108.5亿元", sentence, "签证货值", 1.085e10, "元"),
            ("seed", 50, 55, "-2.1%", "增速为-2.1%", "增速", -2.1, "%")]
    rows += [("seed", 0, 1, cell, cell, cell, 0.5, "元") for cell, _ in FORMULAS]
    return pd.DataFrame(rows, columns=["doc_id", "start", "end", "raw", "sentence", "metric",
                                       "value", "unit"])


def test_csv_starts_with_the_utf8_bom() -> None:
    assert csv_bytes(figures()).startswith(b"\xef\xbb\xbf")


def test_csv_round_trips_chinese_and_numbers() -> None:
    back = pd.read_csv(io.BytesIO(csv_bytes(figures())), encoding="utf-8-sig",
                       keep_default_na=False)
    assert list(back.columns) == list(figures().columns)
    assert back.sentence[0] == figures().sentence[0]
    assert back.value.tolist()[:2] == [1.085e10, -2.1]
    assert back.start.tolist()[:2] == [29, 50]


def test_csv_defuses_every_string_cell() -> None:
    back = pd.read_csv(io.BytesIO(csv_bytes(figures())), encoding="utf-8-sig",
                       keep_default_na=False)
    assert back.raw.tolist() == ["108.5亿元", "'-2.1%"] + [safe for _, safe in FORMULAS]
    assert back.metric.tolist()[2:] == [safe for _, safe in FORMULAS]


def sheet_rows() -> list[list[tuple[object, str]]]:
    """The "figures" sheet of the export, as (value, data type) per cell."""
    book = openpyxl.load_workbook(io.BytesIO(excel_bytes(figures())))
    assert book.sheetnames == ["figures"]
    return [[(cell.value, cell.data_type) for cell in row] for row in book["figures"].iter_rows()]


def test_excel_header_is_the_frames_columns() -> None:
    assert [value for value, _ in sheet_rows()[0]] == list(figures().columns)


def test_excel_keeps_numbers_as_numbers() -> None:
    rows = sheet_rows()
    assert rows[2][6] == (-2.1, "n") and isinstance(rows[2][6][0], float)
    assert rows[1][6] == (1.085e10, "n")  # openpyxl reads a whole float back as an int
    assert [row[1] for row in rows[1:3]] == [(29, "n"), (50, "n")]
    assert rows[1][4] == (figures().sentence[0], "s")


def test_excel_stores_formula_looking_text_as_text() -> None:
    rows = sheet_rows()
    assert rows[2][3] == ("'-2.1%", "s")
    for row, (_, safe) in zip(rows[3:], FORMULAS, strict=True):
        assert row[3] == (safe, "s") and row[5] == (safe, "s")
    assert all(kind != "f" for row in rows for _, kind in row)


def test_excel_freezes_the_header_and_fits_columns() -> None:
    sheet = openpyxl.load_workbook(io.BytesIO(excel_bytes(figures())))["figures"]
    assert sheet.freeze_panes == "A2"
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ADE"}
    assert widths["A"] < widths["D"] < widths["E"] == 60  # doc_id, raw, sentence (capped)


def test_excel_drops_characters_xml_forbids() -> None:
    frame = pd.DataFrame({"sentence": ["第8版\x0c续"], "value": [float("nan")]})
    sheet = openpyxl.load_workbook(io.BytesIO(excel_bytes(frame)))["figures"]
    assert [cell.value for cell in sheet[2]] == ["第8版续", None]


# Issue 10: values as the report printed them, never float noise ("70.6亿元" -> 7059999999.999999).
PRINTED = [("70.6亿元", 70.6 * 1e8, "7060000000"), ("6973.5万件", 6973.5 * 1e4, "69735000"),
           ("1.2倍", (2.2 - 1) * 100, "120"), ("13.2%", 13.2, "13.2"), ("2.1%", -2.1, "-2.1")]


@pytest.mark.parametrize(("raw", "value", "written"), PRINTED)
def test_downloads_carry_values_at_the_printed_precision(raw: str, value: float, written: str) -> None:
    frame = exported(pd.DataFrame({"raw": [raw], "value": [value]}))
    assert csv_bytes(frame).decode("utf-8-sig").splitlines()[1] == f"{raw},{written}"
    cell = openpyxl.load_workbook(io.BytesIO(excel_bytes(frame)))["figures"]["B2"].value
    assert str(cell) == written


def test_chinese_headers_and_labels_on_request() -> None:
    from extract import COLUMNS, figures_frame

    rows = figures_frame("2025年，全市实现网络零售额856.3亿元，同比增长12.1%。", "upload")[list(COLUMNS)]
    codes, chinese = exported(rows), exported(rows, chinese=True)
    assert list(codes.columns) == list(COLUMNS) and codes.topic.tolist() == ["ecommerce", "ecommerce"]
    assert len(set(chinese.columns)) == len(COLUMNS)  # every header its own
    assert list(chinese.columns[:6]) == ["文档", "起", "止", "原文", "句子", "指标"]
    assert chinese["主题"].tolist() == ["电商", "电商"] and chinese["类型"].tolist() == ["总量", "增速"]
    assert chinese["比较基期"].tolist() == ["", "同比"] and chinese["限定"].tolist() == ["准确", "准确"]


FILE_NAMES = [
    ({}, False, "figures.csv"),
    ({"topic": ["certificates", "ecommerce"], "measure": ["growth"], "period": []}, False,
     "figures_topic-certificates+ecommerce_measure-growth.csv"),
    ({"topic": ["certificates"], "region": ["聊城市"]}, True, "数据_主题-证书_地区-聊城市.csv"),
    ({"doc": ["2026-01-21/01"], "metric": ['a:b*"c"']}, False, "figures_doc-2026-01-21-01_metric-a-b-c-.csv"),
    ({"metric": ["增" * 200]}, False, "figures_metric-" + "增" * 105 + ".csv"),  # kept to 120 characters
]


@pytest.mark.parametrize(("chosen", "chinese", "name"), FILE_NAMES)
def test_file_names_say_what_was_filtered(chosen: dict[str, list[str]], chinese: bool, name: str) -> None:
    assert file_name(chosen, ".csv", chinese) == name
