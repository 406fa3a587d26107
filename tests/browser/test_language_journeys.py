"""The whole journey in Dutch and in French: a visitor whose browser asks for the language
signs up, declines a job offer and a promotion, gets a reminder by email, subscribes to
the calendar feed, looks at two-step sign-in and their sessions, exports their data and
deletes the account, and never meets a word of English interface (tests/browser/language.py)
on a page, in an email or in the feed. Every page is screenshotted, checked with axe, and
says its language in `<html lang>`.

The test finds buttons and labels by their text in the language, taken from the same
catalogs the pages use (gettext under the language), so it reads as the member sees it.
"""

from __future__ import annotations

import io
import json
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone, translation
from django.utils.translation import gettext
from playwright.sync_api import Page, expect

from apps.accounts.models import User
from apps.plans.models import DeclinePlan
from apps.reminders.models import Reminder
from tests.browser.helpers import Evidence, confirmation_path
from tests.browser.journeys import PASSWORD, check_page, settled
from tests.browser.language import english_words, page_english_words

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# What the member types, in their language: never counted as English interface.
MEMBER = {
    "nl": {
        "name": "Noor",
        "organisation": "Brouwerij De Klok",
        "role": "Productieplanner",
        "contact": "Katrien Peeters",
        "stay_in_touch": "Ik hou graag contact en hoop dat onze wegen elkaar nog kruisen.",
        "promotion_org": "Stad Gent",
        "promotion_role": "Teamleider",
        "manager": "Wim De Smet",
    },
    "fr": {
        "name": "Noor",
        "organisation": "Brasserie La Cloche",
        "role": "Planificatrice de production",
        "contact": "Claire Dubois",
        "stay_in_touch": "J'aimerais beaucoup garder le contact et recroiser votre chemin.",
        "promotion_org": "Ville de Namur",
        "promotion_role": "Cheffe d'équipe",
        "manager": "Marc Lambert",
    },
}


class Journey:
    def __init__(self, page: Page, language: str) -> None:
        self.page = page
        self.language = language
        self.evidence = Evidence(f"language-journey-{language}")
        self.typed = " ".join(MEMBER[language].values()) + " noor@example.com"

    def t(self, english: str) -> str:
        """The words the page shows for this English, in the journey's language."""
        with translation.override(self.language):
            return gettext(english)

    def check(self, label: str) -> None:
        page = self.page
        expect(page.locator("html")).to_have_attribute("lang", self.language)
        settled(page)
        check_page(page, self.evidence, label)
        leaked = page_english_words(page, self.language, typed=self.typed)
        assert not leaked, f"English on {label} ({page.url}): {sorted(leaked)}"

    def check_text(self, text: str, label: str) -> None:
        leaked = english_words(text, self.language, typed=self.typed)
        assert not leaked, f"English in {label}: {sorted(leaked)}\n{text}"

    def button(self, english: str, **options):
        return self.page.get_by_role("button", name=self.t(english), **options)

    def continue_(self) -> None:
        self.button("Save and continue").click()
        settled(self.page)


def sign_up(journey: Journey) -> None:
    page, language = journey.page, journey.language
    page.goto("/")
    expect(page).to_have_url(f"/{language}/")
    journey.check("landing")
    page.get_by_role("link", name=journey.t("Read the guide first")).click()
    journey.check("guide")
    page.get_by_role("link", name=journey.t("Sign up free")).click()
    journey.check("sign-up")
    page.locator("#id_email").fill("noor@example.com")
    page.locator("#id_display_name").fill(MEMBER[language]["name"])
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill("iets anders" if language == "nl" else "autre chose")
    journey.button("Create account").click()
    expect(page.locator("[data-error-summary]")).to_be_visible()
    journey.check("sign-up-with-errors")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    journey.button("Create account").click()
    journey.check("check-your-email")

    message = mail.outbox[-1]
    journey.check_text(f"{message.subject}\n{message.body}", "the confirmation email")
    page.goto(confirmation_path(mail.outbox))
    journey.check("confirm-email")
    journey.button("Confirm").click()
    expect(page).to_have_url("/plans/")
    journey.check("dashboard-empty")
    assert User.objects.get(email="noor@example.com").language == language


