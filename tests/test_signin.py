"""Reviewing end to end in Debian's chromium: a real OpenID Connect provider
(`oidc-provider-mock`, started here on this machine), `streamlit run app.py` with its
secrets and its corrections database in a temporary folder, an editor who signs in and
corrects one row's metric and topic and confirms another, and a visitor, never signed in,
in another browser context, who sees both on every page with no editing control anywhere
and downloads the corrected values.

Skipped where /usr/bin/chromium or the playwright package is missing, except under CI=true."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bench.streamlit_server import free_port, serving, stop
from test_browser import CHROMIUM, CHROMIUM_ARGS, GRID_CELL, VIEWPORT, WAIT_MS, missing, screenshot, settle

ROOT = Path(__file__).resolve().parent.parent
DOC = "000_ad29c2c3119cad9b"
EDITOR = {"sub": "wang@example.org", "email": "wang@example.org", "name": "王五", "email_verified": True}
# What only an editor is shown: a visitor meets none of these on any page.
EDITING = ("确认无误", "不是数据", "保存更正", "审核此行", "Confirm as is", "Not a figure", "Save the correction")
PAGES = ("/", "/explore", "/sources", "/trends", "/data", "/upload", "/review")


def seed_figure(raw: str) -> str:
    from extract import figures_frame

    figures = figures_frame((ROOT / "seeds" / f"{DOC}.txt").read_text(encoding="utf-8"), DOC)
    return f"{DOC}:{figures[figures.raw == raw].start.iloc[0]}"


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
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
def provider() -> Iterator[str]:
    """oidc-provider-mock on a free port, the editor one of its predefined users."""
    port = free_port()
    command = [str(Path(sys.executable).parent / "oidc-provider-mock"), "-p", str(port),
               "--user-claims", json.dumps(EDITOR, ensure_ascii=False)]
    url = f"http://localhost:{port}"
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            deadline = time.monotonic() + 30
            while not answers(f"{url}/.well-known/openid-configuration"):
                if process.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    raise RuntimeError(f"oidc-provider-mock did not start:\n{log.read().decode(errors='replace')}")
                time.sleep(0.1)
            yield url
        finally:
            stop(process)  # type: ignore[arg-type]


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as reply:
            return reply.status == 200
    except OSError:
        return False


@pytest.fixture(scope="module")
def app(provider: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The dashboard with sign-in through the provider, the editor listed; its secrets and
    its database in a temporary folder. The browser uses `localhost`, as the redirect URI
    does: the sign-in cookie belongs to the host the browser used."""
    folder = tmp_path_factory.mktemp("signin")
    port, database, secrets = free_port(), folder / "corrections.sqlite", folder / "secrets.toml"
    secrets.write_text(f"""
[auth]
redirect_uri = "http://localhost:{port}/oauth2callback"
cookie_secret = "a test secret, not a real one, {'x' * 32}"
client_id = "report-figures"
client_secret = "not-a-secret"
server_metadata_url = "{provider}/.well-known/openid-configuration"

[review]
editors = ["{EDITOR['email']}"]
""", encoding="utf-8")
    with serving(ROOT / "app.py", port=port, options=[f"--secrets.files={secrets}"], host="localhost",
                 environment={"CORRECTIONS_DB": str(database)}) as url:
        yield url, database


def browser_context(chromium: Any) -> Any:
    """A new visitor: no cookie, no session; nothing fetched from outside this machine (the
    provider's page names a stylesheet on a CDN)."""
    context = chromium.new_context(viewport=VIEWPORT)
    context.set_default_timeout(WAIT_MS)
    context.route(re.compile(r"^https?://(?!localhost|127\.0\.0\.1)"), lambda route: route.abort())
    return context


def sign_in(page: Any, url: str) -> None:
    page.goto(f"{url}/review")
    page.get_by_role("button", name="登录").click()
    page.wait_for_url(re.compile(r"/oauth2/authorize"))
    page.get_by_role("button", name=EDITOR["email"]).click()  # the provider's predefined user, with a name
    page.wait_for_url(re.compile(rf"^{re.escape(url)}/?(\?.*)?$"))


def choose(page: Any, scope: Any, label: str, option: str) -> None:
    """Pick an option of a selectbox by its label."""
    box = scope.locator('[data-testid="stSelectbox"]').filter(has_text=label).locator("input")
    box.click()
    box.fill(option)  # the list is drawn a screenful at a time: narrow it to the option
    page.locator('[role="option"]').filter(has_text=re.compile(f"^{re.escape(option)}$")).first.click()


def test_an_editor_signs_in_corrects_and_confirms_and_a_visitor_sees_both(chromium: Any, app: tuple[str, Path],
                                                                          screenshots: Path) -> None:
    url, database = app
    first, second = seed_figure("108.5亿元"), seed_figure("20803份")
    editors = browser_context(chromium)
    try:
        page = editors.new_page()
        sign_in(page, url)
        page.goto(f"{url}/review?fig={urllib.parse.quote(first)}")
        page.get_by_text("审核人：王五").wait_for(state="visible")
        settle(page)
        form = page.locator('[data-testid="stForm"]')
        form.get_by_label("指标", exact=True).fill("货物出口总额")
        choose(page, form, "主题", "外贸")
        form.get_by_role("button", name="保存更正").click()
        page.get_by_text("已保存：更正。").wait_for(state="visible")
        page.goto(f"{url}/review?fig={urllib.parse.quote(second)}")
        page.get_by_role("button", name="确认无误").click()
        page.get_by_text("已保存：确认。").wait_for(state="visible")
        screenshot(page, "review", screenshots)  # the README's, with --refresh-screenshots
        assert any(c["name"] == "_streamlit_xsrf" for c in editors.cookies()), "XSRF protection is off"
    finally:
        editors.close()
    assert database.exists()

    visitors = browser_context(chromium)
    try:
        page = visitors.new_page()
        for path in PAGES:  # never signed in: no editing control anywhere
            page.goto(url + path)
            page.locator("h1").first.wait_for(state="visible")
            settle(page)
            for label in EDITING:
                assert page.get_by_role("button", name=label).count() == 0, (path, label)
                assert page.get_by_role("link", name=label).count() == 0, (path, label)
            assert page.locator('[data-testid="stForm"]').count() == 0, path

        page.goto(f"{url}/data?topic=trade")
        page.locator(GRID_CELL).first.wait_for(state="attached")
        settle(page)
        cells = page.locator(GRID_CELL).all_inner_texts()
        assert "货物出口总额" in cells
        assert any(re.fullmatch(r"已核 · 王五 · \d{4}-\d{2}-\d{2}", cell) for cell in cells), cells
        with page.expect_download() as download:
            page.get_by_role("button", name="下载 CSV").click()
        lines = Path(download.value.path()).read_bytes().decode("utf-8-sig").splitlines()
        assert lines[0].endswith(",checked_by,checked_on")
        fixed = [line for line in lines if ",108.5亿元," in line]
        assert len(fixed) == 1 and ",货物出口总额," in fixed[0] and ",trade," in fixed[0] and ",王五," in fixed[0]

        page.goto(f"{url}/explore?fig={urllib.parse.quote(second)}")
        page.get_by_text(re.compile(r"已核 · 王五 · \d{4}")).first.wait_for(state="visible")
        assert any(c["name"] == "_streamlit_xsrf" for c in visitors.cookies())
    finally:
        visitors.close()
