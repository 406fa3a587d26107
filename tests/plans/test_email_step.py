from __future__ import annotations

import html as html_lib
import re
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from django.test import Client
from django.utils import timezone

from apps.accounts.models import User
from apps.content.models import Situation, Status, Step
from apps.plans.views.email import mailto_url
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
)
from tests.plans.conftest import DRAFT_MARK, PRIVATE_NOTE, PRIVATE_PHRASING, button

pytestmark = pytest.mark.django_db

SUBJECT = "Thank you, and my decision (Northwind Logistics)"
BODY = (
    "Dear Claire Dubois,\n\nThank you again for your time and trust at Northwind Logistics. "
    "As I explained, I will not take up the Senior Data Analyst role. "
    "The daily commute would be hard to combine with my family life.\n\n"
    "I would really like to stay in touch. "
    "If a role closer to home opens up, I would love to hear about it.\n\n"
    "Kind regards,\nAlice"
)


def url(plan) -> str:
    return f"/plans/{plan.pk}/email/"


def mailto_on(response) -> str:
    match = re.search(r'href="(mailto:[^"]*)"', response.content.decode())
    assert match, "no mailto link"
    return html_lib.unescape(match.group(1))


BLUNT = "Sadly the salary is too low."
REFRAMED = "Sadly I am looking for a higher level of compensation."
STALE = "That suggestion no longer fits the text; nothing was changed."
UNKNOWN = "That button did not work, but what you typed is saved. Please try again."


def suggestion(content) -> dict[str, object]:
    """The query of the apply button for BLUNT's one finding."""
    start = BLUNT.index("the salary")
    end = start + len("the salary is too low")
    return {"field": "email_body", "start": start, "end": end, "reframe": content.offer_reframe.pk}


# The draft


def test_it_starts_from_the_published_follow_up_email(alice_client, offer_plan, content):
    response = alice_client.get(url(offer_plan))

    assert response.status_code == 200
    values = form_values(response)
    assert values["email_subject"] == SUBJECT
    assert values["email_body"] == BODY
    assert PRIVATE_NOTE not in values["email_body"]
    assert PRIVATE_PHRASING not in values["email_body"]
    assert DRAFT_MARK not in response.content.decode()
    # Showing a draft saves nothing.
    offer_plan.refresh_from_db()
    assert offer_plan.email_subject == offer_plan.email_body == ""


def test_it_composes_the_email_for_a_promotion(alice_client, promotion_plan, content):
    body = form_values(alice_client.get(url(promotion_plan)))["email_body"]

    assert body.startswith("Dear Jeroen Maes,")
    assert "Contoso Analytics" in body
    assert "I do my best work as a hands-on specialist." in body
    assert "I could mentor the two new analysts." in body
    assert PRIVATE_NOTE not in body
    assert PRIVATE_PHRASING not in body


def test_it_shows_the_members_own_email_once_saved(alice_client, offer_plan, content):
    offer_plan.use_email_draft("My own subject", "My own words.")

    values = form_values(alice_client.get(url(offer_plan)))

    assert values["email_subject"] == "My own subject"
    assert values["email_body"] == "My own words."


def test_it_shows_an_empty_form_without_a_published_email(alice_client, offer_plan, content):
    ScriptTemplate.objects.filter(kind=ScriptTemplate.Kind.FOLLOW_UP_EMAIL).update(
        status=Status.DRAFT
    )

    response = alice_client.get(url(offer_plan))

    values = form_values(response)
    assert values["email_subject"] == values["email_body"] == ""
    html = response.content.decode()
    assert 'value="reset"' not in html
    assert DRAFT_MARK not in html


def test_it_addresses_the_contact(alice_client, offer_plan, content):
    html = alice_client.get(url(offer_plan)).content.decode()

    assert "Claire Dubois &lt;claire@northwind.example&gt;" in html


# Saving


def test_it_saves_and_stays(alice_client, offer_plan, content):
    response = alice_client.post(
        url(offer_plan), {"action": "save", "email_subject": "Thanks", "email_body": "Hello."}
    )

    assert response["Location"] == url(offer_plan)
    assert messages_of(response) == ["Saved."]
    offer_plan.refresh_from_db()
    assert (offer_plan.email_subject, offer_plan.email_body) == ("Thanks", "Hello.")
    assert not offer_plan.is_step_done(Step.EMAIL)


def test_it_continues_to_reconnect_and_marks_the_step_done(alice_client, offer_plan, content):
    response = alice_client.post(
        url(offer_plan), {"action": "next", "email_subject": SUBJECT, "email_body": BODY}
    )

    assert response["Location"] == f"/plans/{offer_plan.pk}/reconnect/"
    offer_plan.refresh_from_db()
    assert offer_plan.email_body == BODY
    assert offer_plan.is_step_done(Step.EMAIL)
    assert offer_plan.email_sent_on is None


