"""Pages under load: requests/s, p50 and p95 at 8 concurrent clients, against a bare page.

Run from the repo root: .venv/bin/python -m bench.pages   (needs wrk: apt-get install wrk)

gunicorn serves Ajar with the production settings (config/gunicorn.py as shipped) from
a fresh ajar_bench PostgreSQL database; wrk drives, in turn and in several rounds:
  bare       a bench-only view rendering base.html, no database (AJAR_BENCH_VIEWS=1)
  dashboard  /plans/ for a signed-in member with 10 plans
  reasons    the reasons step of a plan with 30 reasons
  guide      the public guide for a job offer
and, for scale, the reasons step of a typical plan (3 reasons).
Each page's ratio is its requests/s over the bare page's in the same round, so a
shared, noisy machine slows both sides of the ratio alike. Goal: ratio >= 0.5,
p95 <= 50 ms, no errors.
"""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench.common import (
    ROOT,
    WEB_PORTS,
    collect_static,
    free_port,
    gunicorn,
    machine,
    recreate_database,
    require,
    use_production_settings,
)

WRK_HINT = (
    "install it with `apt-get install -y wrk` (Debian); `make bench` does so when run as root."
)
RATIO_GOAL = 0.5
P95_GOAL_MS = 50.0


@dataclass(frozen=True)
class Page:
    name: str
    path: str
    signed_in: bool


@dataclass(frozen=True)
class Run:
    requests_per_s: float
    p50_ms: float
    p95_ms: float
    errors: int


def check(base: str, page: Page, cookie: str) -> int:
    """The page answers 200 itself (a signed-out member would be redirected): its size."""
    connection = http.client.HTTPConnection(base.removeprefix("http://"), timeout=10)
    connection.request("GET", page.path, headers={"Cookie": cookie} if page.signed_in else {})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    if response.status != 200:
        raise SystemExit(f"{page.path} answered {response.status}, not 200.")
    return len(body)


def wrk(program: str, url: str, *, seconds: float, connections: int, cookie: str | None) -> Run:
    command = [
        program,
        "--threads",
        "1",
        "--connections",
        str(connections),
        "--duration",
        f"{seconds:g}s",
        "--timeout",
        "5s",
        "--script",
        str(ROOT / "bench" / "wrk_report.lua"),
        # As browsers ask: the cost of compressing the page is part of serving it.
        "--header",
        "Accept-Encoding: gzip, br",
    ]
    if cookie:
        command += ["--header", f"Cookie: {cookie}"]
    output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    figures = json.loads(output.strip().splitlines()[-1])
    errors = sum(figures[key] for key in ("connect", "read", "write", "status", "timeout"))
    return Run(
        requests_per_s=figures["requests"] / (figures["duration_us"] / 1e6),
        p50_ms=figures["p50_us"] / 1000,
        p95_ms=figures["p95_us"] / 1000,
        errors=errors,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=6, help="per page and round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=8)
    args = parser.parse_args()
    program = require("wrk", WRK_HINT)

    use_production_settings()
    recreate_database()
    collect_static()
    import django

    django.setup()
    from bench.seed import PLANS, REASONS, TYPICAL_REASONS, bench_member

    member = bench_member()
    pages = [
        Page("bare", "/bench/bare/", signed_in=False),
        Page(f"dashboard ({PLANS} plans)", "/plans/", signed_in=True),
        Page(f"reasons ({REASONS} reasons)", f"/plans/{member.big_plan.pk}/reasons/", True),
        Page("guide (job offer)", "/guide/job-offer/", signed_in=False),
        # Not a goal of its own: how the reasons step fares for a typical plan.
        Page(
            f"reasons ({TYPICAL_REASONS} reasons)",
            f"/plans/{member.typical_plan.pk}/reasons/",
            signed_in=True,
        ),
    ]
    runs: dict[str, list[Run]] = {page.name: [] for page in pages}
    log = Path(tempfile.mkdtemp(prefix="ajar-bench-")) / "gunicorn.log"
    with gunicorn(free_port(WEB_PORTS), log=log) as base:
        sizes = {page.name: check(base, page, member.session_cookie) for page in pages}
        cookies = {page.name: member.session_cookie if page.signed_in else None for page in pages}
        for page in pages:  # warm every worker's caches and connections
            wrk(program, base + page.path, seconds=2, connections=8, cookie=cookies[page.name])
        for _round in range(args.rounds):
            for page in pages:
                cookie = cookies[page.name]
                runs[page.name].append(
                    wrk(
                        program,
                        base + page.path,
                        seconds=args.seconds,
                        connections=args.connections,
                        cookie=cookie,
                    )
                )
    report(pages, runs, sizes, args)


def report(pages: list[Page], runs: dict[str, list[Run]], sizes: dict[str, int], args) -> None:
    from django.conf import settings

    bare = runs[pages[0].name]
    print("== Pages under load (gunicorn, production settings, PostgreSQL, wrk) ==")
    print(machine())
    print(f"cache: {settings.CACHES['default']['BACKEND']}; sessions: {settings.SESSION_ENGINE}")
    print(
        f"{args.connections} connections, {args.rounds} rounds x {args.seconds:g} s per page; "
        "median over rounds; ratio = page req/s / bare req/s in the same round"
    )
    print(f"{'page':26} {'bytes':>7} {'req/s':>8} {'p50 ms':>7} {'p95 ms':>7} {'errors':>6} ratio")
    failures = []
    for page in pages:
        page_runs = runs[page.name]
        rate = statistics.median(run.requests_per_s for run in page_runs)
        p50 = statistics.median(run.p50_ms for run in page_runs)
        p95 = statistics.median(run.p95_ms for run in page_runs)
        errors = sum(run.errors for run in page_runs)
        ratio = statistics.median(
            run.requests_per_s / base.requests_per_s
            for run, base in zip(page_runs, bare, strict=True)
        )
        print(
            f"{page.name:26} {sizes[page.name]:>7} {rate:>8.0f} {p50:>7.1f} {p95:>7.1f} "
            f"{errors:>6} {ratio:.2f}"
        )
        if page is not pages[0] and ratio < RATIO_GOAL:
            failures.append(f"{page.name}: ratio {ratio:.2f} < {RATIO_GOAL}")
        if p95 > P95_GOAL_MS:
            failures.append(f"{page.name}: p95 {p95:.1f} ms > {P95_GOAL_MS:g} ms")
        if errors:
            failures.append(f"{page.name}: {errors} errors")
    print("goals (ratio >= 0.5, p95 <= 50 ms, no errors):", "; ".join(failures) or "met")


if __name__ == "__main__":
    main()
