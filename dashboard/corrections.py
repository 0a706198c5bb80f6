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
# The extracted rows with the corrections applied: a corrected column takes the editor's
# value, the canonical indicator follows a corrected metric, and a checked row is no longer
# one to check. A LEFT JOIN on the three keys: a hash join against the few corrections.
CORRECTED_SQL = """
SELECT f.* REPLACE ({replaced}, coalesce(c.indicator, f.indicator) AS indicator,
                    f.review AND c.status IS NULL AS review),
       coalesce(c.checked_by, '') AS checked_by, coalesce(c.checked_on, '') AS checked_on,
       coalesce(c.status, '') AS status
FROM ({sql}) f LEFT JOIN corrections c ON f.doc_id = c.doc_id AND f.start = c.start AND f."end" = c."end"
{where}"""
UNCORRECTED_SQL = "SELECT *, '' AS checked_by, '' AS checked_on, '' AS status FROM ({sql})"


def corrected_sql(sql: str, corrections: pa.Table | None, dropped: bool = False) -> str:
    """The figures `sql` selects with `corrections` (an `applied` table, registered on the
    connection as "corrections") on top; the rows said to be no figure left out unless
    `dropped` asks for them (the review page). Without corrections, the figures as they are."""
    if corrections is None or corrections.num_rows == 0:
        return UNCORRECTED_SQL.format(sql=sql)
    replaced = ", ".join(f"coalesce(c.{column}, f.{column}) AS {column}" for column in EDITABLE)
    where = "" if dropped else f"WHERE c.status IS DISTINCT FROM '{NOT_FIGURE}'"
    return CORRECTED_SQL.format(replaced=replaced, sql=sql, where=where)


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


def unmatched(source: Source) -> pd.DataFrame:
    """The corrections of documents here whose span no figure has any more (the extractor
    reads the unchanged text another way): not applied, shown as stale. `source` is the
    review page's, which keeps the rows said to be no figure."""
    if "corrections" not in source.frames:
        return pd.DataFrame(columns=["doc_id", "start", "end", "raw", "checked_by", "checked_on"])
    return source.frame('SELECT c.doc_id, c.start, c."end", c.raw, c.checked_by, c.checked_on '
                        'FROM corrections c ANTI JOIN {figures} f '
                        'ON c.doc_id = f.doc_id AND c.start = f.start AND c."end" = f."end" ORDER BY 1, 2')


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
