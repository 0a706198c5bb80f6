"""Period words -> period codes, against the document's calendar: its year, the year it
reports on, and the month it was printed (spec 2.2; issue 9, periods of releases)."""
import pytest

from extract import extract_figures
from extract.periods import Calendar, calendar_of, named_periods, periods_named


def printed(year: int, month: int, account_year: int | None = None) -> Calendar:
    """The calendar of a paper printed in that month."""
    return Calendar(year, account_year, year * 12 + month - 1)


JULY_2026 = printed(2026, 7)

# (text, the codes of the periods it names, in order), in a paper of July 2026
PERIODS = [
    ("2025年1月至11月", ["2025-01/2025-11"]), ("2025年1-11月", ["2025-01/2025-11"]),
    ("2025年前11个月", ["2025-01/2025-11"]), ("2025年前三季度", ["2025-01/2025-09"]),
    ("2025年一季度", ["2025-01/2025-03"]), ("2025年上半年", ["2025-01/2025-06"]),
    ("2025年10月", ["2025-10"]), ("2021—2025年", ["2021/2025"]), ("2021年至2025年", ["2021/2025"]),
    ("“十四五”以来", ["2021/2025"]), ("十三五时期", ["2016/2020"]), ("去年", ["2025"]), ("今年一季度", ["2026-01/2026-03"]),
    ("春节假期", ["2026-02"]), ("五一假期", ["2026-05"]), ("今年国庆", ["2026-10"]), ("2025年端午假期", ["2025-05"]),
    ("春节假期（2月15日至23日）", ["2026-02", "2026-02"]), ("截至2月23日", ["2026-02"]),
    ("促销期间（10月15日至11月11日）", ["2025-10/2025-11"]), ("11月11日当天", ["2025-11"]), ("2024财年", ["2024"]), ("2019年3月5日", ["2019"]), ("截至3月末", ["2026-03"]),
    ("比上年增长", []), ("较2020年增长20%", []), ("2025年度民主生活会", []), ("1月21日", []),
    ("2025年11月29日，年内最后一场", ["2025", "2025"]),
    # releases: months and parts of a year with no year, the latest one ended by the print date
    ("1—7月份", ["2026-01/2026-07"]), ("1-7月", ["2026-01/2026-07"]), ("前7个月", ["2026-01/2026-07"]),
    ("前两个月", ["2026-01/2026-02"]), ("7月份", ["2026-07"]), ("6月末", ["2026-06"]), ("上半年", ["2026-01/2026-06"]),
    ("二季度末", ["2026-06"]), ("1—12月", ["2025"]), ("四季度", ["2025-10/2025-12"]),
    ("今年二季度末", ["2026-06"]), ("“十五五”首季", ["2026-01/2026-03"]),
    ("到今年5月份", ["2026-05"]), ("去年12月", ["2025-12"]), ("今年3月末", ["2026-03"]),
    ("连续3个月", ["2026-04/2026-06"]), ("连续两个月", ["2026-05/2026-06"]),
    ("5年来", ["2021/2025"]), ("十年来", ["2016/2025"]),
    # bases of comparison are no periods of their own
    ("比一季度加快0.4个百分点", []), ("比上年四季度回升", []), ("比上年全年加快", []), ("与上年同期相比", []),
    ("和去年上半年相比", []), ("较上月回落", []),
]


@pytest.mark.parametrize(("text", "codes"), PERIODS)
def test_periods_named(text: str, codes: list[str]) -> None:
    assert [code for _, code in periods_named(text, 0, len(text), JULY_2026)] == codes


# (text, the print date, the code): the same words in papers of different months
BY_PRINT_DATE = [
    ("1—12月", (2026, 1), "2025"), ("1至2月", (2026, 3), "2026-01/2026-02"),
    ("10月份", (2025, 11), "2025-10"), ("一季度", (2026, 4), "2026-01/2026-03"),
    ("前三季度", (2025, 10), "2025-01/2025-09"), ("四季度", (2026, 1), "2025-10/2025-12"),
    ("12月份", (2026, 1), "2025-12"), ("上半年", (2025, 7), "2025-01/2025-06"),
]


@pytest.mark.parametrize(("text", "date", "code"), BY_PRINT_DATE)
def test_a_period_with_no_year_is_the_latest_ended_by_the_print_date(text: str, date: tuple[int, int],
                                                                     code: str) -> None:
    assert [c for _, c in periods_named(text, 0, len(text), printed(*date))] == [code]


def test_the_year_spoken_of_holds_before_the_print_date() -> None:
    text = "2024年，全市GDP增长5%。1—12月"
    assert [c for _, c in periods_named(text, 0, len(text), printed(2026, 7))] == ["2024", "2024"]


def test_a_base_is_kept_apart_by_where_it_ends() -> None:
    text = "相较去年大年初一2900人次"
    named, bases = named_periods(text, 0, len(text), printed(2025, 2))
    assert named == [] and bases == [(8, "2024-02")]  # the Spring Festival of 2024 fell in February


def test_a_plan_since_ends_at_the_papers_year() -> None:
    assert periods_named("十四五以来", 0, 5, printed(2024, 6))[0][1] == "2021/2024"


def test_a_paper_of_january_reports_on_the_year_before() -> None:
    calendar = calendar_of("", "", "2026-01-20")
    assert (calendar.year, calendar.account_year, calendar.dated) == (2026, 2025, True)
    assert [c for _, c in periods_named("全年", 0, 2, calendar)] == ["2025"]


# A change against the year's start covers the months from January (spec 2.2), and is not
# year on year; a stock at that month-end stays the month's.
YEAR_START_CHANGES = [
    ("截至5月末，全省本外币存款余额8.2万亿元，较年初增长6.1%。", "6.1%", "2026-01/2026-05"),
    ("截至5月末，全省本外币存款余额8.2万亿元，较年初增长6.1%。", "8.2万亿元", "2026-05"),
    ("到今年4月份，全市经营主体比上年末增加3.2%。", "3.2%", "2026-01/2026-04"),
    ("二季度末，涉农贷款余额比去年底提高2.4个百分点。", "2.4个百分点", "2026-01/2026-06"),
    ("6月末，普惠小微贷款同比增长12%。", "12%", "2026-06"),
]


@pytest.mark.parametrize(("text", "raw", "code"), YEAR_START_CHANGES)
def test_a_change_since_the_years_start_runs_from_january(text: str, raw: str, code: str) -> None:
    figure = next(f for f in extract_figures(text, "t", "2026-07-16", "人民日报") if f.raw == raw)
    assert figure.period == code
    assert figure.basis == ("yoy" if "同比" in text else "")  # a month-end against the year's start is not
