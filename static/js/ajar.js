// Ajar's small behaviours. Loaded as a module (deferred); no inline scripts anywhere.
// Each behaviour hooks onto a data- attribute, so every page also works without JavaScript.

const ERRORS = "#error-summary, [data-error-summary]";

function moveFocusTo(spot) {
  if (!spot.hasAttribute("tabindex")) spot.setAttribute("tabindex", "-1");
  spot.focus({ preventScroll: true });
}

function announce(text) {
  // A live region that is on the page from the start: screen readers ignore one that
  // arrives inside swapped-in content.
  const announcer = document.getElementById("announcer");
  if (!announcer || !text) return;
  announcer.textContent = "";
  window.setTimeout(() => { announcer.textContent = text; }, 50);
}

function focusAfterSwap(event) {
  // After htmx swaps in a step or a reminder, move focus to the error summary or the
  // new heading, so keyboard and screen-reader users land on what changed, and read out
  // the outcome ("Saved.", "Snoozed"). event.target is the new element: for an
  // outerHTML swap, event.detail.target is the old one, already out of the page.
  const swapped = event.target;
  if (!(swapped instanceof Element) || !swapped.isConnected) return;
  if (swapped.id !== "builder" && !swapped.matches("[data-swap-focus]")) return;
  const spot =
    swapped.querySelector(ERRORS) ||
    swapped.querySelector("[data-focus-after-swap]") ||
    swapped.querySelector("input:not([type=hidden]), select, textarea");
  if (spot) moveFocusTo(spot);
  const outcome = swapped.querySelector("#messages, [data-announce]");
  announce(outcome ? outcome.innerText.trim() : "");
}

function focusErrorsOnLoad() {
  // A page that comes back from the server with errors (no htmx, or JavaScript-light
  // pages such as sign-in) starts on its error summary.
  const summary = document.querySelector(ERRORS);
  if (summary) moveFocusTo(summary);
}

function fieldValues(selectors) {
  return selectors.split(",").map((selector) => document.querySelector(selector.trim())?.value ?? "");
}

function setUpCopyButtons(root) {
  for (const button of root.querySelectorAll("[data-copy-from]")) {
    if (!navigator.clipboard) continue;
    button.hidden = false;
    if (button.dataset.copyReady) continue;
    button.dataset.copyReady = "1";
    button.addEventListener("click", async () => {
      const [subject, body] = fieldValues(button.dataset.copyFrom);
      const text = body === undefined ? subject : `${subject}\n\n${body}`;
      const scope = button.closest("form, [role=status], section") || document;
      const status = scope.querySelector("[data-copy-status]");
      try {
        await navigator.clipboard.writeText(text);
        if (status) status.textContent = button.dataset.copyDone || "Copied.";
      } catch {
        if (status) status.textContent = "Your browser did not allow copying. Select the text and copy it instead.";
      }
    });
  }
}

function mailtoHref(link) {
  // The server renders the link from the saved draft; keep it in step with unsaved edits.
  const [subject, body] = fieldValues(link.dataset.mailtoFrom);
  const to = encodeURIComponent(link.dataset.mailtoTo || "").replace(/%40/g, "@");
  return `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

function setUpMailtoLinks(root) {
  for (const link of root.querySelectorAll("[data-mailto-from]")) {
    if (link.dataset.mailtoReady) continue;
    link.dataset.mailtoReady = "1";
    link.addEventListener("click", () => {
      link.href = mailtoHref(link);
    });
  }
}

function showRefusedTone(event) {
  // A tone check refused with a 400 (a text past the limit) says why in its body: show
  // it next to the field, as htmx would not swap an error response on its own.
  const target = event.detail.target;
  if (event.detail.xhr.status === 400 && target && target.matches(".tone-findings")) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
}

function setUp(root) {
  setUpCopyButtons(root);
  setUpMailtoLinks(root);
}

document.addEventListener("htmx:beforeSwap", showRefusedTone);
document.addEventListener("htmx:afterSwap", focusAfterSwap);
document.addEventListener("htmx:load", (event) => setUp(event.detail.elt));
setUp(document);
focusErrorsOnLoad();
