"""Load: concurrent browser-less visitors of the dashboard, each walking its pages over
Streamlit's own websocket (bench/streamlit_client.py), and the server's peak memory meanwhile.

Run from the repository root:

    .venv/bin/python -m bench.load [--sessions 20] [--seconds 60] [--url http://127.0.0.1:8501]

Without `--url` it starts `streamlit run app.py` itself (bench/streamlit_server.py). Each
session is a visitor who opens a page (a page load: a new websocket and the first run of
the script) and then clicks on (reruns in the same session): on the next page's link in the
sidebar, or on a topic in the explore page's filter. Visitors do not pause between clicks,
and they start at different steps of the walk, so every page is being served at once.

A page time runs from opening the websocket (a load) or sending the rerun (a rerun) to
script_finished. Errors: a websocket that does not open or that closes, an exception on the
page, a page not found, a run that does not finish within `--timeout`. The server's memory
is the RSS of the process listening on the URL's port and its descendants, sampled every
0.2 s (bench/server_memory.py). Visitors and server share the machine's cores; the browser's
own work (static files, drawing) is not part of a page time.
"""
from __future__ import annotations

import argparse
import asyncio
import math
import pathlib
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from streamlit.proto.ClientState_pb2 import ClientState
from websockets.exceptions import ConnectionClosed, WebSocketException

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.server_memory import POLL_SECONDS, PeakMemory, listening_pid  # noqa: E402
from bench.streamlit_client import PageError, Tab, opened_tab  # noqa: E402
from bench.streamlit_server import serving  # noqa: E402

TARGET_ERRORS = 0
RETRY_SECONDS = 1.0  # a visitor who saw an error tries again after this
FILTER_KEY = "topic"  # the explore page's filter a visitor clicks, and its parameter in a link
FILTER_LINK = f"{FILTER_KEY}=trade"  # how a filtered step is opened from a link
LOCAL_HOSTS = ("127.0.0.1", "localhost")  # where the server's memory can be read from /proc
SHOWN_ERRORS = 5


@dataclass(frozen=True)
class Step:
    """A view on a visitor's walk: a page's url path ('' is the overview), filtered or not."""
    path: str
    filtered: bool = False

    def __str__(self) -> str:
        return f"/{self.path}" + (f"?{FILTER_LINK}" if self.filtered else "")


# The walk every visitor repeats. Going on to a step of the same page is a click on the
# filter's first topic, to another page a click on its link in the sidebar.
WALK = (Step(""), Step("explore"), Step("explore", filtered=True), Step("sources"), Step("trends"),
        Step("data"))
WARM_UP = Step("explore")  # opened once before the visitors come: the server reads the documents


@dataclass
class Tally:
    """Page times in ms, and each error's description with how often it happened."""
    loads: list[float] = field(default_factory=list)
    reruns: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)


def opening(tab: Tab, step: Step) -> ClientState:
    return tab.opening(step.path, FILTER_LINK if step.filtered else "")


def click(tab: Tab, step: Step) -> ClientState:
    """The click that goes from the page the tab shows to the step."""
    if step.path != tab.path:
        return tab.switching(step.path)
    _, topics = tab.multiselect(FILTER_KEY)
    return tab.choosing(FILTER_KEY, topics[:1])


async def visit(url: str, first: int, reruns: int, deadline: float, timeout: float, tally: Tally) -> None:
    """Open WALK[first] in a new tab, then click on through the walk `reruns` times (or
    until the deadline). An error ends the visit: it is counted, the tab closed."""
    step = WALK[first]
    try:
        start = time.perf_counter()
        async with opened_tab(url, timeout) as tab:
            await tab.run(opening(tab, step), timeout)
            tally.loads.append((time.perf_counter() - start) * 1000)
            for n in range(1, reruns + 1):
                if time.monotonic() >= deadline:
                    return
                step = WALK[(first + n) % len(WALK)]
                start = time.perf_counter()
                await tab.run(click(tab, step), timeout)
                tally.reruns.append((time.perf_counter() - start) * 1000)
    except PageError as error:
        tally.errors[f"{step}: {error}"] += 1
    except TimeoutError:
        tally.errors[f"{step}: not finished within {timeout:g} s"] += 1
    except ConnectionClosed as error:
        tally.errors[f"{step}: websocket closed ({error})"] += 1
    except (OSError, WebSocketException) as error:
        tally.errors[f"{step}: no websocket ({type(error).__name__}: {error})"] += 1
    else:
        return
    await asyncio.sleep(RETRY_SECONDS)


