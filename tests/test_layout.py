"""The dashboard's layout: pages/ holds only the page scripts app.py runs, and the
dashboard never imports the command line."""
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_pages_holds_only_the_page_scripts_the_app_runs() -> None:
    run = set(re.findall(r'st\.Page\("dashboard/pages/(\w+\.py)"', (ROOT / "app.py").read_text(encoding="utf-8")))
    assert run and {p.name for p in (ROOT / "dashboard" / "pages").glob("*.py")} == run


def test_the_dashboard_never_imports_the_command_line() -> None:
    check = ("import sys, dashboard.ui.corpus, dashboard.ui.widgets; "
             "print('extract.__main__' in sys.modules)")
    loaded = subprocess.run([sys.executable, "-c", check], cwd=ROOT, capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "False"
