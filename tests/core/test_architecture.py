"""docs/architecture.md says which app may import which; import-linter makes it so.

The contracts live in pyproject.toml ([tool.importlinter]); this runs them in `make test`
and shows they bite: a forbidden import added to a copy of the code breaks the run.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = str(Path(sys.executable).with_name("lint-imports"))


def lint_imports(cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [LINT_IMPORTS, "--no-cache", "--config", str(cwd / "pyproject.toml")],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(cwd)},
    )


def test_the_import_contracts_are_kept():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_a_forbidden_import_breaks_the_contracts(tmp_path):
    for name in ("apps", "config"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    views = tmp_path / "apps" / "guide" / "views.py"
    views.write_text(views.read_text() + "\nfrom apps.reminders.models import Reminder  # noqa\n")

    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert "apps.guide.views -> apps.reminders.models" in result.stdout


def test_test_packages_share_helpers_only_through_tests_helpers():
    """A test package imports tests.helpers and its own modules, never another package's
    conftest or test module (a helper moved there is shared by everyone)."""
    import ast

    tests = ROOT / "tests"
    crossing = []
    for path in tests.rglob("*.py"):
        package = path.relative_to(tests).parts[0] if path.parent != tests else ""
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("tests."):
                parts = node.module.split(".")
                if parts[1] == "helpers":
                    continue
                if parts[1] == "conftest" or parts[1] != package:
                    crossing.append(f"{path.relative_to(ROOT)} imports {node.module}")
    assert not crossing, "\n".join(crossing)
