"""Real-browser tests: Debian's Chromium driven by Playwright against pytest-django's live server.

Every test here is a member's (or an editor's) journey through the real pages, with the
real JavaScript, CSS and htmx, checked with axe-core. Screenshots go to test-artifacts/,
and a failing test leaves its screenshot and page HTML there too.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from playwright.sync_api import Browser, BrowserContext

from apps.accounts.models import User
from apps.content.editors import CONTENT_EDITORS
from apps.content.seeding import seed_starter_content
from tests.browser.helpers import ARTIFACTS, DESKTOP, slug
from tests.helpers import make_member

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the browser tests after every other test. They flush the database when they
    end (the live server needs committed data), which empties what migrations put there,
    such as the "Content editors" group; pytest-django runs such tests after the others,
    but pytest then regroups tests by pytest-playwright's browser parameter and would
    run them in the middle. Last, too, because Playwright's event loop stays up until
    the session ends."""
    here = Path(__file__).parent
    browser_tests = [item for item in items if here in Path(item.path).parents]
    others = [item for item in items if here not in Path(item.path).parents]
    items[:] = others + browser_tests


@pytest.fixture(scope="session", autouse=True)
def _django_beside_playwright() -> None:
    # Playwright's sync API keeps an asyncio loop alive in this thread, and Django then
    # refuses ORM calls from it (SynchronousOnlyOperation). The test code only reads and
    # writes the database between browser steps, never concurrently with it: the
    # documented workaround is safe here.
    # https://docs.djangoproject.com/en/6.1/topics/async/#async-safety
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"


@pytest.fixture(autouse=True)
def _fresh_cache(transactional_db) -> None:
    # allauth keeps its rate limits in the cache, a database table no flush empties:
    # a second run within minutes would have its confirmation emails held back.
    cache.clear()


@pytest.fixture(scope="session", autouse=True)
def _fresh_evidence() -> None:
    """Failure evidence and axe reports are this run's only."""
    for folder in (ARTIFACTS / "failures", ARTIFACTS / "axe"):
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing: `apt-get install chromium` to run the browser tests"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason} (CI must run them, so this fails instead of skipping)")
        pytest.skip(reason)
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture(scope="session")
def base_url(live_server) -> str:
    return live_server.url


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict) -> dict:
    return {
        **browser_context_args,
        "locale": "en-GB",
        "timezone_id": "Europe/Brussels",
        "accept_downloads": True,
    }


@pytest.fixture
def make_context(new_context) -> Callable[..., BrowserContext]:
    """pytest-playwright's contexts, 1280 px wide unless asked otherwise, failing after
    10 s rather than 30 s, and counting htmx requests for journeys.settled()."""

    def make(**options) -> BrowserContext:
        context = new_context(**{"viewport": DESKTOP, **options})
        context.set_default_timeout(10_000)
        context.add_init_script(HTMX_PENDING)
        return context

    return make


@pytest.fixture
def context(make_context) -> BrowserContext:
    return make_context()


# Counts htmx requests in flight, for tests.browser.journeys.settled(). Each request's
# own "loadend" always fires (answered, failed or aborted), even when the element that
# sent it was swapped away meanwhile, when htmx's own events no longer reach document.
# Autosaves (ajar.js) use fetch: counted too, so a test's next click never races one
# (the suite's in-memory SQLite refuses a second writer at once instead of waiting).
HTMX_PENDING = """
window.__htmxPending = 0;
window.__fetchPending = 0;
const pageFetch = window.fetch;
window.fetch = (...args) => {
    window.__fetchPending += 1;
    return pageFetch(...args).finally(() => { window.__fetchPending -= 1; });
};
document.addEventListener("htmx:beforeSend", (event) => {
    window.__htmxPending += 1;
    event.detail.xhr.addEventListener("loadend", () => { window.__htmxPending -= 1; });
});
"""


@pytest.fixture
def content(transactional_db) -> None:
    """The starter advice content, as `make run` loads it. The live server's tests flush
    the database after each test, so every test seeds its own."""
    seed_starter_content()


@pytest.fixture
def content_editors(transactional_db) -> Group:
    """The group as its migration makes it; a flush empties it and post_migrate (which
    a flush sends) puts it back: apps/content/editors.py."""
    return Group.objects.get(name=CONTENT_EDITORS)


@pytest.fixture
def member(transactional_db) -> User:
    return make_member("noor@example.com", display_name="Noor")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator:
    report = yield
    if report.when == "call" and report.failed:
        browser = item.funcargs.get("browser") if hasattr(item, "funcargs") else None
        if isinstance(browser, Browser):
            keep_failure_evidence(item, browser)
    return report


def keep_failure_evidence(item: pytest.Item, browser: Browser) -> None:
    """A screenshot and the HTML of every open page, for whoever reads the failure."""
    folder = ARTIFACTS / "failures" / slug(item.nodeid)
    folder.mkdir(parents=True, exist_ok=True)
    for c, context in enumerate(browser.contexts):
        for p, open_page in enumerate(context.pages):
            name = f"context{c}-page{p}"
            try:
                open_page.screenshot(path=folder / f"{name}.png", full_page=True)
                (folder / f"{name}.html").write_text(open_page.content(), encoding="utf-8")
                (folder / f"{name}.url").write_text(open_page.url + "\n", encoding="utf-8")
            except Exception as error:  # a crashed page must not hide the real failure
                (folder / f"{name}.error").write_text(repr(error), encoding="utf-8")
    item.add_report_section("call", "browser", f"Screenshots and HTML in {folder}")
