"""The dashboard's page, run by Streamlit's AppTest."""
from streamlit.testing.v1 import AppTest


def test_opens_on_the_seed_table() -> None:
    app = AppTest.from_file("../app.py", default_timeout=60).run()
    assert not app.exception
    assert app.title[0].value == "报告数据看板"
    table = app.dataframe[0].value
    assert "108.5亿元" in set(table.raw)
    assert len(table) >= 35
