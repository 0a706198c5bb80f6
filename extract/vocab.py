"""Every word list the extractor knows, as data: the engine sees only what these tables say.

Each table says why it exists. The order of a tuple matters where the comment says so:
the first cue that matches wins.
"""
from __future__ import annotations

from .model import Qualifier

# Digits written as Chinese numerals, and the place values between them ("三千五百" = 3500).
CHINESE_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
                  "六": 6, "七": 7, "八": 8, "九": 9}
CHINESE_PLACES = {"十": 10, "百": 100, "千": 1000}

# Multipliers that scale the number before them: "108.5亿元", "1.2万亿元", "3千".
MULTIPLIERS = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "亿": 1e8, "千万": 1e7, "百万": 1e6, "十万": 1e5,
               "万": 1e4, "千": 1e3, "百": 1e2}
# The multipliers a Chinese numeral may end in and stand alone with: "利润二十亿".
CHINESE_MULTIPLIERS = ("万", "亿")
# The decimal point of a Chinese numeral: "百分之五点六", "三点五亿元".
CHINESE_POINT = "点"
# Signs a negative number is printed with: "增速为-3.2%".
MINUS_SIGNS = "-−"

# Units as printed -> (base unit, factor to the base unit). "名" counts people like "人";
# "吉瓦时" is a million "千瓦时", so capacities of one kind share one unit.
UNITS = {
    "元": ("元", 1.0), "元人民币": ("元", 1.0), "人民币": ("元", 1.0), "美元": ("美元", 1.0),
    "欧元": ("欧元", 1.0), "港元": ("港元", 1.0), "日元": ("日元", 1.0), "英镑": ("英镑", 1.0),
    "个百分点": ("个百分点", 1.0), "百分点": ("个百分点", 1.0),
    "%": ("%", 1.0), "‰": ("‰", 1.0),
    "家": ("家", 1.0), "户": ("户", 1.0), "个": ("个", 1.0), "人次": ("人次", 1.0),
    "人": ("人", 1.0), "名": ("人", 1.0), "位": ("人", 1.0), "场次": ("场次", 1.0),
    "场": ("场", 1.0), "件次": ("件次", 1.0), "件": ("件", 1.0), "份": ("份", 1.0),
    "项": ("项", 1.0), "条": ("条", 1.0), "座": ("座", 1.0), "处": ("处", 1.0),
    "部": ("部", 1.0), "台套": ("台套", 1.0), "台": ("台", 1.0), "辆": ("辆", 1.0),
    "艘": ("艘", 1.0), "架次": ("架次", 1.0), "架": ("架", 1.0), "套": ("套", 1.0),
    "批": ("批", 1.0), "类": ("类", 1.0), "种": ("种", 1.0), "款": ("款", 1.0),
    "根": ("根", 1.0), "笔": ("笔", 1.0), "单": ("单", 1.0), "张": ("张", 1.0),
    "所": ("所", 1.0), "间": ("间", 1.0), "栋": ("栋", 1.0), "列": ("列", 1.0),
    "班": ("班", 1.0), "趟": ("趟", 1.0), "只": ("只", 1.0), "头": ("头", 1.0),
    "株": ("株", 1.0), "棵": ("棵", 1.0), "床": ("床", 1.0), "吨": ("吨", 1.0),
    "千克": ("千克", 1.0), "公斤": ("千克", 1.0), "斤": ("斤", 1.0), "克": ("克", 1.0),
    "亩": ("亩", 1.0), "公顷": ("公顷", 1.0), "平方米": ("平方米", 1.0),
    "平方公里": ("平方公里", 1.0), "平方千米": ("平方公里", 1.0), "立方米": ("立方米", 1.0),
    "公里": ("公里", 1.0), "千米": ("公里", 1.0), "米": ("米", 1.0), "厘米": ("厘米", 1.0),
    "毫米": ("毫米", 1.0), "千瓦时": ("千瓦时", 1.0), "度电": ("千瓦时", 1.0),
    "兆瓦时": ("千瓦时", 1e3), "吉瓦时": ("千瓦时", 1e6), "太瓦时": ("千瓦时", 1e9),
    "千瓦": ("千瓦", 1.0), "兆瓦": ("千瓦", 1e3), "吉瓦": ("千瓦", 1e6), "瓦": ("瓦", 1.0),
    "标准箱": ("标准箱", 1.0), "TEU": ("标准箱", 1.0), "吨标准煤": ("吨标准煤", 1.0),
    "桶": ("桶", 1.0), "天": ("天", 1.0), "小时": ("小时", 1.0), "倍": ("倍", 1.0),
    "个工作日": ("个工作日", 1.0), "次": ("次", 1.0), "艘次": ("艘次", 1.0), "车次": ("车次", 1.0),
    "班次": ("班次", 1.0), "航次": ("航次", 1.0), "户次": ("户次", 1.0), "标箱": ("标准箱", 1.0),
    "股": ("股", 1.0), "宗": ("宗", 1.0), "票": ("票", 1.0),
}
# What a price is per: "3000元/吨", "45元/人".
PER_UNITS = ("吨", "千克", "公斤", "平方米", "亩", "人", "年", "月", "天", "股", "桶", "升", "辆", "件")
# Words that start like a unit but are not one: "3个月" is a duration, "5单位" a name.
UNIT_FALSE_FRIENDS = ("个月", "多个月", "单位", "单元", "部门", "部署", "场景", "场所", "场馆",
                      "场地", "处于", "位于", "位居", "位列", "天然气", "天津", "台阶", "头部",
                      "批次", "批准", "类型", "种植", "种类", "所有", "次全会", "次会议",
                      "间隔", "条件", "款式", "架构", "班子", "人民", "人才", "项目", "元旦",
                      "名单", "名列", "名称", "家庭", "户外", "户籍", "股份", "股权", "股东", "股票")
