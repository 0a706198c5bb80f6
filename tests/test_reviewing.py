"""The review page in Streamlit's AppTest, with its corrections in a real SQLite file: how to
turn reviewing on, who sees controls (editors only), a visitor's forged widget state and
links writing nothing, an editor's edits reaching every page, bad values refused with a
message, and an edit on a row changed since it was shown told as a conflict."""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from sqlalchemy import create_engine
from streamlit.testing.v1 import AppTest

from dashboard import ledger
from dashboard.ledger import Edit, Editor, Key
from dashboard.ui.corrected import edits_counted
from extract import figures_frame

ROOT = Path(__file__).parent.parent
PAGES = ROOT / "dashboard" / "pages"
SEED = ROOT / "seeds" / "000_ad29c2c3119cad9b.txt"
DOC = SEED.stem
HASH = hashlib.sha256(SEED.read_bytes()).hexdigest()
FIGURES = figures_frame(SEED.read_text(encoding="utf-8"), DOC)
EDITOR = {"is_logged_in": True, "email": "Wang@Example.org", "name": "王五", "email_verified": True}
AUTH = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "s" * 40, "client_id": "dashboard",
        "client_secret": "secret", "server_metadata_url": "http://localhost:9400/.well-known/openid-configuration"}
REVIEW = {"editors": ["wang@example.org"]}


def fid(raw: str) -> str:
    return f"{DOC}:{FIGURES[FIGURES.raw == raw].start.iloc[0]}"


def key(raw: str) -> Key:
    row = FIGURES[FIGURES.raw == raw].iloc[0]
    return Key(HASH, int(row.start), int(row.end))


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A corrections database of the test's own (not made until the first edit)."""
    path = tmp_path / "state" / "corrections.sqlite"
    monkeypatch.setenv("CORRECTIONS_DB", str(path))
    edits_counted.clear()
    yield path
    edits_counted.clear()


def edits(path: Path) -> tuple[int, int]:
    """How many corrections and audited edits the database holds (none if never made)."""
    if not path.exists():
        return 0, 0
    engine = create_engine(f"sqlite:///{path}")
    return len(ledger.corrections(engine)), len(ledger.trail(engine))


def review_page(user: dict[str, Any] | None = None, auth: bool = True, **parameters: str) -> AppTest:
    at = AppTest.from_file(str(PAGES / "review.py"), default_timeout=60)
    if auth:
        at.secrets["auth"] = AUTH
        at.secrets["review"] = REVIEW
    at.user = user or {"is_logged_in": False}
    for name, value in parameters.items():
        at.query_params[name] = value
    return at.run()


def controls(at: AppTest) -> list[str]:
    """The labels of every control an editor would use: buttons, inputs, forms' selects."""
    return ([b.label for b in at.button] + [t.label for t in at.text_input]
            + [s.label for s in at.selectbox if s.key and ":" in s.key])


def test_without_auth_the_page_says_how_to_turn_reviewing_on_and_offers_no_control(database: Path) -> None:
    at = review_page(EDITOR, auth=False)  # even someone who would be an editor
    assert not at.exception
    assert "secrets.toml" in at.info[0].value and "[auth]" in at.info[0].value
    assert controls(at) == []
    assert any("待核" in m.value for m in at.markdown)  # the queue is there to read


@pytest.mark.parametrize(("user", "only"), [
    ({"is_logged_in": False}, ["登录"]),
    ({"is_logged_in": True, "email": "someone@example.org", "name": "访客"}, ["退出登录"]),
    ({**EDITOR, "email_verified": False}, ["退出登录"]),  # an address the provider has not verified
])
def test_a_visitor_gets_no_editing_control(database: Path, user: dict[str, Any], only: list[str]) -> None:
    at = review_page(user, fig=fid("108.5亿元"))
    assert not at.exception
    assert controls(at) == only


