"""Period words: plans, parts of a year, relative years, seasons, and the calendar's marks."""
from __future__ import annotations

# Plan periods span their five years ("十四五以来" in a 2026 report is 2021/2025, in a 2024
# one 2021/2024); "2021年以来", "2019年至今" run to the document's year.
PLAN_PERIODS = {"十三五": (2016, 2020), "十四五": (2021, 2025), "十五五": (2026, 2030)}
SINCE_WORDS = ("以来", "至今")
PLAN_PHASES = ("时期", "期间")
# Months a part of a year spans. "首季" is the first quarter ("十五五首季" is 2026's).
YEAR_PARTS = {"一季度": (1, 3), "第一季度": (1, 3), "首季": (1, 3), "二季度": (4, 6), "第二季度": (4, 6),
              "三季度": (7, 9), "第三季度": (7, 9), "四季度": (10, 12), "第四季度": (10, 12),
              "上半年": (1, 6), "下半年": (7, 12), "前三季度": (1, 9), "前两个月": (1, 2), "前两月": (1, 2),
              "一季报": (1, 3), "半年报": (1, 6)}
# A period followed by these is the base of a comparison: "和去年上半年相比".
BASE_AFTER = ("相比", "相较", "比较", "持平", "基本持平")
# A stock at the end of a part of a year is of its last month: "二季度末" is June.
PART_ENDS = ("末", "底")
# "前11个月": the first months of a year.
FIRST_MONTHS_WORD, MONTHS_WORD = "前", "个月"
# Years named relative to the document's year.
RELATIVE_YEARS = {"今年": 0, "本年": 0, "当年": 0, "去年": -1, "上年": -1, "上一年": -1, "前年": -2, "明年": 1}
# "去年同期" alone names the period a year before the one spoken of: "去年同期为5.2%".
SAME_PERIOD = "同期"
# Seasons and holidays that, unnamed otherwise, fall in the document's own year.
CURRENT_SEASONS = ("春节假期", "春节期间", "春节档", "春节", "大年初一", "国庆假期", "国庆期间", "国庆",
                   "五一假期", "五一", "元旦假期", "元旦", "端午假期", "端午", "中秋假期", "中秋", "暑期", "寒假",
                   "年货节", "双十一", "双11", "双十二", "618", "黄金周")
# A holiday takes its month (spec 2.2): the month of a holiday on a fixed date, and of 端午
# and 中秋 the month of their day that year. The Spring Festival's holiday (its eve to the
# sixth day) takes its month where it falls in one (2026: February), else its year (2025:
# January and February), as the gold files give it; so does its first day, 大年初一.
HOLIDAY_MONTHS = {"国庆": 10, "五一": 5, "元旦": 1, "双十一": 11, "双11": 11, "双十二": 12, "618": 6,
                  "黄金周": 10}
SPRING_FESTIVAL = ("春节", "大年初一")
SPRING_FESTIVAL_MONTHS = {2023: 1, 2024: 2, 2026: 2, 2027: 2, 2029: 2, 2030: 2}  # 2025, 2028: across two
LUNAR_HOLIDAY_MONTHS = {
    "端午": {2023: 6, 2024: 6, 2025: 5, 2026: 6, 2027: 6, 2028: 5, 2029: 6, 2030: 6},
    "中秋": {2023: 9, 2024: 9, 2025: 10, 2026: 9, 2027: 9, 2028: 10, 2029: 9, 2030: 9},
}
# "截至2月23日", "11月11日当天", "（10月15日至11月11日）": a day, or days, take their months.
UNTIL_WORD, THAT_DAY = "截至", "当天"
# Words that make a figure a standing fact, of no period (spec 2.2): "目前，全市充电桩保有量达到4.2万个".
STANDING_WORDS = ("目前", "截至目前", "迄今", "现有")
# Words that name the document's year of account ("全年" in a communiqué for 2025 is 2025).
YEAR_OF_ACCOUNT_WORDS = ("全年", "年末", "年底", "年内")
# "5年来" in a 2025 paper: the five years before it, 2020/2024.
YEARS_SINCE_WORD = "年来"
# "连续4个月超过60%": the months running up to the last one ended when printed.
RUNNING_WORD = "连续"
# Words around a year that make it a target, not the year a document is written in.
TARGET_BEFORE = ("到", "力争", "预计")
TARGET_AFTER = ("远景", "目标", "左右")
# Separators of a span: "2021—2025年", "1月至11月", "1-7月份".
PERIOD_SEPARATORS = ("至", "到", "-", "—", "——", "－", "~", "～", "–")
# Calendar marks, for the period patterns: "2025年1月至11月", "3月末", a date's "5日".
YEAR_MARK, MONTH_MARK, DAY_MARKS, FISCAL_MARK = "年", "月", "日号", "财"
YEAR_SCOPE_MARK = "度"          # "2025年度民主生活会" names a meeting, not a period
MONTH_ENDS = ("份", "末", "底")  # "3月份", "3月末"
FIRST_PART = "前"               # "前三季度", "前11个月"
# Papers of these first months of a year report on the year before (communiqués, reviews).
ANNUAL_REVIEW_MONTHS = 3
