"""How long does the first install take? pip (what `make` used before) against uv, same lock.

Run from the repo root: .venv/bin/python -m bench.install

Both install exactly the packages of uv.lock (pip from `uv export --format
requirements-txt`, with hashes) into a new venv, each with an empty download cache, one
after the other in this run, three rounds alternating which goes first. It reports the
median of each and their ratio. Both download from the package index, so the figure
depends on the network as much as on the installer; the ratio is what to compare.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import ROOT

UV = str(Path(sys.executable).with_name("uv"))
ROUNDS = 3


def base_python() -> str:
    """The interpreter .venv was made from (a venv is made from the real one)."""
    return str(Path(sys.base_prefix) / "bin" / "python3")


def run(command: list[str], **kwargs) -> None:
    # pip warns about this machine's extra index folders on every package: keep it quiet.
    subprocess.run(
        command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kwargs
    )


def time_pip(work: Path, requirements: Path) -> float:
    venv = work / "pip-venv"
    env = {**os.environ, "PIP_CACHE_DIR": str(work / "pip-cache")}
    began = time.perf_counter()
    run([base_python(), "-m", "venv", str(venv)], env=env)
    pip = [str(venv / "bin" / "pip"), "install", "--quiet", "--require-hashes", "--no-deps"]
    run([*pip, "-r", str(requirements)], env=env)
    return time.perf_counter() - began


def time_uv(work: Path) -> float:
    project = work / "project"
    project.mkdir()
    for name in ("pyproject.toml", "uv.lock"):
        shutil.copy(ROOT / name, project / name)
    env = {
        **os.environ,
        "UV_CACHE_DIR": str(work / "uv-cache"),
        "UV_PROJECT_ENVIRONMENT": str(project / ".venv"),
        "UV_PYTHON_DOWNLOADS": "never",
    }
    began = time.perf_counter()
    run([base_python(), "-m", "venv", str(project / ".venv")], env=env)
    run(
        [UV, "sync", "--locked", "--quiet", "--python", str(project / ".venv/bin/python")],
        cwd=project,
        env=env,
    )
    return time.perf_counter() - began


def main() -> int:
    timings: dict[str, list[float]] = {"pip": [], "uv": []}
    with tempfile.TemporaryDirectory() as scratch:
        requirements = Path(scratch) / "requirements.txt"
        exported = subprocess.run(
            [
                UV,
                "export",
                "--locked",
                "--quiet",
                "--no-emit-project",
                "--format",
                "requirements-txt",
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        requirements.write_text(exported)
        for round_ in range(ROUNDS):
            order = ["pip", "uv"] if round_ % 2 == 0 else ["uv", "pip"]
            for installer in order:
                work = Path(tempfile.mkdtemp(dir=scratch))
                seconds = time_pip(work, requirements) if installer == "pip" else time_uv(work)
                timings[installer].append(seconds)
                print(f"round {round_ + 1}: {installer:3} {seconds:6.1f} s", flush=True)
                shutil.rmtree(work)
    pip, uv = statistics.median(timings["pip"]), statistics.median(timings["uv"])
    print(f"\nfirst install, empty cache, {os.cpu_count()} cores (median of {ROUNDS}):")
    print(
        f"  pip {pip:.1f} s, uv {uv:.1f} s: uv takes {uv / pip:.2f} of pip's time "
        f"({pip / uv:.1f}x faster)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