def test_it_keeps_the_subject_when_the_body_is_empty(alice_client, offer_plan, content):
    response = alice_client.post(
        url(offer_plan), {"action": "next", "email_subject": "Typed subject", "email_body": ""}
    )

    assert response.status_code == 200
    assert form_values(response)["email_subject"] == "Typed subject"
    assert 'href="#id_email_body"' in response.content.decode()
    offer_plan.refresh_from_db()
    assert offer_plan.email_subject == ""
    assert not offer_plan.is_step_done(Step.EMAIL)


def test_it_resets_to_the_suggested_draft(alice_client, offer_plan, content):
    offer_plan.use_email_draft("Old subject", "Old words.")

    response = alice_client.post(
        url(offer_plan),
        {"action": "reset", "email_subject": "Typed subject", "email_body": "Typed words."},
    )

    assert response["Location"] == url(offer_plan)
    assert messages_of(response) == ["Back to the suggested draft."]
    offer_plan.refresh_from_db()
    assert (offer_plan.email_subject, offer_plan.email_body) == (SUBJECT, BODY)


def test_it_cannot_reset_without_a_published_email(alice_client, offer_plan, content):
    ScriptTemplate.objects.filter(kind=ScriptTemplate.Kind.FOLLOW_UP_EMAIL).update(
        status=Status.DRAFT
    )
    offer_plan.use_email_draft("Old subject", "Old words.")

    response = alice_client.post(
        url(offer_plan), {"action": "reset", "email_subject": "", "email_body": ""}
    )

    assert messages_of(response) == ["There is no suggested draft to go back to."]
    offer_plan.refresh_from_db()
    assert (offer_plan.email_subject, offer_plan.email_body) == ("Old subject", "Old words.")


def test_it_offers_to_apply_a_tone_suggestion(alice_client, offer_plan, content):
    offer_plan.use_email_draft(SUBJECT, BLUNT)

    apply = button(alice_client.get(url(offer_plan)), "apply")

    assert apply.path == url(offer_plan)
    assert apply.params == {name: str(value) for name, value in suggestion(content).items()}


def test_it_applies_a_tone_suggestion_to_the_body(alice_client, offer_plan, content):
    offer_plan.use_email_draft(SUBJECT, BLUNT)
    apply = button(alice_client.get(url(offer_plan)), "apply")

    response = alice_client.post(
        apply.formaction,
        {"action": apply.action, "email_subject": "Typed subject", "email_body": BLUNT},
    )

    assert response["Location"] == url(offer_plan)
    assert messages_of(response) == ["Suggestion applied."]
    offer_plan.refresh_from_db()
    assert offer_plan.email_body == REFRAMED
    assert offer_plan.email_subject == "Typed subject"


def test_it_applies_nothing_when_the_body_has_changed(alice_client, offer_plan, content):
    offer_plan.use_email_draft(SUBJECT, BLUNT)
    apply = button(alice_client.get(url(offer_plan)), "apply")

    response = alice_client.post(
        apply.formaction,
        {"action": apply.action, "email_subject": SUBJECT, "email_body": "Rewritten."},
    )

    assert messages_of(response) == ["That wording has already changed; nothing to apply."]
    offer_plan.refresh_from_db()
    assert offer_plan.email_body == "Rewritten."


@pytest.mark.parametrize(
    "changes",
    [
        {"field": "reasons-0-phrasing"},
        {"field": None},
        {"start": "zero"},
        {"end": "-3"},
        {"reframe": None},
        {"start": None, "end": None, "field": None, "reframe": None},
    ],
)
def test_it_refuses_a_suggestion_it_cannot_place(alice_client, offer_plan, content, changes):
    query = suggestion(content) | changes

    response = alice_client.post(
        url(offer_plan),
        {"action": "apply", "email_subject": "Typed subject", "email_body": BLUNT},
        query_params={name: value for name, value in query.items() if value is not None},
    )

    assert response["Location"] == url(offer_plan)
    assert messages_of(response) == [STALE]
    offer_plan.refresh_from_db()
    assert (offer_plan.email_subject, offer_plan.email_body) == ("Typed subject", BLUNT)


@pytest.mark.parametrize("action", ["frobnicate", "", "apply:email_body|6|27|1", "Sent"])
def test_it_saves_and_stays_for_an_unknown_button(alice_client, offer_plan, content, action):
    response = alice_client.post(
        url(offer_plan), {"action": action, "email_subject": "Thanks", "email_body": "Hello."}
    )

    assert response["Location"] == url(offer_plan)
    assert messages_of(response) == [UNKNOWN]
    offer_plan.refresh_from_db()
    assert (offer_plan.email_subject, offer_plan.email_body) == ("Thanks", "Hello.")
    assert offer_plan.email_sent_on is None
    assert not offer_plan.is_step_done(Step.EMAIL)


