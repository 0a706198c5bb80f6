"""Table-driven cases for the economic-figure extractor, one table a column, written against
/work/shared/spec/figures.md (second edition).

Every sentence here is written fresh in the ways Chinese sources print figures:
city papers, statistics bureaus, government work reports, People's Daily,
customs and ministries. None is copied from dev, national or seeds.

How a case names its figure: `raw` occurs exactly once in `text`; the row under
test is the predicted row whose [start, end) overlaps that occurrence, as the
scorer matches (spec section 4). `raw` is written the way the spec writes it
(qualifier and unit included where adjacent), but a narrower or wider span that
overlaps it is the same figure.

Values are in base units (spec section 2): 亿元 -> 元 scaled by 1e8, 万亿元 by
1e12, 万人次 -> 人次 by 1e4; `%`, `个百分点` and `基点` stay as printed; a decline
is negative. Periods are written as the spec writes them: `2025`,
`2026-01/2026-07`, `2026-07`, `2021/2025`, or "" for a standing fact.

Where the contract is silent, the case follows how an official would read the
sentence, and a one-line comment above it says so.
"""

from typing import List, Tuple

# ---------------------------------------------------------------------------
# 1. METRIC_CASES: (id, text, raw, metric_key)
#    metric_key is a piece the predicted metric must contain; "a|b" means either
#    (the scorer's metric_keys). A rate's change names the subject's rate, never
#    the comparison; a contribution names what contributes (拉动/贡献).
# ---------------------------------------------------------------------------
METRIC_CASES: List[Tuple[str, str, str, str]] = [
    # -- changes of a rate: the subject's rate, never the comparison ---------
    ("rate_change_gdp_faster_than_q1",
     "上半年，全市地区生产总值1986.4亿元，同比增长5.9%，增速比一季度加快0.4个百分点。",
     "0.4个百分点", "生产总值|GDP"),
    ("rate_change_gdp_english_abbrev",
     "前三季度全区GDP增长6.3%，增速较上半年提高0.2个百分点。",
     "0.2个百分点", "GDP|生产总值"),
    ("rate_change_ppi_decline_narrowed_vs_last_month",
     "9月份，全国工业生产者出厂价格同比下降2.3%，降幅比上月收窄0.6个百分点。",
     "0.6个百分点", "出厂价格|PPI"),
    ("rate_change_decline_widened_vs_q1",
     "全市房地产开发投资下降11.6%，降幅比一季度扩大2.1个百分点。",
     "2.1个百分点", "房地产开发投资"),
    ("rate_change_growth_fell_back_vs_same_period",
     "限额以上单位商品零售额增长4.2%，增速比上年同期回落1.3个百分点。",
     "1.3个百分点", "商品零售额"),
    ("rate_change_vs_last_full_year",
     "前三季度，全省固定资产投资同比增长5.4%，比上年全年提高0.7个百分点。",
     "0.7个百分点", "固定资产投资"),
    ("share_change_tertiary_vs_last_year",
     "全年第三产业增加值占地区生产总值的比重为55.8%，比上年提高1.1个百分点。",
     "1.1个百分点", "第三产业"),
    ("share_change_bizhong_jiao_shangnian",
     "民营经济增加值占全市经济总量的比重达到64.3%，比重较上年提升0.8个百分点。",
     "0.8个百分点", "民营经济"),
    ("rate_change_unemployment_down_vs_last_month",
     "9月份，全国城镇调查失业率为5.1%，比上月下降0.2个百分点。",
     "0.2个百分点", "失业率"),
    ("rate_change_urbanization_vs_last_year_end",
     "年末全市常住人口城镇化率为63.2%，比上年末提高0.9个百分点。",
     "0.9个百分点", "城镇化率"),
    ("gap_kuaiyu_province",
     "1—8月，全市规上工业增加值增长9.2%，快于全省2.4个百分点。",
     "2.4个百分点", "工业增加值"),
    ("gap_gaoyu_province_average",
     "全县城镇居民人均可支配收入增长6.3%，高于全省平均水平0.8个百分点。",
     "0.8个百分点", "可支配收入"),
    ("gap_zengsu_gaoyu_nation",
     "我省社会消费品零售总额增长6.1%，增速高于全国1.9个百分点。",
     "1.9个百分点", "零售总额"),
    ("gap_kuaiyu_another_indicator",
     "网络零售额增长7.3%，快于社会消费品零售总额3.1个百分点。",
     "3.1个百分点", "网络零售"),

    # -- contributions: what contributes, and 拉动 or 贡献 ---------------------
    ("contrib_pull_names_the_verb",
     "第三产业增加值增长6.5%，拉动全市经济增长3.4个百分点。",
     "3.4个百分点", "拉动|贡献"),
    ("contrib_pull_names_the_contributor",
     "第三产业增加值增长6.5%，拉动全市经济增长3.4个百分点。",
     "3.4个百分点", "第三产业"),
    ("contrib_rate_names_gongxian",
     "最终消费支出对经济增长的贡献率为56.2%，拉动GDP增长2.8个百分点。",
     "56.2%", "贡献"),
    ("contrib_rate_names_the_contributor",
     "最终消费支出对经济增长的贡献率为56.2%，拉动GDP增长2.8个百分点。",
     "56.2%", "消费"),
    ("contrib_pull_after_contribution_rate",
     "最终消费支出对经济增长的贡献率为56.2%，拉动GDP增长2.8个百分点。",
     "2.8个百分点", "拉动|贡献"),
    ("contrib_rate_industry_to_district",
     "规上工业对全区经济增长的贡献率达41.7%。",
     "41.7%", "贡献"),
    ("contrib_net_exports_pull",
     "货物和服务净出口拉动经济增长1.5个百分点。",
     "1.5个百分点", "净出口"),
    ("contrib_capital_formation_pull",
     "资本形成总额拉动经济增长0.9个百分点，对经济增长的贡献率为17.6%。",
     "0.9个百分点", "资本形成|投资"),

    # -- listed subjects in brackets: each number is the listed indicator ----
    ("listed_brackets_economy_first",
     "上半年，全省经济总量前三位依次为：青岛市（8412.6亿元）、济南市（6823.1亿元）、烟台市（5390.4亿元）。",
     "8412.6亿元", "经济总量"),
    ("listed_brackets_economy_second",
     "上半年，全省经济总量前三位依次为：青岛市（8412.6亿元）、济南市（6823.1亿元）、烟台市（5390.4亿元）。",
     "6823.1亿元", "经济总量"),
    ("listed_brackets_economy_third",
     "上半年，全省经济总量前三位依次为：青岛市（8412.6亿元）、济南市（6823.1亿元）、烟台市（5390.4亿元）。",
     "5390.4亿元", "经济总量"),
    ("listed_brackets_budget_revenue_no_shi",
     "2025年，全省一般公共预算收入排名前三的城市：杭州（2785亿元）、宁波（1743亿元）、温州（702亿元）。",
     "1743亿元", "预算收入"),

    # -- structures: one share per part ---------------------------------------
    ("structure_fullwidth_colon_primary",
     "全年三次产业结构为7.6：36.9：55.5。", "7.6", "第一产业"),
    ("structure_fullwidth_colon_secondary",
     "全年三次产业结构为7.6：36.9：55.5。", "36.9", "第二产业"),
    ("structure_fullwidth_colon_tertiary",
     "全年三次产业结构为7.6：36.9：55.5。", "55.5", "第三产业"),
    ("structure_ascii_colon_adjusted_to_tertiary",
     "三次产业比例由上年的4.8:39.2:56.0调整为4.6:38.7:56.7。", "56.7", "第三产业"),
    ("structure_ascii_colon_adjusted_to_primary",
     "三次产业比例由上年的4.8:39.2:56.0调整为4.6:38.7:56.7。", "4.6", "第一产业"),
    ("structure_urban_rural_urban_part",
     "全市城乡人口之比为58.4：41.6。", "58.4", "城镇|城市"),
    ("structure_urban_rural_rural_part",
     "全市城乡人口之比为58.4：41.6。", "41.6", "乡村|农村"),

    # -- 分别 lists ------------------------------------------------------------
    ("fenbie_two_growths_first",
     "全市规上工业增加值、固定资产投资分别增长7.2%和5.8%。", "7.2%", "工业增加值"),
    ("fenbie_two_growths_second",
     "全市规上工业增加值、固定资产投资分别增长7.2%和5.8%。", "5.8%", "固定资产投资"),
    ("fenbie_three_levels_first",
     "全省农林牧渔业、工业和建筑业增加值分别为612.3亿元、2874.5亿元和903.6亿元。",
     "612.3亿元", "农林牧渔"),
    ("fenbie_three_levels_third",
     "全省农林牧渔业、工业和建筑业增加值分别为612.3亿元、2874.5亿元和903.6亿元。",
     "903.6亿元", "建筑业"),
    ("fenbie_budget_tax_nontax_last",
     "全市一般公共预算收入、税收收入和非税收入分别为286.4亿元、221.7亿元和64.7亿元。",
     "64.7亿元", "非税"),
    ("fenbie_growths_after_levels_certificate_count",
     "今年以来，市贸促会共签发各类原产地证书15412份，签证金额63.7亿元，同比分别增长9.6%和21.4%。",
     "9.6%", "证书"),
    ("fenbie_growths_after_levels_certified_value",
     "今年以来，市贸促会共签发各类原产地证书15412份，签证金额63.7亿元，同比分别增长9.6%和21.4%。",
     "21.4%", "签证金额|签证货值"),
    ("fenbie_growths_after_levels_the_level_itself",
     "今年以来，市贸促会共签发各类原产地证书15412份，签证金额63.7亿元，同比分别增长9.6%和21.4%。",
     "63.7亿元", "签证金额|签证货值"),
    ("fenbie_three_growths_after_three_levels_first",
     "全市港口货物吞吐量3.1亿吨、集装箱吞吐量286万标箱、旅客吞吐量412万人次，同比分别增长4.2%、9.7%和15.3%。",
     "4.2%", "货物吞吐量"),
    ("fenbie_three_growths_after_three_levels_second",
     "全市港口货物吞吐量3.1亿吨、集装箱吞吐量286万标箱、旅客吞吐量412万人次，同比分别增长4.2%、9.7%和15.3%。",
     "9.7%", "集装箱"),
    ("fenbie_three_growths_after_three_levels_third",
     "全市港口货物吞吐量3.1亿吨、集装箱吞吐量286万标箱、旅客吞吐量412万人次，同比分别增长4.2%、9.7%和15.3%。",
     "15.3%", "旅客"),
    ("fenbie_ownership_types_second",
     "前7个月，全市民营企业、外商投资企业进出口分别为2310亿元和980亿元。",
     "980亿元", "外商投资|外资"),
    ("fenbie_crops_second",
     "全年粮食、蔬菜和水果产量分别为712.4万吨、1805.6万吨和432.9万吨。",
     "1805.6万吨", "蔬菜"),

    # -- 其中 parts ------------------------------------------------------------
    ("qizhong_rural_retail",
     "社会消费品零售总额2865亿元，其中乡村消费品零售额512亿元。",
     "512亿元", "乡村"),
    ("qizhong_industrial_investment",
     "全市固定资产投资增长6.2%，其中工业投资增长14.8%。",
     "14.8%", "工业投资"),
    ("qizhong_manufacturing_loans",
     "人民币各项贷款余额增加1.36万亿元，其中制造业中长期贷款增加3120亿元。",
     "3120亿元", "制造业"),
    ("qizhong_enterprises_of_business_entities",
     "全年新登记经营主体8.6万户，其中企业2.3万户。",
     "2.3万户", "企业"),
    ("qizhong_hightech_manufacturing",
     "规上工业增加值增长7.9%，其中高技术制造业增加值增长15.2%。",
     "15.2%", "高技术制造业"),
    ("qizhong_imports_after_exports",
     "全年货物进出口总额13840亿元，其中出口9630亿元，增长8.4%；进口4210亿元，下降2.6%。",
     "4210亿元", "进口"),

    # -- verbs and adverbs stay out of the metric (see METRIC_NEVER) ----------
    ("verb_shixian_before_gdp",
     "全市实现地区生产总值4021.7亿元。", "4021.7亿元", "地区生产总值"),
    ("verb_dadao_before_level",
     "外贸进出口总值达到1146亿元，创历史新高。", "1146亿元", "进出口"),
    ("verb_tongbi_zengjiale_after_subject",
     "全年专利授权量同比增加了1380件。", "1380件", "专利"),
    ("adverb_jin_before_share",
     "全市亏损企业仅占规上工业企业的9.3%。", "9.3%", "亏损企业"),
    ("verb_wancheng_county_investment",
     "一季度，全县完成固定资产投资86.2亿元。", "86.2亿元", "固定资产投资"),
    ("adverb_leiji_express",
     "快递业务量累计完成12.6亿件。", "12.6亿件", "快递业务量"),
    ("bracket_note_after_indicator",
     "规模以上工业增加值（可比价）增长6.6%。", "6.6%", "工业增加值"),

    # -- how ministries, customs and People's Daily name a figure -------------
    ("customs_statistics_lead",
     "据海关统计，前7个月我国货物贸易进出口总值25.7万亿元，同比增长3.5%。",
     "25.7万亿元", "进出口"),
    ("ministry_data_show_leiji",
     "工业和信息化部数据显示，1—7月，电信业务收入累计完成1.03万亿元。",
     "1.03万亿元", "电信业务收入"),
    ("nbs_release_real_growth",
     "国家统计局今天发布，7月份全国规模以上工业增加值同比实际增长5.7%。",
     "5.7%", "工业增加值"),
    ("peoples_daily_5g_in_name",
     "我国已建成5G基站超过420万个。", "420万个", "基站"),
    ("region_is_not_the_metric",
     "2025年，江苏省地区生产总值13.7万亿元。", "13.7万亿元", "生产总值"),
    # a contribution after a growth names that growth's subject, not an earlier contribution's
    ("second_contribution_names_its_own_growth",
     "农业增加值增长3%，拉动经济增长0.2个百分点；建筑业增加值增长4%，拉动经济增长0.3个百分点。", "0.3个百分点", "建筑业"),
    ("share_after_a_rate_gap_names_the_subject_not_its_rate",
     "全年第二产业增加值3.2万亿元，增长6.1%，快于全市0.3个百分点；占地区生产总值比重38.4%。", "38.4%", "第二产业增加值占"),
    ("running_months_are_no_part_of_the_name",
     "全省制造业采购经理指数连续5个月高于50%。", "50%", "采购经理指数"),
    ("count_of_listed_places_is_no_part_of_the_name",
     "上海、重庆两省市社会消费品零售总额分别为1.6万亿元和1.5万亿元。", "1.5万亿元", "社会消费品零售总额"),
]

