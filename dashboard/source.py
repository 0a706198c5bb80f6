"""Figures to query: a table of figures behind a DuckDB connection, whatever holds it — a
DataFrame in memory (a folder of texts, a visitor's uploads) or a store's Parquet parts (an
archive larger than memory, read as a query needs it). Every view of the dashboard is SQL
over a source, and brings back only what it shows."""
from __future__ import annotations

import tempfile
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa

from extract.indicator import with_indicators

from .corrections import corrected_sql

# A figure's id in links, its document and offset (`000_ad29c2c3119cad9b:1234`): computed once
# for figures in memory (`figures_table`), in each query of a store's rows.
FIGURE_ID_SQL = "doc_id || ':' || start"
# One DuckDB database for the process; each source queries it on a cursor of its own (a
# connection of a fraction of a millisecond, where a new database costs 15 ms). It keeps to
# half the machine's memory, the rest is the server's, and spills what does not fit to the
# system's temporary folder (not ".tmp" in the folder it was started from); every query
# says its order, so none need keep the order rows were read in.
DATABASE = duckdb.connect(config={"memory_limit": "50%", "preserve_insertion_order": False,
                                  "temp_directory": str(Path(tempfile.gettempdir()) / "report-figures-duckdb")})
DATABASE_LOCK = threading.Lock()  # cursors are made from several threads


@dataclass(frozen=True)
class Source:
    """A DuckDB connection and the SQL of a table of figures (with its parameters, and the
    DataFrames it reads, registered on the connection), each row with its link id `fid`."""

    connection: duckdb.DuckDBPyConnection
    sql: str
    parameters: Mapping[str, object]
    frames: Mapping[str, pa.Table]

    def query(self, sql: str, **parameters: object) -> duckdb.DuckDBPyConnection:
        """Run `sql`, where `{figures}` stands for the table of figures. (A connection is not
        safe to share between threads: a source is made for one page run; see `elsewhere`.)"""
        return self.connection.execute(sql.format(figures=f"({self.sql})"), {**self.parameters, **parameters})

    def table(self, sql: str, **parameters: object) -> pa.Table:
        """The answer to `query` as an Arrow table (read without a copy)."""
        answer: pa.Table = self.connection.sql(sql.format(figures=f"({self.sql})"),
                                               params={**self.parameters, **parameters}).to_arrow_table()
        return answer

    def frame(self, sql: str, **parameters: object) -> pd.DataFrame:
        """The answer to `query` as a DataFrame."""
        return self.query(sql, **parameters).df()

    def joined(self, name: str, table: pa.Table) -> Source:
        """The same figures on a connection of their own that also reads `table` as `name`."""
        return connected(self.sql, self.parameters, {**self.frames, name: table})

    def elsewhere(self) -> Source:
        """The same figures on a connection of their own, for another thread (a download that
        is made when its button is clicked)."""
        return connected(self.sql, self.parameters, self.frames)


def cursor() -> duckdb.DuckDBPyConnection:
    """A connection of its own to the process's database, for one thread."""
    with DATABASE_LOCK:
        return DATABASE.cursor()


def connected(sql: str, parameters: Mapping[str, object], frames: Mapping[str, pa.Table]) -> Source:
    """A source on a new connection, the tables its SQL reads registered by name."""
    connection = cursor()
    for name, table in frames.items():
        connection.register(name, table)
    return Source(connection, sql, parameters, frames)


def figures_table(figures: pd.DataFrame) -> pa.Table:
    """The extractor's table as the dashboard holds it in memory: in Arrow, each figure with
    its canonical `indicator` and its link id `fid`, both computed here once (a store's rows
    have their indicator from its build, and their id from `store_source`)."""
    connection = cursor()
    connection.register("extracted", arrow(with_indicators(figures)))
    table: pa.Table = connection.sql(f"SELECT *, {FIGURE_ID_SQL} AS fid FROM extracted").to_arrow_table()
    return table


def arrow(frame: pd.DataFrame | pa.Table) -> pa.Table:
    """Figures as DuckDB scans them fastest: pandas' own columns are copied at every query,
    Arrow's are read where they lie (ten times quicker on 80,000 figures)."""
    return frame if isinstance(frame, pa.Table) else pa.Table.from_pandas(frame, preserve_index=False)


def with_beside(sql: str, parameters: Mapping[str, object], tables: Mapping[str, pa.Table],
                beside: pd.DataFrame | pa.Table | None, fixed: pa.Table | None = None,
                dropped: bool = False) -> Source:
    """A source of the figures `sql` selects and of those `beside` them (a visitor's uploads),
    the rows editors corrected (`corrections.fixed_rows`) in place of those they correct; the
    rows said to be no figure only where `dropped` asks for them."""
    if beside is not None and len(beside) > 0:
        sql, tables = f"{sql} UNION ALL BY NAME SELECT * FROM beside", {**tables, "beside": arrow(beside)}
    if fixed is not None and fixed.num_rows > 0:
        tables = {**tables, "fixed": fixed}
    return connected(corrected_sql(sql, fixed, dropped), parameters, tables)


def frame_source(frame: pd.DataFrame | pa.Table, beside: pd.DataFrame | pa.Table | None = None,
                 fixed: pa.Table | None = None, dropped: bool = False) -> Source:
    """Figures in memory (a `figures_table`) as a source, and those `beside` them, if any,
    corrected (see `with_beside`)."""
    return with_beside("SELECT * FROM figures", {}, {"figures": arrow(frame)}, beside, fixed, dropped)


def store_source(sql: str, parameters: Mapping[str, object], beside: pd.DataFrame | pa.Table | None = None,
                 fixed: pa.Table | None = None, dropped: bool = False) -> Source:
    """A store's live figures (the query `extract.store.figures_query` makes of it) as a
    source, and the figures in memory `beside` them, if any, corrected (see `with_beside`)."""
    return with_beside(f"SELECT * EXCLUDE (path), {FIGURE_ID_SQL} AS fid FROM ({sql})", parameters, {}, beside,
                       fixed, dropped)
