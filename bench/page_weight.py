"""Page weight: bytes on the wire for a page and everything it loads, and third-party requests.

Run from the repo root: .venv/bin/python -m bench.page_weight

gunicorn serves Ajar with the production settings (static files hashed and compressed
by whitenoise at collectstatic). Headless Chromium (/usr/bin/chromium through
Playwright) loads each page and records every request it makes; each same-origin
request is then fetched again with `Accept-Encoding: br, gzip` to count the bytes
the server actually sends. Goal: no third-party request.
"""

from __future__ import annotations

import gzip
import tempfile
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from bench.common import (
    WEB_PORTS,
    collect_static,
    free_port,
    gunicorn,
    machine,
    recreate_database,
    use_production_settings,
)

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@dataclass(frozen=True)
class Resource:
    url: str
    sent: int  # bytes of the body as sent (compressed when the server compresses)
    size: int  # bytes once decompressed
    encoding: str
    gzipped: int  # what gzip would make of it, for what is sent uncompressed


@dataclass(frozen=True)
class Weight:
    name: str
    resources: list[Resource]
    third_party: list[str]


def fetch(url: str, cookie: str | None) -> Resource:
    headers = {"Accept-Encoding": "br, gzip"}
    if cookie:
        headers["Cookie"] = cookie
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=10) as r:
        body = r.read()
        encoding = r.headers.get("Content-Encoding", "") or "identity"
    if encoding == "gzip":
        content = gzip.decompress(body)
    elif encoding == "br":
        import brotli  # only there when whitenoise could make .br files

        content = brotli.decompress(body)
    else:
        content = body
    return Resource(
        url=url,
        sent=len(body),
        size=len(content),
        encoding=encoding,
        gzipped=len(gzip.compress(content)) if encoding == "identity" else len(body),
    )


def weigh(base: str, pages: dict[str, str], cookie: str) -> list[Weight]:
    from playwright.sync_api import sync_playwright

    origin = urlsplit(base).netloc
    name, value = cookie.split("=", 1)
    weights = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for page_name, path in pages.items():
            context = browser.new_context()
            signed_in = path.startswith("/plans/")
            if signed_in:
                context.add_cookies([{"name": name, "value": value, "url": base}])
            page = context.new_page()
            requested: list[str] = []
            page.on("request", lambda request, urls=requested: urls.append(request.url))
            response = page.goto(base + path, wait_until="networkidle")
            if response is None or response.status != 200:
                raise SystemExit(f"{path} did not load (status {response and response.status}).")
            context.close()
            own = [url for url in requested if urlsplit(url).netloc == origin]
            others = [url for url in requested if urlsplit(url).netloc != origin]
            resources = [fetch(url, cookie if signed_in else None) for url in dict.fromkeys(own)]
            weights.append(Weight(page_name, resources, others))
        browser.close()
    return weights


def main() -> None:
    use_production_settings()
    recreate_database()
    collect_static()
    import django

    django.setup()
    from bench.seed import REASONS, bench_member

    member = bench_member()
    pages = {
        "landing page": "/",
        "guide (job offer)": "/guide/job-offer/",
        f"builder: reasons step ({REASONS} reasons)": f"/plans/{member.big_plan.pk}/reasons/",
        "builder: situation step": f"/plans/{member.big_plan.pk}/situation/",
    }
    log = Path(tempfile.mkdtemp(prefix="ajar-bench-")) / "gunicorn.log"
    with gunicorn(free_port(WEB_PORTS), log=log) as base:
        weights = weigh(base, pages, member.session_cookie)

    print("== Page weight (headless Chromium, production static files) ==")
    print(machine())
    failures = []
    for weight in weights:
        sent = sum(resource.sent for resource in weight.resources)
        size = sum(resource.size for resource in weight.resources)
        print(
            f"{weight.name}: {len(weight.resources)} requests, {sent / 1024:.1f} KiB sent "
            f"({size / 1024:.1f} KiB uncompressed), third-party requests: {len(weight.third_party)}"
        )
        for resource in weight.resources:
            print(
                f"    {resource.sent / 1024:7.1f} KiB {resource.encoding:8} "
                f"({resource.size / 1024:6.1f} KiB)  {urlsplit(resource.url).path}"
            )
        html = weight.resources[0]
        if html.encoding == "identity":
            # What compressing the HTML would save (Ajar does not: see docs/performance.md).
            print(f"    (the HTML gzipped would be {html.gzipped / 1024:.1f} KiB)")
        failures += [f"{weight.name}: {url}" for url in weight.third_party]
    print(
        "third-party requests (goal 0):",
        len(failures),
        *failures,
        sep="\n    " if failures else " ",
    )


if __name__ == "__main__":
    main()