# A multiplier that is the first character of a unit is the unit's: "5千米", "10千瓦".
MULTIPLIER_FALSE_FRIENDS = {"千": "米克瓦", "百": "分"}
PERCENT_UNITS = ("%", "‰")
# Units after which a number is a count of things rather than money or a quantity.
COUNT_UNITS = frozenset({"家", "户", "个", "人", "场", "场次", "件", "件次", "份", "项", "条",
                         "座", "处", "部", "台", "台套", "辆", "艘", "架", "架次", "套", "批", "类",
                         "种", "款", "根", "笔", "单", "张", "所", "间", "栋", "只", "头", "株",
                         "棵", "床", "列", "班", "趟", "人次", "次", "票"})
# A one-digit Chinese numeral is a figure only with these units or a multiplier: "一家" and
# "三个" are mostly ordinary words ("一家企业", "三个方面"); "两三倍", "三万元" are figures.
SMALL_CHINESE_NUMERAL_UNITS = frozenset({"倍", "%", "个百分点"})

# Words before a number that qualify it; longest first is taken care of by the pattern.
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

# Ranges: "3至5亿元", "10%-15%".
RANGE_SEPARATORS = ("至", "到", "-", "—", "－", "~", "～", "–")

# A fraction written out: "十分之一", "三分之一"; and "成" tenths: "三成" = 30%.
FRACTION_WORD = "分之"
TENTHS_WORD = "成"
# Characters after 成 that make it a word, not tenths: 成为, 成功, 成立, 成交, 成本, 成果, 成效,
# 成绩, 成都, 成员, 成品, 成熟, 成长, 成就, 成型, 成片, 成群, 成链, 成了, 成色.
NOT_TENTHS_AFTER = "为功立交本果效绩都员品熟长就型片群链了色"
HALF_WORDS = {"一半": 50.0, "半数": 50.0}
# Doubling: "翻一番" is 2x, "翻两番" 4x, also "翻了一番"; the unit it is stated in.
DOUBLING_WORDS = ("翻", "番")
DOUBLING_PAST = "了"
MULTIPLE_UNIT = "倍"
POINTS_UNIT = "个百分点"
PEOPLE_UNIT = "人"

