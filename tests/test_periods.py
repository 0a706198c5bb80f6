"""Period words -> period codes, against the document's calendar."""
import pytest

from extract.periods import Calendar, periods_named

DATED_2026 = Calendar(year=2026, account_year=None, dated=True)

# (text, the codes of the periods it names, in order)
PERIODS = [
    ("2025年1月至11月", ["2025-01/2025-11"]), ("2025年1-11月", ["2025-01/2025-11"]),
    ("2025年前11个月", ["2025-01/2025-11"]), ("2025年前三季度", ["2025-01/2025-09"]),
    ("2025年一季度", ["2025-01/2025-03"]), ("2025年上半年", ["2025-01/2025-06"]),
    ("2025年10月", ["2025-10"]), ("2021—2025年", ["2021/2025"]), ("2021年至2025年", ["2021/2025"]),
    ("“十四五”以来", ["2021/2025"]), ("十三五时期", ["2016/2020"]), ("去年", ["2025"]), ("今年一季度", ["2026-01/2026-03"]),
    ("春节假期", ["2026"]), ("2024财年", ["2024"]), ("2019年3月5日", ["2019"]), ("截至3月末", ["2026-03"]),
    ("比上年增长", []), ("较2020年增长20%", []), ("2025年度民主生活会", []), ("1月21日", []),
    ("2025年11月29日，年内最后一场", ["2025", "2025"]),
]


@pytest.mark.parametrize(("text", "codes"), PERIODS)
def test_periods_named(text: str, codes: list[str]) -> None:
    assert [code for _, code in periods_named(text, 0, len(text), DATED_2026)] == codes


def test_a_plan_since_ends_at_the_papers_year() -> None:
    assert periods_named("十四五以来", 0, 5, Calendar(2024, None, True))[0][1] == "2021/2024"
