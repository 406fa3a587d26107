"""Reading which button of a step was pressed: its value, and its formaction's query."""

from __future__ import annotations

import pytest
from django.http import QueryDict

from apps.plans.forms import (
    EmailAction,
    EmailButtonForm,
    EmailForm,
    ReasonsAction,
    ReasonsButtonForm,
)

pytestmark = pytest.mark.django_db


def query(**params) -> QueryDict:
    data = QueryDict(mutable=True)
    data.update({name: str(value) for name, value in params.items()})
    return data


def reasons_button(plan, action: str, **params) -> ReasonsButtonForm:
    phrasings = {f"reasons-{i}-phrasing": reason for i, reason in enumerate(plan.reasons.all())}
    return ReasonsButtonForm(query(action=action), query(**params), plan=plan, phrasings=phrasings)


@pytest.mark.parametrize("action", ReasonsAction.values)
def test_it_knows_every_reasons_button(offer_plan, content, action):
    params = {
        ReasonsAction.ADD: {"library_reason": content.offer_reason.pk, "phrasing": 1},
        ReasonsAction.REMOVE: {"reason": offer_plan.reasons.first().pk},
        ReasonsAction.APPLY: {"field": "reasons-0-phrasing", "start": 0, "end": 3, "reframe": 1},
    }.get(action, {})

    button = reasons_button(offer_plan, action, **params)

    assert button.is_valid(), button.errors
    assert button.cleaned_data["action"] == action


def test_it_reads_the_action_from_the_form_and_the_rest_from_the_query(offer_plan, content):
    button = ReasonsButtonForm(
        query(action="add", library_reason=content.both_reason.pk, phrasing=9),
        query(action="remove", library_reason=content.offer_reason.pk, phrasing=0),
        plan=offer_plan,
        phrasings={},
    )

    assert button.is_valid(), button.errors
    assert button.cleaned_data["action"] == ReasonsAction.ADD
    assert button.cleaned_data["library_reason"] == content.offer_reason
    assert button.cleaned_data["phrasing"] == 0


def test_it_finds_the_reason_to_remove_among_the_plans_own(offer_plan, stranger_plan):
    pay = offer_plan.reasons.get(title="Pay")

    assert reasons_button(offer_plan, "remove", reason=pay.pk).removing == pay
    theirs = reasons_button(offer_plan, "remove", reason=stranger_plan.reasons.get().pk)
    assert theirs.removing is None
    assert theirs.problem == "That reason was already removed."
    # Only a remove button removes, whatever its query says.
    assert reasons_button(offer_plan, "save", reason=pay.pk).removing is None


def test_it_points_a_suggestion_at_the_reason_whose_field_it_names(offer_plan):
    button = reasons_button(
        offer_plan, "apply", field="reasons-1-phrasing", start=2, end=9, reframe=4
    )

    assert button.is_valid(), button.errors
    assert button.cleaned_data["reason"] == offer_plan.reasons.get(title="Pay")
    assert button.suggestion == (2, 9, 4)


@pytest.mark.parametrize(
    ("action", "problem"),
    [
        ("frobnicate", "That button did not work"),
        ("", "That button did not work"),
        ("add", "That reason is no longer available."),
        ("remove", "That reason was already removed."),
        ("apply", "That suggestion no longer fits the text"),
    ],
)
def test_it_says_what_went_wrong_when_a_button_cannot_work(offer_plan, action, problem):
    button = reasons_button(offer_plan, action)

    assert not button.is_valid()
    assert button.pressed == action
    assert button.problem.startswith(problem)


def test_it_refuses_a_library_reason_for_the_other_situation_or_unpublished(offer_plan, content):
    for reason in (content.promotion_reason, content.draft_reason):
        assert not reasons_button(
            offer_plan, "add", library_reason=reason.pk, phrasing=0
        ).is_valid()


@pytest.mark.parametrize("action", EmailAction.values)
def test_it_knows_every_email_button(action):
    params = {"field": "email_body", "start": 0, "end": 3, "reframe": 1}
    button = EmailButtonForm(query(action=action), query(**params), form=EmailForm())

    assert button.is_valid(), button.errors
    assert button.cleaned_data["action"] == action


@pytest.mark.parametrize(
    "params",
    [
        {"field": "reasons-0-phrasing", "start": 0, "end": 3, "reframe": 1},
        {"field": "email_body", "start": 0, "end": 3},
        {"field": "email_body", "start": 0, "end": 3, "reframe": "x"},
        {},
    ],
)
def test_it_refuses_an_email_suggestion_it_cannot_place(params):
    button = EmailButtonForm(query(action="apply"), query(**params), form=EmailForm())

    assert not button.is_valid()
    assert button.problem == "That suggestion no longer fits the text; nothing was changed."