# Cues of a figure's measure, searched backwards from the figure inside its clause: the
# cue nearest the figure wins ("对经济增长贡献率43.6%" is a share, not a growth).
GROWTH_CUES = ("增长率", "增长", "净增", "净减", "增加", "提高", "提升", "上升", "上涨", "增速", "增幅", "扩大",
               "同比", "环比", "年均", "下降", "减少", "回落", "下滑", "降低", "缩小", "下跌",
               "收窄", "翻")
DECLINE_CUES = ("下降", "减少", "净减", "回落", "下滑", "降低", "缩小", "下跌", "收窄")
SHARE_CUES = ("占比", "比重", "占", "份额", "贡献率", "占有率", "覆盖率", "渗透率", "比例",
              "率", "达产", "之一")
# Basis cues, first match wins: "比上年末增长" is year on year.
BASIS_CUES = (("同比", "yoy"), ("比上年", "yoy"), ("较上年", "yoy"), ("比去年", "yoy"),
              ("较去年", "yoy"), ("上年同期", "yoy"), ("去年同期", "yoy"), ("环比", "mom"),
              ("比上月", "mom"), ("较上月", "mom"), ("年均", "avg_annual"), ("年平均", "avg_annual"),
              ("两年平均", "avg_annual"), ("三年平均", "avg_annual"), ("五年平均", "avg_annual"))
# Any other base named after 比/较 is none of those: "较2020年增长20%", "比年初增长15.3%",
# "增速比全省高2.4个百分点". "比重", "比例", "之比" are no comparison.
EXPLICIT_BASE = r"(?<!之|占)(?:相比|相较|较|比)(?!重|例|率|为|分别|上年|去年|上月)|高于|低于|快于|慢于"

# "…证书20803份，签证货值108.5亿元…，其中优惠原产地证12580份，签证货值70.6亿元": after it,
# an attribute named again ("签证货值") belongs to the part it introduces.
AMONG_THEM = "其中"
# "同比分别增长13.2%和28.3%": the run of growths after it maps onto the figures before it.
RESPECTIVELY = "分别"
# The ordinal mark of listed items that share a head: "第二、三产业投资".
ORDINAL = "第"
# What joins the subjects listed before 分别: "出口、进口分别增长8.2%和3.1%".
SUBJECT_JOINERS = ("、", "和", "及", "与", "以及")
# What may stand between two figures of one list: "13.2%和28.3%", "17.5%、24.8%".
LIST_JOINERS = "和、及与以,， "  # 以 of 以及
# A figure named from the one before it: "民营企业进出口额…，占进出口总额比重为57.3%" is the
# level's "占进出口总额比重", "增速高于全省1.3个百分点" its growth's, "是平日的2.3倍" its
# multiple. Only 占 splits a metric for its topic: a share's whole is not its topic.
REFERS_BACK = ("占", "与", "增速", "增幅", "是")
SHARE_OF = ("占",)
# Metric endings that name the unit of a number printed without one: "观看人次达24.2亿".
UNIT_BEARING_METRIC_ENDS = ("人次", "场次", "件次", "人数", "户数", "家数", "辆", "吨")

# Comparisons stripped off a metric's end: "比年初", "较2020年", "增速比全省高".
BASE_WORDS = (r"(?:相比|相较|较|比|高于|低于|快于|慢于)(?:上年末?|去年|年初|上月|上季度|全省|全国|全市|\d{4}年)"
              r"(?:平均水平|平均|同期|底|末|高|低)?")
# Words after a figure that start no noun of its own: "120家，比上年增加", "10%以上".
NOT_NOUN_STARTS = ("比", "较", "以", "左右", "之", "，")
# A share followed by 的 and a noun names its whole after it: "全球约1/3的汽车玻璃市场份额".
OF = "的"
# A growth cue followed by these names the level reached, not the change: "提高到21.5%".
REACHED = ("到", "至")

