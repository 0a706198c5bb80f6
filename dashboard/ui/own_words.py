"""Streamlit's own words in the interface's language: the file uploader's button, its limits
and its drop text, and a list's "No results", which Streamlit 1.67 shows in English only and
offers no setting for. In Chinese a style sheet hides each English word and shows ours in
its place (the multiselects leave out "Select all" instead: `select_all=False`). Light on
purpose (streamlit alone): app.py draws it with the sidebar, before pandas loads."""
from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from dashboard.labels import Lang, text

DROPZONE = '[data-testid="stFileUploaderDropzone"]'
# Each of Streamlit's words: the element that holds it, hidden, and the one whose ::after shows ours.
BROWSE = (f"{DROPZONE} button [data-testid='stMarkdownContainer'] p",
          f"{DROPZONE} button [data-testid='stMarkdownContainer']")
LIMITS = ("[data-testid='stFileUploaderDropzoneInstructions'] span",
          "[data-testid='stFileUploaderDropzoneInstructions'] > div")
DROP = (f"{DROPZONE} > div:not([data-testid]) > span", f"{DROPZONE} > div:not([data-testid])")
NO_RESULTS = ("[role='listbox'][data-empty='true'] [role='option'] span",
              "[role='listbox'][data-empty='true'] [role='option']")
SHOWN = "font-size: 0.875rem; color: inherit"  # as Streamlit shows its own words there (14px)


def css_string(words: str) -> str:
    """Words as a CSS string: quotes and backslashes escaped.

    >>> css_string('每个文件 "20MB"')
    '"每个文件 \\\\"20MB\\\\""'
    """
    return '"' + words.replace("\\", "\\\\").replace('"', '\\"') + '"'


def replaced(where: tuple[str, str], words: str) -> str:
    """A rule hiding Streamlit's words and showing `words` in their place."""
    hidden, holder = where
    return f"{hidden} {{ display: none }} {holder}::after {{ content: {css_string(words)}; {SHOWN} }}"


def list_words(lang: Lang) -> None:
    """Streamlit's words in every list (a multiselect's or selectbox's "No results")."""
    if lang != "en":
        st.html(f"<style>{replaced(NO_RESULTS, text('no_results', lang))}</style>")


def uploader_words(lang: Lang, types: Sequence[str], megabytes: int) -> None:
    """Streamlit's words on the file uploader: its button, its limits, its drop text."""
    if lang == "en":
        return
    limits = text("upload_limit", lang, mb=megabytes, types="、".join(t.upper() for t in types))
    rules = [replaced(BROWSE, text("browse_files", lang)), replaced(LIMITS, limits),
             replaced(DROP, text("drop_files", lang))]
    st.html(f"<style>{' '.join(rules)}</style>")
