"""A PostgreSQL server of the test run's own, for the corrections ledger's tests: Debian's
`postgresql` binaries (`.ci/run` installs them as root), a cluster in a temporary folder
listening on a free local port, trusted without a password, stopped at the end. As root,
the cluster belongs to the `postgres` user, since PostgreSQL refuses to run as root."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bench.streamlit_server import free_port

BINARIES = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
STARTUP_SECONDS = 60


def binaries() -> Path | None:
    """The folder of the newest PostgreSQL installed, or None."""
    return BINARIES[-1].parent if BINARIES else None


def as_owner(command: list[str]) -> list[str]:
    """A command run as the cluster's owner: `postgres` when this is root, else this user."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@contextmanager
def postgres_server() -> Iterator[str]:
    """A fresh cluster's URL for SQLAlchemy (psycopg), its `postgres` database."""
    folder = binaries()
    assert folder is not None, "no PostgreSQL here"
    work = Path(tempfile.mkdtemp(prefix="corrections-pg-"))
    data, port = work / "data", free_port()
    if os.geteuid() == 0:
        shutil.chown(work, "postgres")
    try:
        subprocess.run(as_owner([str(folder / "initdb"), "-D", str(data), "--auth=trust", "-U", "postgres",
                                 "--encoding=UTF8", "--no-locale"]), check=True, capture_output=True)
        subprocess.run(as_owner([str(folder / "pg_ctl"), "-D", str(data), "-l", str(work / "log"), "-w",
                                 "-t", str(STARTUP_SECONDS), "-o", f"-p {port} -k {work} -h 127.0.0.1", "start"]),
                       check=True, capture_output=True)
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(as_owner([str(folder / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                       capture_output=True)
        time.sleep(0.1)
        shutil.rmtree(work, ignore_errors=True)