# Words before a figure that say nothing of the indicator, stripped from the metric's ends.
METRIC_TRAILING_WORDS = ("同比分别", "分别", "同比", "环比", "年均", "比上年末", "比上年",
                         "较上年", "较去年同期", "比去年同期", "较上年同期", "比上年同期", "较去年",
                         "比去年", "同期", "增至", "增加到", "提高到", "提升至", "升至", "降至",
                         "发展至", "发展到", "扩大到", "从", "由", "累计", "净增", "净减", "共计", "合计", "总计", "达到", "实现", "完成",
                         "增长", "增加", "提高", "提升", "下降", "减少", "突破", "超过", "达",
                         "为", "是", "有", "共", "约", "近", "超", "逾", "破", "至", "已",
                         "总数", "均", "分别为", "稳定在", "保持在", "居", "在")
METRIC_LEADING_WORDS = ("其中", "同时", "此外", "另外", "年末", "约", "和", "及", "以及", "年底", "当年", "今年",
                        "去年", "上年", "全市", "全省", "全区", "全县", "全国", "我市", "我省",
                        "我区", "我县", "本市", "该市", "目前", "截至目前", "截至", "以来",
                        "期间", "时期", "以上", "共", "累计", "新增", "实现")

# Nouns right after a count that make it not a figure (spec section 1): participants,
# aspects and measures of a speech.
NOT_FIGURE_NOUNS = ("代表", "同志", "委员", "方面", "特质", "措施", "举措", "任务", "要求",
                    "原则", "环节", "步骤", "问题", "意见", "建议", "讲话", "位置", "阶段",
                    "支柱", "坚持", "必须", "字", "个人", "批次会议", "会议", "届", "版", "副市长",
                    "市长", "副省长", "省长", "书记", "领导", "嘉宾", "常委", "负责人", "主任",
                    "专家", "院长", "发言", "政策")
# Words between a count and its noun: "5个方面", "四大任务", "3项措施".
COUNT_FILLERS = "个大项"
# Words before a count of people that make them a meeting's participants: "应到代表520名".
PARTICIPANT_WORDS = ("代表", "委员", "嘉宾", "应到", "实到", "出席", "列席", "与会")
# Words right before a number that make it a name, an ordinal or a reference, not a figure.
NOT_FIGURE_BEFORE = ("第", "No.", "编号", "代码", "电话", "热线", "号")

# Words that open an organisation's or a place's name ending, for the entity column.
ENTITY_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "集团", "公司", "产业集群", "市场",
                   "经开区", "开发区", "高新区", "产业园", "园区", "影城", "门店", "工厂", "机场",
                   "研究院", "街区", "景区", "古城", "剧团", "商圈", "美食街")
# Words after a suffix that make it no entity: "各类市场主体" names no market.
ENTITY_FALSE_ENDS = ("主体",)

# Words before a suffix that point at an entity without naming it: "该公司", "这家企业".
ENTITY_DETERMINERS = "该这本各其年家"  # 年 and 家 of "去年公司", "一家公司"

