from __future__ import annotations

import re

import pytest

from apps.content.models import Step
from apps.plans.models import PlanReason
from tests.helpers import (
    HTMX,
    add_reason,
    assert_builder_fragment,
    form_values,
    login_url_for,
    messages_of,
)
from tests.plans.conftest import (
    DRAFT_MARK,
    PRIVATE_NOTE,
    PRIVATE_PHRASING,
    button,
    buttons,
    reasons_data,
)

pytestmark = pytest.mark.django_db

BLUNT = "Honestly, the salary is too low for the move"


def url(plan) -> str:
    return f"/plans/{plan.pk}/reasons/"


STALE = "That suggestion no longer fits the text; nothing was changed."
UNKNOWN = "That button did not work, but what you typed is saved. Please try again."


# Showing the step


def test_it_shows_the_members_reasons_in_the_form(alice_client, offer_plan, content):
    response = alice_client.get(url(offer_plan))

    assert response.status_code == 200
    values = form_values(response)
    assert values["reasons-TOTAL_FORMS"] == "2"
    assert values["reasons-0-title"] == "Commute"
    assert values["reasons-0-phrasing"] == (
        "The daily commute would be hard to combine with my family life"
    )
    assert values["reasons-0-private_note"] == PRIVATE_NOTE
    assert values["reasons-0-share"] == "on"
    assert values["reasons-1-phrasing"] == PRIVATE_PHRASING
    assert "reasons-1-share" not in values


def test_it_offers_the_published_library_for_an_offer(alice_client, offer_plan, content):
    response = alice_client.get(url(offer_plan))

    html = response.content.decode()
    assert "Location and commute" in html
    assert "Work-life balance" in html
    add = button(response, "add", library_reason=content.offer_reason.pk, phrasing=1)
    assert add.path == url(offer_plan)
    assert len(buttons(response, "add")) == 3  # two phrasings for commute, one for balance
    assert "Staying a subject expert" not in html
    assert DRAFT_MARK not in html
    assert "List your real reasons first" in html


def test_it_offers_the_published_library_for_a_promotion(alice_client, promotion_plan, content):
    html = alice_client.get(url(promotion_plan)).content.decode()

    assert "Staying a subject expert" in html
    assert "Work-life balance" in html
    assert "Location and commute" not in html
    assert DRAFT_MARK not in html


def test_it_marks_library_reasons_already_chosen(alice_client, offer_plan, content):
    add_reason(offer_plan, "Work-life balance", reason=content.both_reason)

    html = alice_client.get(url(offer_plan)).content.decode()

    assert html.count(">Added</span>") == 1
    assert re.search(r"Work-life balance\s*<span[^>]*>Added</span>", html)


def test_it_suggests_reframes_for_blunt_wording(alice_client, offer_plan, content):
    offer_plan.reasons.filter(title="Commute").update(phrasing=BLUNT)

    response = alice_client.get(url(offer_plan))

    html = response.content.decode()
    start = BLUNT.index("the salary")
    end = start + len("the salary is too low")
    assert "One phrase could sound blunt" in html
    assert "I am looking for a higher level of compensation" in html
    apply = button(response, "apply")
    assert apply.path == url(offer_plan)
    assert apply.params == {
        "field": "reasons-0-phrasing",
        "start": str(start),
        "end": str(end),
        "reframe": str(content.offer_reframe.pk),
    }
    # "Honestly" is only caught by a draft reframe.
    assert DRAFT_MARK not in html


def test_it_suggests_only_reframes_for_the_plans_situation(alice_client, promotion_plan, content):
    reason = promotion_plan.reasons.get(title="Subject expert")
    reason.phrasing = "The salary is too low and managing people is a chore"
    reason.save()

    html = alice_client.get(url(promotion_plan)).content.decode()

    assert "I would rather deepen my expertise than manage people" in html
    assert "I am looking for a higher level of compensation" not in html


def test_the_enter_key_saves_rather_than_removes(alice_client, offer_plan, content):
    html = alice_client.get(url(offer_plan)).content.decode()
    form = html[html.index("<form") :]

    first_button = re.search(r'<button type="submit"[^>]*name="action" value="([^"]+)"', form)
    assert first_button.group(1) == "save"
    assert "formaction" not in first_button.group(0)


