"""The dashboard in a real browser (Debian's chromium driven by Playwright): a shared link
restores its view, a click on a bar shows that figure's source sentence with the figure
marked and puts the figure in the link, figures read as printed, downloads arrive; a
full-page screenshot of every page goes to a temporary folder, or to docs/screenshots/ with
`--refresh-screenshots` (tests/conftest.py).

Skipped where /usr/bin/chromium (or the playwright package) is missing, except under
CI=true, where that is a failure. See notes/streamlit.md in the shared folder."""
from __future__ import annotations

import io
import os
import re
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from bench.streamlit_server import serving
from defaults import SEED, counts_caption, default_figures, fid

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
VIEWPORT = {"width": 1400, "height": 900}
DOC = SEED
NATIONAL = "2026-07-16_人民日报_上半年经济"  # the national release of the first half of 2026
STARTUP_SECONDS = 60
WAIT_MS = 60_000  # every browser wait: a cold first chart takes 10 s or more on 2 cores
CHART = ".js-plotly-plot:has(.trace)"  # a chart with data, not the frame shown while the documents are read
BARS = ".bars .point path"
# Streamlit renders the selected figure's :orange-background[**…**] as this span around a <strong>.
MARKED = "span.stMarkdownColoredBackground:has(> strong)"
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'


def missing(what: str) -> None:
    """Skip the module for want of `what`; under CI=true, fail instead."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} is missing, and CI=true: the browser tests must run in CI", pytrace=False)
    pytest.skip(f"{what} is missing")


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    """Debian's chromium, launched once for the module."""
    if not Path(CHROMIUM).exists():
        missing(CHROMIUM)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("the playwright package")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def app_url(chromium: Any) -> Iterator[str]:
    """`streamlit run app.py` on a free port, in its own process group, on the seeds."""
    with serving(ROOT / "app.py") as url:
        yield url


@pytest.fixture
def page(chromium: Any) -> Iterator[Any]:
    context = chromium.new_context(viewport=VIEWPORT)
    context.set_default_timeout(WAIT_MS)
    tab = context.new_page()
    yield tab
    context.close()


def settle(page: Any) -> None:
    """Wait until the script has run, no element is stale or still a skeleton, the fonts are
    loaded and two frames have been painted."""
    page.locator(IDLE).wait_for(state="attached")
    page.wait_for_function("() => document.querySelectorAll('[data-stale=\"true\"]').length === 0")
    # A widget's code is fetched the first time a browser meets it: a skeleton stands in till then.
    page.wait_for_function("() => ![...document.querySelectorAll('[data-testid=\"stSkeleton\"]')]"
                           ".some(e => e.offsetParent !== null)")
    page.evaluate("() => document.fonts.ready.then(() => new Promise(r => requestAnimationFrame(() => "
                  "requestAnimationFrame(r))))")
    assert page.locator('[data-testid="stException"]').count() == 0, "the page shows an exception"


def screenshot(page: Any, name: str, folder: Path) -> Path:
    """A full-page screenshot. Streamlit scrolls inside <main> and the sidebar, not the
    document, so the viewport is made as tall as the tallest of them for the shot."""
    page.mouse.move(0, 0)  # no hover label over a chart
    settle(page)
    height = page.evaluate("""() => Math.max(document.documentElement.scrollHeight,
        ...[...document.querySelectorAll('[data-testid="stMain"], [data-testid="stSidebarContent"]')]
            .map(e => e.scrollHeight))""")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    page.set_viewport_size({"width": VIEWPORT["width"], "height": max(VIEWPORT["height"], int(height))})
    try:
        settle(page)
        page.screenshot(path=str(path), full_page=True)
    finally:
        page.set_viewport_size(VIEWPORT)
    assert path.stat().st_size > 10_000, f"{path} looks empty"
    return path


def colour(element: Any, style: str) -> tuple[int, int, int]:
    """An element's computed colour (`color`, `backgroundColor`) as red, green, blue."""
    red, green, blue = map(int, re.findall(r"\d+", element.evaluate(f"e => getComputedStyle(e).{style}"))[:3])
    return red, green, blue