# Topics by keyword (spec section 3). In a metric the longest keyword wins ("新能源汽车产量"
# is industry, not energy), then the earlier row ("原油进口" and "出口汽车" are trade), then
# the one nearer the end, the head of a Chinese noun phrase.
TOPICS = (
    ("certificates", ("原产地", "原产地证书", "证书", "签证", "许可证", "营业执照", "认证", "AEO", "验放")),
    ("ecommerce", ("电商", "直播", "网络零售", "网上零售", "带货", "跨境电商", "网购")),
    ("trade", ("进出口", "出口", "进口", "外贸", "贸易", "交易额", "交易市场", "顺差", "逆差",
               "口岸", "海关", "中欧班列", "外贸企业", "承包工程")),
    ("fiscal", ("财政", "一般公共预算", "税收", "减税", "降费", "退税", "国债", "专项债", "税")),
    ("finance", ("贷款", "存款", "货币", "金融", "M2", "M1", "M0", "社会融资", "融资", "保险",
                 "信贷", "债券", "股票", "上市公司", "利率")),
    ("employment", ("就业", "失业", "劳务", "招聘", "岗位", "工资", "社保", "农民工",
                    "职业技能", "技能培训", "培训补贴", "用工", "务工")),
    ("energy", ("能源", "发电量", "碳", "碳排放权交易", "二氧化碳排放", "非化石能源", "绿电", "能耗", "单位地区生产总值能耗", "GDP能耗", "新能源", "电力", "发电", "光伏", "风电", "装机", "煤", "天然气",
                "石油", "原油", "充电", "氢", "用电", "电量")),
    ("innovation", ("研发", "R&D", "研究与试验发展", "高新技术", "高技术", "高新", "专利", "科技", "创新", "院士", "人才", "孵化",
                    "技术合同", "实验室")),
    ("agriculture", ("农业", "粮食", "农产品", "农村", "农民", "种植", "播种", "畜牧", "养殖",
                     "渔业", "耕地", "亩产", "粮", "猪", "蔬菜", "农田", "农作物", "机械化", "茶叶",
                     "茶产业", "村集体", "农场", "合作社", "耕种")),
    ("ecommerce", ("网络", "线上")),  # broad words: e-commerce only after the narrower rows
    ("investment", ("投资", "外资", "项目", "招商", "固定资产", "开工", "签约", "法人企业", "制造业投资",
                    "工业投资", "民间投资", "基础设施投资", "房地产开发投资", "技改投资")),
    ("consumption", ("消费", "零售", "社会消费品", "客流", "游客", "旅游", "票房",
                     "观影", "餐饮", "景区", "酒店", "民宿", "以旧换新")),
    ("industry", ("工业", "制造", "产业", "企业", "产值", "集群", "产能", "能效", "工厂", "车间",
                  "规上", "规模以上", "工业能耗", "新能源汽车", "汽车", "船企", "造船", "新船")),
    ("macro", ("生产总值", "GDP", "经济总量", "国民经济", "CPI", "居民消费价格", "物价")),
    # What the gold files put under other: people, towns, transport, environment, services.
    ("other", ("可支配收入", "城镇化率", "常住人口", "人口", "经营主体", "旅客吞吐量", "货邮吞吐量",
               "空气质量", "优良天数", "客运", "快递", "地铁", "赛事", "文物")),
)
DEFAULT_TOPIC = "other"
# Keywords too common to decide a metric's topic alone ("新设立外商投资企业" is investment),
# counted only with the rest of the sentence.
WEAK_TOPIC_KEYWORDS = frozenset({"企业", "产业", "创新", "科技", "项目", "网络", "线上", "收入", "规模以上",
                                 "规上"})
# Phrases that hold a keyword but deny it: "非金融类直接投资" is no finance.
TOPIC_STOP_PHRASES = ("非金融",)

# Periods. Plan periods span their five years ("十四五以来" in a 2026 report is 2021/2025,
# in a 2024 one 2021/2024); "2021年以来", "2019年至今" run to the document's year.
SINCE_WORDS = ("以来", "至今")
PLAN_PHASES = ("时期", "期间")
PLAN_PERIODS = {"十三五": (2016, 2020), "十四五": (2021, 2025), "十五五": (2026, 2030)}
# Months a part of a year spans.
# "前11个月": the first months of a year.
FIRST_MONTHS = r"前(?P<first_months>\d{1,2}|[一二三四五六七八九十]{1,2})个?月"
YEAR_PARTS = {"一季度": (1, 3), "第一季度": (1, 3), "二季度": (4, 6), "第二季度": (4, 6),
              "三季度": (7, 9), "第三季度": (7, 9), "四季度": (10, 12), "第四季度": (10, 12),
              "上半年": (1, 6), "下半年": (7, 12), "前三季度": (1, 9), "前两个月": (1, 2)}
