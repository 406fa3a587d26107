from __future__ import annotations

import html as html_lib
import re

import pytest
from django.test import Client
from django.utils import timezone

from apps.accounts.models import User
from apps.content.models import Situation, Status, Step
from apps.plans.models import DeclinePlan
from apps.scripts.models import ScriptTemplate
from apps.scripts.starter import SCRIPT_TEMPLATES
from tests.helpers import (
    HTMX,
    add_reason,
    assert_builder_fragment,
    form_values,
    login_url_for,
    make_member,
    make_plan,
    messages_of,
    upcoming,
)
from tests.plans.conftest import DRAFT_MARK, PRIVATE_NOTE, PRIVATE_PHRASING

pytestmark = pytest.mark.django_db


def url(plan) -> str:
    return f"/plans/{plan.pk}/conversation/"


def script_text(response) -> str:
    """The script as the member reads it on the page: in its text box, to edit."""
    return form_values(response)["script"]


def test_it_composes_the_call_script_for_an_offer(alice_client, offer_plan, content):
    response = alice_client.get(url(offer_plan))

    assert response.status_code == 200
    script = script_text(response)
    assert "Hello Claire, this is Alice." in script
    assert "Thank you for the offer from Northwind Logistics." in script
    assert "The daily commute would be hard to combine with my family life." in script
    assert "I would really like to stay in touch." in script
    assert PRIVATE_NOTE not in script
    assert PRIVATE_PHRASING not in script
    html = response.content.decode()
    assert "Your call script" in html
    assert DRAFT_MARK not in html
    assert PRIVATE_NOTE not in html_lib.unescape(html)


def test_it_composes_the_meeting_script_for_a_promotion(alice_client, promotion_plan, content):
    response = alice_client.get(url(promotion_plan))

    script = script_text(response)
    assert "Thank you, Jeroen, for thinking of me for the Team Lead role at Contoso" in script
    assert "I do my best work as a hands-on specialist." in script
    assert "I could mentor the two new analysts." in script
    assert PRIVATE_NOTE not in script
    assert PRIVATE_PHRASING not in script
    html = response.content.decode()
    assert "Your meeting script" in html
    assert "<h1" in html and "The meeting</h1>" in html
    assert DRAFT_MARK not in html


def test_it_says_so_when_no_script_is_published(alice_client, offer_plan, content):
    ScriptTemplate.objects.filter(kind=ScriptTemplate.Kind.CALL_SCRIPT).update(status=Status.DRAFT)

    html = alice_client.get(url(offer_plan)).content.decode()

    assert "There is no script for this situation yet" in html
    assert DRAFT_MARK not in html


def test_it_points_to_the_reasons_when_none_is_shared(alice_client, offer_plan, content):
    offer_plan.reasons.update(share=False)

    response = alice_client.get(url(offer_plan))

    assert "Add the reasons you want to share" in response.content.decode()
    assert PRIVATE_PHRASING not in script_text(response)


@pytest.mark.parametrize(
    ("days", "level", "message"),
    [
        (None, "info", "No deadline set."),
        (-3, "danger", "Your deadline passed 3 days ago. Call today"),
        (0, "danger", "Your deadline is today: call this morning"),
        (2, "warning", "Call today: your deadline is in 2 days."),
        (10, "info", "Your deadline is in 10 days."),
    ],
)
def test_it_times_the_call_against_the_deadline(
    alice_client, offer_plan, content, days, level, message
):
    offer_plan.deadline = None if days is None else upcoming(days)
    offer_plan.save()

    html = alice_client.get(url(offer_plan)).content.decode()

    assert f'class="alert alert-{level}' in html
    assert message in html


@pytest.mark.parametrize(
    ("plan", "present", "absent"),
    [("offer_plan", "quiet-spot", "book-time"), ("promotion_plan", "book-time", "quiet-spot")],
)
def test_it_offers_the_checklist_for_the_situation(alice_client, request, plan, present, absent):
    plan = request.getfixturevalue(plan)

    html = alice_client.get(url(plan)).content.decode()

    assert f'value="{present}"' in html
    assert f'value="{absent}"' not in html


def test_it_saves_the_checklist_and_the_log_and_stays(alice_client, offer_plan, content):
    today = timezone.localdate()

    response = alice_client.post(
        url(offer_plan),
        {
            "action": "save",
            "checklist_done": ["quiet-spot", "thank-them"],
            "conversation_held_on": today.isoformat(),
            "conversation_notes": "Claire was kind; she will keep my CV.",
        },
    )

    assert response["Location"] == url(offer_plan)
    assert messages_of(response) == ["Saved."]
    offer_plan.refresh_from_db()
    assert offer_plan.checklist_done == ["quiet-spot", "thank-them"]
    assert offer_plan.conversation_held_on == today
    assert offer_plan.conversation_notes == "Claire was kind; she will keep my CV."
    assert not offer_plan.is_step_done(Step.CONVERSATION)
    values = form_values(alice_client.get(url(offer_plan)))
    assert values["checklist_done"] == ["quiet-spot", "thank-them"]


def test_it_continues_to_the_email_and_marks_the_step_done(alice_client, offer_plan, content):
    response = alice_client.post(
        url(offer_plan), {"action": "next", "checklist_done": [], "conversation_notes": ""}
    )

    assert response["Location"] == f"/plans/{offer_plan.pk}/email/"
    offer_plan.refresh_from_db()
    assert offer_plan.is_step_done(Step.CONVERSATION)


