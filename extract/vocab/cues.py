"""The cues of a figure's measure, basis and sign, of lists and parts, and of what is no figure.

Cues are searched backwards from a figure inside its clause: the cue nearest the figure wins
("对经济增长贡献率43.6%" is a share, not a growth).
"""
from __future__ import annotations

GROWTH_CUES = ("增长率", "增长", "净增", "净减", "增加", "提高", "提升", "上升", "上涨", "增速", "增幅",
               "涨幅", "降幅", "跌幅", "扩大", "同比", "环比", "年均", "下降", "减少", "回落", "下滑", "降低",
               "缩小", "下跌", "收窄", "翻", "回升", "加快", "放缓", "增产", "减产", "多增", "少增", "上调",
               "下调", "升值", "贬值", "略减", "略增", "涨", "跌", "降", "增", "减")
DECLINE_CUES = ("下降", "减少", "净减", "回落", "下滑", "降低", "缩小", "下跌", "收窄", "放缓", "减产",
                "少增", "下调", "贬值", "略减", "跌幅", "降幅", "跌", "降", "减")
SHARE_CUES = ("占比", "比重", "占", "份额", "贡献率", "贡献", "拉动", "占有率", "覆盖率", "渗透率", "比例",
              "率", "达产", "之一", "比值", "指数", "回升面", "上涨面", "下降面")
# Words like a growth cue that open a level: "新增126家" (spec 2.2: a flow that is itself the
# indicator is a level).
LEVEL_CUES = ("新增", "新设", "新开工", "新建", "新认定", "新培育", "新引进")
# A contribution is a share, even in points: "拉动全市经济增长0.8个百分点" (spec 2.1).
CONTRIBUTION_CUES = ("拉动", "贡献率", "贡献")
# A growth cue followed by these names the level reached, not the change: "提高到21.5%".
REACHED = ("到", "至")
# What may stand between a growth cue and its number: "增长了约30%", "同比多9167亿元" (多 and
# 少 the comparatives of an amount).
ADVERBS_TO_NUMBER = "了约近超达"
CUE_TO_NUMBER = ADVERBS_TO_NUMBER + "多少"

# The words comparing a rate with another: after them, "多"/"高"/"快" raise it, "少"/"低"/"慢"
# lower it ("比上年同期低约15个基点", "快于货物出口2.2个百分点").
COMPARATIVE_RISES = ("高", "多", "快")
COMPARATIVE_FALLS = ("低", "少", "慢")
# A change of a decline's rate turns round: "降幅比上月收窄0.8个百分点" is a rise of 0.8.
DECLINE_RATES = ("降幅", "跌幅", "降速")

# Bases of comparison named by a cue of their own.
BASIS_CUES = (("同比", "yoy"), ("上年同期", "yoy"), ("去年同期", "yoy"), ("是上年", "yoy"), ("是去年", "yoy"),
              ("环比", "mom"),
              ("年均", "avg_annual"), ("年平均", "avg_annual"), ("两年平均", "avg_annual"),
              ("三年平均", "avg_annual"), ("五年平均", "avg_annual"))
# Characters before a basis cue that make it part of other words: "去年全年均提升" is no 年均.
BASIS_CUE_FALSE_BEFORE = {"年均": "全今去上当本"}
# Words opening a comparison with a base: "比上年增长", "较2020年增长20%", "增速比全省高2.4个
# 百分点", "快于货物出口2.2个百分点". 比 and 较 are no comparison in the words around them
# here: "比重", "之比", "占比", "较快", "比较".
COMPARISON_WORDS = ("相比", "相较", "高于", "低于", "快于", "慢于", "多于", "少于", "比", "较")
COMPARISON_FALSE_AFTER = {"比": "重例值为率较如拼赛肩翼及起照亚利缩降", "较": "快好大高低为多少早晚强弱长短小稳差轻重"}
COMPARISON_FALSE_BEFORE = {"比": "之占对同环类无相评攀", "较": "比计相"}
# What a comparison's base says of the basis: the same period of last year, last year
# itself ("比上年增长", "比上年末"), last month; a part of last year that is not its same
# period ("比上年四季度", "比上年全年", "比上年12月") is no basis (spec 2.1).
SAME_PERIOD_BASES = ("上年同期", "去年同期", "同期")
# Bases at the start of the year: a change against them covers the months from January, and
# is not year on year ("6月末…较上年末升值4.7%" is of January to June; spec 2.2).
# Last year's end is this year's start: against a year's end ("年末…比上年末增长14.6%") it is
# year on year.
LAST_YEAR_ENDS = ("上年末", "去年末", "上年底", "去年底", "上年年末", "去年年末")
YEAR_START_BASES = (*LAST_YEAR_ENDS, "今年年初", "本年初", "年初")
LAST_YEAR_BASES = ("上年", "去年", "上一年")
LAST_MONTH_BASES = ("上月", "上个月")
# "…证书20803份，签证货值108.5亿元…，其中优惠原产地证12580份，签证货值70.6亿元": after it,
# an attribute named again ("签证货值") belongs to the part it introduces.
AMONG_THEM = "其中"
# "同比分别增长13.2%和28.3%": the run of growths after it maps onto the figures before it.
RESPECTIVELY = "分别"
# The ordinal mark of listed items that share a head: "第二、三产业投资".
ORDINAL = "第"
# What joins the subjects listed before 分别: "出口、进口分别增长8.2%和3.1%".
SUBJECT_JOINERS = ("、", "和", "及", "与", "以及")
# What may stand between two figures of one list: "13.2%和28.3%", "17.5%、24.8%", and the two
# ends of a range: "5.0%至5.4%", "998元到1598元".
LIST_JOINERS = "和、及与以,， 至到-—－~～–"  # 以 of 以及
# "0.3和0.1个百分点", "1.3个和2.8个百分点": the first number takes the second's unit.
ELIDED_UNIT_JOINERS = ("和", "、", "与", "及")
ELIDED_UNIT_FILLER = "个"
# A figure named from the one before it: "外资企业进出口额…，占进出口总额比重为28.6%" is the
# level's "占进出口总额比重", "增速高于全省1.3个百分点" its growth's, "是平日的2.3倍" its
# multiple, "对经济增长的贡献率" its contribution. Only 占 splits a metric for its topic.
REFERS_BACK = ("占", "与", "增速", "增幅", "涨幅", "降幅", "是", "对", "拉动", "比重", "占比", "贡献率")
SHARE_OF = ("占",)
# "是2015年的2.6倍": a multiple of a base is a growth of (n - 1) times (spec 2.2).
TIMES_OF = ("是", "为", "相当于")
# A structure: "三次产业结构为8.1：38.2：53.7", "城乡人口之比为61.3：38.7" (spec 2.1).
STRUCTURE_CUES = ("结构", "之比", "比例", "比为")
RATIO_MARKS = "：:"
# The parts of a structure named by a word: 三次产业 are the first, second and third.
STRUCTURE_PARTS = {"三次产业": ("第一产业", "第二产业", "第三产业"), "城乡": ("城镇", "乡村"),
                   "一二三产业": ("第一产业", "第二产业", "第三产业")}
