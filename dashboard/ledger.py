"""The corrections editors make, in a SQL database (SQLite by default, PostgreSQL for several
app replicas), through SQLAlchemy: one row a figure, keyed by its document's content hash
and its span, with the new values, who and when; and an audit trail that is only ever
appended to, every edit in it, the ones that lost a race too.

Two editors may save the same row at once. Each edit carries the revision of the row its
editor saw; the row is written only if it is still that revision (a compare-and-set in one
statement, which SQLite and PostgreSQL both serialise), else the edit is a conflict: kept in
the audit trail, not applied, and its editor told who got there first."""
from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from datetime import datetime, timezone
from typing import Any, Literal, NamedTuple

import pandas as pd
from sqlalchemy import (Column, Engine, Float, Integer, MetaData, String, Table, Text, func, inspect, select,
                        text)
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from .edits import EDITABLE, Action

METADATA = MetaData()
# Columns of a correction that hold an editor's values: NULL where the extractor's stands.
VALUE_COLUMNS = [Column(name, Float if name == "value" else Text, nullable=True) for name in EDITABLE]
CORRECTIONS = Table(
    "corrections", METADATA,
    Column("doc_hash", String(64), primary_key=True),   # SHA-256 of the document's file
    Column("span_start", Integer, primary_key=True),    # the figure's [start, end) in its text
    Column("span_end", Integer, primary_key=True),
    Column("doc_id", Text, nullable=False),             # what the document was called, for stale ones
    Column("raw", Text, nullable=False),                # the figure as printed, for the same reason
    Column("action", String(16), nullable=False),       # "confirm", "correct" or "not_figure"
    *VALUE_COLUMNS,
    Column("editor", Text, nullable=False),             # the e-mail signed in
    Column("editor_name", Text, nullable=False),        # the name shown beside "checked"
    Column("at", String(32), nullable=False),           # ISO 8601, UTC
    Column("revision", Integer, nullable=False),        # 1 for the first edit, +1 for each applied
)
AUDIT = Table(
    "correction_audit", METADATA,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_hash", String(64), nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("doc_id", Text, nullable=False),
    Column("raw", Text, nullable=False),
    Column("action", String(16), nullable=False),
    Column("changes", Text, nullable=False),            # JSON: column -> new value
    Column("seen_revision", Integer, nullable=False),   # the row's revision the editor saw
    Column("outcome", String(16), nullable=False),      # "applied" or "conflict"
    Column("editor", Text, nullable=False),
    Column("editor_name", Text, nullable=False),
    Column("at", String(32), nullable=False),
)
Outcome = Literal["applied", "conflict"]


class Key(NamedTuple):
    """A figure wherever its document lies: the SHA-256 of the document's file and the span."""

    doc_hash: str
    start: int
    end: int


class Editor(NamedTuple):
    """Who saved an edit: the e-mail they signed in with and the name shown to readers."""

    email: str
    name: str


class Edit(NamedTuple):
    """What an editor did to one figure: confirmed it, corrected columns (`changes`, the
    columns that differ from the extractor's), or said it is no figure."""

    key: Key
    doc_id: str
    raw: str
    action: Action
    changes: Mapping[str, str | float]


class Saved(NamedTuple):
    """What became of an edit; for a conflict, the row as the other editor left it."""

    outcome: Outcome
    revision: int
    current: Mapping[str, object] | None = None


def create(engine: Engine) -> None:
    """Make the tables where they are missing (the first edit does)."""
    METADATA.create_all(engine, checkfirst=True)


def exists(engine: Engine) -> bool:
    """Whether the database holds the tables (nothing has been corrected where it does not)."""
    return inspect(engine).has_table(AUDIT.name)


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def record(engine: Engine, edit: Edit, editor: Editor, seen: int, at: str | None = None) -> Saved:
    """Save an edit made on the row's revision `seen` (0: no correction yet): applied if the
    row is still that revision, else a conflict. Either way the edit is appended to the
    audit trail, in the same transaction as the row it wrote, or alone."""
    at = at or now()
    row = {"doc_hash": edit.key.doc_hash, "span_start": edit.key.start, "span_end": edit.key.end,
           "doc_id": edit.doc_id, "raw": edit.raw, "action": edit.action, "editor": editor.email,
           "editor_name": editor.name, "at": at}
    values = {column: edit.changes.get(column) for column in EDITABLE}
    try:
        with engine.begin() as connection:
            written = compare_and_set(connection, {**row, **values}, seen)
            connection.execute(AUDIT.insert().values(**row, changes=changes_json(edit.changes),
                                                     seen_revision=seen, outcome="applied" if written else "conflict"))
            current = None if written else correction(connection, edit.key)
    except IntegrityError:  # two first edits raced: the other's insert won
        with engine.begin() as connection:
            connection.execute(AUDIT.insert().values(**row, changes=changes_json(edit.changes),
                                                     seen_revision=seen, outcome="conflict"))
            current, written = correction(connection, edit.key), False
    if written:
        return Saved("applied", seen + 1)
    return Saved("conflict", int(str(current["revision"])) if current else 0, current)


