"""What uv.lock pins, read with the standard library only (it runs before any install).

    python tools/lockfile.py uv-requirement   # the pinned uv, with its hashes, for pip

The Makefile and the Dockerfile install uv with that line (`pip install --require-hashes
--only-binary :all:`), and uv then installs everything else from the same lock. So
the installer is pinned, hashed and upgraded like any other package.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

LOCK = Path(__file__).resolve().parent.parent / "uv.lock"


def locked_packages(lock: Path = LOCK) -> dict[str, dict]:
    """Every package in the lock, by its normalised name."""
    data = tomllib.loads(lock.read_text(encoding="utf-8"))
    return {normalise(package["name"]): package for package in data["package"]}


def normalise(name: str) -> str:
    """PEP 503: 'Django', 'django_allauth' and 'django-allauth' are one project each."""
    return "-".join(name.lower().replace("_", "-").replace(".", "-").split("-"))


def pip_requirement(name: str, lock: Path = LOCK) -> str:
    """'name==version --hash=... ...', wheels only: pip must not build uv from source."""
    package = locked_packages(lock)[normalise(name)]
    hashes = " ".join(f"--hash={wheel['hash']}" for wheel in package["wheels"])
    return f"{package['name']}=={package['version']} {hashes}"


def main(argv: list[str]) -> int:
    if argv != ["uv-requirement"]:
        print("usage: python tools/lockfile.py uv-requirement", file=sys.stderr)
        return 2
    print(pip_requirement("uv"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