STRUCTURE_PART_SUFFIX = "比重"
# A ratio printed with no unit is a share with unit '' (spec 2.2): "城乡居民收入比为1.74",
# "比值为2.37"; and its change after it in the sentence: "比上年同期下降0.05".
RATIO_WORDS = ("比值", "收入比", "之比", "倍差")
RATIO_VERBS = ("为", "是", "达到", "达", "缩小至", "缩小到", "降至", "下降至", "降低至", "保持在")
RATIO_CHANGES = ("下降", "缩小", "降低", "减少", "提高", "扩大", "增加", "上升")
# Shares of a structure sum to about a hundred.
STRUCTURE_TOTAL, STRUCTURE_SLACK = 100.0, 1.5

# Nouns right after a count that make it not a figure (spec section 1): participants,
# aspects and measures of a speech.
NOT_FIGURE_NOUNS = ("代表", "同志", "委员", "方面", "特质", "措施", "举措", "任务", "要求",
                    "原则", "环节", "步骤", "问题", "意见", "建议", "讲话", "位置", "阶段",
                    "支柱", "坚持", "必须", "字", "个人", "批次会议", "会议", "届", "版", "副市长",
                    "市长", "副省长", "省长", "书记", "领导", "嘉宾", "常委", "负责人", "主任",
                    "专家", "院长", "发言", "政策",
                    # counts of places are no figures (spec 2.1): "13个粮食主产省份", "22个自贸试验区"
                    "省份", "省（", "省区市", "省市", "城市", "大城市", "县（", "县市", "地区", "国家和地区", "国家（地区）",
                    "国家、", "自贸试验区",
                    "试验区", "市州", "地市", "区县", "关键字", "关键词", "个字",
                    # counts of awards are optional (spec 1) and measure no economy: "斩获4项殊荣"
                    "殊荣", "荣誉", "省级荣誉", "国家级荣誉", "称号", "奖项", "大奖", "金奖")
# Nouns of places: a count of them is no figure (spec 2.1), whether the noun follows the count
# closely ("13个粮食主产省份") or stands before it ("…的县（市）达到64个").
# The nouns a count of listed places ends with: "广东、江苏两省", "北京、天津两省市", "5个城市".
LISTED_PLACE_NOUNS = ("省", "市", "县", "地", "区", "省市", "城市")
PLACE_NOUNS = ("省份", "省区市", "省市", "城市", "县（市", "县市", "区县", "市州", "地市", "设区市", "自贸试验区",
               "自由贸易试验区", "国家和地区")
PLACE_COUNT_VERBS = ("达到", "达", "有", "共有", "增至", "为")
# What may follow a duration that is a figure ("3个工作日内", "318天，"); any other character
# makes it part of a name: "72小时免签过境政策".
DURATION_ENDS = "内以左上的及和"
# Words between a count and its noun: "5个方面", "四大任务", "3项措施".
COUNT_FILLERS = "个大项"
# Words before a count of people that make them a meeting's participants: "应到代表520名".
PARTICIPANT_WORDS = ("代表", "委员", "嘉宾", "应到", "实到", "出席", "列席", "与会")
# Words right before a number that make it a name, an ordinal or a reference, not a figure.
NOT_FIGURE_BEFORE = ("第", "No.", "编号", "代码", "电话", "热线", "号")
# Rankings are no figures (spec 2.1): "居全国前10位", "排名前5名", "全国百强县第3位".
RANK_BEFORE = ("前", "第")
RANK_UNITS = ("位", "名", "强")
