"""The layout of a page: sentence ends, headlines and bylines, tables."""
from __future__ import annotations

# Sentence ends, and clause breaks inside a sentence.
SENTENCE_ENDS = "。！？!?"
CLAUSE_BREAKS = "，,；;：:。！？!?"
# Punctuation: the list mark "、" that also parts a clause's list, and what may close a
# sentence after its end mark.
LIST_MARK = "、"
CLOSING_MARKS = "”’\"」』）)》"
# Headlines are short lines with no sentence end; bylines, mastheads and page notes are not.
HEADLINE_MAX_CHARS = 45
# Regex pieces, searched in a short line: a byline, a masthead, a page note, a table row.
NOT_HEADLINES = ("记者", "通讯员", "编辑", "责编", "值班", "校对", "版）", r"第\s*[\d\-—]+\s*版",
                 r"\t", r"\s[-−]?[\d.,]+%?$", "^单位", r"^\|", r"\|$",
                 "^——", "^详细报道", "^本版", "^图为", "^（", r"^\(", "^数据来源", "^制图", "^版式设计")
# Tables (tables.py): header words for a column of growths, the words of a unit line or
# column, and prefixes of a row's name that are no part of the indicator.
TABLE_GROWTH_WORDS = ("增长", "增速", "增减", "比上年", "同比", "涨跌", "涨幅")
TABLE_UNIT_WORDS = ("计量单位", "单位")
TABLE_LEVEL_WORDS = ("绝对数", "总量", "数量", "金额", "产量", "总额", "数值", "实绩", "完成")
TABLE_NAME_PREFIXES = ("其中：", "其中:", "其中", "#", "＃")
