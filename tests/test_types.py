"""The types hold: mypy --strict over the extractor, the dashboard (its pages and the
Streamlit side they share included) and app.py, as configured in pyproject.toml."""
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_mypy_strict_passes_on_every_module_and_page() -> None:
    done = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    modules = [*ROOT.glob("extract/**/*.py"), *ROOT.glob("dashboard/**/*.py"), ROOT / "app.py"]
    checked = re.search(r"no issues found in (\d+) source files", done.stdout)
    assert checked and int(checked.group(1)) == len(modules), done.stdout  # nothing left out
