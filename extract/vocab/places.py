"""Places: the nation, provinces, prefectures, counties and districts, and national new areas,
read from `places.tsv` (its sources and licence: docs/places/README.md), and the words that name
the nation, the document's own place, or a paper's reach."""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path
from typing import Literal, NamedTuple

Level = Literal["nation", "province", "prefecture", "county", "zone"]
PLACES_FILE = Path(__file__).with_name("places.tsv")
NATION = "全国"
# The world's economy as a subject: its figures are the world's ("全球经济增长预测上调0.3个百分点").
WORLD = "世界"
WORLD_SUBJECTS = ("世界经济", "全球经济", "世界贸易", "全球贸易", "世界GDP", "全球GDP")


class Place(NamedTuple):
    """A place as the table names it: full name, short name ("" where too short to trust),
    level, and the province and prefecture it lies in."""

    name: str
    short: str
    level: Level
    province: str
    prefecture: str


@lru_cache(maxsize=1)
def places() -> tuple[Place, ...]:
    """Every row of places.tsv."""
    with PLACES_FILE.open(encoding="utf-8", newline="") as file:
        return tuple(Place(row["name"], row["short"], row["level"], row["province"], row["prefecture"])  # type: ignore[arg-type]
                     for row in csv.DictReader(file, delimiter="\t"))


# Words that name the whole country.
NATION_WORDS = ("全国", "我国", "中国", "全国范围内", "全国各地")
# Words that name the document's own place at a level: "全市" in a city paper is the city.
OWN_PLACE_WORDS: dict[str, Level] = {"全省": "province", "我省": "province", "本省": "province",
                                     "全市": "prefecture", "我市": "prefecture", "本市": "prefecture",
                                     "全县": "county", "我县": "county", "本县": "county",
                                     "全区": "county", "我区": "county", "本区": "county"}
# A place names the subject of its clause when only these words stand before it in the
# clause ("在江苏江阴，", "位于浙江省杭州市余杭区的…", "回顾2025年，广东省佛山市…"); a place
# further in is a name's part, a comparison or a whole ("上海合作组织", "占全国比重",
# "入选全国15个创新城市名单").
SUBJECT_OPENERS = ("在", "据", "位于", "地处", "从", "由", "其中", "而", "全年", "今年", "去年", "当年", "同时",
                   "此外", "目前", "截至目前", "作为", "随着", "近年来", "如今", "如", "例如", "比如", "走进", "来到",
                   "聚焦", "看", "再看", "回顾", "放眼", "纵观", "分地区看", "从地区看")
# Subjects of a paragraph's first sentence that speak of the whole country again after a
# paragraph about one place: "国家级经开区…已有232家", "各地…".
NATIONAL_SCOPE_WORDS = ("国家", "各地", "各省", "多地", "全国各地", "各类", "主产区", "全行业")
# Words that open a place's description before its name: "在被称为“豫北粮仓”的安阳市滑县".
DESCRIBED_BY = ("在被称为", "在号称", "在素有", "位于", "地处")
# Words after a place that make it no place named as a subject: "全国第一", "全国平均".
NOT_SUBJECT_AFTER = ("第", "平均", "首位", "前列", "领先", "同类", "首个", "首家", "首批")
# Nouns that end an organisation's name: a place a few characters before one is part of
# the name, not the subject ("辽宁材料实验室投入运行", "江苏大学").
ORGANISATION_ENDS = ("实验室", "研究院", "研究所", "研究中心", "大学", "学院", "医院", "博物馆", "交易所", "集团",
                     "有限公司", "股份公司")