def chroma(rgb: tuple[int, int, int]) -> float:
    """How far a colour is from a grey, 0 to 1: a faint tint is near 0, a highlighter's amber near 1."""
    return (max(rgb) - min(rgb)) / 255


def contrast(first: tuple[int, int, int], second: tuple[int, int, int]) -> float:
    """WCAG's contrast ratio of two colours, 1 to 21 (text needs 4.5)."""
    def luminance(rgb: tuple[int, int, int]) -> float:
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in (v / 255 for v in rgb)]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def chosen(multiselect: Any) -> list[str]:
    """The values a multiselect shows as chosen (its visible tags)."""
    return [t.strip() for t in multiselect.locator("[data-tag]:visible").all_inner_texts()]


def seed_figure(raw: str) -> str:
    """The link id of the seed's figure printed as `raw`."""
    return fid(raw)


def topic_rows(topic: str) -> int:
    """How many figures of the default documents a topic holds."""
    return int((default_figures().topic == topic).sum())


def test_a_shared_link_restores_its_filters_and_a_bar_click_shows_its_sentence(app_url: str, page: Any) -> None:
    page.goto(f"{app_url}/explore?topic=certificates&lang=en")
    chart = page.locator(CHART).first
    chart.wait_for(state="visible")
    settle(page)  # the filters are drawn after the charts
    topic = page.locator('[data-testid="stMultiSelect"]').filter(has_text="Topic")
    assert chosen(topic) == ["Certificates"]
    assert "fig=" not in page.url

    bars = chart.locator(BARS)
    bars.first.wait_for(state="visible")
    ids = chart.evaluate("gd => gd.data.flatMap(trace => Array.from(trace.customdata || [], String))")
    labels = chart.locator(".bars .point text").evaluate_all("ts => ts.map(t => t.textContent)")
    assert ids and labels, "the chart carries no figures"
    # plotly's drag layer lies over the bars and takes the clicks: click where the bar is.
    box = bars.first.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)

    page.get_by_text("Source sentence", exact=True).wait_for(state="visible")
    marked = page.locator(MARKED)
    marked.first.wait_for(state="visible")
    assert marked.count() == 1
    figure = marked.first.inner_text().strip()
    assert re.search(r"\d", figure), figure
    assert chroma(colour(marked.first, "backgroundColor")) > 0.5, "the figure's mark is faint"
    number = re.search(r"\d+(?:\.\d+)?", figure)
    assert number and any(number.group() in label for label in labels), (figure, labels)

    page.wait_for_url(re.compile(r"[?&]fig="))
    fig = re.search(r"[?&]fig=([^&]+)", page.url)
    assert fig is not None
    assert urllib.parse.unquote(fig.group(1)) in ids, (page.url, ids)


# Each page's link and what shows it has rendered: a locator that must be visible.
PAGES = {
    "overview": ("/", '[data-testid="stMetric"]'),
    "sources": (f"/sources?source={NATIONAL}&fig={{fig}}", MARKED),
    "trends": ("/trends", CHART),
    "data": ("/data?topic=ecommerce", '[data-testid="stDataFrame"] canvas'),
    "upload": ("/upload", '[data-testid="stFileUploader"]'),
}


@pytest.mark.parametrize("name", list(PAGES))
def test_every_page_renders_for_its_screenshot(app_url: str, page: Any, name: str, screenshots: Path) -> None:
    path, ready = PAGES[name]
    page.goto(app_url + path.format(fig=urllib.parse.quote(fid("69.6万亿元", NATIONAL))))
    page.locator("h1").first.wait_for(state="visible")
    page.locator(ready).first.wait_for(state="visible")
    if name == "sources":
        assert page.locator(MARKED).first.inner_text().strip() == "69.6万亿元"
    if name == "data":
        topic = page.locator('[data-testid="stMultiSelect"]').first
        assert chosen(topic) == ["电商"]
    screenshot(page, name, screenshots)


