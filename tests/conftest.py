"""The test run leaves tracked files alone: the browser tests write their screenshots to a
temporary folder unless `--refresh-screenshots` asks for the README's, and a run that
changed a tracked file any other way fails, naming it. Nor does it touch a corrections
database of this machine's: the dashboards it runs keep theirs in a temporary folder."""
from __future__ import annotations

import hashlib
import os
import subprocess
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / "docs" / "screenshots"
REFRESH = "--refresh-screenshots"
# Every app this run starts (AppTest here, `streamlit run` in a child) reads and writes here.
os.environ["CORRECTIONS_DB"] = str(Path(tempfile.mkdtemp(prefix="corrections-")) / "corrections.sqlite")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(REFRESH, action="store_true",
                     help="write the browser tests' screenshots over docs/screenshots/ (the README's); "
                          "by default they go to a temporary folder")


@pytest.fixture(scope="session")
def screenshots(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the browser tests' screenshots go."""
    return SCREENSHOTS if request.config.getoption(REFRESH) else tmp_path_factory.mktemp("screenshots")


def tracked_files() -> dict[str, str]:
    """Each file git tracks here and a hash of what it holds now; nothing outside a git checkout."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True)
    if listed.returncode != 0:
        return {}
    paths = [name for name in listed.stdout.decode().split("\0") if name and (ROOT / name).is_file()]
    return {name: hashlib.sha256((ROOT / name).read_bytes()).hexdigest() for name in paths}


def pytest_sessionstart(session: pytest.Session) -> None:
    session.config.stash[BEFORE] = tracked_files()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    before, after = session.config.stash[BEFORE], tracked_files()
    allowed = f"{SCREENSHOTS.relative_to(ROOT).as_posix()}/" if session.config.getoption(REFRESH) else None
    changed = sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name)
                     and not (allowed and name.startswith(allowed)))
    if changed:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line(f"the test run changed tracked files: {', '.join(changed)}", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


BEFORE = pytest.StashKey[dict[str, str]]()