PERIOD_SEPARATORS = ("至", "到", "-", "—", "——", "－", "~", "～", "–")
# Years named relative to the document's year.
RELATIVE_YEARS = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}
# Seasons and holidays that, unnamed otherwise, fall in the document's own year.
CURRENT_SEASONS = ("春节假期", "春节期间", "春节档", "春节", "大年初一", "国庆假期", "国庆期间",
                   "五一假期", "元旦假期", "端午假期", "中秋假期", "暑期", "寒假", "年货节", "双十一",
                   "双11", "双十二", "618", "黄金周")
# Words before a figure, not next to it, that qualify it: "约占松下集团全球业务的24.4%".
DISTANT_QUALIFIERS: dict[str, Qualifier] = {"约占": "approx", "大约占": "approx", "约为": "approx", "近占": "approx"}
# Words that make a year a base of comparison, not a period: "较2020年增长20%".
BASE_FOLLOWERS = ("同期", "末", "底", *GROWTH_CUES)  # the first, 同期, never follows a period
# Words around a year that make it a target, not the year a document is written in.
TARGET_BEFORE = ("到", "力争", "预计")
TARGET_AFTER = ("远景", "目标", "左右")
# Words that name the document's year of account ("全年" in a communiqué for 2025 is 2025).
YEAR_OF_ACCOUNT_WORDS = ("全年", "年末", "年底", "年内")

# Headlines are short lines with no sentence end; bylines, mastheads and page notes are not.
HEADLINE_MAX_CHARS = 45
# Regex pieces, searched in a short line: a byline, a masthead, a page note, a table row.
NOT_HEADLINES = ("记者", "通讯员", "编辑", "责编", "值班", "校对", "版）", r"第\s*[\d\-—]+\s*版",
                 r"\t", r"\s[-−]?[\d.,]+%?$", "^单位", r"^\|", r"\|$",
                 "^——", "^详细报道", "^本版", "^图为", "^（", r"^\(")

# Tables (tables.py): header words for a column of growths, the words of a unit line or
# column, and prefixes of a row's name that are no part of the indicator.
TABLE_GROWTH_WORDS = ("增长", "增速", "增减", "比上年", "同比")
TABLE_UNIT_WORDS = ("计量单位", "单位")
TABLE_NAME_PREFIXES = ("其中：", "其中:", "其中", "#", "＃")

# Calendar marks, for the period patterns: "2025年1月至11月", "3月末", a date's "5日".
YEAR_MARK, MONTH_MARK, DAY_MARKS, FISCAL_MARK = "年", "月", "日号", "财"
YEAR_SCOPE_MARK = "度"          # "2025年度民主生活会" names a meeting, not a period
MONTH_ENDS = ("份", "末", "底")  # "3月份", "3月末"
FIRST_PART = "前"               # "前三季度", "前11个月"
COMPARATIVES = "较比"           # "较2020年增长": a base, not a period

# Punctuation: the list mark "、" that also parts a clause's list, quotes and openers a
# metric does not start with, and what may close a sentence after its end mark.
LIST_MARK = "、"
METRIC_OPENERS = "“”\"'，,、（("
CLOSING_MARKS = "”’\"」』）)》"
# Words between a figure and the noun it counts: "23家的A级景区", "约九成是外地游客".
NOUN_FILLERS = "的是为"
# What may stand between a growth cue and its number: "增长了约30%".
CUE_TO_NUMBER = "了约近超达"

# Sentence ends, and clause breaks inside a sentence.
SENTENCE_ENDS = "。！？!?"
CLAUSE_BREAKS = "，,；;：:。！？!?"

