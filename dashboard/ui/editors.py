"""Who may review: sign-in is Streamlit's own `st.login` (OpenID Connect, `[auth]` in
.streamlit/secrets.toml), and the editors are the e-mail addresses listed under `[review]`
`editors`. Everyone else, signed in or not, reads. Decided here, on the server, from the
identity Streamlit keeps in its signed cookie: never from a widget, a link or the browser."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import streamlit as st

from dashboard.highlight import escaped
from dashboard.labels import Lang, text
from dashboard.ledger import Editor

AUTH_SECTION, REVIEW_SECTION, EDITORS_KEY = "auth", "review", "editors"


def section(name: str) -> Mapping[str, Any]:
    """A section of .streamlit/secrets.toml, empty where there is no such file or section."""
    try:
        found = st.secrets.get(name)
    except FileNotFoundError:
        return {}
    return found if isinstance(found, Mapping) else {}


def reviewing_on() -> bool:
    """Whether sign-in is configured: without `[auth]` the dashboard is read-only."""
    return bool(section(AUTH_SECTION))


def editor_emails() -> frozenset[str]:
    """The editors' e-mail addresses, as the secrets list them (compared without case)."""
    listed = section(REVIEW_SECTION).get(EDITORS_KEY, [])
    return frozenset(str(email).strip().lower() for email in listed if str(email).strip())


def signed_in() -> bool:
    return reviewing_on() and bool(st.user.is_logged_in)


def editor() -> Editor | None:
    """The editor this session is signed in as, or None: sign-in configured, signed in, the
    e-mail listed, and not one the provider says it has not verified."""
    if not signed_in():
        return None
    email = str(st.user.get("email") or "").strip().lower()
    if not email or email not in editor_emails() or st.user.get("email_verified") is False:
        return None
    return Editor(email, str(st.user.get("name") or email))


def sign_in_box(lang: Lang) -> Editor | None:
    """Where this session stands, said on the review page: how to turn reviewing on, a
    button to sign in, who is signed in (and that they are no editor), a button to sign out."""
    if not reviewing_on():
        st.info(text("reviewing_off", lang), icon=":material/lock:")
        return None
    if not signed_in():
        st.caption(text("sign_in_help", lang))
        if st.button(text("sign_in", lang), icon=":material/login:", key="sign_in"):
            st.login()
        return None
    who = editor()
    email = escaped(str(st.user.get("email") or ""))
    if who is None:
        st.warning(text("not_an_editor", lang, email=email), icon=":material/block:")
    else:
        st.caption(text("signed_in_as", lang, name=escaped(who.name), email=email))
    if st.button(text("sign_out", lang), icon=":material/logout:", key="sign_out"):
        st.logout()
    return who