def test_it_marks_the_email_sent(alice_client, offer_plan, content):
    response = alice_client.post(
        url(offer_plan), {"action": "sent", "email_subject": SUBJECT, "email_body": BODY}
    )

    assert response["Location"] == url(offer_plan)
    offer_plan.refresh_from_db()
    assert offer_plan.email_sent_on == timezone.localdate()
    assert offer_plan.email_body == BODY
    assert offer_plan.is_step_done(Step.EMAIL)
    html = alice_client.get(url(offer_plan)).content.decode()
    assert "Sent on" in html
    assert "Mark as sent again today" in html


def test_it_does_not_mark_an_empty_email_sent(alice_client, offer_plan, content):
    response = alice_client.post(
        url(offer_plan), {"action": "sent", "email_subject": SUBJECT, "email_body": ""}
    )

    assert response.status_code == 200
    offer_plan.refresh_from_db()
    assert offer_plan.email_sent_on is None
    assert not offer_plan.is_step_done(Step.EMAIL)


# The mail app link


def test_it_percent_encodes_the_mailto_link():
    link = mailto_url("claire@northwind.example", "Thank you & goodbye", "Dear Claire,\n\n1+1 = 2?")

    assert link == (
        "mailto:claire@northwind.example"
        "?subject=Thank%20you%20%26%20goodbye"
        "&body=Dear%20Claire%2C%0A%0A1%2B1%20%3D%202%3F"
    )


def test_it_links_the_draft_to_the_mail_app(alice_client, offer_plan, content):
    link = mailto_on(alice_client.get(url(offer_plan)))

    parts = urlsplit(link)
    assert parts.scheme == "mailto"
    assert parts.path == "claire@northwind.example"
    assert "+" not in link
    assert " " not in link
    assert "\n" not in link
    assert "%20" in link
    assert "%0A" in link
    query = parse_qs(parts.query)
    assert query["subject"] == [SUBJECT]
    assert query["body"] == [BODY]
    assert unquote(parts.query.split("body=")[1]) == BODY


def test_it_links_the_words_typed_to_the_mail_app(alice_client, offer_plan, content):
    response = alice_client.post(
        url(offer_plan),
        {"action": "save", "email_subject": "", "email_body": "Line one\r\nA+B & C"},
    )

    link = mailto_on(response)
    assert "body=Line%20one%0D%0AA%2BB%20%26%20C" in link


# Who may do what


@pytest.mark.parametrize("method", ["put", "delete", "patch"])
def test_it_refuses_other_methods(alice_client, offer_plan, method):
    assert getattr(alice_client, method)(url(offer_plan)).status_code == 405


@pytest.mark.parametrize("method", ["get", "post"])
def test_it_sends_anonymous_visitors_to_log_in(client, offer_plan, method):
    data = {"action": "sent", "email_subject": "Anonymous", "email_body": "Anonymous"}

    response = getattr(client, method)(url(offer_plan), data if method == "post" else None)

    assert response["Location"] == login_url_for(url(offer_plan))
    offer_plan.refresh_from_db()
    assert offer_plan.email_body == ""
    assert offer_plan.email_sent_on is None


def test_it_hides_the_plan_from_a_stranger(stranger_client, offer_plan, content):
    assert stranger_client.get(url(offer_plan)).status_code == 404


@pytest.mark.parametrize("action", ["save", "next", "reset", "sent", "apply"])
def test_it_ignores_a_strangers_post(stranger_client, offer_plan, content, action):
    response = stranger_client.post(
        url(offer_plan),
        {"action": action, "email_subject": "Mallory", "email_body": BLUNT},
        query_params=suggestion(content) if action == "apply" else {},
    )

    assert response.status_code == 404
    offer_plan.refresh_from_db()
    assert offer_plan.email_subject == offer_plan.email_body == ""
    assert offer_plan.email_sent_on is None
    assert not offer_plan.is_step_done(Step.EMAIL)


def test_it_answers_htmx_with_the_builder_fragment(alice_client, offer_plan, content):
    response = alice_client.get(url(offer_plan), **HTMX)

    assert_builder_fragment(response)
    assert response["HX-Push-Url"] == url(offer_plan)
    assert form_values(response)["email_subject"] == SUBJECT


