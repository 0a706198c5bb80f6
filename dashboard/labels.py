"""Every interface string, in Chinese first and in English; the codes of the table's
columns (topics, measures, bases, qualifiers) with their names."""
from __future__ import annotations

from typing import Literal

Lang = Literal["zh", "en"]
LANGUAGES: tuple[Lang, ...] = ("zh", "en")
LANGUAGE_NAMES = {"zh": "中文", "en": "English"}
LANGUAGE_PARAMETER = "lang"  # the link's parameter of the language; Chinese, the default, is left out

TEXT: dict[str, dict[Lang, str]] = {
    "app_title": {"zh": "报告数据看板", "en": "Report figures dashboard"},
    "overview": {"zh": "总览", "en": "Overview"},
    "explore": {"zh": "指标", "en": "Explore"},
    "sources": {"zh": "原文", "en": "Sources"},
    "data": {"zh": "数据", "en": "Data"},
    "trends": {"zh": "趋势", "en": "Trends"},
    "indicator": {"zh": "规范指标", "en": "Indicator"},
    "series": {"zh": "序列", "en": "Series"},
    "vintages": {"zh": "各期报道（首次报道与修订）", "en": "As reported on each date (first reported, revised)"},
    "first_reported": {"zh": "首次报道", "en": "first reported"},
    "revised": {"zh": "修订", "en": "revised"},
    "disagrees": {"zh": "⚠ 各报道不一致", "en": "⚠ reports disagree"},
    "upload": {"zh": "上传", "en": "Upload"},
    "topic": {"zh": "主题", "en": "Topic"},
    "metric": {"zh": "指标", "en": "Metric"},
    "measure": {"zh": "类型", "en": "Measure"},
    "doc": {"zh": "文档", "en": "Document"},
    "article": {"zh": "文章", "en": "Article"},
    "period": {"zh": "时期", "en": "Period"},
    "entity": {"zh": "主体", "en": "Entity"},
    "region": {"zh": "地区", "en": "Place"},
    "review": {"zh": "核对", "en": "Check"},
    "to_check": {"zh": "待核", "en": "to check"},
    "why_check": {"zh": "待核：规则对这一行没有把握（{why}），请对照原句。",
                  "en": "To check: the rules are unsure of this row ({why}); read it against its sentence."},
    "figure": {"zh": "数据", "en": "Figure"},
    "fig": {"zh": "数据", "en": "Figure"},
    "source": {"zh": "文档", "en": "Document"},
    "lang": {"zh": "语言", "en": "Language"},
    "counts": {"zh": "{docs}，{figures}", "en": "{docs}, {figures}"},  # each `counted`
    "none_chosen": {"zh": "请选择", "en": "Choose one"},
    "vintage": {"zh": "报道", "en": "Report"},
    "reported_by": {"zh": "报道方", "en": "Reported by"},
    "agreement": {"zh": "一致性", "en": "Agreement"},
    "view_all": {"zh": "全部数据", "en": "All figures"},
    "reading": {"zh": "正在读取文档…", "en": "Reading the documents…"},
    "no_rows": {"zh": "没有符合条件的数据。", "en": "No figure matches these filters."},
    "dropped": {"zh": "链接中这些参数不对应任何数据，已忽略：{items}",
                "en": "These link parameters name nothing here and were dropped: {items}"},
    "partly_read": {"zh": "{name} 有个别字节无法识别，已按 U+FFFD 读入：{reason}",
                    "en": "{name} was read with a few bytes replaced by U+FFFD: {reason}"},
    "name_taken": {"zh": "{name}：已有同名文档，请改名后再上传。",
                   "en": "{name}: a document of that name is already here; rename the file and upload it again."},
    "refused": {"zh": "未能读取 {name}：{reason}", "en": "Could not read {name}: {reason}"},
    "share": {"zh": "分享链接", "en": "Share link"},
    "share_help": {"zh": "复制此链接，在新浏览器中打开即可看到相同视图。",
                   "en": "Copy this link: opened in a new browser it shows this same view."},
    "levels": {"zh": "总量（{unit}）", "en": "Levels ({unit})"},
    "growths": {"zh": "增速（{unit}）", "en": "Growth ({unit})"},
    "shares": {"zh": "占比（%）", "en": "Shares (%)"},
    "too_many": {"zh": "只显示前 {shown} 个，共 {total} 个；请缩小筛选范围。",
                 "en": "Showing the first {shown} of {total}; narrow the filters to see the rest."},
    "all_charts": {"zh": "显示全部 {n} 个图表", "en": "Show all {n} charts"},
    "choose_figure": {"zh": "选择数据（或点击图中的柱）", "en": "Choose a figure (or click a bar)"},
    "source_sentence": {"zh": "原句", "en": "Source sentence"},
    "parsed": {"zh": "解析结果", "en": "What was parsed"},
    "from": {"zh": "来源", "en": "From"},
    "search": {"zh": "搜索句子", "en": "Search sentences"},
    "search_hits": {"zh": "{hits}包含“{q}”", "en": "{hits} with “{q}”"},
    "table_page": {"zh": "页码", "en": "Page"},
    "rows_shown": {"zh": "第 {first}–{last} 行，共 {total} 行", "en": "Rows {first}–{last} of {total}"},
    "download_capped": {"zh": "下载文件只含前 {n} 行；完整数据请用命令行 python -m extract 导出。",
                        "en": "Downloads hold the first {n} rows; export everything with python -m extract."},
    "download_csv": {"zh": "下载 CSV", "en": "Download CSV"},
    "download_excel": {"zh": "下载 Excel", "en": "Download Excel"},
    "chinese_files": {"zh": "下载文件用中文表头和类别", "en": "Chinese headers and labels in the downloads"},
    "upload_help": {"zh": "添加 .txt、.md、.docx 或 .pdf 文档：仅在本次浏览会话中可见，其他访问者看不到。",
                    "en": "Add .txt, .md, .docx or .pdf documents: they join this browser session's view only, "
                          "never another visitor's."},
    "upload_ok": {"zh": "已加入 {name}：{figures}", "en": "Added {name}: {figures}"},
    "duplicate": {"zh": "{name} 与已有文档“{other}”内容相同，未重复加入。",
                  "en": "{name} is the same document as “{other}”; it was not added again."},
    "uploaded": {"zh": "本会话已上传", "en": "Uploaded in this session"},
    "none_yet": {"zh": "尚未上传文档。", "en": "No document uploaded yet."},
    # Streamlit's own words, which it shows in English only (see dashboard/ui/own_words.py).
    "browse_files": {"zh": "选择文件", "en": "Upload"},
    "upload_limit": {"zh": "每个文件不超过 {mb}MB · {types}", "en": "{mb}MB per file • {types}"},
    "drop_files": {"zh": "将文件拖放到这里", "en": "Drag and drop files here"},
    "no_results": {"zh": "没有匹配项", "en": "No results"},
    "value": {"zh": "数值", "en": "Value"},
    "unit": {"zh": "单位", "en": "Unit"},
    "qualifier": {"zh": "限定", "en": "Qualifier"},
    "basis": {"zh": "比较基期", "en": "Basis"},
    "rule": {"zh": "规则", "en": "Rule"},
    "raw": {"zh": "原文", "en": "As printed"},
    "sentence": {"zh": "句子", "en": "Sentence"},
    "doc_id": {"zh": "文档", "en": "Document"},
    "start": {"zh": "起", "en": "Start"},
    "published": {"zh": "发布日期", "en": "Published"},
    "source_name": {"zh": "来源", "en": "Source"},
    "end": {"zh": "止", "en": "End"},
    # Places compared like with like (Trends), cards an official reads aloud (Overview), Explore.
    "kind_year": {"zh": "年度", "en": "years"},
    "kind_cumulative": {"zh": "累计（年初至当月）", "en": "year to date"},
    "kind_quarter": {"zh": "季度", "en": "quarters"},
    "kind_month": {"zh": "单月", "en": "single months"},
    "kind_years": {"zh": "{n}年时段", "en": "{n}-year spans"},
    "kind_months": {"zh": "{n}个月时段", "en": "{n}-month spans"},
    "all_places": {"zh": "全部地区", "en": "All places"},
    "against_previous": {"zh": "较上期", "en": "vs previous"},
    "previous": {"zh": "上期：{period} {figure}", "en": "Previous: {period} {figure}"},
    "to_sentence": {"zh": "查看原句", "en": "See the sentence"},
    "basis_none": {"zh": "未注明比较基期", "en": "basis not stated"},
    "download_view": {"zh": "下载此视图（CSV）", "en": "Download view (CSV)"},
    "no_place": {"zh": "未注明地区", "en": "Place not stated"},
    "period_end": {"zh": "时期（按截止月份）", "en": "Period (by the month it ends)"},
    # Reviewing: the review page, the checked mark, sign-in, edits and what became of them.
    "review_title": {"zh": "审核", "en": "Review"},
    "checked_by": {"zh": "核对人", "en": "Checked by"},
    "checked_on": {"zh": "核对日期", "en": "Checked on"},
    "checked_mark": {"zh": "已核 · {name} · {date}", "en": "checked · {name} · {date}"},
    "not_figure_mark": {"zh": "不是数据 · {name} · {date}", "en": "not a figure · {name} · {date}"},
    "reviewing_off": {"zh": "审核功能未开启，本看板只读。要开启：在 `.streamlit/secrets.toml` 中加入 `[auth]`"
                             "（OpenID Connect 登录）和 `[review]` 的 `editors = [\"审核人邮箱\"]`，详见 README 的“审核”一节。",
                      "en": "Reviewing is off: the dashboard is read-only. To turn it on, add `[auth]` (OpenID "
                            "Connect sign-in) and `[review]` `editors = [\"editor@example.org\"]` to "
                            "`.streamlit/secrets.toml`: see the README's section on reviewing."},
    "sign_in": {"zh": "登录", "en": "Sign in"},
    "sign_in_help": {"zh": "审核人登录后可确认、更正数据或标为“不是数据”；其他访问者只能查看。",
                     "en": "Editors sign in to confirm or correct figures, or mark them as no figure; "
                           "everyone else reads."},
    "sign_out": {"zh": "退出登录", "en": "Sign out"},
    "signed_in_as": {"zh": "审核人：{name}（{email}）", "en": "Editor: {name} ({email})"},
    "not_an_editor": {"zh": "已登录为 {email}，但不在审核人名单中：只能查看。",
                      "en": "Signed in as {email}, who is not among the editors: reading only."},
    "queue_counts": {"zh": "{docs}有待核数据：{to_check} 行待核，{checked} 行已核，{not_figures} 行不是数据",
                     "en": "{docs} with rows to check: {to_check} to check, {checked} checked, "
                           "{not_figures} not figures"},
    "queue_empty": {"zh": "没有需要核对的数据。", "en": "No row is marked for review."},
    "choose_row": {"zh": "选择要审核的数据", "en": "Choose a row to review"},
    "queue_of_document": {"zh": "本文档的待核与已核数据", "en": "This document's rows to check and checked"},
    "more_rows": {"zh": "另有 {n} 行未列出：请在上方选择。", "en": "{n} more rows not listed: choose them above."},
    "as_extracted": {"zh": "原始识别：{values}", "en": "As extracted: {values}"},
    "confirm": {"zh": "确认无误", "en": "Confirm as is"},
    "mark_not_figure": {"zh": "不是数据", "en": "Not a figure"},
    "correct": {"zh": "更正", "en": "Correct"},
    "correct_help": {"zh": "只保存与原始识别不同的列；未改动的列随规则更新。",
                     "en": "Only the columns that differ from what was extracted are kept; the others follow "
                           "the rules."},
    "save_correction": {"zh": "保存更正", "en": "Save the correction"},
    "saved": {"zh": "已保存：{action}。", "en": "Saved: {action}."},
    "conflict": {"zh": "{name} 已于 {at} 先修改了这一行：您的修改已记入审核记录，但没有生效。下方为当前内容，如仍需修改请再次保存。",
                 "en": "{name} changed this row first, at {at}: your edit is in the audit trail but was not applied. "
                       "The row as it now stands is below; save again to apply yours."},
    "not_allowed": {"zh": "只有已登录的审核人可以修改数据，未保存。",
                    "en": "Only a signed-in editor can change figures: nothing was saved."},
    "bad_values": {"zh": "未保存，请修改：{problems}", "en": "Nothing was saved; please fix: {problems}"},
    "bad_code": {"zh": "{column} 须为规定的代码之一", "en": "{column} must be one of its codes"},
    "bad_basis": {"zh": "只有增速才有{column}", "en": "only a growth has a {column}"},
    "bad_value": {"zh": "{column} 须为有限的数字", "en": "{column} must be a finite number"},
    "bad_unit": {"zh": "{column} 须取自单位表", "en": "{column} must be a unit of the units table"},
    "bad_period": {"zh": "{column} 的格式为 2025、2025-01 或 2025-01/2025-11",
                   "en": "{column} is written 2025, 2025-01 or 2025-01/2025-11"},
    "bad_metric": {"zh": "{column} 不能为空", "en": "{column} cannot be empty"},
    "bad_text": {"zh": "{column} 过长或含控制字符", "en": "{column} is too long or holds control characters"},
    "open_review": {"zh": "审核此行", "en": "Review this row"},
    "audit_trail": {"zh": "审核记录", "en": "Audit trail"},
    "audit_none": {"zh": "这一行还没有审核记录。", "en": "Nobody has edited this row yet."},
    "audit_line": {"zh": "{at} · {name}（{email}）· {action} · {outcome}{changes}",
                   "en": "{at} · {name} ({email}) · {action} · {outcome}{changes}"},
    "stale_title": {"zh": "过期的更正（未应用）", "en": "Stale corrections (not applied)"},
    "stale_help": {"zh": "这些更正所针对的文档已更改或已移除，或规则已不在该处识别出数据，因此不再应用。请重新审核。",
                   "en": "The documents these corrections were made on have changed or gone, or the rules no "
                         "longer read a figure there, so they are not applied. Review the rows again."},
    "stale_changed": {"zh": "文档已更改", "en": "the document changed"},
    "stale_gone": {"zh": "文档已不在", "en": "the document is gone"},
    "stale_unmatched": {"zh": "该处已不再识别出数据", "en": "no figure is read there any more"},
}

