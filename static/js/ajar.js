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

// Autosave: a step form marked data-autosave saves itself a moment after the member
// stops typing (the same "Save" post its button sends, answered 204), one request at a
// time, so a slow network loses no keystroke: what changed during a request is sent
// after it. The status says "Saving…", "Saved" or "Not saved" with a retry. Fields
// named with a data-autosave-skip prefix (a reason not yet added) are left for their own
// button. Leaving with anything unsaved asks first; the step's own buttons and links
// submit the form, so they never ask.
const AUTOSAVE_DELAY = 1200;
const autosave = { form: null, timer: 0, busy: false, dirty: false, failed: false };

function autosaveStatus(state, { retry = false } = {}) {
  // The words come from the page (data-saving, data-saved, data-not-saved), translated.
  const status = autosave.form && document.querySelector("[data-autosave-status]");
  if (!status) return;
  status.textContent = status.dataset[state] || "";
  if (retry) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "btn btn-link btn-sm p-0 ms-1 align-baseline";
    button.textContent = status.dataset.retry || "Retry";
    button.addEventListener("click", () => saveNow());
    status.append(button);
  }
}

function autosaveBody(form) {
  const data = new FormData(form);
  const skip = form.dataset.autosaveSkip;
  if (skip) for (const name of [...data.keys()]) if (name.startsWith(skip)) data.delete(name);
  data.set("action", "save");
  return data;
}

async function saveNow() {
  const form = autosave.form;
  if (!form || !form.isConnected) return;
  window.clearTimeout(autosave.timer);
  if (autosave.busy) return; // sent again when the request in flight is answered
  autosave.busy = true;
  autosave.dirty = false;
  autosaveStatus("saving");
  let saved = false;
  try {
    // getAttribute: form.action would be the form's buttons, all named "action".
    const response = await fetch(form.getAttribute("action"), {
      method: "POST",
      body: autosaveBody(form),
      headers: { "X-Ajar-Autosave": "1" },
      credentials: "same-origin",
    });
    saved = response.status === 204;
  } catch (error) {
    saved = false;
  }
  autosave.busy = false;
  autosave.failed = !saved;
  if (!form.isConnected) return;
  if (!saved) {
    autosave.dirty = true;
    autosaveStatus("notSaved", { retry: true });
  } else if (autosave.dirty) {
    saveNow();
  } else {
    autosaveStatus("saved");
  }
}

function noteTyping(event) {
  const field = event.target;
  if (!(field instanceof Element) || !field.form || field.form.id !== "step-form") return;
  const form = field.form;
  const skip = form.dataset.autosaveSkip;
  if (autosave.form !== form) Object.assign(autosave, { form, dirty: false, failed: false });
  if (skip && field.name && field.name.startsWith(skip)) {
    autosave.unsavedSkipped = true;
    return;
  }
  autosave.dirty = true;
  if (!("autosave" in form.dataset)) return;
  window.clearTimeout(autosave.timer);
  autosave.timer = window.setTimeout(saveNow, AUTOSAVE_DELAY);
}

function warnBeforeLeaving(event) {
  if (!autosave.dirty && !autosave.busy && !autosave.unsavedSkipped) return;
  event.preventDefault();
  event.returnValue = "";
}

function forgetUnsaved() {
  window.clearTimeout(autosave.timer);
  Object.assign(autosave, { form: null, dirty: false, failed: false, unsavedSkipped: false });
}

document.addEventListener("input", noteTyping);
document.addEventListener("change", noteTyping);
document.addEventListener("submit", forgetUnsaved);
document.addEventListener("htmx:afterSwap", (event) => {
  if (event.target instanceof Element && event.target.id === "builder") forgetUnsaved();
});
window.addEventListener("beforeunload", warnBeforeLeaving);

function showPasskeyControls(root) {
  // Passkey buttons come hidden: without JavaScript (or WebAuthn) they could only fail,
  // and the page's <noscript> note says why instead.
  if (!window.PublicKeyCredential) return;
  for (const element of root.querySelectorAll("[data-needs-passkeys]")) element.hidden = false;
}

function setUp(root) {
  setUpCopyButtons(root);
  setUpMailtoLinks(root);
  showPasskeyControls(root);
}

document.addEventListener("htmx:beforeSwap", showRefusedTone);
document.addEventListener("htmx:afterSwap", focusAfterSwap);
document.addEventListener("htmx:load", (event) => setUp(event.detail.elt));
setUp(document);
focusErrorsOnLoad();
