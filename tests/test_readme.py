"""The README's commands run as written: each runs Python and Streamlit from the project's
.venv (a bare `python` is not there on a fresh machine, or has none of the packages), and
its example of the command line, run word for word, prints what the README shows."""
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
VENV = ROOT / ".venv"
# A command the README gives that would run whatever `python`, `streamlit` or `pip` the shell finds.
BARE_COMMAND = re.compile(r"(?:^|[\s`(])(?P<command>(?:python -m|streamlit run|pip install)\b[^`\n]*)",
                          re.MULTILINE)
# The example: `$ cat example.txt`, the file's line, the command, then what it prints.
EXAMPLE = re.compile(r"^    \$ cat example\.txt\n    (?P<text>.+)\n    \$ (?P<command>.+)\n(?P<out>(?:    [^$\n].*\n)+)",
                     re.MULTILINE)


def test_every_command_runs_from_the_projects_venv() -> None:
    assert [m.group("command") for m in BARE_COMMAND.finditer(README)] == []


def test_the_command_line_example_prints_what_the_readme_shows(tmp_path: Path) -> None:
    if not (VENV / "bin" / "python").exists():
        pytest.skip("no .venv here: the README's commands run from the one `bash .ci/run` makes")
    example = EXAMPLE.search(README)
    assert example, "the README's example of the command line is not where it was"
    (tmp_path / "example.txt").write_text(example.group("text") + "\n", encoding="utf-8")
    (tmp_path / ".venv").symlink_to(VENV)  # run in a folder of its own, as written
    done = subprocess.run(["bash", "-c", example.group("command")], cwd=tmp_path, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [line[4:] for line in example.group("out").splitlines()]
