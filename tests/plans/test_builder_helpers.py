from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from apps.content.models import Situation, Status, Step
from apps.plans import builder
from apps.plans.models import BUILDER_STEPS, DeclinePlan
from apps.scripts.models import ScriptTemplate
from tests.helpers import make_script
from tests.plans.conftest import DRAFT_MARK, PRIVATE_NOTE, PRIVATE_PHRASING

pytestmark = pytest.mark.django_db


# Steps


def test_it_links_every_step_then_the_summary(offer_plan):
    offer_plan.completed_steps = [Step.SITUATION, Step.REASONS]

    links = builder.step_links(offer_plan, Step.REASONS)

    assert [link.step for link in links] == [*BUILDER_STEPS, Step.SUMMARY]
    assert [link.number for link in links] == [1, 2, 3, 4, 5, 6, 7]
    assert [link.title for link in links] == [
        "Situation",
        "Reasons",
        "Keep the door open",
        "The call",
        "Follow-up email",
        "Reconnect",
        "Summary",
    ]
    assert links[2].url == f"/plans/{offer_plan.pk}/door-open/"
    assert links[-1].url == f"/plans/{offer_plan.pk}/"
    assert [link.done for link in links] == [True, True, False, False, False, False, False]
    assert [link.current for link in links] == [False, True, False, False, False, False, False]


def test_it_calls_the_conversation_a_meeting_for_a_promotion():
    assert builder.step_title(Step.CONVERSATION, Situation.OFFER) == "The call"
    assert builder.step_title(Step.CONVERSATION, Situation.PROMOTION) == "The meeting"
    assert builder.step_title(Step.EMAIL, Situation.PROMOTION) == "Follow-up email"


@pytest.mark.parametrize(
    ("step", "previous", "following"),
    [
        (Step.SITUATION, None, Step.REASONS),
        (Step.REASONS, Step.SITUATION, Step.DOOR_OPEN),
        (Step.EMAIL, Step.CONVERSATION, Step.RECONNECT),
        (Step.RECONNECT, Step.EMAIL, Step.SUMMARY),
        (Step.SUMMARY, Step.RECONNECT, Step.SUMMARY),
    ],
)
def test_it_knows_each_steps_neighbours(step, previous, following):
    assert builder.neighbours(step) == (previous, following)


def test_it_builds_step_urls(offer_plan):
    assert builder.step_url(offer_plan, "email") == f"/plans/{offer_plan.pk}/email/"
    with pytest.raises(ValueError):
        builder.step_url(offer_plan, "elsewhere")


def test_it_shows_only_published_tips_for_the_situation(content):
    tips = builder.tips_for(Situation.OFFER, Step.REASONS)

    assert tips == [content.reasons_tip]
    assert builder.tips_for(Situation.OFFER, Step.EMAIL) == []


# Scripts


def test_it_picks_the_script_kind_for_the_situation():
    assert builder.script_kind(Situation.OFFER) == ScriptTemplate.Kind.CALL_SCRIPT
    assert builder.script_kind(Situation.PROMOTION) == ScriptTemplate.Kind.MEETING_SCRIPT


def test_it_picks_the_first_published_template_for_the_situation(content):
    kind = ScriptTemplate.Kind
    earlier = make_script("earlier", kind.CALL_SCRIPT, "both", "Earlier", order=5)

    assert builder.first_template(Situation.OFFER, kind.CALL_SCRIPT) == earlier
    assert builder.first_template(Situation.PROMOTION, kind.CALL_SCRIPT) == earlier
    assert builder.first_template(Situation.PROMOTION, kind.MEETING_SCRIPT) == (
        content.meeting_script
    )
    assert builder.first_template(Situation.OFFER, kind.MEETING_SCRIPT) is None


def test_it_composes_from_the_plan_and_never_from_a_draft(offer_plan, content):
    composed = builder.composed(offer_plan, ScriptTemplate.Kind.FOLLOW_UP_EMAIL)

    assert composed.subject == "Thank you, and my decision (Northwind Logistics)"
    assert composed.body.startswith("Dear Claire Dubois,")
    assert "The daily commute would be hard to combine with my family life." in composed.body
    assert composed.body.endswith("Kind regards,\nAlice")
    for text in (composed.subject, composed.body):
        assert DRAFT_MARK not in text
        assert PRIVATE_NOTE not in text
        assert PRIVATE_PHRASING not in text


def test_it_composes_nothing_without_a_published_template(offer_plan, content):
    ScriptTemplate.objects.update(status=Status.DRAFT)

    assert builder.composed(offer_plan, ScriptTemplate.Kind.CALL_SCRIPT) is None


# Timing


def plan_due_in(days: int | None, situation: str = Situation.OFFER) -> DeclinePlan:
    deadline = None if days is None else timezone.localdate() + timedelta(days=days)
    return DeclinePlan(situation=situation, deadline=deadline)


