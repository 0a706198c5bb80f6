"""A browser-less visitor of a `streamlit run`: one browser tab's side of a session, speaking
Streamlit's websocket protocol from Python, for the load bench.

The protocol, as the frontend speaks it: open `ws://HOST/_stcore/stream` with the
subprotocol "streamlit". The frontend adds two entries to that header, an XSRF token and a
session to resume; both may be left out (the XSRF token only guards the login cookie, so
`server.enableXsrfProtection` does not stop a websocket without one). Nothing runs until the
client sends a BackMsg `rerun_script` with a ClientState: the page by its url path and the
link's query string on a page load, the page's script hash for a click on the sidebar, the
new values of the widgets a visitor changed. The server answers with ForwardMsgs
(new_session, navigation, delta ..., page_info_changed when the app changes the link) and
ends each run with script_finished.
"""
from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ClientState_pb2 import ClientState, ContextInfo
from streamlit.proto.Common_pb2 import StringArray
from streamlit.proto.Delta_pb2 import Delta
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState, WidgetStates
from websockets.asyncio.client import ClientConnection, connect
from websockets.typing import Origin, Subprotocol

# The browser's context the frontend sends with each rerun: a visitor in China.
TIMEZONE, TIMEZONE_OFFSET, LOCALE = "Asia/Shanghai", -480, "zh-CN"


class PageError(Exception):
    """What a visitor would see go wrong in a run: an exception on the page, a page not found,
    a script that does not compile; or a click on something the page does not show."""


@asynccontextmanager
async def opened_tab(url: str, timeout: float) -> AsyncIterator[Tab]:
    """A new tab's websocket to the server at `url` (http://HOST:PORT), closed on leaving.
    Raises OSError or websockets' WebSocketException when it does not open."""
    async with connect(url.replace("http", "ws", 1) + "/_stcore/stream", origin=Origin(url),
                       subprotocols=[Subprotocol("streamlit")], open_timeout=timeout, max_size=None,
                       ping_interval=None, proxy=None) as ws:  # as a browser: no pings, no proxy
        yield Tab(ws, url)


class Tab:
    """What the frontend keeps of its session between runs: the app's pages, the page shown
    and its link, the messages it has cached, the multiselects on the page."""

    def __init__(self, ws: ClientConnection, url: str) -> None:
        self.ws = ws
        self.url = url
        self.page_hashes: dict[str, str] = {}  # url path -> page script hash, from the navigation
        self.path = ""
        self.page_hash = ""
        self.query = ""
        self.cached: set[str] = set()
        self.multiselects: dict[str, tuple[str, list[str]]] = {}  # user key -> widget id, options

    def opening(self, path: str, query: str = "") -> ClientState:
        """The first run of a link: the page by its url path ('' for the default page)."""
        return self.rerun(path, query, page_name=path)

    def switching(self, path: str) -> ClientState:
        """A click on a page's link in the sidebar (which leaves the query behind)."""
        if path not in self.page_hashes:
            raise PageError(f"no link to /{path} in the sidebar")
        return self.rerun(path, "", page_script_hash=self.page_hashes[path])

    def choosing(self, key: str, labels: list[str]) -> ClientState:
        """A multiselect on the page shown set to these of its options (as they are shown)."""
        widget_id, _ = self.multiselect(key)
        chosen = WidgetState(id=widget_id, string_array_value=StringArray(data=labels))
        return self.rerun(self.path, self.query, page_script_hash=self.page_hash,
                          widget_states=WidgetStates(widgets=[chosen]))

    def multiselect(self, key: str) -> tuple[str, list[str]]:
        """The widget id and the options of the multiselect with this key on the page shown."""
        if key not in self.multiselects:
            raise PageError(f"no multiselect {key!r} on /{self.path}")
        return self.multiselects[key]

    def rerun(self, path: str, query: str, **request: Any) -> ClientState:
        """What the frontend sends with every rerun beside the `request`: the link, the
        browser's context, the hashes of the messages it has cached."""
        self.path, self.query = path, query  # the address bar, until the app changes the query
        link = f"{self.url}/{path}" + (f"?{query}" if query else "")
        context = ContextInfo(timezone=TIMEZONE, timezone_offset=TIMEZONE_OFFSET, locale=LOCALE, url=link)
        return ClientState(query_string=query, context_info=context, cached_message_hashes=self.cached,
                           **request)

    async def run(self, state: ClientState, timeout: float) -> None:
        """Send a rerun and take in the session's messages until its script has finished.
        Raises PageError, TimeoutError, or websockets' ConnectionClosed."""
        self.multiselects = {}  # the last run's widgets are gone
        async with asyncio.timeout(timeout):
            await self.ws.send(BackMsg(rerun_script=state).SerializeToString())
            while not self.finished(ForwardMsg.FromString(await self.ws.recv())):
                pass

    def finished(self, msg: ForwardMsg) -> bool:
        """Take in one message as the frontend would: True at the end of the run."""
        if msg.metadata.cacheable:
            self.cached.add(msg.hash)
        kind = msg.WhichOneof("type")
        if kind == "delta":
            self.read(msg.delta)
        elif kind == "navigation":
            self.page_hashes = {page.url_pathname: page.page_script_hash for page in msg.navigation.app_pages}
            self.page_hash = msg.navigation.page_script_hash
        elif kind == "page_info_changed":
            self.query = msg.page_info_changed.query_string
        elif kind == "page_not_found":
            raise PageError("page not found")
        elif kind == "script_finished":
            if msg.script_finished == ForwardMsg.FINISHED_WITH_COMPILE_ERROR:
                raise PageError("the script does not compile")
            return msg.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN  # st.rerun: a new run follows
        return False

    def read(self, delta: Delta) -> None:
        element = delta.new_element
        kind = element.WhichOneof("type")
        if kind == "exception":
            shown = element.exception
            raise PageError(f"exception on the page: {shown.type}: {shown.message}" if shown.type
                            else "exception on the page (details hidden by client.showErrorDetails)")
        if kind == "multiselect":
            key = element.multiselect.id.split("-", 2)[-1]  # "$$ID-<hash>-<key>"
            self.multiselects[key] = (element.multiselect.id, list(element.multiselect.options))