# The codes of the table's columns and their names.
CODES: dict[str, dict[Lang, str]] = {
    "macro": {"zh": "综合", "en": "Economy"},
    "prices": {"zh": "价格", "en": "Prices"},
    "income": {"zh": "收入", "en": "Income"},
    "employment": {"zh": "就业", "en": "Employment"},
    "agriculture": {"zh": "农业", "en": "Agriculture"},
    "industry": {"zh": "工业", "en": "Industry"},
    "energy": {"zh": "能源环境", "en": "Energy and environment"},
    "consumption": {"zh": "消费", "en": "Consumption"},
    "ecommerce": {"zh": "电商", "en": "E-commerce"},
    "trade": {"zh": "外贸", "en": "Trade"},
    "certificates": {"zh": "证书", "en": "Certificates"},
    "investment": {"zh": "投资", "en": "Investment"},
    "transport": {"zh": "交通邮政", "en": "Transport and post"},
    "innovation": {"zh": "科技", "en": "Science and technology"},
    "finance": {"zh": "金融", "en": "Finance"},
    "fiscal": {"zh": "财政", "en": "Fiscal"},
    "other": {"zh": "其他", "en": "Other"},
    "true": {"zh": "待核", "en": "to check"},
    "false": {"zh": "无需核对", "en": "sure"},
    "level": {"zh": "总量", "en": "Level"},
    "growth": {"zh": "增速", "en": "Growth"},
    "share": {"zh": "占比", "en": "Share"},
    "yoy": {"zh": "同比", "en": "year on year"},
    "mom": {"zh": "环比", "en": "month on month"},
    "avg_annual": {"zh": "年均", "en": "annual average"},
    "exact": {"zh": "准确", "en": "exact"},
    "approx": {"zh": "约", "en": "about"},
    "over": {"zh": "超过", "en": "over"},
    "under": {"zh": "不足", "en": "under"},
    "checked": {"zh": "已核", "en": "checked"},
    "confirm": {"zh": "确认", "en": "confirmed"},
    "correct": {"zh": "更正", "en": "corrected"},
    "not_figure": {"zh": "不是数据", "en": "not a figure"},
    "applied": {"zh": "已生效", "en": "applied"},
    "conflict": {"zh": "未生效（他人先改）", "en": "not applied (another edit came first)"},
}
# The canonical indicators (extract/vocab/indicators.py, whose Chinese names and definitions
# the Chinese interface shows) in English: name, definition.
INDICATORS_EN: dict[str, tuple[str, str]] = {
    "gdp": ("Gross regional product (GDP)",
            "The final result of the production of all resident units of a region over a period."),
    "industrial_value_added": ("Value added of industry above designated size",
                               "Value added of industrial firms with a main business income of 20 million yuan "
                               "or more."),
    "industrial_output": ("Gross industrial output above designated size",
                          "The industrial products of firms above designated size, valued in money."),
    "fixed_asset_investment": ("Fixed-asset investment",
                               "Work done building and buying fixed assets, valued in money (farm households "
                               "excluded)."),
    "retail_sales": ("Total retail sales of consumer goods",
                     "Goods sold to individuals and to organisations for non-productive use, and catering income."),
    "online_retail": ("Online retail sales", "Retail sales of goods and services made on public online platforms."),
    "foreign_trade": ("Total imports and exports of goods",
                      "The value of goods actually entering and leaving China's customs territory."),
    "exports": ("Exports", "The value of goods actually leaving China's customs territory."),
    "imports": ("Imports", "The value of goods actually entering China's customs territory."),
    "fdi": ("Foreign direct investment used", "Funds foreign investors actually put in."),
    "budget_revenue": ("General public budget revenue", "Government revenue, mostly from taxes."),
    "tax_revenue": ("Tax revenue", "The tax part of general public budget revenue."),
    "budget_expenditure": ("General public budget expenditure", "What the general public budget spends."),
    "disposable_income": ("Per capita disposable income",
                          "Income residents can spend on final consumption or save, per person."),
    "new_urban_jobs": ("New urban jobs", "People newly employed in towns, less natural attrition."),
    "unemployment_rate": ("Surveyed urban unemployment rate", "The unemployed as a share of the urban labour force."),
    "cpi": ("Consumer prices (CPI)", "The change in the prices of the goods and services residents buy."),
    "m2": ("Broad money supply (M2)",
           "Currency in circulation plus firms' demand and time deposits and personal deposits."),
    "loans": ("Outstanding loans", "Loans of financial institutions in all currencies at the end of the period."),
    "deposits": ("Outstanding deposits",
                 "Deposits with financial institutions in all currencies at the end of the period."),
    "certificates_of_origin": ("Certificates of origin issued",
                               "Certificates of origin of every kind issued by customs and other bodies."),
    "certified_value": ("Value of goods under certificates of origin",
                        "The value of the exported goods the certificates of origin cover."),
    "live_streaming_sales": ("Live-streaming sales", "Sales of goods made through e-commerce live streams."),
    "express_parcels": ("Express deliveries", "The parcels delivery firms take in."),
    "grain_output": ("Grain output", "The year's total output of grain crops."),
    "electricity": ("Electricity generated", "The electric energy power plants produced in the period."),
    "tourists": ("Tourists received", "Domestic and foreign tourist visits received in the period."),
    "tourism_revenue": ("Tourism revenue", "What tourists spent on their travels."),
}
# Why the extractor marks a row for review (the words after "!" in its rule).
REVIEW_REASONS: dict[str, dict[Lang, str]] = {
    "metric-from-before": {"zh": "指标取自前文", "en": "the metric is taken from an earlier clause"},
    "metric-from-clause-before": {"zh": "指标取自前一分句", "en": "the metric is taken from the clause before"},
    "no-metric": {"zh": "未找到指标名称", "en": "no metric was found"},
    "no-period": {"zh": "文中未写明时期", "en": "the text names no period for it"},
    "share-unnamed": {"zh": "比重未写明是何者之比", "en": "the share does not say of what"},
    "respectively-counts": {"zh": "“分别”前后的数目不一致", "en": "a 分别 list's counts disagree"},
    "topic-from-context": {"zh": "主题取自上下文", "en": "the topic is taken from the context"},
    "unit-from-metric": {"zh": "单位取自指标名称", "en": "the unit is taken from the metric's name"},
}
# The nouns counted in the interface: Chinese with its measure word, English singular and plural.
NOUNS: dict[str, dict[Lang, tuple[str, str]]] = {
    "document": {"zh": ("篇文档", "篇文档"), "en": ("document", "documents")},
    "figure": {"zh": ("个数据", "个数据"), "en": ("figure", "figures")},
    "sentence": {"zh": ("个句子", "个句子"), "en": ("sentence", "sentences")},
}
# The topics in the order of a statistical communiqué's sections (spec section 3).
TOPICS = ("macro", "prices", "income", "employment", "agriculture", "industry", "energy", "consumption", "ecommerce",
          "trade", "certificates", "investment", "transport", "innovation", "finance", "fiscal", "other")


