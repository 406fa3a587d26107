"""The benchmark pages in one process: ms per request and queries, no server, no wrk.

Run from the repo root: .venv/bin/python -m bench.render

Django's test client against a fresh ajar_bench PostgreSQL database with the production
settings. Without the load generator and the server this isolates Django's own cost
per page, which is what the template and query work changes; it is also steadier than
the loaded figures on a shared machine. Each page: median of --requests requests after
one to warm up.
"""

from __future__ import annotations

import argparse
import statistics
import time

from bench.common import collect_static, machine, recreate_database, use_production_settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=50)
    args = parser.parse_args()

    use_production_settings(ALLOWED_HOSTS="testserver")
    recreate_database()
    collect_static()
    import django

    django.setup()
    from django.db import connection
    from django.test import Client

    from bench.seed import PLANS, REASONS, TYPICAL_REASONS, bench_member

    member = bench_member()
    visitor, signed_in = Client(), Client()
    signed_in.force_login(member.user)
    pages = [
        ("bare", "/bench/bare/", visitor),
        ("guide (job offer), visitor", "/guide/job-offer/", visitor),
        ("guide (job offer), member", "/guide/job-offer/", signed_in),
        (f"dashboard ({PLANS} plans)", "/plans/", signed_in),
        (
            f"reasons ({TYPICAL_REASONS} reasons)",
            f"/plans/{member.typical_plan.pk}/reasons/",
            signed_in,
        ),
        (f"reasons ({REASONS} reasons)", f"/plans/{member.big_plan.pk}/reasons/", signed_in),
    ]
    print("== Pages in one process (Django test client, production settings, PostgreSQL) ==")
    print(machine())
    print(f"median of {args.requests} requests per page")
    print(f"{'page':30} {'ms':>7} {'queries':>8} {'bytes':>8}")
    for name, path, client in pages:
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        queries: list[str] = []

        def count(execute, sql, params, many, context, queries=queries):
            queries.append(sql)
            return execute(sql, params, many, context)

        with connection.execute_wrapper(count):
            client.get(path)
        times = []
        for _ in range(args.requests):
            began = time.perf_counter()
            client.get(path)
            times.append((time.perf_counter() - began) * 1000)
        print(
            f"{name:30} {statistics.median(times):7.1f} {len(queries):8} {len(response.content):8}"
        )


if __name__ == "__main__":
    main()
