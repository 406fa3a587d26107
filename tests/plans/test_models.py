from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import IntegrityError, transaction
from django.utils import timezone

from apps.content.models import Situation, Step
from apps.plans.models import BUILDER_STEPS, DeclinePlan, PlanReason
from tests.plans.conftest import PRIVATE_PHRASING, add_reason, make_plan

pytestmark = pytest.mark.django_db


# Who reaches which plans


def test_it_reaches_only_the_members_own_plans(alice, stranger, offer_plan, stranger_plan):
    assert list(DeclinePlan.objects.for_user(alice)) == [offer_plan]
    assert list(DeclinePlan.objects.for_user(stranger)) == [stranger_plan]


def test_it_reaches_no_plan_for_an_anonymous_visitor(offer_plan):
    assert not DeclinePlan.objects.for_user(AnonymousUser()).exists()
    assert not DeclinePlan.objects.for_user(None).exists()


def test_it_tells_active_from_archived_plans(alice, offer_plan, promotion_plan):
    promotion_plan.archive()

    plans = DeclinePlan.objects.for_user(alice)
    assert list(plans.active()) == [offer_plan]
    assert list(plans.archived()) == [promotion_plan]


def test_it_goes_with_its_owner(alice, offer_plan):
    alice.delete()

    assert not DeclinePlan.objects.exists()
    assert not PlanReason.objects.exists()


def test_it_refuses_an_unknown_situation(alice):
    with pytest.raises(IntegrityError), transaction.atomic():
        make_plan(alice, situation="internship")


# What the plan shares


def test_it_shares_only_the_reasons_ticked_and_written(offer_plan):
    add_reason(offer_plan, "Shared but empty", phrasing="   ")
    add_reason(offer_plan, "Balance", phrasing="Balance matters to me")

    assert [r.title for r in offer_plan.shared_reasons] == ["Commute", "Balance"]
    assert offer_plan.shared_phrasings == [
        "The daily commute would be hard to combine with my family life",
        "Balance matters to me",
    ]
    assert PRIVATE_PHRASING not in offer_plan.shared_phrasings


def test_it_orders_reasons_as_the_member_placed_them(offer_plan):
    first = add_reason(offer_plan, "First", order=0)

    assert offer_plan.reasons.first() == first
    assert offer_plan.shared_phrasings[0] == first.phrasing


def test_an_offer_keeps_the_door_open_by_staying_in_touch(offer_plan):
    offer_plan.alternatives = "Not asked for an offer"

    assert offer_plan.door_open_answers == [
        "I would really like to stay in touch",
        "If a role closer to home opens up, I would love to hear about it",
    ]
    assert offer_plan.door_open_text == (
        "I would really like to stay in touch. "
        "If a role closer to home opens up, I would love to hear about it."
    )


def test_a_promotion_keeps_the_door_open_with_alternatives_and_growth(promotion_plan):
    promotion_plan.support_wanted = "  "
    promotion_plan.stay_in_touch = "Not asked for a promotion"

    assert promotion_plan.door_open_text == (
        "I could mentor the two new analysts. "
        "I want to keep growing as the team's forecasting specialist."
    )


def test_it_names_the_member_and_the_plan(offer_plan, promotion_plan):
    assert offer_plan.member_name == "Alice"
    assert offer_plan.is_offer
    assert not promotion_plan.is_offer
    assert str(offer_plan) == "Job offer · Northwind Logistics"
    assert str(offer_plan.reasons.first()) == "Commute"


# Progress


def test_it_completes_a_step_once(offer_plan):
    before = offer_plan.updated

    offer_plan.complete_step(Step.REASONS)
    offer_plan.complete_step(Step.REASONS)

    offer_plan.refresh_from_db()
    assert offer_plan.completed_steps == [Step.SITUATION, Step.REASONS]
    assert offer_plan.is_step_done(Step.REASONS)
    assert offer_plan.updated > before


def test_it_leaves_a_completed_step_untouched(offer_plan):
    before = offer_plan.updated

    offer_plan.complete_step(Step.SITUATION)

    offer_plan.refresh_from_db()
    assert offer_plan.updated == before


def test_it_saves_only_the_progress_when_completing_a_step(offer_plan):
    offer_plan.organisation = "Not saved"

    offer_plan.complete_step(Step.REASONS)

    offer_plan.refresh_from_db()
    assert offer_plan.organisation == "Northwind Logistics"


@pytest.mark.parametrize(
    ("done", "percent", "next_step"),
    [
        ([], 0, Step.SITUATION),
        ([Step.SITUATION], 17, Step.REASONS),
        ([Step.SITUATION, Step.DOOR_OPEN], 33, Step.REASONS),
        (BUILDER_STEPS[:-1], 83, Step.RECONNECT),
        (BUILDER_STEPS, 100, None),
        ([*BUILDER_STEPS, Step.SUMMARY, "unknown"], 100, None),
    ],
)
def test_it_measures_progress(alice, done, percent, next_step):
    plan = DeclinePlan(owner=alice, situation=Situation.OFFER, completed_steps=list(done))

    assert plan.progress_percent == percent
    assert plan.next_step == next_step


@pytest.mark.parametrize(("deadline", "days"), [(None, None), (5, 5), (0, 0), (-2, -2)])
def test_it_counts_the_days_to_the_deadline(deadline, days):
    today = date(2030, 6, 15)
    plan = DeclinePlan(deadline=None if deadline is None else today + timedelta(days=deadline))

    assert plan.days_to_deadline(today) == days


def test_it_counts_from_today_by_default():
    plan = DeclinePlan(deadline=timezone.localdate() + timedelta(days=3))

    assert plan.days_to_deadline() == 3


# Other changes


def test_it_archives_and_restores(offer_plan):
    offer_plan.archive()
    offer_plan.refresh_from_db()
    assert offer_plan.is_archived
    assert offer_plan.archived_at <= timezone.now()

    offer_plan.restore()
    offer_plan.refresh_from_db()
    assert not offer_plan.is_archived


def test_it_uses_an_email_draft(offer_plan):
    offer_plan.use_email_draft("Subject", "Body")

    offer_plan.refresh_from_db()
    assert (offer_plan.email_subject, offer_plan.email_body) == ("Subject", "Body")
    assert not offer_plan.is_step_done(Step.EMAIL)


def test_it_marks_the_email_sent_today(offer_plan):
    offer_plan.mark_email_sent()

    offer_plan.refresh_from_db()
    assert offer_plan.email_sent_on == timezone.localdate()
    assert offer_plan.is_step_done(Step.EMAIL)


def test_it_marks_the_email_sent_on_a_given_day(offer_plan):
    offer_plan.mark_email_sent(on=date(2025, 1, 2))

    offer_plan.refresh_from_db()
    assert offer_plan.email_sent_on == date(2025, 1, 2)


def test_it_keeps_a_plan_reason_when_the_curated_reason_goes(offer_plan, content):
    chosen = add_reason(offer_plan, "Location and commute", reason=content.offer_reason)

    content.offer_reason.delete()

    chosen.refresh_from_db()
    assert chosen.reason is None
    assert chosen.title == "Location and commute"