def text(key: str, lang: Lang, **values: object) -> str:
    """An interface string in the language, its {placeholders} filled.

    >>> text("counts", "en", docs=counted(1, "document", "en"), figures=counted(40, "figure", "en"))
    '1 document, 40 figures'
    """
    return TEXT[key][lang].format(**values)


def counted(n: int, noun: str, lang: Lang) -> str:
    """A count and its noun: the measure word in Chinese, singular or plural in English.

    >>> counted(1, "document", "en"), counted(40, "figure", "en"), counted(40, "figure", "zh")
    ('1 document', '40 figures', '40 个数据')
    """
    one, many = NOUNS[noun][lang]
    return f"{n} {one if n == 1 else many}"


def review_reasons(rule: str, lang: Lang) -> str:
    """Why a row is to be checked, in words: the reasons after its rule's "!".

    >>> review_reasons("amount/level!metric-from-before,no-period", "en")
    'the metric is taken from an earlier clause; the text names no period for it'
    """
    reasons = [code for code in rule.partition("!")[2].split(",") if code]
    return ("；" if lang == "zh" else "; ").join(REVIEW_REASONS[code][lang] if code in REVIEW_REASONS else code
                                                 for code in reasons)


def check_mark(review: bool, checked_by: str, checked_on: str, lang: Lang) -> str:
    """Whether a row is to check or checked, as the Data table says it.

    >>> check_mark(True, "", "", "zh"), check_mark(False, "王五", "2026-12-05", "en"), check_mark(False, "", "", "en")
    ('待核', 'checked · 王五 · 2026-12-05', '')
    """
    if checked_by:
        return text("checked_mark", lang, name=checked_by, date=checked_on)
    return text("to_check", lang) if review else ""


# Table columns whose header is not the label of the same key: "source" names the document
# read on the sources page.
COLUMN_KEYS = {"source": "source_name"}


def column_label(column: str, lang: Lang) -> str:
    """A table column's header.

    >>> column_label("source", "zh"), column_label("metric", "en")
    ('来源', 'Metric')
    """
    return text(COLUMN_KEYS.get(column, column), lang)


def name(code: str, lang: Lang) -> str:
    """A column code's name; a code with no name (a metric, a period) stands for itself.

    >>> name("trade", "zh"), name("yoy", "en"), name("签证货值", "en")
    ('外贸', 'year on year', '签证货值')
    """
    return CODES[code][lang] if code in CODES else code
