"""Figures out of Chinese reports: text -> tidy table (see README and spec/figures.md)."""
from .model import COLUMNS, Figure
from .pipeline import extract_figures, figures_frame, to_frame

__all__ = ["COLUMNS", "Figure", "extract_figures", "figures_frame", "to_frame"]
