"""3. Posted owner, user or plan fields are ignored: a row stays with the member who owns it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from apps.accounts.models import User
from apps.plans.models import DeclinePlan, PlanReason
from apps.reminders.models import ContactLog, Reminder
from tests.helpers import HTMX
from tests.security.conftest import World, build_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def mallory(stranger, content) -> World:
    return build_world(stranger, "Mallory")


def hijack(mallory: World) -> dict[str, str]:
    """Fields naming someone else's rows, as a crafted form would post them."""
    return {
        "owner": str(mallory.user.pk),
        "owner_id": str(mallory.user.pk),
        "user": str(mallory.user.pk),
        "plan": str(mallory.plan.pk),
        "plan_id": str(mallory.plan.pk),
        "reminder": str(mallory.reminder.pk),
        "id": str(mallory.plan.pk),
    }


def mallorys_rows(mallory: World) -> dict[str, list[dict]]:
    """Everything Mallory owns: no post of Alice's may add to it or change it."""
    user = mallory.user
    return {
        "user": list(User.objects.filter(pk=user.pk).values()),
        "plans": list(DeclinePlan.objects.filter(owner=user).order_by("pk").values()),
        "reasons": list(PlanReason.objects.filter(plan__owner=user).order_by("pk").values()),
        "reminders": list(Reminder.objects.filter(plan__owner=user).order_by("pk").values()),
        "contacts": list(ContactLog.objects.filter(plan__owner=user).order_by("pk").values()),
    }


@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
def test_a_new_plan_belongs_to_whoever_posts_it(world, mallory, htmx):
    before = mallorys_rows(mallory)

    response = world.client.post(
        "/plans/new/",
        {"situation": "offer", "organisation": "Fresh Org", **hijack(mallory)},
        **(HTMX if htmx else {}),
    )

    assert response.status_code == 302
    plan = DeclinePlan.objects.get(organisation="Fresh Org")
    assert plan.owner == world.user
    assert plan.pk != mallory.plan.pk
    assert mallorys_rows(mallory) == before


@pytest.mark.parametrize(
    ("step", "data"),
    [
        ("situation", {"situation": "offer", "organisation": "Changed Org"}),
        ("door-open", {"stay_in_touch": "Changed words", "reconsider_if": "Changed"}),
        ("conversation", {"conversation_notes": "Changed notes"}),
        ("email", {"email_subject": "Changed subject", "email_body": "Changed body"}),
    ],
)
def test_a_step_saves_to_the_members_own_plan(world, mallory, step, data):
    before = mallorys_rows(mallory)

    response = world.client.post(
        f"/plans/{world.plan.pk}/{step}/", {**data, "action": "save", **hijack(mallory)}
    )

    assert response.status_code == 302
    world.plan.refresh_from_db()
    assert world.plan.owner == world.user
    for field, value in data.items():
        assert getattr(world.plan, field) == value
    assert mallorys_rows(mallory) == before


def reasons_form(world: World, **changes: str) -> dict[str, str]:
    reason = world.reason
    return {
        "action": "save",
        "reasons-TOTAL_FORMS": "1",
        "reasons-INITIAL_FORMS": "1",
        "reasons-0-id": str(reason.pk),
        "reasons-0-plan": str(world.plan.pk),
        "reasons-0-title": reason.title,
        "reasons-0-phrasing": reason.phrasing,
        "reasons-0-private_note": reason.private_note,
        "reasons-0-share": "on",
        "own-title": "",
        "own-phrasing": "",
        **changes,
    }


def test_a_reason_added_lands_in_the_posted_to_plan_whatever_plan_is_named(world, mallory):
    before = mallorys_rows(mallory)

    world.client.post(
        f"/plans/{world.plan.pk}/reasons/",
        reasons_form(
            world,
            **{
                "action": "add-own",
                "own-title": "Own reason",
                "own-plan": str(mallory.plan.pk),
                **hijack(mallory),
            },
        ),
    )

    added = PlanReason.objects.get(title="Own reason")
    assert added.plan == world.plan
    world.reason.refresh_from_db()
    assert world.reason.plan == world.plan
    assert mallorys_rows(mallory) == before


