"""The words around a figure that are no part of its name, and the words that open a name.

A metric is the clause before a figure less these: its period and subject fillers in
front, its comparison, cue and verb behind (spec section 2: never a comparison, a time
word, an adverb or verb, or stray punctuation).
"""
from __future__ import annotations

# Words before a figure that say nothing of the indicator, stripped from the metric's end, with
# the growth cues (metric.py adds them); the rate nouns (增速, 增幅, 涨幅, 降幅) stay: "GDP增速"
# names a rate (spec 2.1).
METRIC_TRAILING_WORDS = ("同比分别", "分别", "年平均", "同期", "增至", "增加到", "提高到", "提升至", "提升到", "升至",
                         "降至", "回升至", "回落至", "下降至", "下降到", "发展至", "发展到", "扩大到", "扩大至",
                         "达至", "从", "由", "累计", "共计", "合计", "总计", "达到", "实现", "完成", "突破", "超过",
                         "达", "为", "是", "有", "共", "约", "近", "超", "逾", "破", "至", "已", "了", "总数", "均",
                         "分别为", "稳定在", "保持在", "运行在", "维持在", "居", "在", "大幅", "明显", "小幅", "显著",
                         "较快", "稳步", "持续", "继续", "进一步", "首次", "仅", "只", "就", "也", "都", "还", "再",
                         "更是", "高", "低", "快", "慢", "多", "少", "跃升至", "跃升到", "跃上", "跃居", "迈上",
                         "站上", "跨上", "缩小至", "缩小到", "更高", "较高", "折合", "更快", "继续回升", "持续回升",
                         "延续", "保持", "实现两位数增长", "两位数增长", "实现正增长", "保持较快增长", "较快增长",
                         "快速增长", "实际")
# Adverbs before 占 are no part of a share's name: "亏损企业仅占规上工业企业的9.3%".
ADVERBS_BEFORE_SHARE = r"(?:仅|只|约|均|已|还|也|共|合计)(?=占)"
# A count of the items a list names, no part of their names and no figure: "纺织、化工、
# 建材3个行业利润".
LIST_COUNT_NOUNS = ("行业", "领域", "门类", "大类", "品类", "类")
LIST_COUNT = rf"[\d一二三四五六七八九十]+个(?={'|'.join(LIST_COUNT_NOUNS)})"
# "化学原料制造业中的专用化学品制造": the part after 中的 names the figure.
PART_OF = "中的"
METRIC_LEADING_WORDS = ("其中", "同时", "此外", "另外", "年末", "年内", "约", "和", "及", "以及", "年底", "当年",
                        "今年", "去年", "上年", "全市", "全省", "全区", "全县", "全国", "我国", "我市", "我省", "我区",
                        "我县", "本市", "该市", "目前", "截至目前", "截至", "以来", "期间", "时期", "以上", "共",
                        "累计", "新增", "实现", "仅", "而", "但", "其", "并", "且", "还", "也", "均", "首季",
                        "当月", "按可比价格计算", "按不变价格计算", "按不变价计算", "扣除价格因素")
# How a figure is counted, no part of its name: "以载重吨计", "按可比价格计算", "按不变价计算".
MEASURED_AS = r"(?:以|按)[^，,。；;]{1,8}?(?:计算|计)"
# Quotes and openers a metric does not start with; brackets it does not end with.
METRIC_OPENERS = "“”\"'，,、（(《》"
METRIC_CLOSERS = "（(：:“\"'"
# Words after a figure that start no noun of its own: "120家，比上年增加", "10%以上".
NOT_NOUN_STARTS = ("比", "较", "以", "左右", "之", "，", "的比重", "的份额", "大关", "台阶", "关口", "的水平", "至", "到",
                   "-", "—", "～", "~", "–", "）", ")")
# A share followed by 的 and a noun names its whole after it: "全国约1/4的光伏玻璃市场份额".
OF = "的"
# Words between a figure and the noun it counts: "23家的A级景区", "约九成是外地游客".
NOUN_FILLERS = "的是为"
# Rate nouns a change in points is of: "增速比一季度加快0.4个百分点" changes the growth rate,
# named "<subject>增速" when the clause names only the rate or nothing (spec 2.1).
RATE_NOUNS = ("增速", "增幅", "涨幅", "降幅", "跌幅", "增长率", "比重", "占比", "贡献率", "利率", "收益率", "份额",
              "渗透率", "回升面", "失业率", "指数", "PMI")
# The generic heads a 分别 list's items share when only the last prints them:
# "电子、医药制造业增加值增速分别…" is of 电子制造业增加值增速 too.
SHARED_HEADS = ("增加值", "增速", "增幅", "营业收入", "收入", "产量", "投资", "零售额", "销售额", "利润", "比重",
                "占比", "进出口", "出口", "进口", "支出", "价格", "产值", "用电量", "发电量", "吞吐量", "客运量",
                "货运量", "余额", "贷款", "存款", "人次", "数量", "规模", "交易额", "营收")
# Ranking words that open a list of subjects: "经济总量前三：广东（…）、江苏（…）".
RANKING_WORDS = ("排名前", "位居前", "前三", "前五", "前十", "排名", "位列", "居前", "依次为", "分别是", "依次是")

# Words that end an organisation's or a place's name, for the entity column.
ENTITY_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "集团", "公司", "产业集群", "市场",
                   "产业园", "园区", "影城", "门店", "工厂", "机场", "港", "研究院", "街区", "景区", "古城",
                   "剧团", "商圈", "美食街")
# Words after a suffix that make it no entity: "各类市场主体" names no market; "港澳" no port.
ENTITY_FALSE_ENDS = ("主体", "澳", "股", "元", "资", "口", "区")
# Words before a suffix that point at an entity without naming it: "该公司", "这家企业".
ENTITY_DETERMINERS = "该这本各其年家"  # 年 and 家 of "去年公司", "一家公司"
# Metric endings that name the unit of a number printed without one: "观看人次达24.2亿".
UNIT_BEARING_METRIC_ENDS = ("人次", "场次", "件次", "人数", "户数", "家数", "辆", "吨")
# Words by which a share's name says what it is a share of, or what rate it is; a share
# named by none ("区间波动") is marked for review.
SHARE_NAMES = ("比重", "占", "率", "比例", "份额", "贡献", "指数", "成", "比值", "PMI", "拉动", "之比", "收入比", "面")