# Words no metric of METRIC_CASES may contain (spec section 2, `metric`):
# comparisons, time words, verbs, adverbs, list words and empty brackets.
# Brackets that do appear in a metric come in pairs (`制造业采购经理指数（PMI）`).
METRIC_NEVER: List[Tuple[str, str]] = [
    ("comparison_q1", "比一季度"),
    ("comparison_last_year", "比上年"),
    ("comparison_last_year_jiao", "较上年"),
    ("comparison_last_month", "比上月"),
    ("comparison_tongbi", "同比"),
    ("comparison_province", "快于全省"),
    ("comparison_higher_than", "高于全"),
    # 全年 may stay: the seed's gold names "全年交易额" apart from "日均交易额".
    ("time_half_year", "上半年"),
    ("time_q1", "一季度"),
    ("time_cumulative", "1—8月"),
    ("time_year_to_date", "今年以来"),
    ("verb_shixian", "实现"),
    ("verb_dadao", "达到"),
    ("verb_zengjiale", "增加了"),
    ("adverb_jin", "仅"),
    ("list_word_fenbie", "分别"),
    ("list_word_qizhong", "其中"),
    ("empty_brackets_fullwidth", "（）"),
    ("empty_brackets_ascii", "()"),
]

# ---------------------------------------------------------------------------
# 2. MEASURE_CASES: (id, text, raw, measure, basis, value)
#    value signed and in base units (unit is the spec's base unit of raw).
# ---------------------------------------------------------------------------
MEASURE_CASES: List[Tuple[str, str, str, str, str, float]] = [
    # -- levels ---------------------------------------------------------------
    ("level_yi_yuan",
     "全市社会消费品零售总额达1286.4亿元。", "1286.4亿元", "level", "", 128_640_000_000.0),
    ("level_wan_yi_yuan",
     "前三季度，国内生产总值101.5万亿元。", "101.5万亿元", "level", "", 101_500_000_000_000.0),
    ("level_wan_chang_live_streams",
     "上半年全市电商直播场次达到48.3万场。", "48.3万场", "level", "", 483_000.0),
    ("level_duo_jia",
     "全市共有外贸企业5200多家。", "5200多家", "level", "", 5200.0),
    ("level_jin_yi_yuan",
     "展会期间带动当地销售近亿元。", "近亿元", "level", "", 100_000_000.0),
    ("level_yi_meiyuan",
     "全年实际使用外资12.6亿美元。", "12.6亿美元", "level", "", 1_260_000_000.0),
    ("level_yi_kwh",
     "全市全社会用电量达到486.3亿千瓦时。", "486.3亿千瓦时", "level", "", 48_630_000_000.0),
    ("level_wan_teu",
     "集装箱吞吐量完成312.5万标箱。", "312.5万标箱", "level", "", 3_125_000.0),
    ("level_new_loans_flow",
     "上半年人民币贷款新增9.8万亿元。", "9.8万亿元", "level", "", 9_800_000_000_000.0),
    ("level_tsf_increment_flow",
     "前8个月社会融资规模增量累计为22.8万亿元。", "22.8万亿元", "level", "", 22_800_000_000_000.0),
    ("level_new_urban_jobs",
     "城镇新增就业13.4万人。", "13.4万人", "level", "", 134_000.0),
    # 2.2: an amount saved or avoided is a level.
    ("level_amount_saved",
     "通过集中采购为企业节约资金3800万元。", "3800万元", "level", "", 38_000_000.0),

    # -- growths and their bases ------------------------------------------------
    ("growth_tongbi",
     "规上工业增加值同比增长6.8%。", "6.8%", "growth", "yoy", 6.8),
    ("growth_huanbi",
     "9月份，规模以上工业增加值环比增长0.36%。", "0.36%", "growth", "mom", 0.36),
    ("growth_nianjun",
     "“十四五”时期，全市地区生产总值年均增长6.1%。", "6.1%", "growth", "avg_annual", 6.1),
    ("growth_nianjun_zengsu_gov_report",
     "五年来，城乡居民收入年均增速达到6.4%。", "6.4%", "growth", "avg_annual", 6.4),
    ("growth_bi_shangnian",
     "全年粮食产量比上年增长1.8%。", "1.8%", "growth", "yoy", 1.8),
    ("growth_bi_shangnian_tongqi",
     "一般公共预算收入比上年同期增长3.9%。", "3.9%", "growth", "yoy", 3.9),
    ("growth_jiao_qunian_tongqi",
     "外贸进出口较去年同期增长12.4%。", "12.4%", "growth", "yoy", 12.4),
    ("decline_tongbi_xiajiang",
     "全国新建商品房销售面积同比下降8.7%。", "8.7%", "growth", "yoy", -8.7),
    ("decline_bi_shangnian",
     "规上工业企业利润比上年下降3.3%。", "3.3%", "growth", "yoy", -3.3),
    ("growth_jiao_2020_no_basis",
     "全市高新技术企业数量较2020年增长68.5%。", "68.5%", "growth", "", 68.5),
    # Contract gives basis "as stated" (2.1 Prices); a bare 增长 states none.
    ("growth_bare_no_comparison_word",
     "全年地区生产总值增长5.6%。", "5.6%", "growth", "", 5.6),

    # -- changes of a rate, in 个百分点 and 基点 -----------------------------------
    ("pp_faster_than_q1_no_basis",
     "上半年GDP增长5.4%，增速比一季度加快0.3个百分点。", "0.3个百分点", "growth", "", 0.3),
    ("pp_slower_than_last_full_year_no_basis",
     "前三季度固定资产投资增长3.2%，增速比上年全年回落0.8个百分点。", "0.8个百分点", "growth", "", -0.8),
    ("pp_decline_narrowed_same_period_positive",
     "房地产开发投资下降9.8%，降幅比上年同期收窄1.4个百分点。", "1.4个百分点", "growth", "yoy", 1.4),
    # 2.1: a rate change against last month is not 同比, so basis empty ("else empty").
    # 比上月 is month on month, as the national releases' gold has "降幅比上月收窄" (the writer had "").
    ("pp_decline_widened_last_month_negative",
     "出口下降4.2%，降幅比上月扩大0.7个百分点。", "0.7个百分点", "growth", "mom", -0.7),
    # A widening rise is a rise of the rate: positive (contrast with 降幅扩大).
    ("pp_rise_widened_positive",
     "居民消费价格上涨1.3%，涨幅比上月扩大0.3个百分点。", "0.3个百分点", "growth", "mom", 0.3),
    # An annual rate against last year's is the same period of last year: yoy (2.1).
    ("pp_up_vs_last_year_annual",
     "研发经费投入强度为2.71%，比上年提高0.12个百分点。", "0.12个百分点", "growth", "yoy", 0.12),
    ("pp_gap_gaoyu_province_no_basis",
     "全市规上工业增加值增长8.3%，高于全省平均水平2.1个百分点。", "2.1个百分点", "growth", "", 2.1),
    # 低于 is a gap below the other rate: negative, as 低…个基点 is.
    ("pp_gap_diyu_nation_negative",
     "全市居民消费价格上涨0.2%，涨幅低于全国0.4个百分点。", "0.4个百分点", "growth", "", -0.4),
    ("bp_lower_than_same_period_negative",
     "5年期以上贷款市场报价利率为3.5%，比上年同期低25个基点。", "25个基点", "growth", "yoy", -25.0),
    ("rate_level_beside_bp_change_is_share",
     "5年期以上贷款市场报价利率为3.5%，比上年同期低25个基点。", "3.5%", "share", "", 3.5),

    # -- multiples and fractions --------------------------------------------------
    ("multiple_zengzhang_bei",
     "跨境电商进出口额同比增长1.2倍。", "1.2倍", "growth", "yoy", 120.0),
    ("multiple_shi_2020_de_bei",
     "全市新能源汽车产量是2020年的2.6倍。", "2.6倍", "growth", "", 160.0),
    # 是上年的…倍 compares a year with the year before, as 比上年 does: yoy.
    ("multiple_shi_shangnian_de_bei",
     "全年中欧班列开行量是上年的1.8倍。", "1.8倍", "growth", "yoy", 80.0),
    ("multiple_fan_yi_fan",
     "全市数字经济核心产业增加值较2020年翻一番。", "翻一番", "growth", "", 100.0),
    ("growth_sancheng",
     "企业新签订单量同比增长了三成。", "三成", "growth", "yoy", 30.0),
    ("share_sicheng_yishang",
     "全市四成以上规上工业企业完成了数字化改造。", "四成以上", "share", "", 40.0),
    ("share_yiban_yishang",
     "民营经济贡献了全市一半以上的税收。", "一半以上", "share", "", 50.0),
    ("share_slash_fraction",
     "全省约1/4的规上工业企业开展了研发活动。", "1/4", "share", "", 25.0),
    ("share_every_five_phones",
     "全球每5部手机中就有1部在这里组装。", "每5部手机中就有1部", "share", "", 20.0),
    ("share_shifenzhiyi",
     "文旅产业增加值约占地区生产总值的十分之一。", "十分之一", "share", "", 10.0),

    # -- contributions, indices and rates are shares ------------------------------
    ("share_contribution_pull",
     "消费拉动经济增长2.7个百分点。", "2.7个百分点", "share", "", 2.7),
    ("share_contribution_rate",
     "工业对全市经济增长的贡献率为48.3%。", "48.3%", "share", "", 48.3),
    ("share_pmi",
     "8月份，制造业采购经理指数（PMI）为50.3%。", "50.3%", "share", "", 50.3),
    ("share_nonmanufacturing_index",
     "非制造业商务活动指数为50.6%，比上月上升0.3个百分点。", "50.6%", "share", "", 50.6),
    ("share_unemployment_rate",
     "全国城镇调查失业率为5.2%。", "5.2%", "share", "", 5.2),
    ("share_ratio_without_unit",
     "城乡居民人均可支配收入之比缩小至2.31。", "2.31", "share", "", 2.31),
    ("share_penetration",
     "新能源汽车渗透率达到53.4%。", "53.4%", "share", "", 53.4),
    ("share_of_total",
     "网络零售额占社会消费品零售总额的比重为26.8%。", "26.8%", "share", "", 26.8),
    ("share_urbanization_rate",
     "常住人口城镇化率达到68.5%。", "68.5%", "share", "", 68.5),

    # -- prices are growth ----------------------------------------------------------
    ("price_cpi_shangzhang_tongbi",
     "居民消费价格同比上涨0.9%。", "0.9%", "growth", "yoy", 0.9),
    ("price_pork_down_vs_last_year",
     "猪肉价格比上年下降12.6%。", "12.6%", "growth", "yoy", -12.6),
    ("price_ppi_huanbi_down",
     "工业生产者出厂价格环比下降0.2%。", "0.2%", "growth", "mom", -0.2),
    # A price's percent change against last month is its 环比: mom.
    ("price_house_bi_shangyue",
     "新建商品住宅销售价格比上月下降0.4%。", "0.4%", "growth", "mom", -0.4),

    # -- changes as amounts ----------------------------------------------------------
    ("amount_change_bi_shangnian_zengjia",
     "全国一般公共预算支出比上年增加1.1万亿元。", "1.1万亿元", "growth", "yoy", 1_100_000_000_000.0),
    # 比年初 is not the same period of last year: basis empty.
    ("amount_change_bi_nianchu",
     "6月末人民币贷款余额比年初增加1.8万亿元。", "1.8万亿元", "growth", "", 1_800_000_000_000.0),
    ("amount_change_zengchan_jin",
     "全年粮食比上年增产20.6亿斤。", "20.6亿斤", "growth", "yoy", 2_060_000_000.0),
    ("amount_change_cost_lowered_negative",
     "每吨产品生产成本降低1500元。", "1500元", "growth", "", -1500.0),
    ("amount_change_population_fewer",
     "全市户籍人口比上年减少1.2万人。", "1.2万人", "growth", "yoy", -12_000.0),
    ("amount_change_tongbi_zengjiale",
     "全年专利授权量同比增加了1380件。", "1380件", "growth", "yoy", 1380.0),
]

