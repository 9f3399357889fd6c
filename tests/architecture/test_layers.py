"""The layers in pyproject.toml's import-linter contracts hold, and they bite.

The second test copies the packages to a temporary folder, adds one import
that the layers forbid, and checks that import-linter rejects it: a contract
that could not fail would prove nothing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ("contract", "transforms", "warehouse", "flows", "evaluation", "newsfacts")


def _lint(cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(cwd)}
    code = "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"
    return subprocess.run(
        [sys.executable, "-c", code, "--no-cache"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _copy(tmp: Path) -> Path:
    for pkg in PACKAGES:
        shutil.copytree(REPO / pkg, tmp / pkg, ignore=shutil.ignore_patterns("__pycache__", "data"))
    shutil.copy(REPO / "pyproject.toml", tmp / "pyproject.toml")
    return tmp


def test_layers_hold() -> None:
    done = _lint(REPO)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "BROKEN" not in done.stdout


@pytest.mark.parametrize(
    ("module", "line", "broken"),
    [
        ("warehouse/probe.py", "import transforms.extract\n", "Layers"),
        ("contract/probe.py", "from flows import stages\n", "Layers"),
        ("flows/probe.py", "import newsfacts.cli\n", "Nothing imports the CLI"),
        ("transforms/articles/probe.py", "from transforms.quotes import extract\n", "Domains"),
    ],
)
def test_a_forbidden_import_fails(tmp_path: Path, module: str, line: str, broken: str) -> None:
    root = _copy(tmp_path)
    (root / module).write_text(line, encoding="utf-8")
    done = _lint(root)
    assert done.returncode != 0
    assert any(broken in ln and "BROKEN" in ln for ln in done.stdout.splitlines()), done.stdout[
        -3000:
    ]
