"""The corrections database as the dashboard reaches it: `st.connection("corrections",
type="sql")`, its URL under `[connections.corrections]` in .streamlit/secrets.toml, else a
SQLite file at $CORRECTIONS_DB, else in the user's state folder, never inside a folder the
app serves. What is read of it is cached by how many edits it holds; writing goes through
`save`, which asks the server who this session is before it writes anything."""
from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import streamlit as st
from sqlalchemy import Engine

from dashboard import ledger
from dashboard.ledger import Edit, Saved
from dashboard.ui.editors import editor, section

ROOT = Path(__file__).resolve().parents[2]
CONNECTION = "corrections"
DB_ENVIRONMENT = "CORRECTIONS_DB"
# The folder Streamlit serves files from (server.enableStaticServing): a database there could
# be downloaded by anyone, editors' addresses and all.
SERVED = ROOT / "static"
# How long a process trusts its count of edits: another replica's edit shows within this.
VERSION_SECONDS = 1.0


class NotAllowed(Exception):
    """A write asked for by a session that is no editor's."""


def default_path() -> Path:
    """The SQLite file used where the secrets name no database: $CORRECTIONS_DB, else under
    $XDG_STATE_HOME (~/.local/state), outside the app's folder."""
    state = Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state")
    return Path(os.environ.get(DB_ENVIRONMENT) or state / "report-figures" / "corrections.sqlite")


def sqlite_path() -> Path | None:
    """The SQLite file in use, or None where the secrets name another database."""
    return None if section("connections").get(CONNECTION) else default_path().resolve()


def engine() -> Engine:
    """The corrections database's engine (one per process, as st.connection keeps it)."""
    path = sqlite_path()
    if path is None:
        return st.connection(CONNECTION, type="sql").engine
    if path.is_relative_to(SERVED.resolve()):
        raise ValueError(f"{DB_ENVIRONMENT}={path} lies in a folder the app serves: put it elsewhere")
    return st.connection(CONNECTION, type="sql", url=f"sqlite:///{path}").engine


def readable() -> bool:
    """Whether there is a database to read: a SQLite file is not made until the first edit."""
    path = sqlite_path()
    return path is None or path.exists()


def database_name() -> str:
    """Which database holds the corrections: the SQLite file's path, or the secrets' connection."""
    path = sqlite_path()
    return str(path) if path is not None else f"[connections.{CONNECTION}]"


def edits_version() -> str:
    """Which state of the corrections this run sees: the database and how many edits it has
    seen (`ledger.version`). What is cached of the corrections is cached under it."""
    name = database_name()
    return f"{name}#{edits_counted(name)}"


@st.cache_data(ttl=VERSION_SECONDS, show_spinner=False)
def edits_counted(database: str) -> int:
    """How many edits `database` has seen, 0 before the first."""
    return ledger.version(engine()) if readable() else 0


@st.cache_data(max_entries=4, show_spinner=False)
def ledger_rows(version: str) -> pd.DataFrame:
    """Every correction, as of the `edits_version` given (a copy each call)."""
    return ledger.corrections(engine()) if readable() else ledger.corrections_frame()


def save(edit: Edit, seen: int) -> Saved:
    """Write an edit if, and only if, this session is an editor's, as the server knows it
    from the signed-in identity; otherwise raise NotAllowed and write nothing."""
    who = editor()
    if who is None:
        raise NotAllowed(edit.key)
    path = sqlite_path()
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    database = engine()
    ledger.create(database)
    saved = ledger.record(database, edit, who, seen)
    edits_counted.clear()  # this process sees the edit at once; others within VERSION_SECONDS
    return saved


def current(edit_key: ledger.Key) -> dict[str, object] | None:
    """A figure's correction as it stands in the database now."""
    return ledger.current(engine(), edit_key) if readable() else None


def trail(edit_key: ledger.Key) -> pd.DataFrame:
    """A figure's audit trail."""
    return ledger.trail(engine(), edit_key) if readable() else ledger.trail_frame()
