from __future__ import annotations

import re
from datetime import date

from apps.content.models import Situation
from apps.scripts.compose import compose, compose_template, placeholder_values
from apps.scripts.models import ScriptTemplate
from apps.scripts.sample import SamplePlan, sample_plan
from apps.scripts.starter import SCRIPT_TEMPLATES

# What a missing value must never leave behind: " ,", ", .", ". .", "  ", "()".
ARTEFACTS = re.compile(r" [,.;:!?]|,\s*[.,]|\.\s+\.|  |\(\)|\n\n\n|^\s|\s$")

EMAIL = ScriptTemplate(
    kind=ScriptTemplate.Kind.FOLLOW_UP_EMAIL,
    subject="Thank you, {contact_first_name}: the {role} role",
    body=(
        "Dear {contact_first_name},\n\n"
        "Thank you again for the offer to join {organisation}. {reasons}\n\n"
        "{door_open}\n\n"
        "Kind regards,\n{member_name}"
    ),
)


def test_it_fills_every_placeholder_from_a_plan():
    values = placeholder_values(SamplePlan(deadline=date(2026, 12, 4)))
    assert values == {
        "member_name": "Sam Peeters",
        "contact_name": "Claire Dubois",
        "contact_first_name": "Claire",
        "organisation": "Northwind Logistics",
        "role": "Senior Data Analyst",
        "reasons": (
            "Having thought it through carefully, I have realised that the daily commute "
            "would be hard to combine with my family commitments at the moment. I am also "
            "looking for a somewhat higher level of compensation at this point in my career."
        ),
        "door_open": SamplePlan().door_open_text,
        "deadline": "Friday 4 December",
    }


def test_it_composes_an_email_against_the_offer_sample():
    composed = compose_template(EMAIL, sample_plan(Situation.OFFER))
    assert composed.subject == "Thank you, Claire: the Senior Data Analyst role"
    assert composed.body.startswith("Dear Claire,\n\nThank you again for the offer to join ")
    assert "Northwind Logistics. Having thought it through carefully" in composed.body
    assert "at this point in my career." in composed.body
    assert composed.body.endswith("Kind regards,\nSam Peeters")
    assert "{" not in composed.subject + composed.body


def test_it_composes_against_the_promotion_sample():
    composed = compose_template(EMAIL, sample_plan(Situation.PROMOTION))
    assert composed.subject == "Thank you, Jeroen: the Team Lead, Customer Analytics role"
    assert "join our team. I do my best work as a hands-on specialist" in composed.body
    assert "training in people management" in composed.body


def test_it_turns_escaped_braces_into_literal_braces():
    assert compose("Keep {{this}} and {{{organisation}}}", {"organisation": "Acme"}) == (
        "Keep {this} and {Acme}"
    )


def test_it_leaves_unknown_placeholders_and_stray_braces_as_written():
    values = {"contact_name": "Claire"}
    assert compose("Hi {contact}, {contact_name} {", values) == "Hi {contact}, Claire {"


def test_it_never_renders_editor_text_as_a_django_template():
    assert compose("{% now 'Y' %} {{ secret }}", {}) == "{% now 'Y' %} { secret }"


def test_it_tidies_up_after_empty_values():
    plan = SamplePlan(contact_name="  ", role="", deadline=None, shared_phrasings=["  "])
    values = placeholder_values(plan)
    assert values["contact_first_name"] == ""
    assert values["reasons"] == ""
    assert values["deadline"] == ""
    composed = compose(
        "Dear {contact_first_name} ,\n\n{reasons}\n\n\nBy {deadline} I decided.\n\n\n{role}",
        values,
    )
    assert composed == "Dear,\n\nBy I decided."


# Missing values


NAMELESS = SamplePlan(member_name="", contact_name="", role="")


def test_it_writes_the_templates_words_for_a_missing_value():
    values = placeholder_values(NAMELESS)
    assert compose("Hi {contact_first_name|there},", values) == "Hi there,"
    assert compose("Hi {contact_first_name|there},", placeholder_values(SamplePlan())) == (
        "Hi Claire,"
    )


def test_it_leaves_a_missing_name_out_with_its_punctuation():
    values = placeholder_values(NAMELESS)
    assert compose("Hello {contact_first_name}, it's me.", values) == "Hello, it's me."
    assert compose("Thank you for this, {contact_first_name}.", values) == "Thank you for this."
    assert compose("Thank you again, {contact_first_name}, for everything.", values) == (
        "Thank you again for everything."
    )
    assert compose("{contact_first_name}, thank you.", values) == "Thank you."
    assert compose("About the {role} role ({role}).", values) == "About the role."


def test_it_asks_the_member_to_sign_an_unsigned_email():
    body = compose("Kind regards,\n{member_name}", placeholder_values(NAMELESS))
    assert body == "Kind regards,\n[Your name: add it in Settings]"


def test_it_drops_a_line_that_held_only_missing_values():
    values = placeholder_values(SamplePlan(role="", deadline=None))
    assert compose("Dear Claire,\n{role}\n{deadline}\nThank you.", values) == (
        "Dear Claire,\nThank you."
    )


def test_it_composes_every_starter_template_cleanly_without_names():
    for item in SCRIPT_TEMPLATES:
        template = ScriptTemplate(**{key: item[key] for key in ("kind", "subject", "body")})
        for situation in Situation.values:
            plan = sample_plan(situation)
            plan.member_name = plan.contact_name = plan.role = ""
            composed = compose_template(template, plan)
            for text in (composed.subject, composed.body):
                assert not ARTEFACTS.search(text), (item["slug"], text)
                assert "{" not in text
            if template.is_email:
                assert composed.body.endswith("\n[Your name: add it in Settings]"), item["slug"]


def situation_of(item: dict) -> str:
    return Situation.PROMOTION if item["applies_to"] == Situation.PROMOTION else Situation.OFFER


def test_it_greets_by_name_in_every_starter_template_when_there_is_one():
    for item in SCRIPT_TEMPLATES:
        template = ScriptTemplate(**{key: item[key] for key in ("kind", "subject", "body")})
        composed = compose_template(template, sample_plan(situation_of(item)))
        assert "Claire" in composed.body or "Jeroen" in composed.body, item["slug"]
        assert "[" not in composed.body, item["slug"]
