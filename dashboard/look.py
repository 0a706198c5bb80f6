"""How every chart looks (a font that has Chinese glyphs, the palette, the height), and the
empty frame a charting page shows on a visitor's first run while the server reads the
documents. Drawing that frame first is what makes the first real chart quick: the browser
loads its chart library (plotly: about a second of script on a slow machine) while the
server imports pandas and the extractor, rather than after. Light on purpose: plotly only."""
from __future__ import annotations

import plotly.graph_objects as go

from .labels import Lang, text

FONT = "Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif"
PALETTE = ("#b3261e", "#1f5f8b", "#2e7d32", "#8d6e63")
HEIGHT = 420
# One colour a basis of growth, the same in every chart and view; levels and shares in the first.
BASIS_COLOURS = {"yoy": "#1f5f8b", "mom": "#2e7d32", "avg_annual": "#8d6e63", "": "#6b6b6b"}
NUMBER_TICKS = ",~f"  # 20,000 rather than plotly's "20k"


def reading_figure(lang: Lang) -> go.Figure:
    """A chart frame with no data and no axes, only the words that the documents are being read."""
    figure = go.Figure()
    figure.add_annotation(text=text("reading", lang), showarrow=False, xref="paper", yref="paper", x=0.5, y=0.5,
                          font={"size": 16, "color": "#666666"})
    figure.update_layout(font_family=FONT, height=HEIGHT, xaxis={"visible": False}, yaxis={"visible": False})
    return figure
