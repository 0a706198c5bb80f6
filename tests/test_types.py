"""The extractor's types hold: mypy --strict over extract/ (configured in pyproject.toml)."""
import subprocess
import sys
from pathlib import Path


def test_mypy_strict_passes() -> None:
    done = subprocess.run([sys.executable, "-m", "mypy"], cwd=Path(__file__).parent.parent,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
