"""Figures to query: a table of figures behind a DuckDB connection, whatever holds it — a
DataFrame in memory (a folder of texts, a visitor's uploads) or a store's Parquet parts (an
archive larger than memory, read as a query needs it). Every view of the dashboard is SQL
over a source, and brings back only what it shows."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import duckdb
import pandas as pd

# The link id `select.with_ids` gives a figure in memory, as SQL over a store's rows.
FIGURE_ID_SQL = "doc_id || ':' || start"


@dataclass(frozen=True)
class Source:
    """A DuckDB connection and the SQL of a table of figures (with its parameters, and the
    DataFrames it reads, registered on the connection), each row with its link id `fid`."""

    connection: duckdb.DuckDBPyConnection
    sql: str
    parameters: Mapping[str, object]
    frames: Mapping[str, pd.DataFrame]

    def query(self, sql: str, **parameters: object) -> duckdb.DuckDBPyConnection:
        """Run `sql`, where `{figures}` stands for the table of figures. (A connection is not
        safe to share between threads: a source is made for one page run; see `elsewhere`.)"""
        return self.connection.execute(sql.format(figures=f"({self.sql})"), {**self.parameters, **parameters})

    def frame(self, sql: str, **parameters: object) -> pd.DataFrame:
        """The answer to `query` as a DataFrame."""
        return self.query(sql, **parameters).df()

    def elsewhere(self) -> Source:
        """The same figures on a connection of their own, for another thread (a download that
        is made when its button is clicked)."""
        return connected(self.sql, self.parameters, self.frames)


def connected(sql: str, parameters: Mapping[str, object], frames: Mapping[str, pd.DataFrame]) -> Source:
    """A source on a new connection, the DataFrames its SQL reads registered by name."""
    connection = duckdb.connect()
    for table, frame in frames.items():
        connection.register(table, frame)
    return Source(connection, sql, parameters, frames)


def frame_source(frame: pd.DataFrame) -> Source:
    """A DataFrame of figures (with their `fid`) as a source."""
    return connected("SELECT * FROM figures", {}, {"figures": frame})


def store_source(sql: str, parameters: Mapping[str, object], beside: pd.DataFrame | None = None) -> Source:
    """A store's live figures (the query `extract.store.figures_query` makes of it) as a
    source, and the figures in memory `beside` them (a visitor's uploads), if any."""
    stored = f"SELECT * EXCLUDE (path), {FIGURE_ID_SQL} AS fid FROM ({sql})"
    if beside is None or beside.empty:
        return connected(stored, parameters, {})
    return connected(f"{stored} UNION ALL BY NAME SELECT * FROM beside", parameters, {"beside": beside})
