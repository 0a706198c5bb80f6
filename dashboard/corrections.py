"""Editors' corrections on top of the extracted rows, in the same DuckDB queries: each
correction is found its figure by the document's content hash and the figure's span, so it
holds while the document is unchanged (a store rebuilt, the extractor run again, the file
renamed) and is stale, shown and not applied, once the document changed or the figure is no
longer read at that place. The queue of rows to check is asked here too."""
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import pandas as pd
import pyarrow as pa

from extract.indicator import indicator_of

from .edits import EDITABLE

if TYPE_CHECKING:  # source.py applies the corrections, with the SQL of this module
    from .source import Source

# The columns a correction brings to every row: who checked it and on which day ("" where
# nobody has), and its status: "" (as extracted), "checked" (confirmed or corrected) or
# "not_figure" (left out of every view but the review page's).
CHECK_COLUMNS = ("checked_by", "checked_on")
CHECKED, NOT_FIGURE = "checked", "not_figure"
APPLIED_FIELDS: list[pa.Field[Any]] = [pa.field("doc_id", pa.string()), pa.field("start", pa.int64()),
                                       pa.field("end", pa.int64()), pa.field("status", pa.string())]
APPLIED_FIELDS += [pa.field(column, pa.float64() if column == "value" else pa.string()) for column in EDITABLE]
APPLIED_FIELDS += [pa.field(column, pa.string()) for column in ("indicator", *CHECK_COLUMNS, "raw")]
APPLIED_SCHEMA = pa.schema(APPLIED_FIELDS)
# The rows corrections change, each as corrected: a corrected column takes the editor's value,
# the canonical indicator follows a corrected metric, and a checked row is no longer one to
# check. Made once for each state of the corrections, in one pass over the figures
# (`fixed_rows`), and then put in place of the rows they correct in every query: the few
# rows corrected are read as they are, and the others pass an anti join against their keys,
# a figure's document and start, its link id (the fixed rows are figures: their ends agree).
FIXED_SQL = """
SELECT f.* REPLACE ({replaced}, coalesce(c.indicator, f.indicator) AS indicator, FALSE AS review,
                    c.checked_by AS checked_by, c.checked_on AS checked_on, c.status AS status)
FROM {{figures}} f JOIN corrections c ON f.doc_id = c.doc_id AND f.start = c.start AND f."end" = c."end"
"""
CORRECTED_SQL = """
SELECT f.*, '' AS checked_by, '' AS checked_on, '' AS status
FROM ({sql}) f ANTI JOIN fixed k ON f.doc_id = k.doc_id AND f.start = k.start
UNION ALL BY NAME SELECT * FROM fixed {where}"""
UNCORRECTED_SQL = "SELECT *, '' AS checked_by, '' AS checked_on, '' AS status FROM ({sql})"


def corrected_sql(sql: str, fixed: pa.Table | None, dropped: bool = False) -> str:
    """The figures `sql` selects with the rows `fixed` (`fixed_rows`, registered on the
    connection as "fixed") in place of those they correct; the rows said to be no figure
    left out unless `dropped` asks for them (the review page). Without corrections, the
    figures as they are."""
    if fixed is None or fixed.num_rows == 0:
        return UNCORRECTED_SQL.format(sql=sql)
    return CORRECTED_SQL.format(sql=sql, where="" if dropped else f"WHERE status <> '{NOT_FIGURE}'")


def fixed_rows(source: Source, corrections: pa.Table) -> pa.Table:
    """The rows of an uncorrected `source` that `corrections` (an `applied` table) change,
    each as corrected, with who checked it, when, and its status."""
    replaced = ", ".join(f"coalesce(c.{column}, f.{column}) AS {column}" for column in EDITABLE)
    return source.joined("corrections", corrections).table(FIXED_SQL.format(replaced=replaced))


def applied(corrections: pd.DataFrame, hashes: Mapping[str, str]) -> pa.Table:
    """The corrections (the ledger's rows) of the documents here, each by the id its
    document has now (`hashes`: doc_id -> content hash; a document met twice gets them twice),
    ready to join: status, the editor's values, the indicator of a corrected metric, who
    checked it and on which day."""
    ids: dict[str, list[str]] = {}
    for doc_id, doc_hash in hashes.items():
        ids.setdefault(doc_hash, []).append(doc_id)
    here = corrections[corrections.doc_hash.isin(ids.keys())]
    if here.empty:
        return APPLIED_SCHEMA.empty_table()
    rows = here.assign(doc_id=here.doc_hash.map(ids)).explode("doc_id")
    table = pd.DataFrame({
        "doc_id": rows.doc_id.astype(str), "start": rows.span_start.astype("int64"),
        "end": rows.span_end.astype("int64"),
        "status": rows.action.map(lambda action: NOT_FIGURE if action == NOT_FIGURE else CHECKED),
        **{column: rows[column].astype("float64" if column == "value" else "object") for column in EDITABLE},
        "indicator": rows.metric.map(lambda metric: indicator_of(metric) if isinstance(metric, str) else None),
        "checked_by": rows.editor_name.astype(str), "checked_on": rows["at"].astype(str).str[:10],
        "raw": rows.raw.astype(str),
    })
    return pa.Table.from_pandas(table.where(table.notna(), None), schema=APPLIED_SCHEMA, preserve_index=False)


def stale(corrections: pd.DataFrame, hashes: Mapping[str, str]) -> pd.DataFrame:
    """The corrections of no document here as it is now: `changed` where a document of the
    id they were made on is here with other contents, else the document is gone."""
    gone = corrections[~corrections.doc_hash.isin(set(hashes.values()))]
    return gone.assign(changed=gone.doc_id.isin(hashes.keys()))


def unmatched(corrections: pa.Table, fixed: pa.Table) -> pd.DataFrame:
    """The corrections of documents here whose span no figure has any more (the extractor
    reads the unchanged text another way): not applied, shown as stale."""
    done = {(d, s, e) for d, s, e in zip(*(fixed.column(c).to_pylist() for c in ("doc_id", "start", "end")))} \
        if fixed.num_rows else set()
    frame = corrections.select(["doc_id", "start", "end", "raw", "checked_by", "checked_on"]).to_pandas()
    return frame[[(d, s, e) not in done for d, s, e in zip(frame.doc_id, frame.start, frame.end)]]


# The review queue: each document holding rows the extractor was unsure of, how many are
# still to check, how many have been checked, and how many were found no figure.
QUEUE_SQL = """
SELECT doc_id, count(*) FILTER (WHERE review) AS to_check,
       count(*) FILTER (WHERE status = 'checked') AS checked,
       count(*) FILTER (WHERE status = 'not_figure') AS not_figures
FROM {figures} GROUP BY doc_id HAVING count(*) FILTER (WHERE review OR status <> '') > 0
ORDER BY to_check DESC, doc_id
"""


def queue(source: Source) -> pd.DataFrame:
    """The documents with rows to check or checked (see QUEUE_SQL), the most to check first."""
    return source.frame(QUEUE_SQL)


def queue_rows(source: Source, doc_id: str) -> pd.DataFrame:
    """One document's rows to check and rows checked, in reading order, those to check first."""
    return source.frame("SELECT * FROM {figures} WHERE doc_id = $doc AND (review OR status <> '') "
                        "ORDER BY status <> '', start", doc=doc_id)