def test_the_csv_download_opens_in_excel_and_holds_the_filtered_rows(app_url: str, page: Any) -> None:
    page.goto(app_url + "/data?topic=ecommerce")
    button = page.get_by_role("button", name="下载 CSV")
    button.wait_for(state="visible")
    with page.expect_download() as download:
        button.click()
    body = Path(download.value.path()).read_bytes()
    assert body.startswith("\ufeff".encode())  # Excel reads UTF-8 Chinese only after a BOM
    lines = body.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("doc_id,start,end,raw,sentence,metric")
    assert len(lines) == topic_rows("ecommerce") + 1 and all(",ecommerce," in line for line in lines[1:])


# --- sharing: the link the button shows, and the language switch ------------------------


def shared_link(page: Any) -> str:
    """The link the sidebar's share button shows."""
    settle(page)
    page.locator('[data-testid="stSidebar"] [data-testid="stPopover"] button').click()
    code = page.locator('[data-testid="stPopoverBody"] [data-testid="stCode"] code')
    code.wait_for(state="visible")
    link = str(code.inner_text()).strip()
    page.keyboard.press("Escape")
    return link


def multiselect(page: Any, label: str) -> Any:
    return page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').filter(has_text=label)


def parameters(url: str) -> dict[str, list[str]]:
    return urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)


def test_the_share_link_opens_the_same_view_in_a_new_browser(app_url: str, chromium: Any, page: Any) -> None:
    figure = seed_figure("108.5亿元")
    page.goto(f"{app_url}/explore?topic=certificates&fig={urllib.parse.quote(figure)}")
    page.locator(CHART).first.wait_for(state="visible")
    page.get_by_text("English", exact=True).click()
    page.get_by_role("heading", name="Explore").wait_for(state="visible")
    settle(page)
    link = shared_link(page)
    assert urllib.parse.urlsplit(link).path == "/explore", link
    assert parameters(link) == {"topic": ["certificates"], "fig": [figure], "lang": ["en"]}

    fresh = chromium.new_context(viewport=VIEWPORT)  # a new visitor: no cookie, no session
    try:
        fresh.set_default_timeout(WAIT_MS)
        other = fresh.new_page()
        other.goto(link)
        other.get_by_role("heading", name="Explore").wait_for(state="visible")
        other.locator(MARKED).first.wait_for(state="visible")
        settle(other)
        assert chosen(multiselect(other, "Topic")) == ["Certificates"]
        assert other.locator(MARKED).first.inner_text().strip() == "108.5亿元"
        assert parameters(other.url) == parameters(link)
        assert shared_link(other) == link
    finally:
        fresh.close()


def test_a_shared_sources_link_opens_the_same_document_figure_and_search(app_url: str, chromium: Any,
                                                                         page: Any) -> None:
    figure = seed_figure("20803份")
    page.goto(f"{app_url}/sources?source={DOC}&q=海关&fig={urllib.parse.quote(figure)}&lang=en")
    page.locator(MARKED).first.wait_for(state="visible")
    link = shared_link(page)
    assert urllib.parse.urlsplit(link).path == "/sources", link
    fresh = chromium.new_context(viewport=VIEWPORT)
    try:
        fresh.set_default_timeout(WAIT_MS)
        other = fresh.new_page()
        other.goto(link)
        other.get_by_role("heading", name="Sources").wait_for(state="visible")
        other.locator(MARKED).first.wait_for(state="visible")
        settle(other)
        assert other.locator(MARKED).first.inner_text().strip() == "20803份"
        assert other.get_by_text(re.compile("sentences with “海关”")).count() == 1
        assert parameters(other.url) == parameters(link) == {"source": [DOC], "q": ["海关"], "fig": [figure],
                                                              "lang": ["en"]}
    finally:
        fresh.close()


def test_the_language_switch_keeps_every_filter_as_codes(app_url: str, page: Any) -> None:
    page.goto(f"{app_url}/explore?topic=certificates")
    page.locator(CHART).first.wait_for(state="visible")
    settle(page)
    page.get_by_text("English", exact=True).click()
    page.get_by_role("heading", name="Explore").wait_for(state="visible")
    settle(page)
    topic = multiselect(page, "Topic")
    assert chosen(topic) == ["Certificates"]
    topic.locator("input").click()
    page.locator('[role="option"]', has_text="E-commerce").first.click()
    page.wait_for_url(re.compile("topic=ecommerce"))
    settle(page)
    assert parameters(page.url)["topic"] == ["certificates", "ecommerce"]
    assert chosen(topic) == ["Certificates", "E-commerce"]
    page.get_by_text("中文", exact=True).click()
    page.get_by_role("heading", name="指标").wait_for(state="visible")
    settle(page)
    assert chosen(multiselect(page, "主题")) == ["证书", "电商"]
    assert parameters(page.url)["topic"] == ["certificates", "ecommerce"]