def forged(at: AppTest, figure: str) -> None:
    """Every widget value an editor's controls would send for a figure, set from outside."""
    tag = f"{figure}@0"
    for name in ("confirm", "dismiss"):
        at.session_state[f"{name}:{tag}"] = True
    for column, value in {"metric": "伪造", "topic": "trade", "value": "1", "measure": "level"}.items():
        at.session_state[f"{column}:{tag}"] = value
    at.session_state[f"correct:{tag}"] = True


@pytest.mark.parametrize(("user", "auth"), [
    ({"is_logged_in": False}, True),
    ({"is_logged_in": True, "email": "someone@example.org"}, True),
    (EDITOR, False),
])
def test_a_visitors_forged_widget_state_and_link_write_nothing(database: Path, user: dict[str, Any],
                                                               auth: bool) -> None:
    at = review_page(user, auth=auth, fig=fid("108.5亿元"))
    forged(at, fid("108.5亿元"))
    at.query_params["action"] = "confirm"
    at.run()
    assert not at.exception
    assert edits(database) == (0, 0) and not database.exists()


def test_an_editors_button_clicked_after_signing_out_writes_nothing(database: Path) -> None:
    at = review_page(EDITOR, fig=fid("108.5亿元"))
    confirm = at.button(key=f"confirm:{fid('108.5亿元')}@0")
    at.user = {"is_logged_in": False}  # the same session, its identity gone: a replayed click
    confirm.click().run()
    assert not at.exception
    assert edits(database) == (0, 0)


def correct(at: AppTest, figure: str, **values: str) -> AppTest:
    for column, value in values.items():
        widget = at.text_input(key=f"{column}:{figure}@0") if column in ("metric", "value", "period", "region",
                                                                          "entity") \
            else at.selectbox(key=f"{column}:{figure}@0")
        widget.set_value(value)
    return at.button(key=f"FormSubmitter:correct:{figure}@0-{'保存更正'}").click().run()


def test_an_editor_corrects_and_confirms_rows_and_every_page_shows_them_checked(database: Path) -> None:
    figure = fid("108.5亿元")
    at = correct(review_page(EDITOR, fig=figure), figure, metric="货物出口总额", topic="trade")
    assert not at.exception
    assert at.success[0].value.startswith("已保存")
    assert any(m.value.startswith("**已核 · 王五 · ") for m in at.markdown)
    at.query_params["fig"] = fid("20803份")
    at = review_page(EDITOR, fig=fid("20803份"))
    at.button(key=f"confirm:{fid('20803份')}@0").click().run()
    assert at.success[0].value.startswith("已保存")
    assert edits(database) == (2, 2)
    trail = ledger.trail(create_engine(f"sqlite:///{database}"))
    assert list(trail.editor) == ["wang@example.org"] * 2 and list(trail.action) == ["correct", "confirm"]

    visitor = AppTest.from_file(str(PAGES / "data.py"), default_timeout=60)
    visitor.query_params["topic"] = "trade"
    visitor.run()
    table = visitor.dataframe[0].value
    fixed = table[table.raw == "108.5亿元"].iloc[0]
    assert fixed.metric == "货物出口总额" and re.fullmatch(r"已核 · 王五 · \d{4}-\d{2}-\d{2}", fixed.review)
    explore = AppTest.from_file(str(PAGES / "explore.py"), default_timeout=60)
    explore.query_params["fig"] = fid("20803份")
    explore.run()
    assert any(s.value.startswith("已核 · 王五") for s in explore.success)
    assert not [b for b in explore.button] and not list(explore.get("page_link"))  # a visitor gets no way in


def test_an_editor_opens_a_row_from_its_detail_on_another_page(database: Path) -> None:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.secrets["auth"], at.secrets["review"] = AUTH, REVIEW
    at.user = EDITOR
    at.switch_page(str(PAGES / "explore.py"))
    at.query_params["fig"] = fid("108.5亿元")
    at.run()
    links = at.get("page_link")
    assert links and (links[0].proto.label, links[0].proto.page) == ("审核此行", "review")
    assert links[0].proto.query_string == urlencode({"fig": fid("108.5亿元")})