def test_a_reasons_form_naming_another_plan_is_refused(world, mallory):
    before = mallorys_rows(mallory)

    response = world.client.post(
        f"/plans/{world.plan.pk}/reasons/",
        reasons_form(
            world,
            **{
                "action": "add-own",
                "own-title": "Smuggled reason",
                "reasons-0-plan": str(mallory.plan.pk),
                "reasons-0-title": "Renamed",
            },
        ),
    )

    # The formset's plan must be the plan in the URL: the form comes back with the input.
    assert response.status_code == 200
    assert not PlanReason.objects.filter(title__in=["Smuggled reason", "Renamed"]).exists()
    world.reason.refresh_from_db()
    assert world.reason.plan == world.plan
    assert mallorys_rows(mallory) == before


def test_a_reasons_form_cannot_edit_or_remove_someone_elses_reason(world, mallory):
    before = mallorys_rows(mallory)
    theirs = mallory.reason

    world.client.post(
        f"/plans/{world.plan.pk}/reasons/",
        reasons_form(world, **{"reasons-0-id": str(theirs.pk), "reasons-0-title": "Overwritten"}),
    )
    world.client.post(
        f"/plans/{world.plan.pk}/reasons/?reason={theirs.pk}", reasons_form(world, action="remove")
    )

    assert mallorys_rows(mallory) == before
    assert PlanReason.objects.filter(pk=theirs.pk, title=theirs.title).exists()


def later(days: int = 30) -> str:
    return (timezone.localdate() + timedelta(days=days)).isoformat()


def test_an_added_reminder_belongs_to_the_plan_in_the_url(world, mallory):
    before = mallorys_rows(mallory)

    response = world.client.post(
        f"/plans/{world.plan.pk}/reminders/add/",
        {
            "add-title": "Coffee with them",
            "add-local_date": later(),
            "add-plan": str(mallory.plan.pk),
            **hijack(mallory),
        },
    )

    assert response.status_code == 302
    assert Reminder.objects.get(title="Coffee with them").plan == world.plan
    assert mallorys_rows(mallory) == before


@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
def test_an_edited_reminder_stays_in_its_plan(world, mallory, htmx):
    before = mallorys_rows(mallory)

    response = world.client.post(
        f"/reminders/{world.reminder.pk}/edit/",
        {"title": "Edited", "local_date": later(), "local_time": "09:00", **hijack(mallory)},
        **(HTMX if htmx else {}),
    )

    assert response.status_code in (200, 302)
    world.reminder.refresh_from_db()
    assert world.reminder.title == "Edited"
    assert world.reminder.plan == world.plan
    assert mallorys_rows(mallory) == before


def test_a_contact_logged_goes_to_the_reminders_own_plan(world, mallory):
    before = mallorys_rows(mallory)

    world.client.post(
        f"/reminders/{world.reminder.pk}/done/",
        {
            "on": timezone.localdate().isoformat(),
            "channel": "call",
            "note": "Logged",
            **hijack(mallory),
        },
    )

    log = ContactLog.objects.get(note="Logged")
    assert log.plan == world.plan
    assert log.reminder == world.reminder
    assert mallorys_rows(mallory) == before


def test_scheduling_lands_in_the_plan_in_the_url(world, mallory, content):
    idea = content["idea"]
    before = mallorys_rows(mallory)

    world.client.post(
        f"/plans/{world.plan.pk}/reminders/schedule/",
        {"idea": [str(idea.pk)], f"date-{idea.pk}": later(), **hijack(mallory)},
    )

    assert Reminder.objects.get(idea=idea).plan == world.plan
    assert mallorys_rows(mallory) == before


def test_the_settings_form_changes_only_the_members_own_settings(world, mallory):
    before_hash = world.user.calendar_token_hash
    before = mallorys_rows(mallory)

    response = world.client.post(
        "/account/",
        {
            "display_name": "Alice B.",
            "time_zone": world.user.time_zone,
            "reminder_emails": "on",
            "email": mallory.user.email,
            "is_staff": "on",
            "is_superuser": "on",
            "calendar_token_hash": mallory.user.calendar_token_hash,
            **hijack(mallory),
        },
    )

    assert response.status_code == 302
    world.user.refresh_from_db()
    assert world.user.display_name == "Alice B."
    assert world.user.email == "alice@example.com"
    assert not world.user.is_staff and not world.user.is_superuser
    assert world.user.calendar_token_hash == before_hash
    assert mallorys_rows(mallory) == before