# --- figures as printed, and downloads ----------------------------------------------------

GRID_CELL = '[data-testid="stDataFrame"] [role="gridcell"]'


def bar_texts(page: Any) -> list[str]:
    """The text on every bar of every chart drawn."""
    texts = page.locator(CHART).evaluate_all("gds => gds.flatMap(gd => gd.data.flatMap(t => Array.from(t.text || [])))")
    return [str(t) for t in texts]


def test_figures_read_as_printed_on_every_page(app_url: str, page: Any) -> None:
    """Issue 10: 6973.5万件 was shown as 6974万件 on the card, the bar and the detail, 近亿元 as
    约1亿元, English card values were cut off, the Data table's values were clipped in a
    ten-row box."""
    page.goto(app_url + "/?lang=en")
    page.locator('[data-testid="stMetric"]').first.wait_for(state="visible")
    settle(page)
    values = page.locator('[data-testid="stMetricValue"]')
    assert {"6973.5万件", "超千亿元", "70.6亿元", "69.6万亿元"} <= {v.strip() for v in values.all_inner_texts()}
    cut = values.evaluate_all("vs => vs.filter(v => [v, ...v.querySelectorAll('*')]"
                              ".some(e => e.scrollWidth > e.clientWidth + 1)).map(v => v.innerText)")
    assert not cut, cut

    page.goto(f"{app_url}/explore?topic=ecommerce&charts=all&fig={urllib.parse.quote(seed_figure('6973.5万件'))}")
    page.locator(CHART).first.wait_for(state="visible")
    settle(page)
    assert "6973.5万件" in bar_texts(page) and not [t for t in bar_texts(page) if "6974" in t]
    assert page.locator(MARKED).first.inner_text().strip() == "6973.5万件"
    assert page.get_by_text("6,973.5万件").count() == 1  # the parsed value, every digit kept

    page.goto(app_url + "/data")
    page.locator(GRID_CELL).first.wait_for(state="attached")
    settle(page)
    cells = page.locator(GRID_CELL).all_inner_texts()
    assert {"6,973.5万件", "70.6亿元", "20,803份", "1亿元"} <= set(cells)
    rows = page.locator('[data-testid="stDataFrame"] [role="row"]').count()
    assert rows == min(250, len(default_figures())) + 1, rows  # the header and a page's every row: at full height


def test_two_downloads_in_a_row_both_arrive_named_for_the_view(app_url: str, page: Any) -> None:
    """Issue 10: a download clicked right after another was lost (`Deferred file … not found`)."""
    page.goto(app_url + "/data?topic=certificates")
    csv, excel = page.get_by_role("button", name="下载 CSV"), page.get_by_role("button", name="下载 Excel")
    excel.wait_for(state="visible")
    settle(page)
    arrived: list[Any] = []
    page.on("download", lambda download: arrived.append(download))
    csv.click()
    excel.click()  # at once, before the first file has come
    for _ in range(60):
        if len(arrived) == 2:
            break
        page.wait_for_timeout(500)
    assert len(arrived) == 2, f"a download was lost: {[d.suggested_filename for d in arrived]}"
    assert sorted(d.suggested_filename for d in arrived) == ["figures_topic-certificates.csv",
                                                             "figures_topic-certificates.xlsx"]
    by_name = {d.suggested_filename: Path(d.path()) for d in arrived}
    lines = by_name["figures_topic-certificates.csv"].read_bytes().decode("utf-8-sig").splitlines()
    assert len(lines) == topic_rows("certificates") + 1
    assert any(",70.6亿元," in line and ",7060000000," in line for line in lines)
    sheet = openpyxl.load_workbook(io.BytesIO(by_name["figures_topic-certificates.xlsx"].read_bytes()))["figures"]
    assert 7060000000 in [row[8] for row in sheet.iter_rows(values_only=True)]

    page.get_by_text("下载文件用中文表头和类别").click()
    page.wait_for_url(re.compile("zh_files=true"))  # the option is in the link: a new visitor opens it so
    page.goto(page.url)
    csv.wait_for(state="visible")
    settle(page)
    with page.expect_download() as chinese:
        csv.click()
    assert chinese.value.suggested_filename == "数据_主题-证书.csv"
    header, first = Path(chinese.value.path()).read_bytes().decode("utf-8-sig").splitlines()[:2]
    assert header.startswith("文档,起,止,原文,句子,指标,类型") and ",证书," in first


