"""The load bench, briefly: a real `streamlit run app.py` and three browser-less visitors
over its websocket for five seconds see no error and finish page loads and reruns."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_a_short_load_has_no_errors() -> None:
    command = [sys.executable, "-m", "bench.load", "--sessions", "3", "--seconds", "5"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    assert re.search(r"errors 0 .*: ok", done.stdout), done.stdout
    counts = re.search(r"done: (\d+) page loads, (\d+) reruns", done.stdout)
    assert counts, done.stdout
    assert int(counts[1]) >= 3 and int(counts[2]) >= 3, done.stdout
