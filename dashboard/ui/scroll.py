"""Bringing what a click showed into view. A rerun keeps the page where it was scrolled to,
and what the click added moves the page under it (the Explore page puts a figure's sentence
beside its chart, which narrows the chart): so once it is drawn, the browser scrolls it
into view. A script of this module's own, in a zero-height frame that Streamlit lets reach
its page; it names a container by its key and holds nothing from a document."""
from __future__ import annotations

import re

import streamlit.components.v1 as components

# Looks for the container (its key is its class, `st-key-…`) for up to two seconds while
# the page draws it, then scrolls the page to show it from its top. `{nonce}` makes each click's script new: a
# frame whose HTML is unchanged is not run again.
SCRIPT = """<script>/* {nonce} */
let tries = 0;
const look = () => {{
  const target = window.parent.document.querySelector(".st-key-{key}");
  if (target) {{
    target.style.scrollMarginTop = "4rem";  /* clear of the page's header */
    target.scrollIntoView({{block: "start"}});
  }}
  else if (tries++ < 40) setTimeout(look, 50);
}};
look();
</script>"""
KEY = re.compile(r"[A-Za-z0-9_-]+")


def bring_into_view(key: str, nonce: str) -> None:
    """Scroll the page to the container of this key, once for each `nonce` (a click's figure)."""
    if not KEY.fullmatch(key):
        raise ValueError(f"not a container key: {key!r}")
    components.html(SCRIPT.format(key=key, nonce=nonce.encode().hex()), height=0)