def test_it_keeps_the_notes_when_the_date_is_in_the_future(alice_client, offer_plan, content):
    response = alice_client.post(
        url(offer_plan),
        {
            "action": "next",
            "checklist_done": ["quiet-spot"],
            "conversation_held_on": upcoming(1).isoformat(),
            "conversation_notes": "Notes typed before the call",
            "script": "My own words for Northwind Logistics.",
        },
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "This date is in the future" in html
    assert 'href="#id_conversation_held_on"' in html
    values = form_values(response)
    assert values["conversation_notes"] == "Notes typed before the call"
    assert values["checklist_done"] == "quiet-spot"
    # The script typed is still there, and not saved yet.
    assert script_text(response) == "My own words for Northwind Logistics."
    offer_plan.refresh_from_db()
    assert offer_plan.conversation_notes == ""
    assert offer_plan.script == ""
    assert not offer_plan.is_step_done(Step.CONVERSATION)


def test_it_refuses_a_checklist_item_of_the_other_situation(alice_client, offer_plan, content):
    response = alice_client.post(
        url(offer_plan), {"action": "save", "checklist_done": ["book-time"]}
    )

    assert response.status_code == 200
    assert 'href="#id_checklist_done' in response.content.decode()
    offer_plan.refresh_from_db()
    assert offer_plan.checklist_done == []


@pytest.mark.parametrize("method", ["put", "delete", "patch"])
def test_it_refuses_other_methods(alice_client, offer_plan, method):
    assert getattr(alice_client, method)(url(offer_plan)).status_code == 405


@pytest.mark.parametrize("method", ["get", "post"])
def test_it_sends_anonymous_visitors_to_log_in(client, offer_plan, method):
    data = {"action": "next", "conversation_notes": "Anonymous"}

    response = getattr(client, method)(url(offer_plan), data if method == "post" else None)

    assert response["Location"] == login_url_for(url(offer_plan))
    offer_plan.refresh_from_db()
    assert offer_plan.conversation_notes == ""


def test_it_hides_the_plan_from_a_stranger(stranger_client, offer_plan, content):
    assert stranger_client.get(url(offer_plan)).status_code == 404


def test_it_ignores_a_strangers_post(stranger_client, offer_plan, content):
    response = stranger_client.post(
        url(offer_plan), {"action": "next", "conversation_notes": "Mallory was here"}
    )

    assert response.status_code == 404
    offer_plan.refresh_from_db()
    assert offer_plan.conversation_notes == ""
    assert not offer_plan.is_step_done(Step.CONVERSATION)


def test_it_answers_htmx_with_the_builder_fragment(alice_client, offer_plan, content):
    response = alice_client.get(url(offer_plan), **HTMX)

    html = assert_builder_fragment(response)
    assert response["HX-Push-Url"] == url(offer_plan)
    assert "Thank you for the offer from Northwind Logistics." in html
    assert "<title>The call · Northwind Logistics · Ajar</title>" in html


# The composed script on a real plan, with the starter templates


# What a missing name or a careless reason must never leave behind.
ARTEFACTS = re.compile(r" [,.;:!?]|,\s*[.,]|\.\s+\.|  |\(\)|Hi ,|Hello ,")


@pytest.fixture
def starter_scripts(db) -> None:
    for item in SCRIPT_TEMPLATES:
        ScriptTemplate.objects.create(**item)


@pytest.fixture
def nameless_client(db) -> Client:
    client = Client()
    client.force_login(make_member("nameless@example.com"))
    return client


def nameless_plan(**fields) -> DeclinePlan:
    owner = User.objects.get(email="nameless@example.com")
    return make_plan(owner, contact_name="", role="", contact_email="", **fields)


def sentences_of(text: str) -> list[str]:
    return [s.lower() for s in re.split(r"(?<=[.!?])\s+", " ".join(text.split())) if s]


def test_it_composes_a_nameless_call_without_holes(nameless_client, starter_scripts):
    plan = nameless_plan(stay_in_touch="I would like to stay in touch")
    add_reason(plan, "Commute", phrasing="The daily commute would be difficult")
    add_reason(
        plan,
        "Commute, again",
        phrasing="after thinking it through, the daily commute would be difficult to sustain ,",
    )
    add_reason(plan, "Pay", phrasing="the salary is too low")

    script = " ".join(script_text(nameless_client.get(url(plan))).split())

    assert "Hello, it's [your name]. Do you have a few minutes to talk?" in script
    assert "thank you for offering me the role at Northwind Logistics" in script
    assert (
        "After thinking it through, the daily commute would be difficult to sustain. "
        "On top of that, the salary is too low."
    ) in script
    assert script.count("daily commute") == 1
    assert "Thank you again for everything." in script
    assert not ARTEFACTS.search(script), script
    assert len(sentences_of(script)) == len(set(sentences_of(script)))


def test_it_composes_a_meeting_with_five_reasons_in_one_voice(nameless_client, starter_scripts):
    plan = nameless_plan(situation=Situation.PROMOTION)
    for title, phrasing in [
        ("Expert", "I do my best work as a hands-on specialist"),
        ("Balance", "keeping a sustainable balance between work and home matters to me"),
        ("Direction", "The role does not fit the direction I want my career to take"),
        ("Health", "my health needs some attention this year"),
        ("Content", "I am happy in my current role"),
        ("Private", "Managing people is a chore"),
    ]:
        add_reason(plan, title, phrasing=phrasing, share=title != "Private")

    script = " ".join(script_text(nameless_client.get(url(plan))).split())

    assert "Thank you for making time for this. I wanted to give you my answer about the role" in (
        script
    )
    assert (
        "Above all, I do my best work as a hands-on specialist. On top of that, keeping a "
        "sustainable balance between work and home matters to me. Besides that, the role does "
        "not fit the direction I want my career to take. What is more, my health needs some "
        "attention this year. Finally, I am happy in my current role."
    ) in script
    assert "chore" not in script
    assert not ARTEFACTS.search(script), script
