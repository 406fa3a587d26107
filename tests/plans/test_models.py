from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import IntegrityError, transaction
from django.utils import timezone

from apps.content.models import Situation, Step
from apps.plans.models import BUILDER_STEPS, DeclinePlan, PlanReason
from tests.helpers import add_reason, make_plan
from tests.plans.conftest import PRIVATE_PHRASING

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


# Starting a plan


def test_it_starts_a_plan_for_its_owner_with_the_situation_done(alice):
    plan = DeclinePlan.start(
        owner=alice, situation=Situation.PROMOTION, organisation="Contoso", role="Team Lead"
    )

    plan.refresh_from_db()
    assert plan.owner == alice
    assert (plan.situation, plan.organisation, plan.role) == (
        Situation.PROMOTION,
        "Contoso",
        "Team Lead",
    )
    assert plan.completed_steps == [Step.SITUATION]
    assert plan.next_step == Step.REASONS


# The member's reasons


def test_it_offers_the_published_library_for_its_situation(offer_plan, promotion_plan, content):
    assert list(offer_plan.library_reasons()) == [content.offer_reason, content.both_reason]
    assert list(promotion_plan.library_reasons()) == [
        content.promotion_reason,
        content.both_reason,
    ]


def test_it_adds_a_reason_of_ones_own_at_the_end(offer_plan):
    last = add_reason(offer_plan, "Last", order=7)

    added = offer_plan.add_own_reason(title="Relocation", phrasing="We are moving")

    added.refresh_from_db()
    assert added.plan == offer_plan
    assert added.reason is None
    assert (added.title, added.phrasing, added.share) == ("Relocation", "We are moving", True)
    assert added.order == last.order + 1
    assert list(offer_plan.reasons.all())[-1] == added


def test_it_adds_a_first_reason_at_the_top(alice):
    plan = make_plan(alice)

    added = plan.add_own_reason(title="Relocation")

    assert added.order == 1
    assert added.phrasing == ""


def test_it_adds_a_library_reason_with_the_phrasing_picked(offer_plan, content):
    added = offer_plan.add_library_reason(content.offer_reason, phrasing_index=1)

    added.refresh_from_db()
    assert added.reason == content.offer_reason
    assert added.title == "Location and commute"
    assert added.phrasing == "I am looking for a role closer to home"
    assert added.order > max(r.order for r in offer_plan.reasons.exclude(pk=added.pk))


def test_it_adds_no_library_reason_for_a_phrasing_it_does_not_have(offer_plan, content):
    with pytest.raises(IndexError):
        offer_plan.add_library_reason(content.offer_reason, phrasing_index=2)

    assert offer_plan.reasons.count() == 2


def test_it_removes_one_of_its_reasons(offer_plan):
    pay = offer_plan.reasons.get(title="Pay")

    offer_plan.remove_reason(pay)

    assert list(offer_plan.reasons.values_list("title", flat=True)) == ["Commute"]


def test_it_never_removes_a_reason_of_another_plan(offer_plan, stranger_plan):
    theirs = stranger_plan.reasons.get()

    offer_plan.remove_reason(theirs)

    assert PlanReason.objects.filter(pk=theirs.pk).exists()
    assert offer_plan.reasons.count() == 2


# Tone suggestions

BLUNT = "Sadly the salary is too low."
REFRAMED = "Sadly I am looking for a higher level of compensation."


def test_it_applies_a_suggestion_to_a_reasons_phrasing(offer_plan, content):
    reason = add_reason(offer_plan, "Blunt", phrasing=BLUNT)

    applied = reason.apply_suggestion(6, 27, content.offer_reframe.pk)

    reason.refresh_from_db()
    assert applied is True
    assert reason.phrasing == REFRAMED


@pytest.mark.parametrize(
    ("start", "end", "reframe"), [(6, 26, "offer"), (0, 5, "offer"), (6, 27, "both")]
)
def test_it_applies_no_suggestion_the_phrasing_no_longer_holds(
    offer_plan, content, start, end, reframe
):
    reason = add_reason(offer_plan, "Blunt", phrasing=BLUNT)
    reframe_id = {"offer": content.offer_reframe, "both": content.both_reframe}[reframe].pk

    applied = reason.apply_suggestion(start, end, reframe_id)

    reason.refresh_from_db()
    assert applied is False
    assert reason.phrasing == BLUNT


def test_it_applies_only_suggestions_for_the_plans_situation(promotion_plan, content):
    reason = add_reason(promotion_plan, "Blunt", phrasing=BLUNT)

    assert reason.apply_suggestion(6, 27, content.offer_reframe.pk) is False


def test_it_applies_a_suggestion_to_the_email_body_and_keeps_the_subject(offer_plan, content):
    offer_plan.use_email_draft("My subject", BLUNT)

    applied = offer_plan.apply_suggestion("email_body", 6, 27, content.offer_reframe.pk)

    offer_plan.refresh_from_db()
    assert applied is True
    assert (offer_plan.email_subject, offer_plan.email_body) == ("My subject", REFRAMED)


def test_it_applies_no_suggestion_the_email_no_longer_holds(offer_plan, content):
    offer_plan.use_email_draft("My subject", "Rewritten.")

    applied = offer_plan.apply_suggestion("email_body", 6, 27, content.offer_reframe.pk)

    offer_plan.refresh_from_db()
    assert applied is False
    assert offer_plan.email_body == "Rewritten."


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
