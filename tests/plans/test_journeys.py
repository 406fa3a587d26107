"""Two members' whole journeys through the builder, as a browser without JavaScript makes them.

Each form is sent back with what the page put in it, plus what the member typed, so
the pages and the views are tested together.
"""

from __future__ import annotations

import html as html_lib
import re
from typing import Any

import pytest
from django.utils import timezone

from apps.content.models import Situation, Step
from apps.plans.models import BUILDER_STEPS, DeclinePlan
from tests.helpers import form_values
from tests.plans.conftest import DRAFT_MARK, Button, button

pytestmark = pytest.mark.django_db

SECRET = "Honestly my partner hates Antwerp and I could not stand the manager"
KEPT_PRIVATE = "They pay twenty percent less than my current job"


def submit(
    client, page, action: str | None = None, *, pressing: Button | None = None, **typed: Any
):
    """Send the page's form back as a browser would, with the member's typing.

    `pressing` is a button of the page that posts to its own formaction.
    """
    data = {name: value for name, value in form_values(page).items()}
    data.pop("csrfmiddlewaretoken", None)
    for name, value in typed.items():
        if value is False:
            data.pop(name, None)  # an unticked box is not sent
        else:
            data[name] = value
    if action is not None:
        data["action"] = action
    target = page.wsgi_request.path
    if pressing is not None:
        data["action"] = pressing.action
        target = pressing.formaction
    response = client.post(target, data, follow=True)
    assert response.status_code == 200
    return response


def text(response) -> str:
    return html_lib.unescape(response.content.decode())


def script_on(response) -> str:
    """The script on the page: in its text box on the conversation step, else on the card."""
    values = form_values(response)
    if "script" in values:
        return values["script"]
    match = re.search(r'<div class="script-card[^"]*"[^>]*>(.*?)</div>', text(response), re.S)
    assert match, "no script on the page"
    return re.sub(r"<[^>]+>", " ", match.group(1))


def assert_says(words: str, *phrases: str) -> None:
    for phrase in phrases:
        assert phrase in words, phrase
    for secret in (SECRET, KEPT_PRIVATE, DRAFT_MARK):
        assert secret not in words, secret


def index_of(page, title: str) -> int:
    """The formset index of the reason with this title on the reasons page."""
    for name, value in form_values(page).items():
        if name.endswith("-title") and name.startswith("reasons-") and value == title:
            return int(name.split("-")[1])
    raise AssertionError(f"no reason {title!r} on the page")


def test_it_takes_a_member_through_declining_a_job_offer(alice_client, content):
    dashboard = alice_client.get("/plans/")
    assert 'href="/plans/new/?for=offer"' in dashboard.content.decode()

    # 1. Situation
    page = alice_client.get("/plans/new/", {"for": "offer"})
    page = submit(
        alice_client,
        page,
        organisation="Northwind Logistics",
        role="Senior Data Analyst",
        contact_name="Claire Dubois",
        contact_role="Head of Talent",
        contact_email="claire@northwind.example",
        deadline=(timezone.localdate()).isoformat(),
    )
    plan = DeclinePlan.objects.get()
    assert plan.situation == Situation.OFFER
    assert page.wsgi_request.path == f"/plans/{plan.pk}/reasons/"

    # 2. Reasons: one from the library, one of her own, one kept private.
    use_this = button(page, "add", library_reason=content.offer_reason.pk, phrasing=0)
    page = submit(alice_client, page, pressing=use_this)
    commute = index_of(page, "Location and commute")
    page = submit(
        alice_client,
        page,
        "add-own",
        **{
            f"reasons-{commute}-private_note": SECRET,
            "own-title": "Career direction",
            "own-phrasing": "I want to grow further into data engineering",
        },
    )
    page = submit(
        alice_client,
        page,
        "add-own",
        **{"own-title": "Pay", "own-phrasing": KEPT_PRIVATE},
    )
    pay = index_of(page, "Pay")
    page = submit(alice_client, page, "next", **{f"reasons-{pay}-share": False})
    assert page.wsgi_request.path == f"/plans/{plan.pk}/door-open/"

    # 3. Keep the door open
    page = submit(
        alice_client,
        page,
        "next",
        stay_in_touch="I would really like to stay in touch",
        reconsider_if="If a role closer to home opens up, I would love to hear about it",
    )
    assert page.wsgi_request.path == f"/plans/{plan.pk}/conversation/"

    # 4. The call
    assert "Your deadline is today: call this morning if you can." in text(page)
    assert_says(
        script_on(page),
        "Hello Claire, this is Alice.",
        "Thank you for the offer from Northwind Logistics.",
        "The daily commute would be hard to combine with my family life, and I also want "
        "to grow further into data engineering.",
        "I would really like to stay in touch.",
    )
    page = submit(
        alice_client,
        page,
        "next",
        checklist_done=["quiet-spot", "thank-them", "decision-clear"],
        conversation_held_on=timezone.localdate().isoformat(),
        conversation_notes="Claire understood and will keep my CV.",
    )
    assert page.wsgi_request.path == f"/plans/{plan.pk}/email/"

    # 5. The follow-up email
    values = form_values(page)
    assert values["email_subject"] == "Thank you, and my decision (Northwind Logistics)"
    assert_says(
        values["email_body"],
        "Dear Claire Dubois,",
        "Northwind Logistics",
        "The daily commute would be hard to combine with my family life, and I also want "
        "to grow further into data engineering.",
        "If a role closer to home opens up, I would love to hear about it.",
        "Kind regards,\nAlice",
    )
    page = submit(alice_client, page, "sent")
    page = submit(alice_client, page, "next")
    assert page.wsgi_request.path == f"/plans/{plan.pk}/reconnect/"

    # 6. Reconnect, then 7. the summary
    page = submit(alice_client, page, "next")
    assert page.wsgi_request.path == f"/plans/{plan.pk}/"
    assert_says(
        script_on(page),
        "Claire",
        "Northwind Logistics",
        "The daily commute would be hard to combine with my family life, and I also want "
        "to grow further into data engineering.",
    )
    summary = text(page)
    assert "Claire understood and will keep my CV." in summary
    assert "Sent on" in summary

    plan.refresh_from_db()
    assert plan.completed_steps == list(BUILDER_STEPS)
    assert plan.email_sent_on == timezone.localdate()
    assert_says(plan.email_body, "Claire Dubois", "Northwind Logistics")
    assert [r.title for r in plan.reasons.all()] == [
        "Location and commute",
        "Career direction",
        "Pay",
    ]
    assert plan.reasons.get(title="Pay").share is False
    assert plan.reasons.get(title="Location and commute").private_note == SECRET

    dashboard = text(alice_client.get("/plans/"))
    assert "100% done" in dashboard
    assert "Northwind Logistics" in dashboard