# ---------------------------------------------------------------------------
# 3. TOPIC_CASES: (id, text, raw, topic). A topic comes from the metric first.
# ---------------------------------------------------------------------------
TOPIC_CASES: List[Tuple[str, str, str, str]] = [
    # macro
    ("macro_gdp", "全市地区生产总值完成3862.5亿元。", "3862.5亿元", "macro"),
    ("macro_primary_industry_va_not_agriculture",
     "第一产业增加值312.8亿元，增长3.6%。", "312.8亿元", "macro"),
    ("macro_secondary_industry_va_not_industry",
     "第二产业增加值增长6.9%。", "6.9%", "macro"),
    ("macro_tertiary_share",
     "第三产业增加值占比提高到57.2%。", "57.2%", "macro"),
    ("macro_business_entities_stock",
     "全市实有经营主体96.3万户。", "96.3万户", "macro"),
    ("macro_market_entities_new",
     "前5个月新登记市场主体4.8万户。", "4.8万户", "macro"),
    ("macro_urbanization_rate",
     "常住人口城镇化率达到67.4%。", "67.4%", "macro"),
    ("macro_resident_population",
     "年末全市常住人口612.8万人。", "612.8万人", "macro"),
    ("macro_births",
     "全年出生人口8.1万人，出生率为6.2‰。", "8.1万人", "macro"),

    # prices
    ("prices_cpi_consumer_word",
     "居民消费价格比上年上涨0.4%。", "0.4%", "prices"),
    ("prices_ppi_industry_word",
     "工业生产者出厂价格同比下降2.8%。", "2.8%", "prices"),
    ("prices_pork", "猪肉价格下降14.2%。", "14.2%", "prices"),
    ("prices_new_homes_not_investment",
     "70个大中城市中，新建商品住宅销售价格环比下降的城市有58个；本市新建商品住宅销售价格环比下降0.3%。",
     "0.3%", "prices"),
    ("prices_core_cpi_energy_word",
     "扣除食品和能源价格后的核心CPI同比上涨0.8%。", "0.8%", "prices"),
    ("prices_farm_producer_not_agriculture",
     "农产品生产者价格下降1.9%。", "1.9%", "prices"),

    # income
    ("income_disposable_all",
     "全体居民人均可支配收入41235元，增长5.3%。", "41235元", "income"),
    ("income_rural_disposable_not_agriculture",
     "农村居民人均可支配收入增长6.6%。", "6.6%", "income"),
    ("income_average_wage",
     "城镇非私营单位在岗职工年平均工资为11.2万元。", "11.2万元", "income"),
    ("income_consumption_expenditure_not_consumption",
     "居民人均消费支出28676元，比上年增长4.9%。", "28676元", "income"),
    ("income_minimum_wage",
     "全省月最低工资标准最高档提高到2490元。", "2490元", "income"),

    # employment
    ("employment_new_urban_jobs", "城镇新增就业12.3万人。", "12.3万人", "employment"),
    ("employment_surveyed_unemployment",
     "城镇调查失业率平均值为5.0%。", "5.0%", "employment"),
    ("employment_reemployment",
     "全年帮助1.6万名失业人员实现再就业。", "1.6万名", "employment"),
    ("employment_youth_rate_age_range",
     "不包含在校生的16—24岁劳动力失业率为16.9%。", "16.9%", "employment"),

    # agriculture
    ("agri_grain_output", "全年粮食总产量1.4万亿斤。", "1.4万亿斤", "agriculture"),
    ("agri_hogs_slaughtered", "生猪出栏2680万头。", "2680万头", "agriculture"),
    ("agri_output_value_not_industry",
     "农林牧渔业总产值达到1286亿元。", "1286亿元", "agriculture"),
    ("agri_sown_area", "蔬菜播种面积156万亩。", "156万亩", "agriculture"),
    ("agri_tea_output", "全县茶叶产量8.2万吨。", "8.2万吨", "agriculture"),

    # industry
    ("industry_above_scale_va", "规上工业增加值增长7.1%。", "7.1%", "industry"),
    ("industry_hightech_manufacturing_va_not_innovation",
     "高技术制造业增加值增长13.5%。", "13.5%", "industry"),
    ("industry_profits",
     "规模以上工业企业实现利润总额2.9万亿元。", "2.9万亿元", "industry"),
    ("industry_cluster_output_value",
     "全市纺织服装产业集群产值突破2000亿元。", "2000亿元", "industry"),
    ("industry_construction_output",
     "建筑业总产值增长4.6%。", "4.6%", "industry"),
    ("industry_car_output", "汽车产量186.5万辆。", "186.5万辆", "industry"),
    ("industry_nev_output_not_energy",
     "新能源汽车产量增长35.4%。", "35.4%", "industry"),

    # energy
    ("energy_power_generation_industry_word",
     "规上工业发电量完成812亿千瓦时。", "812亿千瓦时", "energy"),
    ("energy_electricity_use", "全社会用电量同比增长7.8%。", "7.8%", "energy"),
    ("energy_intensity_gdp_word",
     "单位地区生产总值能耗下降3.2%。", "3.2%", "energy"),
    ("energy_carbon_intensity_gdp_word",
     "单位GDP二氧化碳排放下降4.1%。", "4.1%", "energy"),
    ("energy_air_quality_days",
     "空气质量优良天数比例为88.6%。", "88.6%", "energy"),
    ("energy_pm25_concentration",
     "细颗粒物（PM2.5）平均浓度为29微克/立方米。", "29微克/立方米", "energy"),
    ("energy_green_power_trading_not_trade",
     "绿电交易电量达到52.3亿千瓦时。", "52.3亿千瓦时", "energy"),
    ("energy_forest_cover_ecology",
     "森林覆盖率达到45.2%。", "45.2%", "energy"),

    # consumption
    ("consumption_retail_sales", "社会消费品零售总额增长4.7%。", "4.7%", "consumption"),
    ("consumption_catering_revenue_not_income",
     "餐饮收入增长8.2%。", "8.2%", "consumption"),
    ("consumption_holiday_visitors",
     "国庆假期全市接待游客586万人次。", "586万人次", "consumption"),
    ("consumption_tourism_revenue_not_income",
     "全年实现旅游总收入126.3亿元。", "126.3亿元", "consumption"),
    ("consumption_trade_in_sales",
     "家电以旧换新带动销售额18.6亿元。", "18.6亿元", "consumption"),

    # ecommerce
    ("ecom_online_retail", "全国网上零售额达到6.8万亿元。", "6.8万亿元", "ecommerce"),
    ("ecom_cross_border_not_trade",
     "跨境电商进出口额达到2630亿元。", "2630亿元", "ecommerce"),
    ("ecom_live_streams", "全年开展直播带货12.6万场。", "12.6万场", "ecommerce"),
    ("ecom_rural_online_not_agriculture",
     "农村网络零售额增长9.4%。", "9.4%", "ecommerce"),
    ("ecom_online_share_of_retail",
     "实物商品网上零售额占社会消费品零售总额的比重为24.9%。", "24.9%", "ecommerce"),

    # trade
    ("trade_goods_trade_total", "货物贸易进出口总值达到4.3万亿元。", "4.3万亿元", "trade"),
    ("trade_exports_usd", "全年出口额达到352亿美元。", "352亿美元", "trade"),
    ("trade_fdi_utilised", "实际使用外资金额88.6亿元。", "88.6亿元", "trade"),
    # Newly set-up foreign-invested firms belong to 利用外资, not to 经营主体 counts.
    ("trade_new_foreign_firms",
     "新设立外商投资企业1260家。", "1260家", "trade"),
    ("trade_foreign_trade_firms",
     "有进出口实绩的外贸企业达到1.2万家。", "1.2万家", "trade"),
    ("trade_wholesale_market_turnover",
     "义乌国际商贸城市场成交额2310亿元。", "2310亿元", "trade"),

    # certificates
    ("cert_origin_count", "全年签发原产地证书3.6万份。", "3.6万份", "certificates"),
    ("cert_rcep_origin", "签发RCEP原产地证书4820份。", "4820份", "certificates"),
    # 签证货值 is the value the certificates cover: the certificates' own figure.
    ("cert_certified_value", "原产地证书签证货值达到78.4亿元。", "78.4亿元", "certificates"),
    ("cert_food_licence", "全年核发食品经营许可证1.3万张。", "1.3万张", "certificates"),
    ("cert_health_certificates",
     "海关出具农产品出口卫生证书2600份。", "2600份", "certificates"),

    # investment
    ("invest_fixed_assets", "固定资产投资同比增长5.2%。", "5.2%", "investment"),
    ("invest_real_estate_development", "房地产开发投资下降10.1%。", "10.1%", "investment"),
    ("invest_key_projects", "省重点项目完成投资1860亿元。", "1860亿元", "investment"),
    ("invest_industrial_not_industry", "工业投资增长14.3%。", "14.3%", "investment"),
    ("invest_manufacturing_not_industry", "制造业投资增长9.2%。", "9.2%", "investment"),
    ("invest_infrastructure", "基础设施投资增长6.8%。", "6.8%", "investment"),

    # transport
    ("transport_port_cargo", "港口货物吞吐量完成5.6亿吨。", "5.6亿吨", "transport"),
    ("transport_container_teu", "集装箱吞吐量完成412万标箱。", "412万标箱", "transport"),
    ("transport_airport_passengers",
     "机场旅客吞吐量突破3000万人次。", "3000万人次", "transport"),
    ("transport_express_parcels", "快递业务量完成58.7亿件。", "58.7亿件", "transport"),
    ("transport_china_europe_trains", "中欧班列开行1860列。", "1860列", "transport"),
    ("transport_freight_volume", "全社会货运量增长4.3%。", "4.3%", "transport"),
    ("transport_new_air_routes", "新开国际航线12条。", "12条", "transport"),

    # innovation
    ("innov_rnd_spending_not_investment",
     "全社会研发经费投入增长9.1%。", "9.1%", "innovation"),
    ("innov_hightech_enterprises_not_industry",
     "高新技术企业达到4860家。", "4860家", "innovation"),
    ("innov_invention_patents",
     "每万人口高价值发明专利拥有量达到18.6件。", "18.6件", "innovation"),
    ("innov_tech_contract_turnover_not_trade",
     "技术合同成交额突破800亿元。", "800亿元", "innovation"),
    ("innov_tech_smes", "入库科技型中小企业1.1万家。", "1.1万家", "innovation"),
    ("innov_rnd_intensity", "研发经费投入强度达到2.9%。", "2.9%", "innovation"),

    # finance
    ("finance_loans", "人民币贷款余额增长8.3%。", "8.3%", "finance"),
    ("finance_deposits", "本外币存款余额3.2万亿元。", "3.2万亿元", "finance"),
    ("finance_tsf_stock", "社会融资规模存量增长8.7%。", "8.7%", "finance"),
    ("finance_m2_digit_in_name", "广义货币(M2)余额增长7.0%。", "7.0%", "finance"),
    ("finance_inclusive_sme_loans", "普惠小微贷款余额增长12.1%。", "12.1%", "finance"),
    ("finance_lpr_tenor_digit", "1年期贷款市场报价利率为3.0%。", "3.0%", "finance"),
    # Insurance sits in a communiqué's 金融 section: finance, not income.
    ("finance_insurance_premiums", "全年保费收入增长6.9%。", "6.9%", "finance"),

    # fiscal
    ("fiscal_budget_revenue", "一般公共预算收入完成412.6亿元。", "412.6亿元", "fiscal"),
    ("fiscal_tax_revenue_not_income", "税收收入增长3.7%。", "3.7%", "fiscal"),
    ("fiscal_livelihood_spending_share",
     "民生支出占一般公共预算支出的比重为78.5%。", "78.5%", "fiscal"),
    ("fiscal_government_fund_revenue",
     "政府性基金预算收入下降8.4%。", "8.4%", "fiscal"),

    # other
    ("other_company_revenue", "该公司全年实现营业收入52.6亿元。", "52.6亿元", "other"),
    ("other_company_net_profit", "集团上半年实现净利润8.3亿元。", "8.3亿元", "other"),
    ("other_health_beds",
     "每千人口医疗卫生机构床位数达到7.2张。", "7.2张", "other"),
    ("other_sport_participation",
     "经常参加体育锻炼人数比例达到38.6%。", "38.6%", "other"),
    ("other_culture_library_holdings",
     "公共图书馆总藏量1860万册。", "1860万册", "other"),
    ("other_life_expectancy", "人均预期寿命提高到80.3岁。", "80.3岁", "other"),
]

