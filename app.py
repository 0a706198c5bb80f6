"""The dashboard: the figures of the documents in seeds/, each beside its source sentence.

A first page until the dashboard's pages land (issue 3): the tidy table of every figure.
"""
from pathlib import Path

import pandas as pd
import streamlit as st

from extract.__main__ import extract_paths

SEEDS = Path(__file__).parent / "seeds"


@st.cache_data(show_spinner=False)
def load(folder: str) -> tuple[pd.DataFrame, list[str]]:
    """Every figure of every document in the folder, and the files that could not be read."""
    return extract_paths([Path(folder)])


st.set_page_config(page_title="报告数据看板", layout="wide")
figures, refused = load(str(SEEDS))
st.title("报告数据看板")
st.caption(f"{figures.doc_id.nunique()} 篇文档，{len(figures)} 个数据")
for line in refused:
    st.warning(f"未能读取：{line}")
st.dataframe(figures[["metric", "raw", "value", "unit", "measure", "period", "topic", "sentence"]],
             hide_index=True, use_container_width=True)
