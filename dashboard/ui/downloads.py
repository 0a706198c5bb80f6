"""A view's rows to download, as CSV (UTF-8 with a BOM, no cell able to start a formula) or
Excel, each value at the precision its report printed: the Data page's two buttons, and the
Explore page's one beside its charts."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd
import streamlit as st

from dashboard.export import EXPORTED, csv_bytes, excel_bytes, exported, file_name
from dashboard.select import rows
from dashboard.ui.corpus import figures_source

# Rows a download holds at most: an Excel sheet holds 1,048,576, and the file is made in memory.
DOWNLOAD_ROWS = 1_000_000
CSV_TYPE, EXCEL_TYPE = "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def view_rows(chosen: Mapping[str, Sequence[str]], chinese: bool) -> Any:
    """What makes the view's rows for a download. The file is made when its button is
    clicked, on a thread of the server's outside any page run: so on a connection of its own."""
    source = figures_source()

    def download_rows() -> pd.DataFrame:
        return exported(rows(source.elsewhere(), chosen, DOWNLOAD_ROWS)[list(EXPORTED)], chinese)
    return download_rows


def csv_button(container: Any, label: str, chosen: Mapping[str, Sequence[str]], chinese: bool = False) -> None:
    """A button that downloads the view as CSV, named for its filters. A click does not rerun
    the page (on_click="ignore"): a rerun would replace the page's files, and a second click
    before the browser heard of it would ask for a file gone."""
    made = view_rows(chosen, chinese)
    container.download_button(label, lambda: csv_bytes(made()), file_name(chosen, ".csv", chinese), CSV_TYPE,
                              on_click="ignore", icon=":material/download:")


def excel_button(container: Any, label: str, chosen: Mapping[str, Sequence[str]], chinese: bool = False) -> None:
    """A button that downloads the view as an Excel sheet, named for its filters (see csv_button)."""
    made = view_rows(chosen, chinese)
    container.download_button(label, lambda: excel_bytes(made()), file_name(chosen, ".xlsx", chinese), EXCEL_TYPE,
                              on_click="ignore", icon=":material/download:")
