"""Canonical indicators: one id for the names reports give the same indicator, with the
Chinese name shown and a definition note. A metric is the indicator of the longest name it
holds ("全年货物进出口总额" holds 进出口总额). Order does not matter."""
from __future__ import annotations

from typing import NamedTuple


class Indicator(NamedTuple):
    key: str
    name: str          # the name the dashboard shows
    definition: str    # what it measures, for the reader
    names: tuple[str, ...]  # the names reports print it under


INDICATOR_ROWS = (
    Indicator("gdp", "地区生产总值", "一定时期内一个地区所有常住单位生产活动的最终成果（GDP）。",
              ("地区生产总值", "国内生产总值", "生产总值", "GDP", "经济总量")),
    Indicator("industrial_value_added", "规模以上工业增加值", "年主营业务收入2000万元及以上工业法人单位的工业增加值。",
              ("规模以上工业增加值", "规上工业增加值", "规模以上工业企业增加值")),
    Indicator("industrial_output", "规模以上工业总产值", "规模以上工业企业生产的工业产品总量，以货币表现。",
              ("规模以上工业总产值", "规上工业总产值", "工业总产值")),
    Indicator("fixed_asset_investment", "固定资产投资", "建造和购置固定资产的工作量，以货币表现（不含农户）。",
              ("固定资产投资",)),
    Indicator("retail_sales", "社会消费品零售总额", "企业（单位）通过交易售给个人、社会集团非生产、非经营用的实物商品金额及餐饮收入。",
              ("社会消费品零售总额", "社零总额", "消费品零售总额")),
    Indicator("online_retail", "网上零售额", "通过公共网络交易平台实现的商品和服务零售额。",
              ("网上零售额", "网络零售额")),
    Indicator("foreign_trade", "货物进出口总额", "实际进出我国关境的货物总金额（外贸进出口）。",
              ("进出口总额", "进出口总值", "外贸进出口", "货物进出口", "货物贸易进出口", "进出口额")),
    Indicator("exports", "出口额", "实际出我国关境的货物金额。",
              ("出口总额", "出口额", "货物出口", "出口总值")),
    Indicator("imports", "进口额", "实际进我国关境的货物金额。",
              ("进口总额", "进口额", "货物进口", "进口总值")),
    Indicator("fdi", "实际使用外资", "外国投资者在境内实际投入的资金（实际利用外资）。",
              ("实际使用外资", "实际利用外资", "实际使用外资金额")),
    Indicator("budget_revenue", "一般公共预算收入", "政府以税收为主体的财政收入。",
              ("一般公共预算收入", "地方一般公共预算收入", "财政收入")),
    Indicator("tax_revenue", "税收收入", "一般公共预算收入中的税收部分。",
              ("税收收入",)),
    Indicator("budget_expenditure", "一般公共预算支出", "政府一般公共预算安排的支出。",
              ("一般公共预算支出", "财政支出")),
    Indicator("disposable_income", "居民人均可支配收入", "居民可用于最终消费支出和储蓄的收入的人均值。",
              ("居民人均可支配收入", "人均可支配收入", "可支配收入")),
    Indicator("new_urban_jobs", "城镇新增就业", "城镇累计新就业人数减自然减员人数。",
              ("城镇新增就业", "新增城镇就业")),
    Indicator("unemployment_rate", "城镇调查失业率", "城镇劳动力中失业人数所占比重。",
              ("城镇调查失业率", "调查失业率")),
    Indicator("cpi", "居民消费价格", "居民购买的消费品和服务项目价格变动（CPI）。",
              ("居民消费价格", "CPI")),
    Indicator("m2", "广义货币供应量（M2）", "流通中货币、单位活期与定期存款及个人存款等之和。",
              ("广义货币", "M2")),
    Indicator("loans", "各项贷款余额", "金融机构本外币各项贷款的期末余额。",
              ("贷款余额", "各项贷款")),
    Indicator("deposits", "各项存款余额", "金融机构本外币各项存款的期末余额。",
              ("存款余额", "各项存款")),
    Indicator("certificates_of_origin", "原产地证书签发", "海关等机构签发的各类原产地证书份数。",
              ("原产地证书", "原产地证")),
    Indicator("certified_value", "原产地证书签证货值", "原产地证书所附出口货物的金额。",
              ("签证货值", "签证金额")),
    Indicator("live_streaming_sales", "直播销售额", "通过电商直播实现的商品销售额。",
              ("直播销售额",)),
    Indicator("express_parcels", "快递业务量", "寄递企业收寄的快件件数。",
              ("快递业务量",)),
    Indicator("grain_output", "粮食产量", "当年粮食作物的总产量。",
              ("粮食产量", "粮食总产量")),
    Indicator("electricity", "发电量", "发电厂在报告期内生产的电能量。",
              ("发电量",)),
    Indicator("tourists", "接待游客", "报告期内接待的国内外游客人次。",
              ("接待游客", "游客人次", "接待国内外游客")),
    Indicator("tourism_revenue", "旅游收入", "游客在旅游过程中的花费总额。",
              ("旅游收入", "旅游总收入", "旅游花费")),
)
INDICATORS = {indicator.key: indicator for indicator in INDICATOR_ROWS}
