"""Units, multipliers, numerals and qualifiers: what a number is printed with."""
from __future__ import annotations

from typing import Literal, NamedTuple

from ..model import Qualifier

UnitKind = Literal["money", "count", "quantity", "percent", "points", "basis_points", "multiple", "duration"]


class Unit(NamedTuple):
    """A unit as printed, the base unit it is counted in, the factor to that base, and what
    kind of number it makes: a count of things is checked against counts of participants,
    a percent or points is a rate, a multiple a change."""

    printed: str
    base: str
    factor: float
    kind: UnitKind


# "名" counts people like "人"; "吉瓦时" is a million "千瓦时", so capacities of one kind
# share one unit. The order does not matter: patterns try the longest first.
UNIT_ROWS = (
    Unit("元", "元", 1, "money"), Unit("元人民币", "元", 1, "money"), Unit("人民币", "元", 1, "money"),
    Unit("美元", "美元", 1, "money"), Unit("欧元", "欧元", 1, "money"), Unit("港元", "港元", 1, "money"),
    Unit("日元", "日元", 1, "money"), Unit("英镑", "英镑", 1, "money"),
    Unit("%", "%", 1, "percent"), Unit("‰", "‰", 1, "percent"),
    Unit("个百分点", "个百分点", 1, "points"), Unit("百分点", "个百分点", 1, "points"),
    Unit("个基点", "基点", 1, "basis_points"), Unit("基点", "基点", 1, "basis_points"),
    Unit("倍", "倍", 1, "multiple"),
    Unit("家", "家", 1, "count"), Unit("户", "户", 1, "count"), Unit("个", "个", 1, "count"),
    Unit("人次", "人次", 1, "count"), Unit("人", "人", 1, "count"), Unit("名", "人", 1, "count"),
    Unit("位", "人", 1, "count"), Unit("场次", "场次", 1, "count"), Unit("场", "场", 1, "count"),
    Unit("件次", "件次", 1, "count"), Unit("件", "件", 1, "count"), Unit("份", "份", 1, "count"),
    Unit("项", "项", 1, "count"), Unit("条", "条", 1, "count"), Unit("座", "座", 1, "count"),
    Unit("处", "处", 1, "count"), Unit("部", "部", 1, "count"), Unit("台套", "台套", 1, "count"),
    Unit("台", "台", 1, "count"), Unit("辆", "辆", 1, "count"), Unit("艘", "艘", 1, "count"),
    Unit("架次", "架次", 1, "count"), Unit("架", "架", 1, "count"), Unit("套", "套", 1, "count"),
    Unit("批", "批", 1, "count"), Unit("类", "类", 1, "count"), Unit("种", "种", 1, "count"),
    Unit("款", "款", 1, "count"), Unit("根", "根", 1, "count"), Unit("笔", "笔", 1, "count"),
    Unit("单", "单", 1, "count"), Unit("张", "张", 1, "count"), Unit("所", "所", 1, "count"),
    Unit("间", "间", 1, "count"), Unit("栋", "栋", 1, "count"), Unit("列", "列", 1, "count"),
    Unit("班", "班", 1, "count"), Unit("趟", "趟", 1, "count"), Unit("只", "只", 1, "count"),
    Unit("头", "头", 1, "count"), Unit("株", "株", 1, "count"), Unit("棵", "棵", 1, "count"),
    Unit("床", "床", 1, "count"), Unit("次", "次", 1, "count"), Unit("票", "票", 1, "count"),
    Unit("艘次", "艘次", 1, "count"), Unit("车次", "车次", 1, "count"), Unit("班次", "班次", 1, "count"),
    Unit("航次", "航次", 1, "count"), Unit("户次", "户次", 1, "count"), Unit("股", "股", 1, "count"),
    Unit("宗", "宗", 1, "count"),
    Unit("吨", "吨", 1, "quantity"), Unit("载重吨", "载重吨", 1, "quantity"),
    Unit("修正总吨", "修正总吨", 1, "quantity"), Unit("千克", "千克", 1, "quantity"),
    Unit("公斤", "公斤", 1, "quantity"), Unit("斤", "斤", 1, "quantity"), Unit("克", "克", 1, "quantity"),
    Unit("亩", "亩", 1, "quantity"), Unit("公顷", "公顷", 1, "quantity"), Unit("平方米", "平方米", 1, "quantity"),
    Unit("平方公里", "平方公里", 1, "quantity"), Unit("平方千米", "平方公里", 1, "quantity"),
    Unit("立方米", "立方米", 1, "quantity"), Unit("公里", "公里", 1, "quantity"), Unit("千米", "公里", 1, "quantity"),
    Unit("米", "米", 1, "quantity"), Unit("厘米", "厘米", 1, "quantity"), Unit("毫米", "毫米", 1, "quantity"),
    Unit("千瓦时", "千瓦时", 1, "quantity"), Unit("度电", "千瓦时", 1, "quantity"),
    Unit("兆瓦时", "千瓦时", 1e3, "quantity"), Unit("吉瓦时", "千瓦时", 1e6, "quantity"),
    Unit("太瓦时", "千瓦时", 1e9, "quantity"), Unit("千瓦", "千瓦", 1, "quantity"),
    Unit("兆瓦", "千瓦", 1e3, "quantity"), Unit("吉瓦", "千瓦", 1e6, "quantity"), Unit("瓦", "瓦", 1, "quantity"),
    Unit("标准箱", "标准箱", 1, "quantity"), Unit("标箱", "标准箱", 1, "quantity"),
    Unit("TEU", "标准箱", 1, "quantity"), Unit("吨标准煤", "吨标准煤", 1, "quantity"),
    Unit("桶", "桶", 1, "quantity"), Unit("吨公里", "吨公里", 1, "quantity"), Unit("人公里", "人公里", 1, "quantity"),
    Unit("微克/立方米", "微克/立方米", 1, "quantity"), Unit("岁", "岁", 1, "quantity"),
    Unit("天", "天", 1, "duration"), Unit("小时", "小时", 1, "duration"),
    Unit("个工作日", "个工作日", 1, "duration"),
)
UNITS = {unit.printed: unit for unit in UNIT_ROWS}
MULTIPLE_UNIT = "倍"
PERCENT = "%"
PEOPLE_UNIT = "人"
# What a price is per: "3000元/吨", "45元/人", "每斤1.12元".
PER_UNITS = ("吨", "千克", "公斤", "斤", "平方米", "亩", "人", "年", "月", "天", "股", "桶", "升", "辆", "件")
PER_WORD = "每"
# "每5部手机中就有1部": a share of the whole counted (spec 2.2), the words between the two.
PER_SHARE_OF, PER_SHARE_HAS = ("中", "里", "当中"), ("就有", "便有", "有", "就是", "是")
# Words that start like a unit but are not one: "3个月" is a duration, "5单位" a name.
UNIT_FALSE_FRIENDS = ("个月", "多个月", "单位", "单元", "部门", "部署", "场景", "场所", "场馆",
                      "场地", "处于", "位于", "位居", "位列", "天然气", "天津", "台阶", "头部",
                      "批次", "批准", "类型", "种植", "种类", "所有", "次全会", "次会议",
                      "间隔", "条件", "款式", "架构", "班子", "人民", "人才", "项目", "元旦",
                      "名单", "名列", "名称", "人口", "家庭", "户外", "户籍", "股份", "股权", "股东", "股票")