def build_plan(journey: Journey, situation: str) -> DeclinePlan:
    page, member = journey.page, MEMBER[journey.language]
    label = situation
    offer = situation == "offer"
    if offer:  # the empty dashboard offers both; a dashboard with plans, a new one
        page.get_by_role("link", name=journey.t("Decline a job offer")).click()
    else:
        page.get_by_role("link", name=journey.t("Start a new plan")).click()
        page.get_by_label(journey.t("Promotion"), exact=True).check()
    journey.check(f"{label}-situation-empty")
    journey.button("Create my plan").click()
    expect(page.locator("#error-summary")).to_be_visible()
    journey.check(f"{label}-situation-with-errors")
    page.locator("#id_organisation").fill(member["organisation" if offer else "promotion_org"])
    page.locator("#id_role").fill(member["role" if offer else "promotion_role"])
    page.locator("#id_contact_name").fill(member["contact" if offer else "manager"])
    page.locator("#id_deadline").fill((timezone.localdate() + timedelta(days=4)).isoformat())
    page.locator("#id_decided_on").fill(timezone.localdate().isoformat())
    journey.button("Create my plan").click()
    expect(page.locator("#builder h1")).to_have_text(journey.t("Reasons"))
    journey.check(f"{label}-reasons-empty")

    for index in (0, 1):
        reason = page.locator("details.library-reason").nth(index)
        if reason.get_attribute("open") is None:
            reason.locator("summary").click()
        reason.get_by_role("button", name=journey.t("Use this")).first.click()
        settled(page)
    journey.check(f"{label}-reasons-filled")
    journey.continue_()

    expect(page.locator("#builder h1")).to_have_text(journey.t("Keep the door open"))
    page.locator("#id_stay_in_touch" if offer else "#id_future_statement").fill(
        member["stay_in_touch"]
    )
    journey.check(f"{label}-door-open")
    journey.continue_()

    script = page.locator("#script-text")
    expect(script).to_contain_text(member["stay_in_touch"])
    journey.check(f"{label}-conversation")
    journey.check_text(script.inner_text(), f"the {label} script")
    journey.continue_()

    expect(page.locator("#builder h1")).to_have_text(journey.t("Follow-up email"))
    body = page.locator("#id_email_body")
    journey.check_text(
        f"{page.locator('#id_email_subject').input_value()}\n{body.input_value()}",
        f"the {label} email",
    )
    journey.check(f"{label}-email")
    journey.button("I have sent it").click()
    settled(page)
    journey.check(f"{label}-email-sent")
    journey.continue_()

    expect(page.locator("#builder h1")).to_have_text(journey.t("Reconnect"))
    journey.check(f"{label}-reconnect")
    journey.button("Schedule the ticked reminders").click()
    settled(page)
    journey.check(f"{label}-reconnect-scheduled")
    journey.continue_()
    journey.check(f"{label}-summary")

    plan = DeclinePlan.objects.filter(situation=situation).latest("created")
    assert plan.reminders.exists()
    page.get_by_role("link", name=journey.t("My plans")).first.click()
    journey.check(f"dashboard-after-{label}")
    return plan


def reminder_email(journey: Journey, plan: DeclinePlan) -> None:
    reminder = plan.reminders.order_by("due_at").first()
    past = timezone.now() - timedelta(minutes=5)
    Reminder.objects.filter(pk=reminder.pk).update(due_at=past, next_attempt_at=past)
    sent_before = len(mail.outbox)
    with translation.override("en"):  # the sender's own language must not matter
        call_command("sendreminders", "--once", stdout=io.StringIO())
    (message,) = mail.outbox[sent_before:]
    journey.check_text(f"{message.subject}\n{message.body}", "the reminder email")
    for content, kind in getattr(message, "alternatives", []):
        if kind == "text/html":
            journey.page.set_content(content)
            leaked = page_english_words(journey.page, journey.language, typed=journey.typed)
            assert not leaked, f"English in the reminder email's HTML: {sorted(leaked)}"


def calendar_export_delete(journey: Journey) -> None:
    page = journey.page
    page.goto("/account/")
    journey.check("settings")
    journey.button("Create my calendar address").click()
    feed_url = page.locator("#feed-url").input_value()
    journey.check("settings-calendar")
    # The address is on SITE_URL; the live server answers the same path.
    feed = page.request.get(urlsplit(feed_url).path)
    assert feed.ok
    ics = feed.text()
    assert "BEGIN:VEVENT" in ics
    summaries = "\n".join(
        line.split(":", 1)[1] for line in ics.splitlines() if line.startswith(("SUMMARY", "DESC"))
    )
    journey.check_text(summaries.replace("\\n", "\n").replace("\\,", ","), "the calendar feed")

    # Two-step sign-in and where the member is signed in, in the language too.
    page.goto("/accounts/2fa/")
    journey.check("two-step-sign-in")
    page.goto("/accounts/sessions/")
    journey.check("sessions")

    page.goto("/account/export/")
    journey.check("export")
    with page.expect_download() as download_info:
        page.get_by_role("link", name=journey.t("Download my data")).click()
    exported = json.loads(download_info.value.path().read_text(encoding="utf-8"))
    assert exported["account"]["language"] == journey.language

    page.goto("/account/delete/")
    journey.check("delete")
    page.locator("#id_email").fill("noor@example.com")
    journey.button("Delete my account for good").click()
    journey.check("delete-reauthenticate")
    page.locator("#id_password").fill(PASSWORD)
    journey.button("Confirm").click()
    journey.check("deleted")
    assert not User.objects.filter(email="noor@example.com").exists()


@pytest.mark.parametrize(
    "language",
    [
        # The browser's own language, so it sends Accept-Language as a Belgian's does.
        pytest.param("nl", marks=pytest.mark.browser_context_args(locale="nl-BE")),
        pytest.param("fr", marks=pytest.mark.browser_context_args(locale="fr-BE")),
    ],
)
def test_the_whole_journey_in_the_members_language(make_context, content, language):
    context = make_context()
    page = context.new_page()
    journey = Journey(page, language)
    # The sessions page shows the browser's own user agent ("… like Gecko"): its data.
    journey.typed += " " + page.evaluate("() => navigator.userAgent")
    sign_up(journey)
    offer = build_plan(journey, "offer")
    build_plan(journey, "promotion")
    reminder_email(journey, offer)
    calendar_export_delete(journey)
