"""Steps the journeys share: waiting for htmx, and the pages a member reads along the way."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.browser.helpers import Evidence, assert_accessible

PASSWORD = "correct-horse-battery-staple"
ORGANISATION = "Northwind Logistics"
BLUNT = "the salary is too low"
REFRAMED = "I am looking for a higher level of compensation at this stage of my career"


def settled(page: Page) -> None:
    """Wait until every htmx request has been answered and its swap has settled
    (htmx restores the new elements' classes only once settled)."""
    page.wait_for_function(
        """() => !window.htmx || (window.__htmxPending === 0 && window.__fetchPending === 0
            && !document.querySelector(".htmx-request, .htmx-swapping, .htmx-settling"))"""
    )


def step_heading(page: Page, title: str) -> None:
    """The builder shows this step (after a page load or an htmx swap)."""
    expect(page.locator("#builder h1")).to_have_text(title)
    settled(page)


def announced(page: Page, text: str) -> None:
    """What a screen reader hears after an htmx swap (the page's own live region)."""
    expect(page.locator("#announcer")).to_have_text(text)


def check_page(page: Page, evidence: Evidence, label: str) -> None:
    """Every page a journey reaches: a screenshot for the record, then axe."""
    evidence.shot(page, label)
    assert_accessible(page, f"{evidence.folder.name}-{label}")


def plan_id_from(page: Page) -> str:
    match = re.search(r"/plans/([0-9a-f-]{36})/", page.url)
    assert match, page.url
    return match.group(1)