def test_it_gives_each_button_its_own_target_without_encoding_values(
    alice_client, offer_plan, content
):
    response = alice_client.get(url(offer_plan))

    commute, pay = offer_plan.reasons.all()
    assert button(response, "remove", reason=commute.pk).path == url(offer_plan)
    assert button(response, "remove", reason=pay.pk).path == url(offer_plan)
    actions = set(re.findall(r'name="action" value="([^"]*)"', response.content.decode()))
    assert actions == {"save", "next", "add", "add-own", "remove"}


# Saving


def test_it_saves_the_edits_and_stays(alice_client, offer_plan, content):
    response = alice_client.post(
        url(offer_plan),
        reasons_data(
            offer_plan,
            **{
                "0-phrasing": "A shorter commute matters to me",
                "0-private_note": "Two hours a day",
                "1-share": "on",
            },
        ),
    )

    assert response.status_code == 302
    assert response["Location"] == url(offer_plan)
    commute, pay = offer_plan.reasons.all()
    assert commute.phrasing == "A shorter commute matters to me"
    assert commute.private_note == "Two hours a day"
    assert pay.share is True
    assert messages_of(response) == ["Saved."]
    offer_plan.refresh_from_db()
    assert not offer_plan.is_step_done(Step.REASONS)


def test_it_keeps_everything_typed_when_a_shared_reason_has_no_phrasing(
    alice_client, offer_plan, content
):
    response = alice_client.post(
        url(offer_plan),
        reasons_data(
            offer_plan,
            "next",
            **{
                "0-phrasing": "",
                "0-private_note": "A new private note",
                "1-phrasing": "Edited wording for the second reason",
                "own-title": "Relocation",
            },
        ),
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "Write what you will say, or untick" in html
    assert 'id="error-summary"' in html
    assert 'href="#id_reasons-0-phrasing"' in html
    values = form_values(response)
    assert values["reasons-0-private_note"] == "A new private note"
    assert values["reasons-1-phrasing"] == "Edited wording for the second reason"
    assert values["own-title"] == "Relocation"
    # Nothing half-saved.
    commute, pay = offer_plan.reasons.all()
    assert commute.phrasing.startswith("The daily commute")
    assert pay.phrasing == PRIVATE_PHRASING
    assert offer_plan.reasons.count() == 2
    offer_plan.refresh_from_db()
    assert not offer_plan.is_step_done(Step.REASONS)


def test_it_flags_only_the_field_at_fault_not_the_empty_own_reason(
    alice_client, offer_plan, content
):
    response = alice_client.post(
        url(offer_plan), reasons_data(offer_plan, "save", **{"0-title": ""})
    )

    assert response.status_code == 200
    html = response.content.decode()
    summary = html[html.index('id="error-summary"') :]
    summary = summary[: summary.index("</div>")]
    assert 'href="#id_reasons-0-title"' in summary
    assert "#id_own-title" not in summary
    assert 'id="id_own-title_error"' not in html


def test_it_accepts_a_private_reason_without_phrasing(alice_client, offer_plan, content):
    response = alice_client.post(
        url(offer_plan), reasons_data(offer_plan, **{"1-phrasing": "", "1-share": False})
    )

    assert response.status_code == 302
    assert offer_plan.reasons.get(title="Pay").phrasing == ""


def test_it_refuses_a_reason_of_a_stranger_smuggled_into_the_form(
    alice_client, offer_plan, stranger_plan, content
):
    theirs = stranger_plan.reasons.get()

    alice_client.post(
        url(offer_plan),
        reasons_data(offer_plan, **{"0-id": str(theirs.pk), "0-phrasing": "Hijacked"}),
    )

    theirs.refresh_from_db()
    assert theirs.phrasing == "Mallory's own phrasing"
    assert theirs.plan == stranger_plan
    assert not PlanReason.objects.filter(phrasing="Hijacked").exists()


# Adding from the library


def test_it_adds_a_phrasing_from_the_library_after_saving_the_edits(
    alice_client, offer_plan, content
):
    response = alice_client.post(
        url(offer_plan),
        reasons_data(offer_plan, "add", **{"0-private_note": "Typed just before adding"}),
        query_params={"library_reason": content.offer_reason.pk, "phrasing": 1},
    )

    added = offer_plan.reasons.get(reason=content.offer_reason)
    assert response.status_code == 302
    assert response["Location"] == f"{url(offer_plan)}#reason-{added.pk}"
    assert added.title == "Location and commute"
    assert added.phrasing == "I am looking for a role closer to home"
    assert added.share is True
    assert added.order > max(r.order for r in offer_plan.reasons.exclude(pk=added.pk))
    assert offer_plan.reasons.get(title="Commute").private_note == "Typed just before adding"
    assert messages_of(response) == ["Added “Location and commute”."]


@pytest.mark.parametrize(
    ("reason", "phrasing"),
    [
        ("draft", "0"),  # a draft reason
        ("promotion", "0"),  # a reason for the other situation
        ("offer", "2"),  # no third phrasing
        ("offer", "-1"),
        ("offer", "first"),
        ("offer", None),
        ("999999", "0"),
        ("99999999999999999999999", "0"),
        (None, "0"),
        (None, None),
    ],
)
def test_it_refuses_to_add_what_the_library_does_not_offer(
    alice_client, offer_plan, content, reason, phrasing
):
    reason = {
        "draft": content.draft_reason.pk,
        "promotion": content.promotion_reason.pk,
        "offer": content.offer_reason.pk,
    }.get(reason, reason)
    query = {"library_reason": reason, "phrasing": phrasing}

    response = alice_client.post(
        url(offer_plan),
        reasons_data(offer_plan, "add", **{"0-private_note": "Typed before adding"}),
        query_params={name: value for name, value in query.items() if value is not None},
    )

    assert response.status_code == 302
    assert response["Location"] == url(offer_plan)
    assert offer_plan.reasons.count() == 2
    assert offer_plan.reasons.get(title="Commute").private_note == "Typed before adding"
    assert messages_of(response) == ["That reason is no longer available."]


# Adding one's own


def test_it_adds_a_reason_of_ones_own_after_saving_the_edits(alice_client, offer_plan, content):
    response = alice_client.post(
        url(offer_plan),
        reasons_data(
            offer_plan,
            "add-own",
            **{
                "own-title": "Relocation",
                "own-phrasing": "We are moving to Ghent next year",
                "1-private_note": "Typed just before adding",
            },
        ),
    )

    added = offer_plan.reasons.get(title="Relocation")
    assert response["Location"] == f"{url(offer_plan)}#reason-{added.pk}"
    assert added.reason is None
    assert added.phrasing == "We are moving to Ghent next year"
    assert added.share is True
    assert offer_plan.reasons.get(title="Pay").private_note == "Typed just before adding"


def test_it_asks_for_a_title_for_a_reason_of_ones_own(alice_client, offer_plan, content):
    response = alice_client.post(
        url(offer_plan),
        reasons_data(
            offer_plan,
            "add-own",
            **{
                "own-title": "  ",
                "own-phrasing": "We are moving to Ghent next year",
                "0-private_note": "Typed just before adding",
            },
        ),
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "Give your reason a short name" in html
    assert 'href="#id_own-title"' in html
    values = form_values(response)
    assert values["own-phrasing"] == "We are moving to Ghent next year"
    assert values["reasons-0-private_note"] == "Typed just before adding"
    assert offer_plan.reasons.count() == 2
    # The edits above were saved before the own reason was refused.
    assert offer_plan.reasons.get(title="Commute").private_note == "Typed just before adding"


@pytest.mark.parametrize("action", ["save", "next"])
def test_it_keeps_a_reason_of_ones_own_typed_before_saving(
    alice_client, offer_plan, content, action
):
    response = alice_client.post(
        url(offer_plan),
        reasons_data(
            offer_plan,
            action,
            **{"own-title": "Relocation", "own-phrasing": "We are moving to Ghent"},
        ),
    )

    assert response.status_code == 302
    assert offer_plan.reasons.get(title="Relocation").phrasing == "We are moving to Ghent"


def test_it_adds_a_reason_of_ones_own_typed_before_pressing_another_button(
    alice_client, offer_plan, content
):
    pay = offer_plan.reasons.get(title="Pay")

    response = alice_client.post(
        url(offer_plan),
        reasons_data(offer_plan, "remove", **{"own-title": "Relocation"}),
        query_params={"reason": pay.pk},
    )

    assert response["Location"] == url(offer_plan)
    assert set(offer_plan.reasons.values_list("title", flat=True)) == {"Commute", "Relocation"}
    assert messages_of(response) == ["Added “Relocation”.", "Removed “Pay”."]


def test_it_asks_for_a_title_rather_than_drop_an_own_phrasing(alice_client, offer_plan, content):
    response = alice_client.post(
        url(offer_plan),
        reasons_data(offer_plan, "next", **{"own-phrasing": "We are moving to Ghent"}),
    )

    assert response.status_code == 200
    assert "Give your reason a short name" in response.content.decode()
    assert form_values(response)["own-phrasing"] == "We are moving to Ghent"
    offer_plan.refresh_from_db()
    assert not offer_plan.is_step_done(Step.REASONS)


# Removing


def test_it_removes_a_reason_after_saving_the_edits(alice_client, offer_plan, content):
    pay = offer_plan.reasons.get(title="Pay")

    response = alice_client.post(
        url(offer_plan),
        reasons_data(offer_plan, "remove", **{"0-private_note": "Typed first"}),
        query_params={"reason": pay.pk},
    )

    assert response["Location"] == url(offer_plan)
    assert list(offer_plan.reasons.values_list("title", flat=True)) == ["Commute"]
    assert offer_plan.reasons.get().private_note == "Typed first"
    assert messages_of(response) == ["Removed “Pay”."]


def test_it_removes_a_reason_still_waiting_for_its_phrasing(alice_client, offer_plan, content):
    # Adding one's own reason without a phrasing leaves it shared and empty.
    alice_client.post(
        url(offer_plan), reasons_data(offer_plan, "add-own", **{"own-title": "Relocation"})
    )
    relocation = offer_plan.reasons.get(title="Relocation")

    response = alice_client.post(
        url(offer_plan),
        reasons_data(offer_plan, "remove", **{"0-private_note": "Typed first"}),
        query_params={"reason": relocation.pk},
    )

    assert response.status_code == 302
    assert not offer_plan.reasons.filter(title="Relocation").exists()
    assert offer_plan.reasons.get(title="Commute").private_note == "Typed first"


def test_it_still_checks_the_other_reasons_when_removing_one(alice_client, offer_plan, content):
    pay = offer_plan.reasons.get(title="Pay")

    response = alice_client.post(
        url(offer_plan),
        reasons_data(offer_plan, "remove", **{"0-phrasing": ""}),
        query_params={"reason": pay.pk},
    )

    assert response.status_code == 200
    assert "Write what you will say, or untick" in response.content.decode()
    assert offer_plan.reasons.count() == 2


@pytest.mark.parametrize("value", ["stranger", "999999", "abc", "", None])
def test_it_removes_only_the_plans_own_reasons(
    alice_client, offer_plan, stranger_plan, content, value
):
    theirs = stranger_plan.reasons.get()
    value = theirs.pk if value == "stranger" else value

    response = alice_client.post(
        url(offer_plan),
        reasons_data(offer_plan, "remove", **{"0-private_note": "Typed first"}),
        query_params={} if value is None else {"reason": value},
    )

    assert response.status_code == 302
    assert response["Location"] == url(offer_plan)
    assert PlanReason.objects.filter(pk=theirs.pk).exists()
    assert offer_plan.reasons.count() == 2
    assert offer_plan.reasons.get(title="Commute").private_note == "Typed first"
    assert messages_of(response) == ["That reason was already removed."]


# Applying a tone suggestion


def test_it_applies_a_suggestion_to_the_wording_just_typed(alice_client, offer_plan, content):
    page = alice_client.post(url(offer_plan), reasons_data(offer_plan, **{"0-phrasing": BLUNT}))
    apply = button(alice_client.get(page["Location"]), "apply", field="reasons-0-phrasing")

    response = alice_client.post(
        apply.formaction,
        reasons_data(offer_plan, apply.action, **{"1-private_note": "Typed before applying"}),
    )

    commute = offer_plan.reasons.get(title="Commute")
    assert response["Location"] == f"{url(offer_plan)}#reason-{commute.pk}"
    assert commute.phrasing == (
        "Honestly, I am looking for a higher level of compensation for the move"
    )
    assert offer_plan.reasons.get(title="Pay").private_note == "Typed before applying"
    assert messages_of(response) == ["Suggestion applied."]


def test_it_applies_nothing_when_the_wording_has_changed(alice_client, offer_plan, content):
    offer_plan.reasons.filter(title="Commute").update(phrasing=BLUNT)
    apply = button(alice_client.get(url(offer_plan)), "apply", field="reasons-0-phrasing")

    response = alice_client.post(
        apply.formaction,
        reasons_data(offer_plan, apply.action, **{"0-phrasing": "Pay matters to me"}),
    )

    assert response.status_code == 302
    assert offer_plan.reasons.get(title="Commute").phrasing == "Pay matters to me"
    assert messages_of(response) == ["That wording has already changed; nothing to apply."]


@pytest.mark.parametrize(
    "changes",
    [
        {"field": "reasons-7-phrasing"},
        {"field": "reasons-0-private_note"},
        {"field": "email_body"},
        {"field": None},
        {"start": "zero"},
        {"start": "-1"},
        {"end": None},
        {"reframe": "0"},
        {"reframe": None},
    ],
)
def test_it_ignores_a_suggestion_for_an_unknown_field(alice_client, offer_plan, content, changes):
    offer_plan.reasons.filter(title="Commute").update(phrasing=BLUNT)
    start = BLUNT.index("the salary")
    query = {"field": "reasons-0-phrasing", "start": start, "end": start + 21}
    query = query | {"reframe": content.offer_reframe.pk} | changes

    response = alice_client.post(
        url(offer_plan),
        reasons_data(offer_plan, "apply", **{"1-private_note": "Typed first"}),
        query_params={name: value for name, value in query.items() if value is not None},
    )

    assert response.status_code == 302
    assert response["Location"] == url(offer_plan)
    assert offer_plan.reasons.get(title="Commute").phrasing == BLUNT
    assert offer_plan.reasons.get(title="Pay").private_note == "Typed first"
    assert messages_of(response) == [STALE]


def test_it_applies_only_to_the_reason_whose_field_is_named(alice_client, offer_plan, content):
    # Both phrasings hold the blunt words; the button names the second one.
    offer_plan.reasons.update(phrasing=BLUNT)
    apply = button(alice_client.get(url(offer_plan)), "apply", field="reasons-1-phrasing")

    alice_client.post(apply.formaction, reasons_data(offer_plan, "apply"))

    assert offer_plan.reasons.get(title="Commute").phrasing == BLUNT
    assert offer_plan.reasons.get(title="Pay").phrasing.startswith("Honestly, I am looking")


# Continuing


def test_it_continues_to_the_door_open_step_and_marks_the_step_done(
    alice_client, offer_plan, content
):
    response = alice_client.post(url(offer_plan), reasons_data(offer_plan, "next"))

    assert response["Location"] == f"/plans/{offer_plan.pk}/door-open/"
    offer_plan.refresh_from_db()
    assert offer_plan.is_step_done(Step.REASONS)


def test_it_stays_on_the_step_with_a_warning_about_blunt_wording(alice_client, offer_plan, content):
    response = alice_client.post(
        url(offer_plan), reasons_data(offer_plan, "next", **{"0-phrasing": BLUNT}), follow=True
    )

    assert response.redirect_chain == [(url(offer_plan), 302)]
    html = response.content.decode()
    assert "A few words could sound blunt" in html
    assert "I am looking for a higher level of compensation" in html
    assert offer_plan.reasons.get(title="Commute").phrasing == BLUNT


def test_it_continues_anyway_when_asked_again(alice_client, offer_plan, content):
    alice_client.post(url(offer_plan), reasons_data(offer_plan, "next", **{"0-phrasing": BLUNT}))

    response = alice_client.post(url(offer_plan), reasons_data(offer_plan, "next"))

    assert response["Location"] == f"/plans/{offer_plan.pk}/door-open/"
    offer_plan.refresh_from_db()
    assert offer_plan.is_step_done(Step.REASONS)


def test_it_warns_again_about_new_blunt_wording(alice_client, offer_plan, content):
    alice_client.post(url(offer_plan), reasons_data(offer_plan, "next"))

    response = alice_client.post(
        url(offer_plan), reasons_data(offer_plan, "next", **{"0-phrasing": BLUNT})
    )

    assert response["Location"] == url(offer_plan)


def test_it_does_not_check_the_tone_of_private_reasons(alice_client, offer_plan, content):
    response = alice_client.post(
        url(offer_plan), reasons_data(offer_plan, "next", **{"1-phrasing": BLUNT})
    )

    assert response["Location"] == f"/plans/{offer_plan.pk}/door-open/"


# Each button, with htmx and without JavaScript


def pressing(plan, content, action: str) -> tuple[dict, dict, str]:
    """The form a button posts, its formaction query, and what the member is told."""
    pay = plan.reasons.get(title="Pay")
    start = BLUNT.index("the salary")
    return {
        "save": ({}, {}, "Saved."),
        "add": (
            {},
            {"library_reason": content.offer_reason.pk, "phrasing": 0},
            "Added “Location and commute”.",
        ),
        "add-own": ({"own-title": "Relocation"}, {}, "Added “Relocation”."),
        "remove": ({}, {"reason": pay.pk}, "Removed “Pay”."),
        "apply": (
            {"0-phrasing": BLUNT},
            {
                "field": "reasons-0-phrasing",
                "start": start,
                "end": start + len("the salary is too low"),
                "reframe": content.offer_reframe.pk,
            },
            "Suggestion applied.",
        ),
    }[action]


@pytest.mark.parametrize("htmx", [False, True], ids=["no-js", "htmx"])
@pytest.mark.parametrize("action", ["save", "add", "add-own", "remove", "apply"])
def test_each_button_works_with_and_without_javascript(
    alice_client, offer_plan, content, action, htmx
):
    changes, query, message = pressing(offer_plan, content, action)
    data = reasons_data(offer_plan, action, **{"1-private_note": "Typed first"} | changes)

    response = alice_client.post(
        url(offer_plan), data, query_params=query, follow=True, **(HTMX if htmx else {})
    )

    assert response.status_code == 200
    assert response.redirect_chain[0][0].startswith(url(offer_plan))
    html = assert_builder_fragment(response) if htmx else response.content.decode()
    assert ("<html" in html) is not htmx
    assert message in html
    if htmx:
        assert response["HX-Push-Url"] == url(offer_plan)
    titles = set(offer_plan.reasons.values_list("title", flat=True))
    assert (
        titles
        == {
            "save": {"Commute", "Pay"},
            "add": {"Commute", "Pay", "Location and commute"},
            "add-own": {"Commute", "Pay", "Relocation"},
            "remove": {"Commute"},
            "apply": {"Commute", "Pay"},
        }[action]
    )
    if action != "remove":
        assert offer_plan.reasons.get(title="Pay").private_note == "Typed first"


@pytest.mark.parametrize("htmx", [False, True], ids=["no-js", "htmx"])
def test_continuing_works_with_and_without_javascript(alice_client, offer_plan, content, htmx):
    response = alice_client.post(
        url(offer_plan), reasons_data(offer_plan, "next"), follow=True, **(HTMX if htmx else {})
    )

    assert response.redirect_chain == [(f"/plans/{offer_plan.pk}/door-open/", 302)]
    html = assert_builder_fragment(response) if htmx else response.content.decode()
    assert ("<html" in html) is not htmx
    offer_plan.refresh_from_db()
    assert offer_plan.is_step_done(Step.REASONS)


def test_it_answers_an_htmx_post_with_errors_at_the_steps_own_url(
    alice_client, offer_plan, content
):
    response = alice_client.post(
        url(offer_plan),
        reasons_data(offer_plan, "remove", **{"0-phrasing": ""}),
        query_params={"reason": offer_plan.reasons.get(title="Pay").pk},
        **HTMX,
    )

    html = assert_builder_fragment(response)
    assert "Write what you will say, or untick" in html
    # The button's query named what to remove; it is no page to reload.
    assert response["HX-Push-Url"] == url(offer_plan)
    assert offer_plan.reasons.count() == 2


# A button that is not one of the step's


@pytest.mark.parametrize("action", ["frobnicate", "", "add:1:0", "remove:1", "Save"])
def test_it_saves_and_stays_for_an_unknown_button(alice_client, offer_plan, content, action):
    response = alice_client.post(
        url(offer_plan), reasons_data(offer_plan, action, **{"0-private_note": "Typed first"})
    )

    assert response.status_code == 302
    assert response["Location"] == url(offer_plan)
    assert messages_of(response) == [UNKNOWN]
    assert offer_plan.reasons.get(title="Commute").private_note == "Typed first"
    assert offer_plan.reasons.count() == 2
    offer_plan.refresh_from_db()
    assert not offer_plan.is_step_done(Step.REASONS)


def test_it_saves_and_stays_without_any_button(alice_client, offer_plan, content):
    data = reasons_data(offer_plan, **{"0-private_note": "Typed first"})
    del data["action"]

    response = alice_client.post(url(offer_plan), data)

    assert response["Location"] == url(offer_plan)
    assert offer_plan.reasons.get(title="Commute").private_note == "Typed first"
    offer_plan.refresh_from_db()
    assert not offer_plan.is_step_done(Step.REASONS)


# Who may do what


@pytest.mark.parametrize("method", ["put", "delete", "patch"])
def test_it_refuses_other_methods(alice_client, offer_plan, method):
    assert getattr(alice_client, method)(url(offer_plan)).status_code == 405


@pytest.mark.parametrize("method", ["get", "post"])
def test_it_sends_anonymous_visitors_to_log_in(client, offer_plan, method):
    data = reasons_data(offer_plan, "add-own", **{"own-title": "Anon"})

    response = getattr(client, method)(url(offer_plan), data if method == "post" else None)

    assert response["Location"] == login_url_for(url(offer_plan))
    assert offer_plan.reasons.count() == 2


def test_it_hides_the_plan_from_a_stranger(stranger_client, offer_plan, content):
    assert stranger_client.get(url(offer_plan)).status_code == 404


@pytest.mark.parametrize("action", ["save", "next", "add-own", "remove", "add", "apply"])
def test_it_ignores_a_strangers_post(stranger_client, offer_plan, content, action):
    commute = offer_plan.reasons.get(title="Commute")
    query = {
        "remove": {"reason": commute.pk},
        "add": {"library_reason": content.offer_reason.pk, "phrasing": 0},
        "apply": {"field": "reasons-0-phrasing", "start": 0, "end": 5, "reframe": 1},
    }.get(action, {})
    data = reasons_data(
        offer_plan, action, **{"0-phrasing": "Mallory was here", "own-title": "Mallory's"}
    )

    response = stranger_client.post(url(offer_plan), data, query_params=query)

    assert response.status_code == 404
    assert offer_plan.reasons.count() == 2
    commute.refresh_from_db()
    assert commute.phrasing.startswith("The daily commute")
    offer_plan.refresh_from_db()
    assert not offer_plan.is_step_done(Step.REASONS)


def test_it_answers_htmx_with_the_builder_fragment(alice_client, offer_plan, content):
    response = alice_client.get(url(offer_plan), **HTMX)

    html = assert_builder_fragment(response)
    assert response["HX-Push-Url"] == url(offer_plan)
    assert "Location and commute" in html
    assert f'hx-post="/plans/{offer_plan.pk}/tone-check/"' in html


def test_it_answers_an_htmx_post_with_errors_as_a_fragment(alice_client, offer_plan, content):
    response = alice_client.post(
        url(offer_plan),
        reasons_data(offer_plan, "save", **{"0-phrasing": "", "1-phrasing": "Kept"}),
        **HTMX,
    )

    html = assert_builder_fragment(response)
    assert "Write what you will say, or untick" in html
    assert form_values(response)["reasons-1-phrasing"] == "Kept"
