"""What the browser journeys share: evidence, axe-core, keyboard focus and layout checks."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from django.test import Client
from playwright.sync_api import BrowserContext, Locator, Page

from apps.accounts.models import User

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
DESKTOP = {"width": 1280, "height": 900}
MOBILE = {"width": 390, "height": 844}

AXE_VERSION = "4.14.1"  # tests/browser/vendor/README.md says where it came from
AXE_SOURCE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text(encoding="utf-8")
# Failing impacts, plus the rules below "serious" that the issue names: headings in order,
# one main landmark, content inside landmarks.
FAILING_IMPACTS = {"serious", "critical"}
FAILING_RULES = {"heading-order", "landmark-one-main", "page-has-heading-one", "region"}


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:120]


class Evidence:
    """Numbered full-page screenshots of one journey, for a reviewer to look through."""

    def __init__(self, journey: str) -> None:
        self.folder = ARTIFACTS / slug(journey)
        self.folder.mkdir(parents=True, exist_ok=True)
        for old in self.folder.glob("*.png"):
            old.unlink()
        self.count = 0

    def shot(self, page: Page, label: str) -> Path:
        self.count += 1
        width = page.viewport_size["width"] if page.viewport_size else 0
        path = self.folder / f"{self.count:02d}-{slug(label)}-{width}.png"
        page.screenshot(path=path, full_page=True)
        return path


# Accessibility


# axe runs in a world of its own (the page's scripts never see it), which works with the
# page's JavaScript off too. Timers never fire in a page whose scripts are disabled, so
# that world gets a setTimeout that queues a microtask instead.
AXE_WORLD_TIMERS = """(() => {
    let next = 1;
    const cancelled = new Set();
    window.setTimeout = (callback, _delay, ...args) => {
        const id = next++;
        Promise.resolve().then(() => { if (!cancelled.has(id)) callback(...args); });
        return id;
    };
    window.clearTimeout = (id) => cancelled.add(id);
})();"""
AXE_RUN = """axe.run(document, {
    resultTypes: ["violations"],
    runOnly: {type: "tag", values: [
        "wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]},
}).then(results => results.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => ({target: n.target.join(" "), summary: n.failureSummary,
                              html: n.html.slice(0, 200)})),
})))"""


def axe_violations(page: Page) -> list[dict[str, Any]]:
    """Run axe-core on the page as it is now. The page's CSP forbids inline scripts, so
    axe is evaluated through the DevTools protocol rather than added as a <script>."""
    cdp = page.context.new_cdp_session(page)
    try:
        frame_id = cdp.send("Page.getFrameTree")["frameTree"]["frame"]["id"]
        world = cdp.send("Page.createIsolatedWorld", {"frameId": frame_id, "worldName": "axe"})
        context_id = world["executionContextId"]
        for source in (AXE_WORLD_TIMERS, AXE_SOURCE):
            loaded = cdp.send("Runtime.evaluate", {"expression": source, "contextId": context_id})
            assert "exceptionDetails" not in loaded, loaded
        ran = cdp.send(
            "Runtime.evaluate",
            {
                "expression": AXE_RUN,
                "contextId": context_id,
                "awaitPromise": True,
                "returnByValue": True,
            },
        )
        assert "exceptionDetails" not in ran, ran
        return ran["result"]["value"]
    finally:
        cdp.detach()


def record_accessibility(page: Page, label: str) -> list[dict[str, Any]]:
    """Every axe finding on the page, whatever its impact, written to test-artifacts/axe/."""
    violations = axe_violations(page)
    folder = ARTIFACTS / "axe"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{slug(label)}.json").write_text(
        json.dumps({"url": page.url, "axe": AXE_VERSION, "violations": violations}, indent=2),
        encoding="utf-8",
    )
    return violations


def assert_accessible(page: Page, label: str) -> list[dict[str, Any]]:
    """0 serious or critical axe violations (and none of FAILING_RULES) on the page."""
    violations = record_accessibility(page, label)
    failing = [v for v in violations if v["impact"] in FAILING_IMPACTS or v["id"] in FAILING_RULES]
    assert not failing, f"axe on {label} ({page.url}):\n" + "\n".join(
        f"- {v['id']} ({v['impact']}): {v['help']}\n"
        + "\n".join(f"    {n['target']}: {n['summary']}" for n in v["nodes"][:5])
        for v in failing
    )
    return violations


FOCUS_STATE = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    return {
        tag: el.tagName.toLowerCase(),
        id: el.id,
        text: (el.innerText || el.value || el.getAttribute("aria-label") || "").trim().slice(0, 60),
        visible: outline || style.boxShadow !== "none",
        style: `outline ${style.outlineStyle} ${style.outlineWidth}; box-shadow ${style.boxShadow}`,
        focusVisible: el.matches(":focus-visible"),
    };
}"""


def focused(page: Page) -> dict[str, Any] | None:
    return page.evaluate(FOCUS_STATE)


