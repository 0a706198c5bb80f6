"""The Streamlit side the pages share: the documents and the caches of their answers
(corpus.py), the filters, choices and a figure's detail (widgets.py), the view's link and
the language (link.py). Nothing is imported here: link.py must load before pandas does."""