@pytest.mark.parametrize("htmx", [False, True], ids=["no-js", "htmx"])
@pytest.mark.parametrize(
    ("action", "message"),
    [
        ("save", "Saved."),
        ("reset", "Back to the suggested draft."),
        ("apply", "Suggestion applied."),
        ("sent", "Marked as sent."),
    ],
)
def test_each_button_works_with_and_without_javascript(
    alice_client, offer_plan, content, action, message, htmx
):
    response = alice_client.post(
        url(offer_plan),
        {"action": action, "email_subject": "Typed subject", "email_body": BLUNT},
        query_params=suggestion(content) if action == "apply" else {},
        follow=True,
        **(HTMX if htmx else {}),
    )

    assert response.redirect_chain == [(url(offer_plan), 302)]
    html = assert_builder_fragment(response) if htmx else response.content.decode()
    assert ("<html" in html) is not htmx
    assert message in html
    offer_plan.refresh_from_db()
    assert offer_plan.email_body == {"reset": BODY, "apply": REFRAMED}.get(action, BLUNT)
    assert (offer_plan.email_sent_on is not None) is (action == "sent")


@pytest.mark.parametrize("htmx", [False, True], ids=["no-js", "htmx"])
def test_continuing_works_with_and_without_javascript(alice_client, offer_plan, content, htmx):
    response = alice_client.post(
        url(offer_plan),
        {"action": "next", "email_subject": SUBJECT, "email_body": BODY},
        follow=True,
        **(HTMX if htmx else {}),
    )

    assert response.redirect_chain == [(f"/plans/{offer_plan.pk}/reconnect/", 302)]
    html = assert_builder_fragment(response) if htmx else response.content.decode()
    assert ("<html" in html) is not htmx
    offer_plan.refresh_from_db()
    assert offer_plan.is_step_done(Step.EMAIL)


def test_it_answers_an_htmx_post_with_errors_as_a_fragment(alice_client, offer_plan, content):
    response = alice_client.post(
        url(offer_plan), {"action": "save", "email_subject": "", "email_body": "Kept"}, **HTMX
    )

    html = assert_builder_fragment(response)
    assert 'href="#id_email_subject"' in html
    assert form_values(response)["email_body"] == "Kept"


# The composed email on a real plan, with the starter templates


# What a missing name or a careless reason must never leave behind.
ARTEFACTS = re.compile(r" [,.;:!?]|,\s*[.,]|\.\s+\.|  |\(\)|Hi ,|Dear ,|\n\n\n")
SIGN_OFFS = ("With best wishes,", "Kind regards,", "Best wishes,")


@pytest.fixture
def starter_emails(db) -> None:
    for item in SCRIPT_TEMPLATES:
        ScriptTemplate.objects.create(**item)


@pytest.fixture
def nameless(db) -> User:
    return make_member("nameless@example.com")


def draft_of(owner: User, plan) -> tuple[str, str]:
    client = Client()
    client.force_login(owner)
    values = form_values(client.get(url(plan)))
    return str(values["email_subject"]), str(values["email_body"])


def assert_signed_once(body: str, signature: str) -> None:
    assert sum(body.count(sign_off) for sign_off in SIGN_OFFS) == 1, body
    assert body.splitlines()[-1] == signature, body
    assert body.splitlines()[-2] in SIGN_OFFS, body


def test_it_drafts_a_nameless_offer_email_without_holes(nameless, starter_emails):
    plan = make_plan(nameless, contact_name="", role="", stay_in_touch="Let's stay in touch")
    add_reason(plan, "Commute", phrasing="The daily commute would be difficult")
    add_reason(plan, "Commute again", phrasing="the daily commute would be difficult for my family")
    add_reason(plan, "Pay", phrasing=PRIVATE_PHRASING, share=False)

    subject, body = draft_of(nameless, plan)

    assert subject == "Thank you, and my decision on the role"
    assert body.startswith("Dear Hiring Manager,\n\nThank you again for speaking with me today")
    assert (
        "I have decided not to accept the offer. The daily commute would be difficult for my "
        "family.\n\nLet's stay in touch."
    ) in body
    assert PRIVATE_PHRASING not in body
    assert not ARTEFACTS.search(body), body
    assert_signed_once(body, "[Your name: add it in Settings]")


def test_it_drafts_a_promotion_email_with_joined_reasons(alice, starter_emails):
    plan = make_plan(alice, situation=Situation.PROMOTION, contact_name="", role="Team Lead")
    add_reason(plan, "Expert", phrasing="I do my best work as a hands-on specialist")
    add_reason(plan, "Balance", phrasing="i am keen to keep a good balance with home .")

    subject, body = draft_of(alice, plan)

    assert subject == "Thank you for our conversation about the Team Lead role"
    assert body.startswith("Hi there,\n\n")
    assert (
        "I have decided not to take the role at this stage. I do my best work as a hands-on "
        "specialist, and I am also keen to keep a good balance with home."
    ) in body
    assert not ARTEFACTS.search(body), body
    assert_signed_once(body, "Alice")
