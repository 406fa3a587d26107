"""The composed script and email as the member finds them on the step, for every
starter version, both situations, and the plans that are hardest to write for:
reasons that repeat each other, blunt reasons, and no names at all.

What must hold, read as the person receiving them: no sentence said twice, no hole a
missing value left, a signature that is signed (or asks the member to sign), and
every blunt phrase the tone check finds shown on the step with its Apply button.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import product

import pytest
from django.core.management import call_command
from django.test import Client

from apps.content.models import Situation
from apps.plans.models import DeclinePlan
from apps.reasons.tone import check_tone
from apps.scripts.compose import compose_template
from apps.scripts.models import ScriptTemplate
from apps.scripts.sample import sample_plan
from tests.helpers import add_reason, form_values, make_member, make_plan
from tests.plans.conftest import buttons

pytestmark = pytest.mark.django_db

# What a missing name or a careless reason must never leave behind.
ARTEFACTS = re.compile(
    r" [,.;:!?]|,\s*[.,]|\.\s+\.|  |\(\)|\[\]|\b(?:Hi|Hello|Dear|Thanks|Thank you) ,|"
    r"^(?:Hi|Hello|Dear),?$|\{|\}|\bthe role role\b",
    re.MULTILINE,
)
SIGN_OFFS = ("Kind regards,", "With best wishes,", "Best wishes,", "Yours sincerely,")
PROMPT = "[Your name: add it in Settings]"

TONES = ScriptTemplate.Tone.values
LENGTHS = ScriptTemplate.Length.values


@dataclass(frozen=True)
class Case:
    name: str
    situation: str
    reasons: tuple[str, ...]
    door_open: dict[str, str]


OFFER_DOOR = {
    "stay_in_touch": "I would really like to stay in touch",
    "reconsider_if": "If a role closer to home opens up, I would love to hear about it",
}
PROMOTION_DOOR = {
    "alternatives": "I could mentor the two new analysts",
    "support_wanted": "A course in people management would help me revisit this",
    "future_statement": "I want to keep growing as the team's forecasting specialist",
}

CASES = [
    Case(
        "overlapping",
        Situation.OFFER,
        (
            "The daily commute would be difficult with my family",
            "after thinking it through, the daily commute would be difficult to sustain ,",
            "I am looking for a role closer to home",
        ),
        OFFER_DOOR,
    ),
    Case(
        "blunt",
        Situation.OFFER,
        ("the salary is too low", "honestly your process was a mess"),
        OFFER_DOOR,
    ),
    Case(
        "blunt-and-overlapping",
        Situation.OFFER,
        (
            "The salary is way too low",
            "the salary is too low for me",
            "The daily commute would be hard to combine with my family life",
        ),
        {"stay_in_touch": "I would like to stay in touch", "reconsider_if": ""},
    ),
    Case(
        "overlapping",
        Situation.PROMOTION,
        (
            "I do my best work as a hands-on specialist",
            "i do my best work as a hands on specialist..",
            "Keeping a sustainable balance between work and home matters to me",
        ),
        PROMOTION_DOOR,
    ),
    Case(
        "blunt",
        Situation.PROMOTION,
        ("Managing people is a chore", "the work is boring"),
        PROMOTION_DOOR,
    ),
]


@pytest.fixture
def seeded(db) -> None:
    """The starter content as a new install has it: templates, reasons, the tone check."""
    call_command("seed_content", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.fixture
def nameless(db):
    return make_member("nameless@example.com")


@pytest.fixture
def nameless_client(nameless) -> Client:
    client = Client()
    client.force_login(nameless)
    return client


def plan_for(owner, case: Case, **fields) -> DeclinePlan:
    plan = make_plan(
        owner,
        situation=case.situation,
        organisation="Northwind Logistics",
        contact_name="",
        contact_role="",
        contact_email="",
        role="",
        **case.door_open,
        **fields,
    )
    for number, phrasing in enumerate(case.reasons):
        add_reason(plan, f"Reason {number}", phrasing=phrasing)
    return plan


def sentences_of(text: str) -> list[str]:
    flat = " ".join(text.split())
    return [s.casefold() for s in re.split(r"(?<=[.!?])\s+", flat) if len(s.split()) > 2]


def assert_reads_as_written(text: str, *, email: bool) -> None:
    assert not ARTEFACTS.search(text), ARTEFACTS.search(text).group(0) + "\n" + text
    sentences = sentences_of(text)
    repeated = {s for s in sentences if sentences.count(s) > 1}
    assert not repeated, f"{repeated}\n{text}"
    if email:
        last_lines = text.rstrip().splitlines()[-2:]
        assert last_lines[0] in SIGN_OFFS, text
        assert last_lines[1].strip() == PROMPT, text


def assert_every_finding_shown(response, field: str, text: str, situation: str) -> None:
    findings = check_tone(text, situation)
    for finding in findings:
        found = buttons(response, "apply", field=field, start=finding.start, end=finding.end)
        assert len(found) == 1, f"{finding.found!r} is not flagged on the step\n{text}"
    html = response.content.decode()
    if findings:
        assert "could sound blunt" in html


VERSIONS = list(product(TONES, LENGTHS))


CASE_IDS = [f"{case.situation}-{case.name}" for case in CASES]


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_the_script_reads_as_one_persons_words(seeded, nameless, nameless_client, case):
    for tone, length in VERSIONS:
        plan = plan_for(nameless, case, script_tone=tone, script_length=length)

        response = nameless_client.get(f"/plans/{plan.pk}/conversation/")

        script = form_values(response)["script"]
        assert script, ("no script composed", tone, length)
        assert_reads_as_written(script, email=False)
        if case.situation == Situation.OFFER:
            assert "[your name]" in script  # the member is asked to say who is calling
        assert_every_finding_shown(response, "script", script, case.situation)
        if "blunt" in case.name:
            assert check_tone(script, case.situation), ("nothing flagged", script)


@pytest.mark.parametrize("by_email", [False, True], ids=["follow-up", "decline-by-email"])
@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_the_email_reads_as_one_persons_words(seeded, nameless, nameless_client, case, by_email):
    for tone, length in VERSIONS:
        plan = plan_for(
            nameless, case, email_tone=tone, email_length=length, decline_by_email=by_email
        )

        response = nameless_client.get(f"/plans/{plan.pk}/email/")

        values = form_values(response)
        subject, body = values["email_subject"], values["email_body"]
        assert subject and body, ("no email composed", tone, length)
        assert_reads_as_written(subject, email=False)
        assert_reads_as_written(body, email=True)
        assert_every_finding_shown(response, "email_body", body, case.situation)
        assert_every_finding_shown(response, "email_subject", subject, case.situation)
        if "blunt" in case.name:
            assert check_tone(body, case.situation), ("nothing flagged", body)
        if by_email:
            # Why this comes by email, not by phone or in person.
            assert re.search(r"reach you|in person|meet", body), body
            assert 'class="small script-note"' in response.content.decode()  # the advice


def test_every_starter_version_is_reachable(seeded):
    """Each kind and situation has all four versions, the decline by email too."""
    for situation in Situation.values:
        published = ScriptTemplate.objects.published().for_situation(situation)
        script = "call-script" if situation == Situation.OFFER else "meeting-script"
        for kind in (script, ScriptTemplate.Kind.FOLLOW_UP_EMAIL):
            for tone, length in VERSIONS:
                chosen = published.best_for(kind, tone, length)
                assert (chosen.tone, chosen.length) == (tone, length), (situation, kind)
        for tone, length in VERSIONS:
            chosen = published.best_for(ScriptTemplate.Kind.DECLINE_EMAIL, tone, length)
            assert (chosen.tone, chosen.length) == (tone, length), situation
            assert chosen.member_note  # the advice prefers a call or a meeting: it says so


def test_a_calm_plan_gets_texts_the_tone_check_has_nothing_to_say_about(seeded):
    """The templates' own words never trip the tone check: a member who wrote calmly
    is never told their script or email could sound blunt."""
    for template in ScriptTemplate.objects.published():
        situations = Situation.values if template.applies_to == "both" else [template.applies_to]
        for situation in situations:
            composed = compose_template(template, sample_plan(situation))
            for text in (composed.subject, composed.body):
                found = [finding.found for finding in check_tone(text, situation)]
                assert not found, (template.slug, found)