# Short names that are also common words, or name several places: trusted only in full.
AMBIGUOUS_SHORT_NAMES = frozenset({
    "万全", "万年", "三元", "三水", "三江", "三河", "三门", "上街", "东兴", "东区", "东城", "东山", "东方", "东海", "东港", "东湖", "东西湖",
    "东风", "两江", "中区", "中原", "中宁", "中山", "中心城区", "中方", "中站", "丰满", "临江", "临海", "临港", "临空", "主城区", "乐业", "九龙",
    "二七", "二道", "互助", "产业园", "仁和", "保税", "保税区", "光山", "光明", "六合", "共和", "兴业", "兴国", "兴安", "兴隆", "凤凰", "前进",
    "前锋", "功能区", "北关", "北区", "北城", "北海", "北湖", "北辰", "华容", "南关", "南区", "南城", "南山", "南开", "南沙", "南海", "南湖",
    "南部", "卫东", "县城", "友好", "友谊", "双城", "双河", "古城", "合作", "合作区", "吉利", "名山", "向阳", "和平", "和顺", "回民", "团结",
    "园区", "城东", "城中", "城关", "城北", "城区", "城南", "城厢", "城西", "城阳", "复兴", "大兴", "大化", "大同", "大安", "大庆", "大新", "大方",
    "大英", "大观", "大通", "天台", "天府", "天桥", "天河", "天长", "太平", "太湖", "太白", "宁安", "宁德", "安宁", "安定", "安居", "安康", "安源",
    "宏伟", "宜城", "宝塔", "宝山", "富民", "富裕", "小店", "山城", "工业园", "工农", "巴州", "市中", "市北", "市区", "市南", "平原", "平和",
    "平安", "平川", "平房", "康乐", "建华", "建安", "建设", "开化", "开发", "开发区", "开平", "开福", "开远", "德惠", "怀柔", "惠农", "振兴",
    "文明", "新丰", "新乐", "新兴", "新北", "新区", "新华", "新城", "新城区", "新安", "新市", "新建", "新星", "新民", "新片区", "新都", "方正",
    "日照", "普陀", "朝阳", "未央", "樟树", "民和", "民权", "水城", "永丰", "永吉", "永和", "永宁", "永安", "永定", "永康", "永新", "汇川", "江北",
    "江南", "江城", "江山", "江海", "河东", "河西", "沿河", "泰山", "海城", "海棠", "海港", "清新", "清水", "清河", "清流", "温泉", "港区", "港口",
    "湖滨", "湘江", "滇中", "滨江", "滨海", "滨湖", "灯塔", "爱民", "片区", "牡丹", "玄武", "白云", "白塔", "白杨", "白银", "盐田", "石柱", "矿区",
    "示范区", "福田", "站前", "红塔", "红山", "红旗", "红星", "经开", "经开区", "经济区", "综保", "综保区", "老城", "老城区", "自贸", "自贸区", "英德",
    "莲花", "西区", "西城", "西夏", "西山", "西市", "西沙", "西海岸", "西湖", "解放", "试验区", "资源", "赣江", "越秀", "路北", "路南", "路桥",
    "运河", "连城", "通化", "通道", "郊区", "金山", "金牛", "钟楼", "钢城", "铁东", "铁西", "铜鼓", "长丰", "长乐", "长兴", "长城", "长安", "长寿",
    "长治", "阳明", "阳春", "阿里", "青山", "高新", "高新区", "高明", "鸡冠", "麒麟", "鼓楼", "龙井", "龙凤", "龙华", "龙城", "龙湖", "龙潭",
    "龙门"
})
# Papers whose names do not name their place: a provincial or city paper's news is of its place.
PAPER_PLACES = {"新华日报": "江苏省", "扬子晚报": "江苏省", "大众日报": "山东省", "齐鲁晚报": "山东省",
                "半岛都市报": "青岛市", "南方日报": "广东省", "南方都市报": "广东省", "羊城晚报": "广东省",
                "深圳特区报": "深圳市", "解放日报": "上海市", "文汇报": "上海市", "新民晚报": "上海市",
                "钱江晚报": "浙江省", "楚天都市报": "湖北省", "华西都市报": "四川省", "三湘都市报": "湖南省",
                "大河报": "河南省", "燕赵都市报": "河北省", "辽沈晚报": "辽宁省", "新文化报": "吉林省",
                "生活报": "黑龙江省", "今晚报": "天津市", "北京晚报": "北京市", "重庆晨报": "重庆市"}
# Papers and publishers whose news is of the whole country where it names no place.
NATIONAL_SOURCES = ("人民日报", "新华社", "新华每日电讯", "经济日报", "光明日报", "中国日报", "求是", "央视",
                    "中央广播电视总台", "国家统计局", "商务部", "海关总署", "中国人民银行", "国务院", "国家发展改革委",
                    "工业和信息化部", "财政部", "人力资源社会保障部", "农业农村部", "国家能源局", "中国政府网",
                    "文化和旅游部", "交通运输部", "国家粮食和物资储备局", "国家外汇管理局", "国家税务总局",
                    "国家知识产权局", "中国物流与采购联合会")
