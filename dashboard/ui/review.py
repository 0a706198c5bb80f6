"""The review page's widgets: a row's status and audit trail for every reader, and for an
editor only, its controls: confirm it, correct any column, or say it is no figure.

Each edit is made on the revision of the row its editor was shown, kept here on the server
(never a widget's value): if another editor saved the row since, the edit is a conflict,
recorded in the audit trail and not applied, and its editor is told (ledger.py)."""
from __future__ import annotations

import json
from collections.abc import Mapping

import pandas as pd
import streamlit as st

from dashboard.corrections import NOT_FIGURE
from dashboard.edits import EDITABLE, Action, changes_of, choices, parsed
from dashboard.formats import full
from dashboard.highlight import escaped
from dashboard.labels import Lang, check_mark, name, text
from dashboard.ledger import Edit, Editor, Key, Saved
from dashboard.ui.corpus import content_hash_of
from dashboard.ui.corrected import NotAllowed, current, save, trail

SEEN = "_seen_revision"  # session_state key: a figure's key -> the revision of it its editor was shown
MESSAGE = "_review_message"  # session_state key: what became of the last edit, said after the rerun


def key_of(row: pd.Series) -> Key:
    return Key(content_hash_of(str(row.doc_id)), int(row.start), int(row.end))


def status_mark(row: pd.Series, lang: Lang) -> str:
    """A row's status in words: to check, checked (by whom, when), no figure, or ""."""
    if row.status == NOT_FIGURE:
        return text("not_figure_mark", lang, name=row.checked_by, date=row.checked_on)
    return check_mark(bool(row.review), str(row.checked_by), str(row.checked_on), lang)


def summary(row: pd.Series, lang: Lang) -> str:
    """A row's parsed columns on one line, escaped."""
    parts = [row.metric or "—", full(row.value, row.unit), name(row.measure, lang),
             name(row.basis, lang) if row.basis else "", name(row.qualifier, lang), row.period, name(row.topic, lang),
             row.region, row.entity]
    return escaped(" · ".join(str(part) for part in parts if part))


def said_message(lang: Lang) -> None:
    """Say what became of this session's last edit, once."""
    said = st.session_state.pop(MESSAGE, None)
    if said is None:
        return
    kind, key, words = said
    getattr(st, kind)(text(key, lang, **{k: name(str(v), lang) if k == "action" else escaped(str(v))
                                          for k, v in words.items()}))


def audit_trail(row: pd.Series, lang: Lang) -> None:
    """Every edit of a row, the first first, applied or not."""
    edits = trail(key_of(row))
    with st.expander(f"{text('audit_trail', lang)} ({len(edits)})"):
        if edits.empty:
            st.caption(text("audit_none", lang))
        for edit in edits.to_dict("records"):
            changes = json.loads(str(edit["changes"]))
            colon, comma = ("：", "，") if lang == "zh" else (": ", ", ")
            said = colon + comma.join(f"{text(c, lang)}={v}" for c, v in changes.items()) if changes else ""
            st.markdown(escaped(text("audit_line", lang, at=edit["at"], name=edit["editor_name"],
                                     email=edit["editor"], action=name(str(edit["action"]), lang),
                                     outcome=name(str(edit["outcome"]), lang), changes=said)))


def seen_revision(key: Key) -> int:
    """The revision of a row this session's editor was shown: read the first time, kept
    until their own edit of it is saved or refused."""
    seen: dict[Key, int] = st.session_state.setdefault(SEEN, {})
    if key not in seen:
        now = current(key)
        seen[key] = int(str(now["revision"])) if now else 0
    return seen[key]


def act(edit: Edit, seen: int) -> None:
    """Save an edit (save() asks the server who this session is first), say what became of
    it, and run the page again on the row as it now stands."""
    try:
        saved: Saved = save(edit, seen)
    except NotAllowed:
        st.session_state[MESSAGE] = ("error", "not_allowed", {})
        st.rerun()
    st.session_state.setdefault(SEEN, {})[edit.key] = saved.revision
    if saved.outcome == "applied":
        st.session_state[MESSAGE] = ("success", "saved", {"action": edit.action})
    else:
        other: Mapping[str, object] = saved.current or {}
        st.session_state[MESSAGE] = ("warning", "conflict", {"name": other.get("editor_name", ""),
                                                              "at": other.get("at", "")})
    st.rerun()


def editor_controls(row: pd.Series, extracted: pd.Series, who: Editor, lang: Lang) -> None:
    """An editor's controls for one row: confirm it as it stands, say it is no figure, or
    correct columns in a form whose values are checked before anything is written."""
    key, was = key_of(row), {str(column): value for column, value in extracted.items()}
    seen = seen_revision(key)
    tag = f"{row.fid}@{seen}"  # new widgets for each revision: a saved edit shows the row anew
    shown = {column: row[column] for column in EDITABLE}
    confirm, dismiss = st.columns(2)
    if confirm.button(text("confirm", lang), key=f"confirm:{tag}", icon=":material/check:", width="stretch"):
        act(Edit(key, str(row.doc_id), str(row.raw), "confirm", changes_of(was, shown)), seen)
    if dismiss.button(text("mark_not_figure", lang), key=f"dismiss:{tag}", icon=":material/block:", width="stretch"):
        act(Edit(key, str(row.doc_id), str(row.raw), "not_figure", {}), seen)
    with st.form(f"correct:{tag}"):
        st.markdown(f"**{text('correct', lang)}**")
        st.caption(text("correct_help", lang))
        typed = {column: field(column, row[column], tag, lang) for column in EDITABLE}
        submitted = st.form_submit_button(text("save_correction", lang), icon=":material/save:")
    if submitted:
        values, problems = parsed(typed)
        if problems:
            st.error(text("bad_values", lang, problems=("；" if lang == "zh" else "; ").join(
                text(problem, lang, column=text(column, lang)) for column, problem in problems)))
            return
        changes = changes_of(was, values)
        action: Action = "correct" if changes != changes_of(was, shown) else "confirm"
        act(Edit(key, str(row.doc_id), str(row.raw), action, changes), seen)


def field(column: str, value: object, tag: str, lang: Lang) -> object:
    """One column's input, showing the row's value: a list of the contract's codes, or text."""
    label, key = text(column, lang), f"{column}:{tag}"
    codes = choices(column)
    if codes:
        options = list(codes) if value in codes else [str(value), *codes]
        return st.selectbox(label, options, index=options.index(str(value)), key=key,
                            format_func=lambda code: name(code, lang) if code else "—")
    shown = f"{value:.15g}" if column == "value" and isinstance(value, float) else str(value)
    return st.text_input(label, shown, key=key)