# --- the selected figure's mark, and Streamlit's own words in Chinese ----------------------


def test_the_selected_figure_on_sources_has_a_clear_mark(app_url: str, page: Any) -> None:
    """Issue 10: the selected figure was a faint pink, hard to tell from the other figures."""
    page.goto(f"{app_url}/sources?source={DOC}&fig={urllib.parse.quote(seed_figure('31.2亿元'))}")
    page.locator(MARKED).first.wait_for(state="visible")
    settle(page)
    selected = page.locator(MARKED).last  # in the document, below the figure's detail
    others = page.locator("span.stMarkdownColoredBackground:not(:has(> strong))")
    assert selected.inner_text().strip() == "31.2亿元" and others.count() > 10
    background = colour(selected, "backgroundColor")
    assert chroma(background) > 0.5, background
    assert chroma(background) > 3 * chroma(colour(others.first, "backgroundColor"))  # set apart from the rest
    assert contrast(background, colour(selected.locator("strong"), "color")) > 4.5  # and still readable


def after(page: Any, selector: str) -> str:
    """The words a style sheet shows after an element (its ::after content), unquoted."""
    return str(page.locator(selector).first.evaluate("e => getComputedStyle(e, '::after').content")).strip('"')


def test_streamlits_own_words_are_in_chinese(app_url: str, page: Any) -> None:
    """Issue 10: the uploader's "Upload" and its limits, the drop text, a list's "No results" and
    "Select all" were English on the Chinese pages."""
    page.goto(app_url + "/upload")
    page.locator(UPLOAD_INPUT).wait_for(state="attached")
    settle(page)
    dropzone = '[data-testid="stFileUploaderDropzone"]'
    assert page.get_by_text("Upload", exact=True).is_hidden() and page.get_by_text("per file").is_hidden()
    assert after(page, f"{dropzone} button [data-testid='stMarkdownContainer']") == "选择文件"
    assert after(page, "[data-testid='stFileUploaderDropzoneInstructions'] > div") == \
        "每个文件不超过 20MB · TXT、MD、DOCX、PDF"
    files = page.evaluate_handle("() => { const d = new DataTransfer(); "
                                 "d.items.add(new File(['x'], 'a.txt', {type: 'text/plain'})); return d; }")
    inside = page.locator(f"{dropzone} button")
    inside.dispatch_event("dragenter", {"dataTransfer": files})
    inside.dispatch_event("dragover", {"dataTransfer": files})
    page.locator(f"{dropzone} > div:not([data-testid])").wait_for(state="attached")
    assert page.get_by_text("Drag and drop files here").is_hidden()
    assert after(page, f"{dropzone} > div:not([data-testid])") == "将文件拖放到这里"

    page.goto(app_url + "/explore")
    page.locator(CHART).first.wait_for(state="visible")
    settle(page)
    multiselect(page, "主题").locator("input").click()
    page.locator('[role="option"]').first.wait_for(state="visible")
    assert page.get_by_text("Select all").count() == 0
    page.keyboard.type("没有这个主题")
    page.locator("[role='listbox'][data-empty='true']").wait_for(state="visible")
    assert page.get_by_text("No results").is_hidden()
    assert after(page, "[role='listbox'][data-empty='true'] [role='option']") == "没有匹配项"
    page.keyboard.press("Escape")
    page.get_by_text("English", exact=True).click()  # in English, Streamlit's own words are left as they are
    page.get_by_role("heading", name="Explore").wait_for(state="visible")
    settle(page)
    multiselect(page, "Topic").locator("input").click()
    page.keyboard.type("no such topic")
    page.get_by_text("No results").wait_for(state="visible")