def compare_and_set(connection: Connection, row: Mapping[str, object], seen: int) -> bool:
    """Write the correction if the row is still at revision `seen`: a first edit inserts
    (and finds the key taken if another got there first), a later one updates where the
    revision is unchanged. One statement each: the database decides, not this process."""
    if seen == 0:
        inserted = connection.execute(
            text(f"INSERT INTO {CORRECTIONS.name} ({', '.join(row)}, revision) "
                 f"VALUES ({', '.join(':' + name for name in row)}, 1) "
                 "ON CONFLICT (doc_hash, span_start, span_end) DO NOTHING"), dict(row))
        return inserted.rowcount == 1
    key = CORRECTIONS.c
    updated = connection.execute(
        CORRECTIONS.update()
        .where(key.doc_hash == row["doc_hash"], key.span_start == row["span_start"], key.span_end == row["span_end"],
               key.revision == seen)
        .values({**{name: value for name, value in row.items() if name not in ("doc_hash", "span_start", "span_end")},
                 "revision": key.revision + 1}))
    return updated.rowcount == 1


def correction(connection: Connection, key: Key) -> dict[str, object] | None:
    """A figure's correction as it stands, or None."""
    c = CORRECTIONS.c
    found = connection.execute(select(CORRECTIONS).where(
        c.doc_hash == key.doc_hash, c.span_start == key.start, c.span_end == key.end)).mappings().first()
    return dict(found) if found else None


def current(engine: Engine, key: Key) -> dict[str, object] | None:
    """A figure's correction as it stands now, or None (also where nothing was ever saved)."""
    if not exists(engine):
        return None
    with engine.connect() as connection:
        return correction(connection, key)


def version(engine: Engine) -> int:
    """How many edits the audit trail holds: it only grows, so a new number means the
    corrections may have changed (a sequence's largest id would not: ids are handed out
    before their transactions commit, in any order)."""
    if not exists(engine):
        return 0
    with engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(AUDIT)).scalar_one())


def corrections_frame(rows: Sequence[Mapping[Any, Any]] = ()) -> pd.DataFrame:
    """Corrections as a table, the columns of CORRECTIONS (none: an empty one)."""
    return pd.DataFrame(list(rows), columns=[column.name for column in CORRECTIONS.columns])


def trail_frame(rows: Sequence[Mapping[Any, Any]] = ()) -> pd.DataFrame:
    """Edits of the audit trail as a table, the columns of AUDIT (none: an empty one)."""
    return pd.DataFrame(list(rows), columns=[column.name for column in AUDIT.columns])


def corrections(engine: Engine) -> pd.DataFrame:
    """Every correction, as a table."""
    if not exists(engine):
        return corrections_frame()
    with engine.connect() as connection:
        return corrections_frame(connection.execute(select(CORRECTIONS)).mappings().all())


def trail(engine: Engine, key: Key | None = None) -> pd.DataFrame:
    """The audit trail, the first edit first: a figure's, or all of it."""
    if not exists(engine):
        return trail_frame()
    a = AUDIT.c
    asked = select(AUDIT).order_by(a.id)
    if key is not None:
        asked = asked.where(a.doc_hash == key.doc_hash, a.span_start == key.start, a.span_end == key.end)
    with engine.connect() as connection:
        return trail_frame(connection.execute(asked).mappings().all())


def changes_json(changes: Mapping[str, str | float]) -> str:
    """An edit's changes as the audit trail keeps them.

    >>> changes_json({"topic": "certificates", "value": 1.5})
    '{"topic": "certificates", "value": 1.5}'
    """
    assert all(not (isinstance(v, float) and not math.isfinite(v)) for v in changes.values())
    return json.dumps(dict(changes), ensure_ascii=False)
