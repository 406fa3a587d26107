"""Every install comes from uv.lock, and the running environment is exactly the lock.

A package installed by hand, or a release that drifted in, fails here rather than hiding
in a green run. The Dockerfile is checked by reading its instructions (no Docker engine
runs on these machines): the image must install from the lock and from nothing else.
"""

from __future__ import annotations

import importlib.metadata
import re
import shlex
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.markers import Marker

from tools.lockfile import locked_packages, normalise, pip_requirement

ROOT = Path(__file__).resolve().parents[2]


def installed() -> dict[str, str]:
    return {
        normalise(dist.metadata["Name"]): dist.version
        for dist in importlib.metadata.distributions()
    }


def expected_on_this_machine(packages: dict[str, dict]) -> dict[str, str]:
    """The lock's packages that uv installs here: Ajar's runtime and dev dependencies,
    followed through extras and environment markers."""
    root = packages["ajar"]
    wanted = list(root.get("dependencies", []))
    for group in root.get("dev-dependencies", {}).values():
        wanted.extend(group)
    found: dict[str, str] = {}
    while wanted:
        dep = wanted.pop()
        if "marker" in dep and not Marker(dep["marker"]).evaluate():
            continue
        name = normalise(dep["name"])
        package = packages[name]
        extras = dep.get("extra", [])
        if name in found and not extras:
            continue
        found[name] = package["version"]
        wanted.extend(package.get("dependencies", []))
        for extra in extras:
            wanted.extend(package.get("optional-dependencies", {}).get(extra, []))
    return found


def test_the_environment_is_exactly_the_lock():
    expected = expected_on_this_machine(locked_packages())
    actual = installed()
    extra = {name: version for name, version in actual.items() if name not in expected}
    missing = sorted(set(expected) - set(actual))
    differ = {
        name: (actual[name], expected[name])
        for name in actual.keys() & expected.keys()
        if actual[name] != expected[name]
    }
    fix = "Run `make install` (never pip install by hand; add packages with `make lock`)."
    assert not extra, f"installed but not in uv.lock: {extra}. {fix}"
    assert not missing, f"in uv.lock but not installed: {missing}. {fix}"
    assert not differ, f"installed version differs from uv.lock (installed, locked): {differ}"


def test_the_lock_notices_a_package_that_is_not_in_it():
    """The check above is no formality: a stray or drifted package is seen."""
    packages = locked_packages()
    expected = expected_on_this_machine(packages)
    assert "django" in expected and "pytest" in expected and "uv" in expected
    assert "colorama" not in expected or sys.platform == "win32"  # pytest's, Windows only
    assert expected["django"] == packages["django"]["version"]


def test_the_lock_covers_both_linux_machines():
    """Each locked package installs on Linux x86_64 and aarch64 (a wheel or an sdist)."""
    data = tomllib.loads((ROOT / "uv.lock").read_text())
    assert data["requires-python"] == "==3.13.*"
    for package in data["package"]:
        if package["name"] == "ajar":
            continue
        names = [Path(wheel["url"]).name for wheel in package.get("wheels", [])]
        universal = any(name.endswith("-none-any.whl") for name in names)
        for machine in ("x86_64", "aarch64"):
            assert universal or "sdist" in package or any(machine in n for n in names), (
                package["name"],
                machine,
            )
        for artefact in [*package.get("wheels", []), package.get("sdist", {})]:
            if artefact:
                assert artefact["hash"].startswith("sha256:"), package["name"]


def test_the_installer_is_pinned_and_hashed_from_the_lock():
    line = pip_requirement("uv")
    uv = locked_packages()["uv"]
    assert line.startswith(f"uv=={uv['version']} ")
    assert line.count("--hash=sha256:") == len(uv["wheels"]) > 0


# The Dockerfile, read as Docker reads it.