# ---------------------------------------------------------------------------
# 4. PERIOD_CASES: (id, text, published ISO date, raw, period)
# ---------------------------------------------------------------------------
PERIOD_CASES: List[Tuple[str, str, str, str, str]] = [
    # -- cumulative months --------------------------------------------------------
    ("cum_emdash_1_7_yue",
     "1—7月，全市规上工业增加值同比增长6.8%。", "2026-08-20", "6.8%", "2026-01/2026-07"),
    ("cum_hyphen_1_7_yuefen",
     "1-7月份，全省固定资产投资增长4.1%。", "2026-08-18", "4.1%", "2026-01/2026-07"),
    ("cum_qian_7_ge_yue",
     "前7个月，我国货物贸易进出口总值25.7万亿元。", "2026-08-08", "25.7万亿元", "2026-01/2026-07"),
    ("cum_1_zhi_7_yue",
     "1至7月，全市实际使用外资9.6亿美元。", "2026-08-22", "9.6亿美元", "2026-01/2026-07"),
    ("cum_1_2_yue",
     "1—2月，全省社会消费品零售总额同比增长4.0%。", "2026-03-17", "4.0%", "2026-01/2026-02"),

    # -- single months, and never the other's period ----------------------------------
    ("single_month_7_yuefen",
     "7月份，社会消费品零售总额3.9万亿元。", "2026-08-15", "3.9万亿元", "2026-07"),
    ("single_month_3_yuefen_april_paper",
     "3月份，全市出口增长11.2%。", "2026-04-18", "11.2%", "2026-03"),
    ("pair_month_then_cumulative_month_figure",
     "7月份，全市规上工业增加值增长5.7%。1—7月份，规上工业增加值增长6.3%。",
     "2026-08-19", "5.7%", "2026-07"),
    ("pair_month_then_cumulative_cumulative_figure",
     "7月份，全市规上工业增加值增长5.7%。1—7月份，规上工业增加值增长6.3%。",
     "2026-08-19", "6.3%", "2026-01/2026-07"),
    ("pair_cumulative_then_qizhong_month_cumulative_figure",
     "1—8月，全省社会消费品零售总额同比增长4.9%，其中8月份增长5.4%。",
     "2026-09-17", "4.9%", "2026-01/2026-08"),
    ("pair_cumulative_then_qizhong_month_month_figure",
     "1—8月，全省社会消费品零售总额同比增长4.9%，其中8月份增长5.4%。",
     "2026-09-17", "5.4%", "2026-08"),

    # -- quarters and halves --------------------------------------------------------
    ("q1_yijidu",
     "一季度，全市地区生产总值1206.3亿元，同比增长5.8%。", "2026-04-22", "1206.3亿元", "2026-01/2026-03"),
    ("first_three_quarters",
     "前三季度，全省居民人均可支配收入32150元。", "2026-10-23", "32150元", "2026-01/2026-09"),
    ("h1_shangbannian",
     "上半年，全市进出口总值完成1568亿元。", "2026-07-21", "1568亿元", "2026-01/2026-06"),
    # 三季度 without 前 is the single quarter, as the NBS prints quarterly GDP.
    ("q3_single_quarter",
     "三季度，国内生产总值同比增长4.8%。", "2026-10-20", "4.8%", "2026-07/2026-09"),
    # The change of a rate covers the subject's period, not the compared quarter.
    ("q2_rate_change_takes_subject_quarter",
     "二季度，全市GDP增长5.2%，比一季度加快0.4个百分点。", "2026-07-20", "0.4个百分点", "2026-04/2026-06"),
    ("listed_subjects_take_paragraph_period",
     "上半年，全省经济总量前三位依次为：青岛市（8412.6亿元）、济南市（6823.1亿元）、烟台市（5390.4亿元）。",
     "2026-07-28", "6823.1亿元", "2026-01/2026-06"),

    # -- the year, in a January paper -----------------------------------------------
    ("quannian_in_january_paper",
     "全年，全市规上工业增加值增长7.4%。", "2026-01-22", "7.4%", "2025"),
    ("jan_dec_yue_in_january_paper",
     "1—12月，全省规模以上工业企业实现利润总额5231亿元。", "2026-01-28", "5231亿元", "2025"),
    ("jan_dec_yuefen_in_january_paper",
     "1—12月份，全国固定资产投资（不含农户）比上年下降3.1%。", "2026-01-19", "3.1%", "2025"),
    ("december_in_january_paper",
     "12月份，居民消费价格同比上涨0.8%。", "2026-01-10", "0.8%", "2025-12"),
    ("qunian_in_march_paper",
     "去年，全市城镇新增就业7.8万人。", "2026-03-10", "7.8万人", "2025"),
    ("explicit_year_2025",
     "2025年，全市一般公共预算收入完成318.6亿元。", "2026-02-12", "318.6亿元", "2025"),
    ("explicit_year_three_quarters",
     "2025年前三季度，全省GDP增长5.5%。", "2026-03-03", "5.5%", "2025-01/2025-09"),
    # A value printed for 去年同期 covers last year's same span.
    ("qunian_tongqi_value",
     "上半年，全市实际使用外资2.1亿美元，去年同期为1.6亿美元。", "2026-07-24", "1.6亿美元", "2025-01/2025-06"),
    ("shangnian_tongqi_rate_value",
     "上半年，全市规上工业增加值增长6.6%，上年同期为5.1%。", "2026-07-22", "5.1%", "2025-01/2025-06"),
    ("current_figure_beside_qunian_tongqi",
     "上半年，全市实际使用外资2.1亿美元，去年同期为1.6亿美元。", "2026-07-24", "2.1亿美元", "2026-01/2026-06"),

    # -- stocks at a point ------------------------------------------------------------
    ("quarter_end_erjidu_mo",
     "二季度末，全市金融机构本外币贷款余额1.86万亿元。", "2026-07-15", "1.86万亿元", "2026-06"),
    ("month_end_6_yue_mo",
     "6月末，广义货币（M2）余额330.3万亿元。", "2026-07-14", "330.3万亿元", "2026-06"),
    ("month_end_jiezhi_6_yue_di",
     "截至6月底，全市累计培育专精特新中小企业862家。", "2026-07-09", "862家", "2026-06"),
    ("quarter_end_yijidu_mo",
     "一季度末，全省人民币存款余额增长7.6%。", "2026-04-16", "7.6%", "2026-03"),
    ("year_end_jiezhi_2025_nianmo",
     "截至2025年末，全市共有高新技术企业3180家。", "2026-03-02", "3180家", "2025"),
    ("year_end_shangnianmo",
     "上年末，全市常住人口为468.2万人。", "2026-03-25", "468.2万人", "2025"),
    ("standing_fact_muqian_empty",
     "目前，全市充电桩保有量达到4.2万个。", "2026-06-03", "4.2万个", ""),

    # -- plan periods and 五年来 --------------------------------------------------
    ("fourteenth_fyp_shiqi",
     "“十四五”时期，全市地区生产总值年均增长6.2%。", "2026-01-24", "6.2%", "2021/2025"),
    ("fourteenth_fyp_yilai",
     "“十四五”以来，我省累计新增城镇就业312万人。", "2026-02-10", "312万人", "2021/2025"),
    ("wunian_lai_2026_paper",
     "五年来，全县居民人均可支配收入年均增长7.1%。", "2026-01-16", "7.1%", "2021/2025"),
    ("wunian_lai_digit_2025_paper",
     "5年来，城镇新增就业累计超过60万人。", "2025-01-18", "60万人", "2020/2024"),

    # -- holidays and single days take their month -----------------------------------
    ("holiday_wuyi",
     "五一假期，全市接待游客412.6万人次。", "2026-05-06", "412.6万人次", "2026-05"),
    ("holiday_guoqing",
     "国庆假期，全省重点商贸企业销售额增长9.8%。", "2026-10-09", "9.8%", "2026-10"),
    # The 2026 Spring Festival falls on 17 February.
    ("holiday_chunjie_2026",
     "春节假期，全市重点景区接待游客186万人次。", "2026-02-25", "186万人次", "2026-02"),
    ("holiday_yuandan",
     "元旦假期，全市实现旅游收入5.2亿元。", "2026-01-04", "5.2亿元", "2026-01"),
    ("single_day_11_11",
     "11月11日当天，全市快递揽收量达到1260万件。", "2026-11-13", "1260万件", "2026-11"),
]

