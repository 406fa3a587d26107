"""Every benchmark, one after the other: `make bench`, or .venv/bin/python -m bench.run_all.

Each prints its own figures and the machine's core count; record the latest in
docs/performance.md. The whole run takes about ten minutes on two cores, the
reminder senders most of it.
"""

from __future__ import annotations

import subprocess
import sys
import time

from bench.common import ROOT

BENCHMARKS = [
    [sys.executable, "bench/tone_check.py"],
    [sys.executable, "-m", "bench.page_weight"],
    [sys.executable, "-m", "bench.render"],
    [sys.executable, "-m", "bench.pages"],
    [sys.executable, "-m", "bench.reminders"],
    [sys.executable, "-m", "bench.install"],
]


def main() -> int:
    failed = []
    for command in BENCHMARKS:
        name = command[-1]
        print(f"\n### {name}", flush=True)
        began = time.perf_counter()
        if subprocess.run(command, cwd=ROOT, check=False).returncode != 0:
            failed.append(name)
        print(f"({name} took {time.perf_counter() - began:.0f} s)", flush=True)
    if failed:
        print(f"\nfailed to run: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