def test_it_takes_a_member_through_declining_a_promotion(alice_client, content):
    page = alice_client.get("/plans/new/", {"for": "promotion"})
    page = submit(
        alice_client,
        page,
        organisation="Contoso Analytics",
        role="Team Lead",
        contact_name="Jeroen Maes",
        contact_role="Head of Data",
        contact_email="jeroen@contoso.example",
    )
    plan = DeclinePlan.objects.get()
    assert plan.situation == Situation.PROMOTION

    # Reasons: the promotion library, a blunt phrasing caught and reframed.
    assert "Staying a subject expert" in text(page)
    assert "Location and commute" not in text(page)
    use_this = button(page, "add", library_reason=content.promotion_reason.pk, phrasing=0)
    page = submit(alice_client, page, pressing=use_this)
    page = submit(
        alice_client,
        page,
        "add-own",
        **{"own-title": "Management", "own-phrasing": "Frankly managing people is a chore"},
    )
    management = index_of(page, "Management")
    page = submit(alice_client, page, "next", **{f"reasons-{management}-private_note": SECRET})
    assert page.wsgi_request.path == f"/plans/{plan.pk}/reasons/"
    assert "A few words could sound blunt" in text(page)
    apply = button(page, "apply", field=f"reasons-{management}-phrasing")
    page = submit(alice_client, page, pressing=apply)
    assert plan.reasons.get(title="Management").phrasing == (
        "Frankly I would rather deepen my expertise than manage people"
    )
    page = submit(
        alice_client, page, "add-own", **{"own-title": "Money", "own-phrasing": KEPT_PRIVATE}
    )
    money = index_of(page, "Money")
    page = submit(alice_client, page, "next", **{f"reasons-{money}-share": False})
    assert page.wsgi_request.path == f"/plans/{plan.pk}/door-open/"

    # Keep the door open: alternatives, support and a look ahead.
    page = submit(
        alice_client,
        page,
        "next",
        alternatives="I could mentor the two new analysts",
        support_wanted="A course in people management would help me revisit this",
        future_statement="I want to keep growing as the team's forecasting specialist",
    )

    # The meeting
    assert "Your meeting script" in text(page)
    assert_says(
        script_on(page),
        "Thank you, Jeroen, for thinking of me for the Team Lead role at Contoso Analytics.",
        "I do my best work as a hands-on specialist, and I would also rather deepen my "
        "expertise than manage people.",
        "I could mentor the two new analysts.",
    )
    assert "Book enough time with your manager" in text(page)
    page = submit(alice_client, page, "next", checklist_done=["book-time"])

    # The email, edited by the member before sending.
    body = form_values(page)["email_body"]
    assert_says(
        body,
        "Dear Jeroen Maes,",
        "Contoso Analytics",
        "I do my best work as a hands-on specialist, and I would also rather deepen my",
        "I want to keep growing as the team's forecasting specialist.",
    )
    page = submit(alice_client, page, "next", email_body=body + "\n\nSee you on Monday.")
    page = submit(alice_client, page, "next")
    assert page.wsgi_request.path == f"/plans/{plan.pk}/"

    # The summary
    assert "Meeting card" in text(page)
    assert_says(
        script_on(page),
        "Jeroen",
        "Contoso Analytics",
        "I do my best work as a hands-on specialist, and I would also rather deepen my",
    )
    assert "See you on Monday." in text(page)
    plan.refresh_from_db()
    assert plan.completed_steps == list(BUILDER_STEPS)
    assert plan.email_sent_on is None
    assert plan.is_step_done(Step.EMAIL)
    assert_says(plan.email_body, "Jeroen Maes", "Contoso Analytics")