async def visitor(url: str, first: int, reruns: int, deadline: float, timeout: float, tally: Tally) -> None:
    """One visitor's visits, one after another until the deadline, each starting where the
    last one stopped on the walk."""
    while time.monotonic() < deadline:
        await visit(url, first, reruns, deadline, timeout, tally)
        first = (first + reruns + 1) % len(WALK)


async def crowd(url: str, sessions: int, seconds: float, reruns: int, timeout: float) -> Tally:
    """`sessions` visitors at once for `seconds`, starting at successive steps of the walk."""
    tally = Tally()
    deadline = time.monotonic() + seconds
    await asyncio.gather(*(visitor(url, n % len(WALK), reruns, deadline, timeout, tally)
                           for n in range(sessions)))
    return tally


def percentile(values: Sequence[float], q: float) -> float:
    """The nearest-rank percentile: the smallest value with at least q% of them at or below.

    >>> percentile([30, 10, 20, 40], 50), percentile([30, 10, 20, 40], 95)
    (20, 40)
    """
    return sorted(values)[max(math.ceil(q / 100 * len(values)) - 1, 0)]


def times_line(label: str, ms: Sequence[float]) -> str:
    if not ms:
        return f"load         {label:10} none done"
    return (f"load         {label:10} p50 {percentile(ms, 50):7.0f} ms   p95 {percentile(ms, 95):7.0f} ms   "
            f"(of {len(ms)})")


def report(args: argparse.Namespace, warm: Tally, tally: Tally, memory: PeakMemory | None) -> None:
    print(f"load         {args.sessions} sessions for {args.seconds:g} s, each visit a page load then "
          f"{args.reruns} reruns, on: {', '.join(map(str, WALK))}")
    if warm.loads:
        print(f"load         warm-up: the first page load ({WARM_UP}) {warm.loads[0] / 1000:.2f} s "
              "(not in the figures)")
    print(f"load         done: {len(tally.loads)} page loads, {len(tally.reruns)} reruns")
    errors = warm.errors + tally.errors
    total = sum(errors.values())
    verdict = "ok" if total <= TARGET_ERRORS else "MISSED"
    print(f"load         errors {total}   target {TARGET_ERRORS}: {verdict}")
    for error, count in errors.most_common(SHOWN_ERRORS):
        print(f"load           {count} x {error}")
    print(times_line("page load", tally.loads))
    print(times_line("rerun", tally.reruns))
    if memory is None:
        print("load         server RSS: no process on this machine found listening on the URL's port")
    else:
        print(f"load         server peak RSS {memory.peak_bytes / 2**20:.1f} MB (idle before the "
              f"visitors {memory.start_bytes / 2**20:.1f} MB), sampled every {POLL_SECONDS:g} s")


def measure(url: str, args: argparse.Namespace) -> None:
    """The warm-up, then the visitors, the server's memory watched throughout."""
    address = urlsplit(url)
    pid = listening_pid(address.port or 80) if address.hostname in LOCAL_HOSTS else None
    memory = PeakMemory(pid) if pid else None
    if memory:
        memory.start()
    warm = Tally()
    asyncio.run(visit(url, WALK.index(WARM_UP), 0, math.inf, args.timeout, warm))
    tally = asyncio.run(crowd(url, args.sessions, args.seconds, args.reruns, args.timeout))
    if memory:
        memory.stopped.set()
        memory.join()
    report(args, warm, tally, memory)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Concurrent browser-less visitors of the dashboard.")
    parser.add_argument("--sessions", type=int, default=20, help="concurrent visitors (default 20)")
    parser.add_argument("--seconds", type=float, default=60, help="how long they visit (default 60)")
    parser.add_argument("--reruns", type=int, default=len(WALK) - 1,
                        help=f"reruns in a visit after its page load (default {len(WALK) - 1}: the walk)")
    parser.add_argument("--timeout", type=float, default=60, help="seconds a run may take (default 60)")
    parser.add_argument("--url", help="a running `streamlit run` on this machine (default: start app.py)")
    args = parser.parse_args(argv)
    if args.url:
        measure(args.url.rstrip("/"), args)
    else:
        with serving(ROOT / "app.py") as url:
            measure(url, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
