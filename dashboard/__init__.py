"""The dashboard's pure side: no streamlit import, testable alone."""
