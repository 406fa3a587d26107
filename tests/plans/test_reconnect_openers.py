"""A reminder's opener is the first line the contact reads, months later: it is
tone-checked live and on every page that shows it for editing, in the reconnect step
(a reminder not yet added) and on the reminder's own edit form. Apply changes the words
where they were typed; nothing is added or saved that the member did not ask for."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from apps.content.models import ReconnectIdea, Status
from apps.plans.forms import MAX_TEXT
from apps.reminders.models import Reminder
from apps.reminders.services import reminder_add
from tests.helpers import HTMX, form_values, messages_of
from tests.plans.conftest import button

pytestmark = pytest.mark.django_db

BLUNT = "Hi Sam, between us the work is boring at my new place"
CALM = "Hi Sam, between us I am looking for a new challenge at my new place"


def reconnect(plan) -> str:
    return f"/plans/{plan.pk}/reconnect/"


def edit(reminder) -> str:
    return f"/reminders/{reminder.pk}/edit/"


def later(days: int = 30) -> str:
    return (timezone.localdate() + timedelta(days=days)).isoformat()


@pytest.fixture
def idea(db) -> ReconnectIdea:
    return ReconnectIdea.objects.create(
        slug="catch-up",
        title="Catch up",
        opener="I hope the team is doing well.",
        default_days_after=30,
        status=Status.PUBLISHED,
    )


def typed_reminder(**changes: str) -> dict[str, str]:
    return {
        "add-title": "Coffee with Sam",
        "add-local_date": later(),
        "add-local_time": "10:00",
        "add-opener": BLUNT,
        **changes,
    }


def test_the_opener_being_added_is_checked_live(alice_client, offer_plan, content):
    page = alice_client.get(reconnect(offer_plan)).content.decode()
    assert f'hx-post="/plans/{offer_plan.pk}/tone-check/"' in page
    assert 'hx-params="add-opener"' in page
    assert 'hx-target="#tone-id_add-opener"' in page
    assert 'id="tone-id_add-opener"' in page

    response = alice_client.post(
        f"/plans/{offer_plan.pk}/tone-check/",
        {"add-opener": BLUNT},
        **HTMX | {"HTTP_HX_TRIGGER_NAME": "add-opener"},
    )

    assert response.status_code == 200
    assert "“the work is boring”" in response.content.decode()
    apply = button(response, "apply", field="add-opener")
    assert apply.path == reconnect(offer_plan)
    # The findings sit outside the step's form on this page: Apply belongs to it.
    assert 'form="step-form"' in response.content.decode()


def test_applying_rewords_the_opener_where_it_was_typed_and_adds_nothing(
    alice_client, offer_plan, content, idea
):
    apply = alice_client.post(
        f"/plans/{offer_plan.pk}/tone-check/",
        {"add-opener": BLUNT},
        **HTMX | {"HTTP_HX_TRIGGER_NAME": "add-opener"},
    )
    formaction = button(apply, "apply", field="add-opener").formaction
    # The member had unticked the suggested idea and typed a reminder of their own.
    posted = typed_reminder(action="apply", **{f"date-{idea.pk}": later(40)})

    response = alice_client.post(formaction, posted)

    assert response.status_code == 200
    assert not offer_plan.reminders.exists()
    values = form_values(response)
    assert values["add-opener"] == CALM
    assert values["add-title"] == "Coffee with Sam"
    assert values["add-local_date"] == posted["add-local_date"]
    assert "idea" not in values  # still unticked, as the member left it
    assert values[f"date-{idea.pk}"] == later(40)
    html = response.content.decode()
    assert "Suggestion applied." in messages_of(response)
    assert "Tone check: this reads professionally." in html
    assert "is required" not in html  # an unsaved form, not a failed one


def test_a_stale_suggestion_changes_nothing(alice_client, offer_plan, content):
    apply = alice_client.post(
        f"/plans/{offer_plan.pk}/tone-check/",
        {"add-opener": BLUNT},
        **HTMX | {"HTTP_HX_TRIGGER_NAME": "add-opener"},
    )
    formaction = button(apply, "apply", field="add-opener").formaction

    response = alice_client.post(
        formaction, typed_reminder(action="apply", **{"add-opener": "I changed my mind"})
    )

    assert form_values(response)["add-opener"] == "I changed my mind"
    assert "That wording has already changed; nothing to apply." in messages_of(response)
    assert not offer_plan.reminders.exists()


def test_adding_a_blunt_opener_adds_it_and_says_so(alice_client, offer_plan, content):
    response = alice_client.post(
        reconnect(offer_plan), typed_reminder(action="add-reminder"), follow=True
    )

    assert offer_plan.reminders.get().opener == BLUNT
    assert any("could sound blunt" in message for message in messages_of(response))


def test_adding_a_calm_opener_just_adds_it(alice_client, offer_plan, content):
    response = alice_client.post(
        reconnect(offer_plan),
        typed_reminder(action="add-reminder", **{"add-opener": CALM}),
        follow=True,
    )

    assert offer_plan.reminders.get().opener == CALM
    assert "Reminder added." in messages_of(response)


@pytest.fixture
def blunt_reminder(offer_plan) -> Reminder:
    return reminder_add(
        plan=offer_plan,
        title="Coffee with Sam",
        opener=BLUNT,
        on=timezone.localdate() + timedelta(days=30),
        at=Reminder.DEFAULT_TIME,
    )


def test_the_edit_form_shows_what_the_opener_could_sound_like(
    alice_client, blunt_reminder, content
):
    page = alice_client.get(edit(blunt_reminder))

    html = page.content.decode()
    assert "“the work is boring”" in html
    assert f'hx-post="/reminders/{blunt_reminder.pk}/tone/"' in html
    apply = button(page, "apply", field="opener")
    assert apply.path == edit(blunt_reminder)
    assert f'form="reminder-form-{blunt_reminder.pk}"' in html
    assert f'id="reminder-form-{blunt_reminder.pk}"' in html


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["plain", "htmx"])
def test_applying_in_the_edit_form_rewords_and_saving_keeps_it(
    alice_client, blunt_reminder, content, headers
):
    apply = button(alice_client.get(edit(blunt_reminder)), "apply", field="opener")
    typed = {
        "title": "Coffee with Sam, finally",
        "local_date": later(20),
        "local_time": "11:30",
        "opener": BLUNT,
    }

    response = alice_client.post(apply.formaction, {**typed, "action": "apply"}, **headers)

    assert response.status_code == 200
    values = form_values(response)
    assert values["opener"] == CALM
    assert values["title"] == "Coffee with Sam, finally"  # what was typed stays
    html = response.content.decode()
    assert "Suggestion applied. Save the reminder to keep it." in html
    assert "Tone check: this reads professionally." in html
    blunt_reminder.refresh_from_db()
    assert blunt_reminder.opener == BLUNT  # not saved until the member says so

    alice_client.post(edit(blunt_reminder), {**values, "action": "save"}, **headers)

    blunt_reminder.refresh_from_db()
    assert (blunt_reminder.opener, blunt_reminder.title) == (CALM, "Coffee with Sam, finally")


def test_enter_in_the_edit_form_saves_rather_than_applies(alice_client, blunt_reminder, content):
    html = alice_client.get(edit(blunt_reminder)).content.decode()
    form = html[html.index(f'id="reminder-form-{blunt_reminder.pk}"') :]
    first_button = form[form.index("<button") : form.index(">", form.index("<button"))]
    assert 'value="save"' in first_button


def test_the_edit_forms_live_check(alice_client, blunt_reminder, content):
    url = f"/reminders/{blunt_reminder.pk}/tone/"

    blunt = alice_client.post(url, {"opener": BLUNT}, **HTMX)
    calm = alice_client.post(url, {"opener": CALM}, **HTMX)
    too_long = alice_client.post(url, {"opener": "a" * (MAX_TEXT + 1)}, **HTMX)
    unknown = alice_client.post(url, {"title": BLUNT}, **HTMX)

    assert "“the work is boring”" in blunt.content.decode()
    assert button(blunt, "apply", field="opener").path == edit(blunt_reminder)
    assert "Tone check: this reads professionally." in calm.content.decode()
    assert too_long.status_code == 400
    assert "Please keep this under" in too_long.content.decode()
    assert unknown.status_code == 400


def test_a_stranger_cannot_check_or_apply_to_someone_elses_opener(
    stranger_client, blunt_reminder, content
):
    response = stranger_client.post(
        f"{edit(blunt_reminder)}?field=opener&start=0&end=5&reframe=1",
        {"opener": BLUNT, "action": "apply"},
    )
    assert response.status_code == 404
    assert (
        stranger_client.post(f"/reminders/{blunt_reminder.pk}/tone/", {"opener": BLUNT})
    ).status_code == 404