@pytest.mark.parametrize(
    ("days", "level", "message"),
    [
        (
            None,
            "info",
            "No deadline set. Reply promptly anyway: once you have decided, call soon.",
        ),
        (
            -1,
            "danger",
            "Your deadline passed yesterday. Call today, and apologise briefly for the delay.",
        ),
        (
            -4,
            "danger",
            "Your deadline passed 4 days ago. Call today, and apologise briefly for the delay.",
        ),
        (0, "danger", "Your deadline is today: call this morning if you can."),
        (1, "warning", "Call today: your deadline is tomorrow."),
        (2, "warning", "Call today: your deadline is in 2 days."),
        (3, "warning", "Call today: your deadline is in 3 days."),
        (
            4,
            "info",
            "Your deadline is in 4 days. Once you have decided, call promptly rather than "
            "waiting for the last day.",
        ),
        (
            10,
            "info",
            "Your deadline is in 10 days. Once you have decided, call promptly rather than "
            "waiting for the last day.",
        ),
    ],
)
def test_it_times_the_call_against_the_deadline(days, level, message):
    assert builder.timing_advice(plan_due_in(days)) == builder.Timing(level, message)


@pytest.mark.parametrize(
    ("days", "message"),
    [
        (None, "once you have decided, ask for a meeting soon."),
        (-2, "Your deadline passed 2 days ago. Ask for a meeting today"),
        (0, "Your deadline is today: ask for a meeting this morning"),
        (1, "Ask for a meeting today: your deadline is tomorrow."),
        (10, "Once you have decided, ask for a meeting promptly"),
    ],
)
def test_it_times_the_meeting_for_a_promotion(days, message):
    assert message in builder.timing_advice(plan_due_in(days, Situation.PROMOTION)).message


# Tone suggestions


def test_it_checks_several_fields_and_skips_empty_ones(content):
    findings = builder.findings_by_field(
        {"a": "The work is boring.", "b": "All good here.", "c": "   "}, Situation.OFFER
    )

    assert findings.keys() == {"a", "b"}
    assert [f.reframe_id for f in findings["a"]] == [content.both_reframe.pk]
    assert findings["b"] == []


def test_it_reads_the_content_once_for_many_fields(content):
    one = {"field-0": "the salary is too low"}
    many = {f"field-{n}": "the salary is too low" for n in range(30)}

    with CaptureQueriesContext(connection) as cold:
        builder.findings_by_field(one, Situation.OFFER)
    with CaptureQueriesContext(connection) as warm:
        findings = builder.findings_by_field(many, Situation.OFFER)

    # Cold: the content version, then the reframes, cues and topics; warm: the version.
    assert len(cold) <= 4
    assert len(warm) == 1
    assert all(len(found) == 1 for found in findings.values())


def test_it_checks_nothing_without_a_query(content):
    with CaptureQueriesContext(connection) as queries:
        assert builder.findings_by_field({"a": ""}, Situation.OFFER) == {}

    assert len(queries) == 0


def test_it_ignores_draft_reframes_and_other_situations(content):
    findings = builder.findings_by_field(
        {"a": "Honestly, managing people is a chore."}, Situation.OFFER
    )

    assert findings == {"a": []}


def test_it_applies_a_finding(content):
    text = "Sadly the salary is too low."
    start = text.index("the")
    end = start + len("the salary is too low")

    applied = builder.apply_finding(text, Situation.OFFER, start, end, content.offer_reframe.pk)

    assert applied == "Sadly I am looking for a higher level of compensation."


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Sadly the salary is too low.", 0, 5),  # no finding there
        ("The salary is fine.", 0, 21),  # the wording changed
        ("Sadly the salary is too low.", 6, 26),  # off by one
    ],
)
def test_it_applies_nothing_that_does_not_match(content, text, start, end):
    assert builder.apply_finding(text, Situation.OFFER, start, end, content.offer_reframe.pk) is (
        None
    )


def test_it_applies_nothing_for_another_reframe(content):
    text = "the salary is too low"

    assert builder.apply_finding(text, Situation.OFFER, 0, 21, content.both_reframe.pk) is None
    assert builder.apply_finding(text, Situation.PROMOTION, 0, 21, content.offer_reframe.pk) is (
        None
    )


def test_it_tells_whether_any_text_sounds_blunt(content):
    assert builder.sounds_blunt(["All good here", "Sadly the salary is too low"], Situation.OFFER)
    assert not builder.sounds_blunt(
        ["All good here", "Sadly the salary is too low"], Situation.PROMOTION
    )
    assert not builder.sounds_blunt(["", "   "], Situation.OFFER)
    assert not builder.sounds_blunt([], Situation.OFFER)