# --- uploads: one visitor's are theirs alone, and a hostile one stalls no one else ----------

UPLOAD_INPUT = '[data-testid="stFileUploaderDropzoneInput"]'
RUNNING = '[data-testid="stApp"][data-test-script-state="running"]'
CAPTION = '[data-testid="stCaptionContainer"]'
REPORT = "2025年，全市实现网络零售额856.3亿元，同比增长12.1%。".encode()
SEED_COUNTS = counts_caption(default_figures())


@pytest.fixture
def two_visitors(chromium: Any) -> Iterator[tuple[Any, Any]]:
    """Two browser contexts: two visitors who share nothing but the server."""
    contexts = [chromium.new_context(viewport=VIEWPORT) for _ in range(2)]
    for context in contexts:
        context.set_default_timeout(WAIT_MS)
    try:
        yield contexts[0].new_page(), contexts[1].new_page()
    finally:
        for context in contexts:
            context.close()


def upload(page: Any, name: str, data: bytes, mime: str = "text/plain") -> None:
    page.locator(UPLOAD_INPUT).set_input_files(files=[{"name": name, "mimeType": mime, "buffer": data}])


def counts_shown(page: Any) -> str:
    page.locator(CAPTION).first.wait_for(state="visible")
    settle(page)
    return str(page.locator(CAPTION).first.inner_text())


def test_one_visitors_upload_is_never_seen_by_another(app_url: str, two_visitors: tuple[Any, Any]) -> None:
    mine, theirs = two_visitors
    mine.goto(app_url + "/upload")
    upload(mine, "本地报告.txt", REPORT)
    mine.get_by_text("已加入 本地报告.txt：2 个数据").wait_for(state="visible")
    mine.get_by_role("link", name="指标").click()  # the sidebar keeps the session; a new link would not
    mine.get_by_role("heading", name="指标").wait_for(state="visible")
    docs, figures = default_figures().doc_id.nunique() + 1, len(default_figures()) + 2
    assert counts_shown(mine).startswith(f"{docs} 篇文档，{figures} 个数据")
    theirs.goto(app_url + "/explore")
    assert counts_shown(theirs).startswith(SEED_COUNTS)
    theirs.goto(app_url + "/sources?source=本地报告")  # a document they never uploaded
    theirs.get_by_role("heading", name="原文").wait_for(state="visible")
    settle(theirs)
    assert "本地报告" not in theirs.locator('[data-testid="stSidebar"]').inner_text()
    notice = theirs.locator('[data-testid="stAlert"]').filter(has_text="本地报告")  # a parameter naming nothing
    assert notice.count() == 1