# ---------------------------------------------------------------------------
# 5. REGION_CASES: (id, text, source, raw, region)
#    source is the paper's name or "". Regions carry their suffix; the scorer
#    drops 省/市/县/区 and reads 我国/中国 as 全国.
# ---------------------------------------------------------------------------
REGION_CASES: List[Tuple[str, str, str, str, str]] = [
    ("lead_sichuan_chengdu_level",
     "四川成都：前7个月新登记经营主体28.6万户，同比增长9.3%。", "", "28.6万户", "成都市"),
    ("lead_sichuan_chengdu_growth",
     "四川成都：前7个月新登记经营主体28.6万户，同比增长9.3%。", "", "9.3%", "成都市"),
    ("lead_guizhou_guian_new_area",
     "贵州贵安新区：上半年规上数字经济企业营业收入增长18.2%。", "", "18.2%", "贵安新区"),
    ("province_county_jiangsu_jiangyin",
     "江苏江阴一季度规上工业产值完成1286亿元。", "", "1286亿元", "江阴市"),
    ("zai_zhejiang_yiwu",
     "在浙江义乌，今年上半年小商品市场成交额达1067亿元。", "", "1067亿元", "义乌市"),
    ("xinhua_dateline_province",
     "新华社杭州电 今年前三季度，浙江数字经济核心产业增加值增长8.9%。", "", "8.9%", "浙江省"),

    ("peoples_daily_no_place_is_national",
     "今年以来，社会消费品零售总额同比增长4.6%。", "人民日报", "4.6%", "全国"),
    ("peoples_daily_woguo",
     "我国快递业务量突破1500亿件。", "人民日报", "1500亿件", "全国"),
    ("peoples_daily_named_province",
     "广东省外贸进出口9.1万亿元，规模继续居全国首位。", "人民日报", "9.1万亿元", "广东省"),
    ("peoples_daily_zai_city",
     "在江苏苏州，规上工业总产值超过4.4万亿元。", "人民日报", "4.4万亿元", "苏州市"),
    ("compare_provinces_fenbie_first",
     "广东、江苏两省地区生产总值分别为14.6万亿元和13.9万亿元。", "人民日报", "14.6万亿元", "广东省"),
    ("compare_provinces_fenbie_second",
     "广东、江苏两省地区生产总值分别为14.6万亿元和13.9万亿元。", "人民日报", "13.9万亿元", "江苏省"),
    ("compare_provinces_clauses_first",
     "浙江进出口增长6.2%，山东增长4.9%，四川下降1.3%。", "人民日报", "6.2%", "浙江省"),
    ("compare_provinces_clauses_second",
     "浙江进出口增长6.2%，山东增长4.9%，四川下降1.3%。", "人民日报", "4.9%", "山东省"),
    ("compare_provinces_clauses_third",
     "浙江进出口增长6.2%，山东增长4.9%，四川下降1.3%。", "人民日报", "1.3%", "四川省"),
    ("pd_share_of_national_stays_province",
     "广东外贸进出口占全国的五分之一。", "人民日报", "五分之一", "广东省"),

    ("city_paper_quanshi",
     "全市规上工业增加值增长8.1%。", "聊城日报", "8.1%", "聊城市"),
    ("city_paper_county_named",
     "临清市上半年一般公共预算收入完成12.8亿元。", "聊城日报", "12.8亿元", "临清市"),
    ("city_paper_district_named",
     "茌平区前三季度规上工业营业收入增长11.4%。", "聊城日报", "11.4%", "茌平区"),
    ("city_paper_company_with_place",
     "位于临清市的一家轴承企业上半年实现销售收入6.3亿元。", "聊城日报", "6.3亿元", "临清市"),
    ("city_paper_company_without_place",
     "该公司今年前8个月产值同比增长23.5%。", "聊城日报", "23.5%", "聊城市"),
    ("city_paper_share_of_national_stays_city",
     "全市集成电路产量占全国的12.4%。", "无锡日报", "12.4%", "无锡市"),
    ("city_paper_gap_over_province_is_city",
     "我市GDP增速高于全省1.2个百分点。", "成都日报", "1.2个百分点", "成都市"),
    ("city_paper_high_tech_zone",
     "成都高新区前三季度地区生产总值增长7.2%。", "成都日报", "7.2%", "成都高新区"),
    # A port's figure takes the city the port is named for and lies in.
    ("port_takes_its_city",
     "厦门港集装箱吞吐量完成1255万标箱。", "", "1255万标箱", "厦门市"),

    ("province_paper_quansheng",
     "全省粮食总产量124.6亿斤。", "浙江日报", "124.6亿斤", "浙江省"),
    ("province_paper_wosheng",
     "我省进出口总值突破5万亿元。", "浙江日报", "5万亿元", "浙江省"),
    ("province_paper_share_of_national_stays_province",
     "我省粮食产量占全国的比重为9.6%。", "河南日报", "9.6%", "河南省"),
    ("province_paper_national_figure_is_national",
     "全国规上工业增加值增长5.8%，我省增长7.1%。", "浙江日报", "5.8%", "全国"),
    ("province_paper_wosheng_beside_national",
     "全国规上工业增加值增长5.8%，我省增长7.1%。", "浙江日报", "7.1%", "浙江省"),
    # 新华日报 is Jiangsu's provincial paper, not the national news agency.
    ("xinhua_ribao_is_jiangsu",
     "全省规上工业增加值增长7.3%。", "新华日报", "7.3%", "江苏省"),
    # 大众日报 is Shandong's provincial paper.
    ("dazhong_ribao_is_shandong",
     "全省货物进出口增长5.6%。", "大众日报", "5.6%", "山东省"),
    # A place that opens an organisation's name is no subject; a company "of" a place is.
    ("organisation_name_is_no_subject",
     "苏州今年引进高端人才1200人，江苏先进材料实验室同步挂牌，新增研发人员800人。", "", "800人", "苏州市"),
    # The world's economy as the subject is the world's figure; a share of the world's is not.
    ("world_economy_is_the_worlds",
     "世界银行将今年全球经济增长预测上调0.3个百分点。", "人民日报", "0.3个百分点", "世界"),
    ("share_of_world_trade_stays_national",
     "我国出口占全球贸易的份额保持在14%左右。", "人民日报", "14%左右", "全国"),
    ("company_of_a_place_keeps_the_place",
     "在浙江宁波余姚市的一家家电集团，日均产量约5万台。", "", "约5万台", "余姚市"),
]