# Canonical indicators: one id for the names reports give the same indicator, with the
# Chinese name shown and a definition note. A metric is the indicator of the longest name
# it holds ("全年货物进出口总额" holds 进出口总额). Order does not matter.
INDICATORS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "gdp": ("地区生产总值", "一定时期内一个地区所有常住单位生产活动的最终成果（GDP）。",
            ("地区生产总值", "国内生产总值", "生产总值", "GDP", "经济总量")),
    "industrial_value_added": ("规模以上工业增加值", "年主营业务收入2000万元及以上工业法人单位的工业增加值。",
                               ("规模以上工业增加值", "规上工业增加值", "规模以上工业企业增加值")),
    "industrial_output": ("规模以上工业总产值", "规模以上工业企业生产的工业产品总量，以货币表现。",
                          ("规模以上工业总产值", "规上工业总产值", "工业总产值")),
    "fixed_asset_investment": ("固定资产投资", "建造和购置固定资产的工作量，以货币表现（不含农户）。",
                               ("固定资产投资",)),
    "retail_sales": ("社会消费品零售总额", "企业（单位）通过交易售给个人、社会集团非生产、非经营用的实物商品金额及餐饮收入。",
                     ("社会消费品零售总额", "社零总额", "消费品零售总额")),
    "online_retail": ("网上零售额", "通过公共网络交易平台实现的商品和服务零售额。",
                      ("网上零售额", "网络零售额")),
    "foreign_trade": ("货物进出口总额", "实际进出我国关境的货物总金额（外贸进出口）。",
                      ("进出口总额", "进出口总值", "外贸进出口", "货物进出口", "货物贸易进出口", "进出口额")),
    "exports": ("出口额", "实际出我国关境的货物金额。", ("出口总额", "出口额", "货物出口", "出口总值")),
    "imports": ("进口额", "实际进我国关境的货物金额。", ("进口总额", "进口额", "货物进口", "进口总值")),
    "fdi": ("实际使用外资", "外国投资者在境内实际投入的资金（实际利用外资）。",
            ("实际使用外资", "实际利用外资", "实际使用外资金额")),
    "budget_revenue": ("一般公共预算收入", "政府以税收为主体的财政收入。",
                       ("一般公共预算收入", "地方一般公共预算收入", "财政收入")),
    "tax_revenue": ("税收收入", "一般公共预算收入中的税收部分。", ("税收收入",)),
    "budget_expenditure": ("一般公共预算支出", "政府一般公共预算安排的支出。", ("一般公共预算支出", "财政支出")),
    "disposable_income": ("居民人均可支配收入", "居民可用于最终消费支出和储蓄的收入的人均值。",
                          ("居民人均可支配收入", "人均可支配收入", "可支配收入")),
    "new_urban_jobs": ("城镇新增就业", "城镇累计新就业人数减自然减员人数。", ("城镇新增就业", "新增城镇就业")),
    "unemployment_rate": ("城镇调查失业率", "城镇劳动力中失业人数所占比重。", ("城镇调查失业率", "调查失业率")),
    "cpi": ("居民消费价格", "居民购买的消费品和服务项目价格变动（CPI）。", ("居民消费价格", "CPI")),
    "m2": ("广义货币供应量（M2）", "流通中货币、单位活期与定期存款及个人存款等之和。", ("广义货币", "M2")),
    "loans": ("各项贷款余额", "金融机构本外币各项贷款的期末余额。", ("贷款余额", "各项贷款")),
    "deposits": ("各项存款余额", "金融机构本外币各项存款的期末余额。", ("存款余额", "各项存款")),
    "certificates_of_origin": ("原产地证书签发", "海关等机构签发的各类原产地证书份数。",
                               ("原产地证书", "原产地证")),
    "certified_value": ("原产地证书签证货值", "原产地证书所附出口货物的金额。", ("签证货值", "签证金额")),
    "live_streaming_sales": ("直播销售额", "通过电商直播实现的商品销售额。", ("直播销售额",)),
    "express_parcels": ("快递业务量", "寄递企业收寄的快件件数。", ("快递业务量",)),
    "grain_output": ("粮食产量", "当年粮食作物的总产量。", ("粮食产量", "粮食总产量")),
    "electricity": ("发电量", "发电厂在报告期内生产的电能量。", ("发电量",)),
    "tourists": ("接待游客", "报告期内接待的国内外游客人次。", ("接待游客", "游客人次", "接待国内外游客")),
    "tourism_revenue": ("旅游收入", "游客在旅游过程中的花费总额。", ("旅游收入", "旅游总收入", "旅游花费")),
}