@pytest.mark.parametrize(("values", "message"), [
    ({"value": "一百亿"}, "数值 须为有限的数字"),
    ({"value": "nan"}, "数值 须为有限的数字"),
    ({"period": "去年"}, "时期 的格式为"),
    ({"metric": ""}, "指标 不能为空"),
])
def test_bad_values_get_a_clear_message_and_write_nothing(database: Path, values: dict[str, str],
                                                          message: str) -> None:
    figure = fid("108.5亿元")
    at = correct(review_page(EDITOR, fig=figure), figure, **values)
    assert not at.exception
    assert at.error and message in at.error[0].value
    assert edits(database) == (0, 0)


def test_an_edit_on_a_row_changed_since_it_was_shown_is_told_and_kept(database: Path) -> None:
    figure = fid("108.5亿元")
    at = review_page(EDITOR, fig=figure)  # shown at revision 0
    database.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{database}")
    ledger.create(engine)
    ledger.record(engine, Edit(key("108.5亿元"), DOC, "108.5亿元", "correct", {"topic": "fiscal"}),
                  Editor("li@example.org", "李四"), 0)
    at = correct(at, figure, topic="trade")
    assert not at.exception
    assert at.warning and "李四" in at.warning[0].value and "没有生效" in at.warning[0].value
    trail = ledger.trail(engine)
    assert list(trail.outcome) == ["applied", "conflict"] and list(trail.editor_name) == ["李四", "王五"]
    assert ledger.current(engine, key("108.5亿元"))["topic"] == "fiscal"  # type: ignore[index]


HOSTILE = "<script>alert(1)</script>**粗**[链接](http://x.example)$x$:red[红]<b>全市</b>"


def test_markup_from_a_document_or_an_editor_is_shown_as_text_on_the_review_page(database: Path) -> None:
    figure = fid("108.5亿元")
    at = correct(review_page(EDITOR, fig=figure), figure, metric=HOSTILE[:60], entity="<b>港</b>")
    assert not at.exception and at.success
    at = review_page(EDITOR, fig=figure)
    shown = [m.value for m in at.markdown] + [c.value for c in at.caption]
    assert any("alert\\(1\\)" in value for value in shown)  # the editor's words are there, escaped
    for value in shown:
        assert "<script>" not in value and "<b>" not in value and "](http" not in value and ":red[" not in value


def test_the_review_page_reads_in_english(database: Path) -> None:
    at = review_page(EDITOR, fig=fid("108.5亿元"), lang="en")
    assert not at.exception
    assert at.title[0].value == "Review"
    assert {"Confirm as is", "Not a figure", "Save the correction", "Sign out"} <= set(controls(at))
    assert at.text_input(key=f"metric:{fid('108.5亿元')}@0").label == "Metric"


def test_a_correction_of_a_document_since_changed_is_listed_stale_and_not_applied(database: Path) -> None:
    database.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{database}")
    ledger.create(engine)
    old = Key("0" * 64, *key("108.5亿元")[1:])  # the hash of the document as it was when corrected
    ledger.record(engine, Edit(old, DOC, "108.5亿元", "correct", {"topic": "fiscal"}), Editor("li@example.org", "李四"), 0)
    at = review_page(fig=fid("108.5亿元"))
    assert not at.exception
    stale = [e for e in at.expander if "过期的更正" in e.label]
    assert stale and any("108\\.5亿元 · 文档已更改 · 李四" in m.value for m in stale[0].markdown)
    data = AppTest.from_file(str(PAGES / "data.py"), default_timeout=60).run()
    table = data.dataframe[0].value
    row = table[table.raw == "108.5亿元"].iloc[0]
    assert (row.topic, row.review) == ("证书", "")  # not applied, and not shown as checked
