"""What hosting relies on: requirements.txt in step with pyproject.toml, the Dockerfile
copying what the app imports, and .streamlit/config.toml set for an official dashboard."""
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).parent.parent


def names(requirements: list[str]) -> set[str]:
    return {re.split(r"[<>=\[ ]", line.strip(), maxsplit=1)[0].lower() for line in requirements
            if line.strip() and not line.lstrip().startswith("#")}


def test_requirements_list_the_projects_dependencies() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    listed = (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    assert names(listed) == names(project["dependencies"])


def test_the_dockerfile_copies_what_the_app_imports() -> None:
    docker = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    for part in ("app.py", "extract", "dashboard", "seeds", ".streamlit", "requirements.txt"):
        assert f"COPY {part}" in docker or f" {part} " in docker, part
    assert "REPORTS_DIR" in docker and "8501" in docker


def test_the_config_suits_an_official_dashboard() -> None:
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["client"]["toolbarMode"] == "viewer"
    assert config["client"]["showErrorDetails"] == "none"
    assert config["server"]["enableXsrfProtection"] is True
    assert 0 < config["server"]["maxUploadSize"] <= 50