def dockerfile_instructions(text: str | None = None) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, with continuation lines joined and comments dropped."""
    if text is None:
        text = (ROOT / "Dockerfile").read_text()
    instructions: list[tuple[str, str]] = []
    pending = ""
    for line in text.splitlines():
        stripped = line.strip()
        if not pending and (not stripped or stripped.startswith("#")):
            continue
        if pending and stripped.startswith("#"):
            continue
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        whole = pending + stripped
        pending = ""
        keyword, _, arguments = whole.partition(" ")
        instructions.append((keyword.upper(), arguments.strip()))
    return instructions


def run_commands(text: str | None = None) -> list[list[str]]:
    """Every shell command of every RUN, split on && and ;."""
    commands = []
    for keyword, arguments in dockerfile_instructions(text):
        if keyword == "RUN":
            for part in re.split(r"&&|;", arguments):
                words = shlex.split(part.split(">")[0])
                while words and re.fullmatch(r"[A-Z_]+=.*", words[0]):
                    words.pop(0)  # VAR=value prefixes
                if words:
                    commands.append(words)
    return commands


def is_install(words: list[str]) -> bool:
    text = " ".join(words)
    return bool(re.search(r"\b(pip|uv)\b.*\b(install|sync)\b", text)) and "uninstall" not in text


def test_the_image_installs_its_dependencies_from_the_lock():
    installs = [words for words in run_commands() if is_install(words)]
    syncs = [words for words in installs if words[:2] == ["uv", "sync"]]
    assert len(syncs) == 1, installs
    assert "--locked" in syncs[0] and "--no-dev" in syncs[0]


def test_the_image_installs_nothing_from_outside_the_lock():
    for words in run_commands():
        if not is_install(words) or words[:2] == ["uv", "sync"]:
            continue
        # The one other install: uv itself, from the line tools/lockfile.py writes.
        assert words[:2] == ["pip", "install"], words
        assert {"--require-hashes", "--no-deps", "--only-binary"} <= set(words), words
        assert words[-2:] == ["-r", "/tmp/uv-requirement.txt"], words
    writes_requirement = [
        words for words in run_commands() if words[:2] == ["python", "tools/lockfile.py"]
    ]
    assert writes_requirement == [["python", "tools/lockfile.py", "uv-requirement"]]


def test_the_image_copies_the_lock_before_it_installs():
    instructions = dockerfile_instructions()
    copied_lock = next(
        i for i, (kw, args) in enumerate(instructions) if kw == "COPY" and "uv.lock" in args
    )
    first_install = next(
        i for i, (kw, args) in enumerate(instructions) if kw == "RUN" and "uv sync" in args
    )
    assert copied_lock < first_install


def test_the_dockerfile_reader_is_not_fooled_by_comments():
    """A comment naming `uv sync --locked` is not an instruction; a continued RUN is one."""
    text = (
        "FROM python:3.13-slim\n"
        "# RUN uv sync --locked --no-dev\n"
        "RUN pip install \\\n"
        "    # the project itself\n"
        "    . && echo done\n"
    )
    assert run_commands(text) == [["pip", "install", "."], ["echo", "done"]]
    installs = [words for words in run_commands(text) if is_install(words)]
    assert not any(words[:2] == ["uv", "sync"] for words in installs)


@pytest.mark.parametrize("path", ["Makefile", ".ci/run"])
def test_the_other_install_paths_never_pip_install_the_project(path):
    text = (ROOT / path).read_text()
    assert "pip install -e" not in text and "pip install ." not in text
    if path == "Makefile":
        assert "$(UV) sync --locked" in text


def test_make_refuses_a_lock_older_than_pyproject(tmp_path):
    """`make test` installs first: a dependency added without `make lock` stops it, clearly."""
    import shutil
    import subprocess

    for name in ("Makefile", "pyproject.toml", "uv.lock"):
        shutil.copy(ROOT / name, tmp_path / name)
    shutil.copytree(ROOT / "tools", tmp_path / "tools")
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(
        pyproject.read_text().replace('"redis>=8.1,<9",', '"redis>=8.1,<9",\n    "six>=1.16",')
    )
    result = subprocess.run(
        ["make", "--no-print-directory", "install", f"PYTHON={sys.executable}"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode != 0
    assert "uv.lock is out of date with pyproject.toml" in result.stdout
    assert "Run 'make lock'" in result.stdout
    assert not (tmp_path / ".venv" / "lib" / "python3.13" / "site-packages" / "django").exists()
