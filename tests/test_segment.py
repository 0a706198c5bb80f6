"""Text -> paragraphs, headlines and sentences, as a front page or a crawled article has them."""
from extract import extract_figures
from extract.segment import MAX_SENTENCE_CHARS, sentences

FRONT_PAGE = """市委常委会召开民主生活会

本报讯（记者 张三）1月21日，市委常委会召开民主生活会。

去年我市原产地证书签证货值破百亿元

本报讯（记者 李四）2025年聊城海关共签发各类原产地证书20803份，签证货值108.5亿元，同比分别

增长13.2%和28.3%。

我市电商领域呈现强劲增长势头

本报讯 直播商品销量6973.5万件。
"""
MARKDOWN = """# 假日消费热力足  市场活力旺

## ——春节假期各地消费一瞥

> 本报记者  李明《人民日报》（2025年02月05日第 01 版）

春节假期，杭州市重点监测的120余家商贸企业累计实现销售额21.8亿元，同比增长8.7%。
"""


def test_a_sentence_cut_by_a_page_break_is_joined() -> None:
    cut = [s for s in sentences(FRONT_PAGE) if "20803份" in s.text]
    assert len(cut) == 1
    assert cut[0].text.endswith("同比分别增长13.2%和28.3%。")
    assert FRONT_PAGE[cut[0].start:cut[0].end].replace("\n", "") == cut[0].text


def test_figures_of_a_cut_sentence_keep_their_meaning() -> None:
    rows = {f.raw: f for f in extract_figures(FRONT_PAGE)}
    assert rows["28.3%"].metric == "签证货值"
    assert rows["28.3%"].basis == "yoy"
    assert FRONT_PAGE[rows["28.3%"].start:rows["28.3%"].end] == "28.3%"


def test_each_figure_names_its_articles_headline() -> None:
    rows = {f.raw: f for f in extract_figures(FRONT_PAGE)}
    assert rows["破百亿元"].article == "去年我市原产地证书签证货值破百亿元"
    assert rows["108.5亿元"].article == "去年我市原产地证书签证货值破百亿元"
    assert rows["6973.5万件"].article == "我市电商领域呈现强劲增长势头"
    assert rows["破百亿元"].period == "2024"  # 去年, against the latest year the page names (2025)


def test_markdown_title_is_the_article_and_the_masthead_dates_the_page() -> None:
    rows = {f.raw: f for f in extract_figures(MARKDOWN)}
    assert rows["21.8亿元"].article == "假日消费热力足  市场活力旺"
    assert rows["21.8亿元"].period == "2025"  # 春节假期 in a paper of 2025-02-05
    assert rows["21.8亿元"].metric.endswith("销售额")


def test_hard_wrapped_text_is_read_as_its_sentences() -> None:
    body = ("2025年全市实现地区生产总值达到1234.5亿元，比上年增长5.6%，社会消费品零售总额达到456.7亿元，"
            "增长4.2%，一般公共预算收入完成78.9亿元，同口径增长3.3%。全年固定资产投资增长4.4%。")
    text = "全市经济运行综述\n\n" + "\n".join(body[i:i + 30] for i in range(0, len(body), 30)) + "\n"
    rows = {f.raw.replace("\n", ""): f for f in extract_figures(text)}
    assert set(rows) == {"1234.5亿元", "5.6%", "456.7亿元", "4.2%", "78.9亿元", "3.3%", "4.4%"}
    assert all(text[f.start:f.end] == f.raw for f in rows.values())
    assert rows["1234.5亿元"].value == 1234.5e8
    assert rows["4.4%"].metric == "全年固定资产投资"
    assert {f.article for f in rows.values()} == {"全市经济运行综述"}


def test_a_run_without_a_full_stop_is_cut_at_clause_breaks() -> None:
    text = "，".join(["出口增长5%"] * 500) + "。"  # 3500 characters: a dump, not a sentence
    cut = list(sentences(text))
    assert len(cut) > 1 and max(s.end - s.start for s in cut) <= MAX_SENTENCE_CHARS
    assert "".join(s.text for s in cut) == text and all(s.text.endswith(("，", "。")) for s in cut)
    assert {(f.metric, f.measure, f.value) for f in extract_figures(text)} == {("出口", "growth", 5.0)}
