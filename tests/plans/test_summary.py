from __future__ import annotations

import html as html_lib
import re
from datetime import date

import pytest
from django.utils import timezone

from apps.content.models import Step
from tests.helpers import HTMX, assert_builder_fragment, login_url_for, upcoming
from tests.plans.conftest import DRAFT_MARK, PRIVATE_NOTE, PRIVATE_PHRASING

pytestmark = pytest.mark.django_db


def url(plan) -> str:
    return f"/plans/{plan.pk}/"


def text_of(response) -> str:
    return html_lib.unescape(response.content.decode())


def card_script(response) -> str:
    match = re.search(r'<div class="script-card[^"]*">(.*?)</div>', response.content.decode(), re.S)
    assert match, "no script on the call card"
    return html_lib.unescape(re.sub(r"<[^>]+>", " ", match.group(1)))


def test_it_shows_the_whole_plan_on_one_page(alice_client, offer_plan, content):
    offer_plan.contact_phone = "+32 2 555 01 01"
    offer_plan.deadline = upcoming(2)
    offer_plan.checklist_done = ["quiet-spot"]
    offer_plan.conversation_held_on = date(2025, 3, 4)
    offer_plan.conversation_notes = "She will keep my CV on file."
    offer_plan.email_subject = "Thank you"
    offer_plan.email_body = "Dear Claire,\n\nThank you again."
    offer_plan.email_sent_on = date(2025, 3, 5)
    offer_plan.save()

    response = alice_client.get(url(offer_plan))

    assert response.status_code == 200
    text = text_of(response)
    assert "Your plan for Northwind Logistics" in text
    assert "Claire Dubois, Head of Talent · +32 2 555 01 01" in text
    assert "Call today: your deadline is in 2 days." in text
    assert "☑</span> Pick a quiet moment" in text
    assert "☐</span> Have your script" in text
    # The member's own page keeps every reason, private ones marked so.
    assert "The daily commute would be hard to combine with my family life" in text
    assert PRIVATE_NOTE in text
    assert PRIVATE_PHRASING in text
    assert re.search(r"Pay\s*<span[^>]*>private</span>", response.content.decode())
    assert "I would really like to stay in touch." in text
    assert "Held on 4 March 2025." in text
    assert "She will keep my CV on file." in text
    assert "Sent on 5 March 2025." in text
    assert "Thank you again." in text
    assert DRAFT_MARK not in text


def test_the_call_card_script_holds_only_what_may_be_said(alice_client, offer_plan, content):
    script = card_script(alice_client.get(url(offer_plan)))

    assert "Hello Claire, this is Alice." in script
    assert "Northwind Logistics" in script
    assert "The daily commute would be hard to combine with my family life." in script
    assert PRIVATE_NOTE not in script
    assert PRIVATE_PHRASING not in script


def test_it_shows_a_meeting_card_for_a_promotion(alice_client, promotion_plan, content):
    response = alice_client.get(url(promotion_plan))

    text = text_of(response)
    assert "Meeting card" in text
    assert "The meeting" in text
    script = card_script(response)
    assert "Jeroen" in script
    assert "I do my best work as a hands-on specialist." in script
    assert PRIVATE_NOTE not in script


def test_it_points_to_the_suggested_email_when_none_is_written(alice_client, offer_plan, content):
    text = text_of(alice_client.get(url(offer_plan)))

    assert "a suggested draft is waiting on the email step" in text
    assert "Not held yet." in text


def test_it_shows_a_plan_without_content_or_reasons(alice_client, offer_plan):
    offer_plan.reasons.all().delete()
    offer_plan.stay_in_touch = offer_plan.reconsider_if = ""
    offer_plan.save()

    response = alice_client.get(url(offer_plan))

    assert response.status_code == 200
    text = text_of(response)
    assert "No reasons yet." in text
    assert "Not written yet." in text
    assert 'class="script-card' not in text


def test_it_links_back_to_every_step(alice_client, offer_plan, content):
    html = alice_client.get(url(offer_plan)).content.decode()

    for step in ["situation", "reasons", "door-open", "conversation", "email", "reconnect"]:
        assert f'href="/plans/{offer_plan.pk}/{step}/"' in html
    assert 'aria-current="step"' in html


def test_it_changes_nothing(alice_client, offer_plan, content):
    before = (offer_plan.updated, list(offer_plan.completed_steps))

    alice_client.get(url(offer_plan))

    offer_plan.refresh_from_db()
    assert (offer_plan.updated, offer_plan.completed_steps) == before
    assert not offer_plan.is_step_done(Step.SUMMARY)


@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
def test_it_refuses_other_methods(alice_client, offer_plan, method):
    assert getattr(alice_client, method)(url(offer_plan)).status_code == 405


def test_it_sends_anonymous_visitors_to_log_in(client, offer_plan):
    response = client.get(url(offer_plan))

    assert response["Location"] == login_url_for(url(offer_plan))


def test_it_hides_the_plan_from_a_stranger(stranger_client, offer_plan, content):
    response = stranger_client.get(url(offer_plan))

    assert response.status_code == 404
    assert PRIVATE_NOTE not in text_of(response)


def test_it_answers_htmx_with_the_builder_fragment(alice_client, offer_plan, content):
    response = alice_client.get(url(offer_plan), **HTMX)

    html = assert_builder_fragment(response)
    assert response["HX-Push-Url"] == url(offer_plan)
    assert "<title>Your plan for Northwind Logistics · Ajar</title>" in html
    assert "Hello Claire, this is Alice." in html


def test_it_marks_a_full_page_as_the_target_for_its_step_links(alice_client, offer_plan):
    # The step links carry hx-get: they must land in #builder, never inside the link.
    html = alice_client.get(url(offer_plan)).content.decode()

    assert '<div id="builder"' in html
    assert 'hx-target="#builder"' in html
    assert html.index('id="builder"') < html.index(f'hx-get="/plans/{offer_plan.pk}/reasons/"')


def test_it_uses_the_members_local_date_for_timing(alice_client, alice, offer_plan):
    offer_plan.deadline = timezone.localdate()
    offer_plan.save()

    text = text_of(alice_client.get(url(offer_plan)))

    assert "Your deadline is today" in text


def test_it_shows_the_reminders_and_the_contact_log(alice_client, offer_plan):
    from datetime import time

    from apps.reminders.models import ContactLog
    from apps.reminders.services import reminder_add
    from tests.helpers import upcoming

    reminder = reminder_add(
        plan=offer_plan, title="Coffee in spring", opener="", on=upcoming(40), at=time(9, 0)
    )
    ContactLog.objects.create(
        plan=offer_plan, on=upcoming(-2), channel="event", note="Met at the fair"
    )

    html = alice_client.get(f"/plans/{offer_plan.pk}/").content.decode()

    assert "Coffee in spring" in html
    assert f'href="/reminders/{reminder.pk}/reminder.ics"' in html
    assert "Met at the fair" in html
    assert "Event" in html