def press(page: Page, key: str) -> dict[str, Any] | None:
    """Press a key; after Tab or Shift+Tab the focus must be on something, visibly."""
    page.keyboard.press(key)
    state = focused(page)
    if key in {"Tab", "Shift+Tab"}:
        assert state is not None, f"{key} left the focus nowhere on {page.url}"
        assert state["visible"], f"focus is invisible on {state} ({page.url})"
    return state


def tab_to(page: Page, target: Locator, *, backwards: bool = False, limit: int = 150) -> None:
    """Tab (or Shift+Tab) until `target` has the focus, checking the focus ring on the way."""
    handle = target.element_handle()
    for _ in range(limit):
        press(page, "Shift+Tab" if backwards else "Tab")
        if page.evaluate("el => document.activeElement === el", handle):
            return
    raise AssertionError(f"could not Tab to {target} on {page.url}")


def type_into(page: Page, target: Locator, text: str) -> None:
    """Tab to a field and type, as a keyboard user does (Ctrl+A first to replace what
    is already there)."""
    tab_to(page, target)
    if target.input_value():
        page.keyboard.press("ControlOrMeta+a")
    page.keyboard.type(text)


def focus_is_on(page: Page, selector: str) -> bool:
    return page.evaluate("s => document.activeElement?.matches(s) ?? false", selector)


# Layout


def horizontal_overflow(page: Page) -> int:
    """How many CSS pixels the page is wider than the screen (0 is right). Measured
    against the viewport we asked for: an emulated phone widens its layout viewport
    (window.innerWidth) to fit content that overflows."""
    width = page.viewport_size["width"]
    return page.evaluate(
        "(width) => Math.max(0, document.documentElement.scrollWidth - width)", width
    )


WIDEST = """(width) => [...document.querySelectorAll("body *")]
    .filter(el => el.getBoundingClientRect().right > width + 0.5)
    .filter(el => !el.closest(".visually-hidden, .visually-hidden-focusable"))
    .slice(0, 8)
    .map(el => `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}`
        + `.${[...el.classList].join(".")}`
        + ` right=${Math.round(el.getBoundingClientRect().right)}`)"""


OVERLAPS = """() => {
    const selector = "a[href], button, input:not([type=hidden]), select, textarea, summary";
    const seen = [];
    for (const el of document.querySelectorAll(selector)) {
        const style = getComputedStyle(el);
        if (style.visibility === "hidden" || style.display === "none") continue;
        const hidden =
            "[hidden], .visually-hidden, .collapse:not(.show), .dropdown-menu:not(.show)";
        if (el.closest(hidden)) continue;
        const details = el.closest("details");
        if (details && !details.open && el.tagName !== "SUMMARY") continue;  // folded away
        const rects = [...el.getClientRects()].filter(r => r.width > 2 && r.height > 2);
        if (!rects.length) continue;
        seen.push({el, rects});
    }
    const slack = 1.5;  // borders that touch are fine
    const hit = (a, b) => a.left + slack < b.right && b.left + slack < a.right
        && a.top + slack < b.bottom && b.top + slack < a.bottom;
    const name = el => `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""} “${
        (el.innerText || el.value || el.name || "").trim().slice(0, 40)}”`;
    const found = [];
    for (let i = 0; i < seen.length; i++) {
        for (let j = i + 1; j < seen.length; j++) {
            const a = seen[i], b = seen[j];
            if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
            if (a.rects.some(r => b.rects.some(s => hit(r, s)))) {
                found.push(`${name(a.el)} over ${name(b.el)}`);
            }
        }
    }
    return found;
}"""


def overlapping_controls(page: Page) -> list[str]:
    return page.evaluate(OVERLAPS)


def assert_fits(page: Page, label: str) -> None:
    """No horizontal scrolling, and no visible control drawn over another."""
    overflow = horizontal_overflow(page)
    assert overflow == 0, (
        f"{label}: the page scrolls sideways by {overflow}px at {page.viewport_size} "
        f"({page.url}); too wide: {page.evaluate(WIDEST, page.viewport_size['width'])}"
    )
    overlaps = overlapping_controls(page)
    assert not overlaps, f"{label}: controls overlap ({page.url}):\n" + "\n".join(overlaps)


# Members


def log_in(context: BrowserContext, user: User, base_url: str) -> None:
    """Sign a member in by handing the browser a session cookie (the sign-in form itself
    is exercised in the journeys that sign up)."""
    client = Client()
    client.force_login(user)
    cookie = client.cookies["sessionid"]
    context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": base_url}])


CONFIRM_LINK = re.compile(r"https?://[^/\s]+(/accounts/confirm-email/[^\s]+/)")


def confirmation_path(outbox: list) -> str:
    assert outbox, "no confirmation email was sent"
    match = CONFIRM_LINK.search(outbox[-1].body)
    assert match, outbox[-1].body
    return match.group(1)