# ---------------------------------------------------------------------------
# 6. NOT_FIGURES: (id, text) — sentences whose numbers are none of them figures
#    (spec sections 1 and 2.1); the extractor should return no row for them.
# ---------------------------------------------------------------------------
NOT_FIGURES: List[Tuple[str, str]] = [
    ("rank_ju_quansheng_diyi", "我市县域经济综合实力居全省第一位。"),
    ("rank_paiming_qian_5", "排名前5的城市依次是深圳、广州、佛山、东莞和惠州。"),
    ("rank_baiqiang_xian_di_wei", "该县位列全国百强县第36位。"),
    ("rank_list_position", "在最新发布的城市综合竞争力排行榜中，该市位列第12位。"),
    ("rank_cities_in_top_ten", "我省有4个城市进入全国前十。"),
    ("count_provinces", "目前已有13个省份出台了配套实施细则。"),
    ("count_free_trade_zones", "我国已先后设立22个自由贸易试验区。"),
    ("count_prefecture_cities", "全省16个设区市全部完成了评估。"),
    ("date_and_time_of_meeting", "会议于3月5日上午9时在人民大会堂开幕。"),
    ("year_as_date_minzhu_shenghuohui", "市委常委班子召开2025年度民主生活会。"),
    ("plenary_session_name", "全会深入学习贯彻党的二十届四中全会精神。"),
    ("local_plenary_name", "市委十三届九次全会对下半年工作作出部署。"),
    ("party_congress_name", "省第十五次党代会提出建设现代化强省的目标任务。"),
    ("plan_name_fifteenth_fyp", "科学编制“十五五”规划纲要。"),
    ("eight_point_rules", "严格落实中央八项规定精神。"),
    ("document_no_one", "今年的中央一号文件聚焦推进乡村全面振兴。"),
    ("slogans_liangxin_liangzhong", "加力扩围实施“两新”政策，扎实推进“两重”建设。"),
    ("page_reference", "相关报道详见第8版。"),
    ("page_range_reference", "本报今日第3-5版推出特别报道。"),
    ("list_reference_paren", "（一）持续扩大有效需求。"),
    ("law_article_reference", "依照《条例》第二十三条的规定办理。"),
    ("meeting_participants", "座谈会上，5名代表先后发言。"),
    ("speech_aspects", "讲话从6个方面对下一步工作作出部署。"),
    ("speech_key_points", "要准确把握这一理念的三个核心要义。"),
    ("expo_edition", "第二十一届中国国际投资贸易洽谈会在厦门开幕。"),
    ("state_council_meeting_number", "国务院第8次常务会议审议通过了该条例。"),
    # Line and phase numbers are names of the works, not quantities.
    ("metro_line_and_phase_names", "地铁3号线二期工程正式开工建设。"),
    ("technology_name_5g", "推动5G、人工智能与制造业深度融合。"),
    ("target_year_without_quantity", "锚定2035年远景目标不动摇。"),
]