def test_a_hostile_upload_does_not_stall_another_visitor(app_url: str, two_visitors: tuple[Any, Any]) -> None:
    hostile, other = two_visitors
    other.goto(app_url + "/explore")
    other.locator(CHART).first.wait_for(state="visible")
    settle(other)
    hostile.goto(app_url + "/upload")
    hostile.locator(UPLOAD_INPUT).wait_for(state="attached")
    seed = (ROOT / "seeds" / f"{DOC}.txt").read_bytes() + b"\n"
    upload(hostile, "near_the_limit.txt", seed * (19_000_000 // len(seed)))  # seconds of extraction
    hostile.locator(RUNNING).wait_for(state="attached")
    other.get_by_text("English", exact=True).click()  # a rerun of the other visitor's page
    other.get_by_role("heading", name="Explore").wait_for(state="visible", timeout=15_000)
    assert hostile.locator(RUNNING).count() == 1, "the other visitor's page waited for the upload"
    hostile.get_by_text("已加入 near_the_limit.txt").wait_for(state="visible")


@pytest.mark.parametrize(("name", "data", "mime", "message"), [
    ("too_big.txt", b"x" * 21_000_000, "text/plain", "File must be 20.0MB or smaller"),
    ("program.exe", b"MZ\x90\x00", "application/x-msdownload", "files are not allowed"),
    ("binary.txt", bytes(range(256)) * 64, "text/plain", "未能读取 binary.txt"),
])
def test_an_upload_too_big_of_another_type_or_unreadable_gets_its_message(
        app_url: str, page: Any, name: str, data: bytes, mime: str, message: str) -> None:
    page.goto(app_url + "/upload")
    upload(page, name, data, mime)
    page.get_by_text(message).first.wait_for(state="visible")
    settle(page)
    assert page.get_by_text("本会话已上传").count() == 1 and page.get_by_text("已加入").count() == 0


# --- issue 10: cards to their sentences, places compared like with like, a click's sentence in view ----


def card_column(page: Any, value: str) -> Any:
    """The overview's column whose card shows `value`."""
    return page.locator('[data-testid="stColumn"]').filter(
        has=page.locator('[data-testid="stMetricValue"]', has_text=re.compile(f"^{re.escape(value)}$")))


def test_a_card_leads_to_its_sentence_with_the_figure_marked(app_url: str, page: Any) -> None:
    """Issue 10: a card could not lead to its sentence."""
    page.goto(app_url + "/")
    page.locator('[data-testid="stMetric"]').first.wait_for(state="visible")
    settle(page)
    assert [h.strip() for h in page.locator("h2").all_inner_texts()][:2] == ["全国", "聊城市"]  # places, then topics
    for value, doc in (("108.5亿元", DOC), ("69.6万亿元", NATIONAL)):
        page.goto(app_url + "/")
        card = card_column(page, value)
        card.first.wait_for(state="visible")
        settle(page)
        card.get_by_role("link", name="查看原句").click()
        page.wait_for_url(re.compile(r"/sources\?"))
        page.locator(MARKED).first.wait_for(state="visible")
        settle(page)
        assert parameters(page.url) == {"source": [doc], "fig": [fid(value, doc)]}
        assert {m.strip() for m in page.locator(MARKED).all_inner_texts()} == {value}


# One paper's reports of two provinces' industry, of the year so far and of a single month,
# beside the national releases: a line of the year so far per place, never one line of both.
PROVINCES = {
    "2026-03-20_人民日报.txt": "本报济南3月20日电 今年1—2月，山东省规模以上工业增加值同比增长6.2%。",
    "2026-08-20_人民日报.txt": "本报济南8月20日电 今年1—7月，山东省规模以上工业增加值同比增长6.8%。"
                              "7月份，山东省规模以上工业增加值同比增长7.1%。",
}
SO_FAR = "growth|yoy|%|cumulative"


@pytest.fixture(scope="module")
def provinces(chromium: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Any]]:
    """The app on the default documents and the provincial reports, and their figures."""
    from extract import figures_frame
    from extract.provenance import provenance

    folder = tmp_path_factory.mktemp("provinces")
    for path in (ROOT / "seeds").iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    for name, body in PROVINCES.items():
        (folder / name).write_text(body, encoding="utf-8")
    extra = [figures_frame(body, Path(name).stem, *provenance(Path(name), body)) for name, body in PROVINCES.items()]
    import pandas as pd

    figures = pd.concat([default_figures(), *extra], ignore_index=True)
    figures = figures.assign(fid=figures.doc_id + ":" + figures.start.astype(str))
    with serving(ROOT / "app.py", environment={"REPORTS_DIR": str(folder)}) as url:
        yield url, figures


def test_a_trends_line_never_joins_two_places_or_two_kinds_of_period(provinces: tuple[str, Any], page: Any) -> None:
    """Issue 10: the only lines with more than one point joined two places, a city's share with
    a national one, a five-year average with one year's growth; periods were categories."""
    url, figures = provinces
    page.goto(f"{url}/trends?indicator=industrial_value_added&series={urllib.parse.quote(SO_FAR)}")
    chart = page.locator(CHART).first
    chart.wait_for(state="visible")
    settle(page)
    lines = chart.evaluate("gd => gd.data.map(t => ({name: t.name, x: Array.from(t.x), ids: Array.from(t.customdata)}))")
    rows = figures.set_index("fid")
    drawn = {line["name"]: {(rows.loc[i].region, rows.loc[i].period) for i in line["ids"]} for line in lines}
    assert set(drawn) == {"全国", "山东省"}  # the legend names the place
    for name, points in drawn.items():
        assert {region for region, _ in points} == {name}
        assert all(re.fullmatch(r"(\d{4})-01/\1-\d\d", period) for _, period in points), points  # the year so far
    assert ("山东省", "2026-07") not in drawn["山东省"]  # 7月份's 7.1% is no point of the year so far
    assert all(line["x"] == sorted(line["x"]) for line in lines)
    assert chart.evaluate("gd => gd._fullLayout.xaxis.type") == "date"
    legend = set(chart.locator(".legendtext").evaluate_all("ts => ts.map(t => t.textContent.trim())"))
    assert legend == {"全国", "山东省"}


def test_national_industry_over_the_releases_each_point_with_its_sentence(app_url: str, page: Any) -> None:
    """Issue 10, default data: Trends shows the national 规模以上工业增加值 growth of the year so
    far over the 2026 releases, each point leading to its sentence."""
    page.goto(f"{app_url}/trends?indicator=industrial_value_added&series={urllib.parse.quote(SO_FAR)}")
    chart = page.locator(CHART).first
    chart.wait_for(state="visible")
    settle(page)
    figures = default_figures()
    own = figures[(figures.indicator == "industrial_value_added") & (figures.measure == "growth")
                  & (figures.basis == "yoy") & (figures.unit == "%") & figures.period.str.match(r"\d{4}-01/\d{4}-\d\d")
                  & figures.metric.str.fullmatch(r"(规模以上|规上)工业增加值(增速)?")]
    assert chart.evaluate("gd => gd.data.map(t => t.name)") == ["全国"]
    ids = chart.evaluate("gd => Array.from(gd.data[0].customdata)")
    assert len(ids) == own.period.nunique() >= 3
    points = chart.locator(".scatterlayer .point")
    box = points.last.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.locator(MARKED).first.wait_for(state="visible")
    settle(page)
    chosen_id = urllib.parse.unquote(parameters(page.url)["fig"][0])
    assert chosen_id == ids[-1]
    assert page.locator(MARKED).first.inner_text().strip() == figures.set_index("fid").loc[chosen_id].raw


def test_after_a_click_the_sentence_is_in_view(app_url: str, page: Any, screenshots: Path) -> None:
    """Issue 10: after a click on a bar the sentence appeared 1,000 px below, off screen."""
    page.goto(app_url + "/explore")
    charts = page.locator(CHART)
    charts.nth(1).wait_for(state="visible")
    settle(page)
    growth = charts.nth(1)  # the growth rates: forty bars, a chart taller than the window
    growth.scroll_into_view_if_needed()
    bars = growth.locator(BARS)
    visible = [box for box in (bars.nth(i).bounding_box() for i in range(bars.count()))
               if box and 100 < box["y"] < VIEWPORT["height"] - 100 and box["width"] > 5]
    assert len(visible) > 5
    bar = visible[len(visible) // 2]
    page.mouse.click(bar["x"] + bar["width"] / 2, bar["y"] + bar["height"] / 2)
    marked = page.locator(MARKED).first
    marked.wait_for(state="visible")
    settle(page)
    box = marked.bounding_box()
    assert box is not None and 0 <= box["y"] and box["y"] + box["height"] <= VIEWPORT["height"], box
    assert page.get_by_text("原句", exact=True).is_visible()
    screenshot(page, "explore", screenshots)  # the default data, a figure's sentence beside its chart


def test_the_filters_go_with_the_visitor_from_explore_to_data_and_back(app_url: str, page: Any) -> None:
    """Issue 10: filters did not carry from Explore to Data."""
    page.goto(app_url + "/explore?topic=certificates")
    page.locator(CHART).first.wait_for(state="visible")
    settle(page)
    certificates = counts_caption(default_figures()[default_figures().topic == "certificates"])
    for name, there in (("数据", "/data"), ("指标", "/explore")):
        page.locator('[data-testid="stSidebarNav"]').get_by_role("link", name=name).click()
        page.get_by_role("heading", name=name).wait_for(state="visible")
        page.wait_for_url(re.compile(f"{there}\\?topic=certificates"))
        assert counts_shown(page).startswith(certificates)
        assert chosen(multiselect(page, "主题")) == ["证书"]