# A one-digit Chinese numeral is a figure only with these units or a multiplier: "一家" and
# "三个" are mostly ordinary words ("一家企业", "三个方面"); "两三倍", "三万元" are figures.
SMALL_CHINESE_NUMERAL_UNITS = frozenset({"倍", "%", "个百分点"})

# Digits written as Chinese numerals, and the place values between them ("三千五百" = 3500).
CHINESE_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
                  "六": 6, "七": 7, "八": 8, "九": 9}
CHINESE_PLACES = {"十": 10, "百": 100, "千": 1000}
# Multipliers that scale the number before them: "108.5亿元", "1.2万亿元", "3千".
MULTIPLIERS = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "亿": 1e8, "千万": 1e7, "百万": 1e6, "十万": 1e5,
               "万": 1e4, "千": 1e3, "百": 1e2}
# The multipliers a Chinese numeral may end in and stand alone with: "利润二十亿".
CHINESE_MULTIPLIERS = ("万", "亿")
# A multiplier that is the first character of a unit is the unit's: "5千米", "10千瓦".
MULTIPLIER_FALSE_FRIENDS = {"千": "米克瓦", "百": "分"}
# The decimal point of a Chinese numeral: "百分之五点六", "三点五亿元".
CHINESE_POINT = "点"
# Signs a negative number is printed with: "增速为-3.2%".
MINUS_SIGNS = "-−"
# Ranges: "3至5亿元", "10%-15%".
RANGE_SEPARATORS = ("至", "到", "-", "—", "－", "~", "～", "–")

# Words before a number that qualify it; the pattern tries the longest first.
PREFIX_QUALIFIERS: dict[str, Qualifier] = {
    "约": "approx", "大约": "approx", "近": "approx", "接近": "approx", "将近": "approx",
    "约为": "approx",
    "超": "over", "超过": "over", "逾": "over", "突破": "over", "破": "over", "上": "over",
    "不足": "under", "不到": "under", "不超过": "under", "低于": "under", "少于": "under",
}
# Words inside or after a number: "5100多家", "2300余家", "10%以上", "3万元左右".
INNER_QUALIFIERS: dict[str, Qualifier] = {"多": "over", "余": "over", "来": "approx"}
SUFFIX_QUALIFIERS: dict[str, Qualifier] = {"以上": "over", "多": "over", "余": "over", "左右": "approx",
                                           "上下": "approx", "以下": "under", "以内": "under"}
# "上" qualifies only a round magnitude: "上百个", "上亿元", never "线上3亿元".
ROUND_ONLY_PREFIXES = frozenset({"上"})
# Words before a figure, not next to it, that qualify it: "约占该集团全球营收的18.6%".
DISTANT_QUALIFIERS: dict[str, Qualifier] = {"约占": "approx", "大约占": "approx", "约为": "approx",
                                            "近占": "approx"}

# A fraction written out: "十分之一", "三分之一"; and "成" tenths: "三成" = 30%.
FRACTION_WORD = "分之"
TENTHS_WORD = "成"
# Characters after 成 that make it a word, not tenths: 成为, 成功, 成立, 成交, 成本, 成果, 成效,
# 成绩, 成都, 成员, 成品, 成熟, 成长, 成就, 成型, 成片, 成群, 成链, 成了, 成色.
NOT_TENTHS_AFTER = "为功立交本果效绩都员品熟长就型片群链了色"
HALF_WORDS = {"一半": 50.0, "半数": 50.0}
# Doubling: "翻一番" doubles (a growth of 100%), "翻两番" quadruples; also "翻了一番".
DOUBLING_WORDS = ("翻", "番")
DOUBLING_PAST = "了"
