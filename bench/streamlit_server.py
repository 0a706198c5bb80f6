"""`streamlit run` of a script on a free local port, in its own process group, for the
browser test and the dashboard bench (notes/streamlit.md: poll the health check, stop the
group)."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STARTUP_SECONDS = 60
POLL_SECONDS = 0.05


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serving(script: Path, port: int | None = None, options: Sequence[str] = (), host: str = "127.0.0.1",
            environment: Mapping[str, str] | None = None) -> Iterator[str]:
    """The script served on 127.0.0.1 (at `port`, else a free one, with more `options` for
    `streamlit run` and more `environment`) with the seeds as its documents (whatever the
    shell's REPORTS_DIR says): its URL, by `host`, once healthy. A server that dies or stays
    unhealthy raises RuntimeError with its log."""
    port = port or free_port()
    env = {k: v for k, v in os.environ.items() if k != "REPORTS_DIR"} | dict(environment or {})
    command = [sys.executable, "-m", "streamlit", "run", str(script), "--server.headless=true",
               "--server.address=127.0.0.1", f"--server.port={port}", "--browser.gatherUsageStats=false",
               "--server.fileWatcherType=none", *options]
    url = f"http://{host}:{port}"
    with tempfile.TemporaryFile() as log:
        server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                                  start_new_session=True)
        try:
            deadline = time.monotonic() + STARTUP_SECONDS
            while not healthy(url):
                if server.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    raise RuntimeError(f"streamlit not serving {script} (exit {server.returncode}):\n"
                                       f"{log.read().decode(errors='replace')[-3000:]}")
                time.sleep(POLL_SECONDS)
            yield url
        finally:
            stop(server)


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as reply:
            return reply.status == 200
    except OSError:
        return False


def stop(server: subprocess.Popen[bytes]) -> None:
    """End the server's process group: politely, then not."""
    for sig, grace in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
        try:
            os.killpg(server.pid, sig)
        except ProcessLookupError:
            return
        try:
            server.wait(grace)
            return
        except subprocess.TimeoutExpired:
            continue
