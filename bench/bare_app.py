"""The baseline of bench/dashboard_speed.py: a bare Streamlit page with one plotly bar chart."""
import plotly.graph_objects as go
import streamlit as st

st.plotly_chart(go.Figure(go.Bar(x=["甲", "乙", "丙"], y=[3, 1, 2])), key="bars")
