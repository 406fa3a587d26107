"""Plans, reasons and published advice content for the plan builder's tests.

Everything is built here, explicitly: no seed command, no factory library. Each kind
of content also has a draft twin that sorts first and must never reach a member.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

from apps.content.models import AppliesTo, Situation, Status, Step, StepTip
from apps.plans.models import DeclinePlan
from apps.reasons.models import Reason, Reframe
from apps.scripts.models import ScriptTemplate
from tests.helpers import add_reason, make_plan, make_reason, make_reframe, make_script

# Words that only appear in draft content: a page showing one used a draft.
DRAFT_MARK = "UNPUBLISHED-DRAFT"
# Private words a member typed: never in a script, an email or a mailto link.
PRIVATE_NOTE = "My partner's new job is in Ghent and I am exhausted"
PRIVATE_PHRASING = "The salary they offered is an insult"

CALL_SCRIPT = (
    "Hello {contact_first_name}, this is {member_name}.\n\n"
    "Thank you for the offer from {organisation}. I have decided not to accept it.\n\n"
    "{reasons}\n\n{door_open}"
)
MEETING_SCRIPT = (
    "Thank you, {contact_first_name}, for thinking of me for the {role} role at "
    "{organisation}.\n\nI would like to stay in my current role. {reasons}\n\n{door_open}"
)
EMAIL_SUBJECT = "Thank you, and my decision ({organisation})"
EMAIL_BODY = (
    "Dear {contact_name},\n\nThank you again for your time and trust at {organisation}. "
    "As I explained, I will not take up the {role} role. {reasons}\n\n{door_open}\n\n"
    "Kind regards,\n{member_name}"
)


@dataclass
class Content:
    offer_reason: Reason
    promotion_reason: Reason
    both_reason: Reason
    draft_reason: Reason
    offer_reframe: Reframe
    promotion_reframe: Reframe
    both_reframe: Reframe
    draft_reframe: Reframe
    call_script: ScriptTemplate
    meeting_script: ScriptTemplate
    follow_up_email: ScriptTemplate
    draft_scripts: list[ScriptTemplate]
    reasons_tip: StepTip
    draft_tip: StepTip


@pytest.fixture
def content(db) -> Content:
    """Published advice for both situations, and a draft of each kind that sorts first."""
    kind = ScriptTemplate.Kind
    draft = {"status": Status.DRAFT, "order": 1}
    return Content(
        offer_reason=make_reason(
            "commute",
            AppliesTo.OFFER,
            "Location and commute",
            phrasings=(
                "The daily commute would be hard to combine with my family life\n"
                "I am looking for a role closer to home"
            ),
        ),
        promotion_reason=make_reason(
            "subject-expert",
            AppliesTo.PROMOTION,
            "Staying a subject expert",
            phrasings="I do my best work as a hands-on specialist",
        ),
        both_reason=make_reason(
            "balance",
            AppliesTo.BOTH,
            "Work-life balance",
            order=20,
            phrasings="A sustainable balance between work and home matters to me",
        ),
        draft_reason=make_reason(
            "draft-reason",
            AppliesTo.BOTH,
            f"{DRAFT_MARK} reason",
            phrasings=f"{DRAFT_MARK} phrasing",
            **draft,
        ),
        offer_reframe=make_reframe(
            "salary",
            AppliesTo.OFFER,
            "the salary is too low",
            "I am looking for a higher level of compensation",
        ),
        promotion_reframe=make_reframe(
            "managing",
            AppliesTo.PROMOTION,
            "managing people is a chore",
            "I would rather deepen my expertise than manage people",
        ),
        both_reframe=make_reframe(
            "boring", AppliesTo.BOTH, "the work is boring", "I am looking for a new challenge"
        ),
        draft_reframe=make_reframe(
            "draft-reframe", AppliesTo.BOTH, "honestly", f"{DRAFT_MARK} alternative", **draft
        ),
        call_script=make_script("call", kind.CALL_SCRIPT, AppliesTo.OFFER, CALL_SCRIPT),
        meeting_script=make_script(
            "meeting", kind.MEETING_SCRIPT, AppliesTo.PROMOTION, MEETING_SCRIPT
        ),
        follow_up_email=make_script(
            "follow-up",
            kind.FOLLOW_UP_EMAIL,
            AppliesTo.BOTH,
            EMAIL_BODY,
            subject=EMAIL_SUBJECT,
        ),
        draft_scripts=[
            make_script(
                f"draft-{value}",
                value,
                AppliesTo.BOTH,
                f"{DRAFT_MARK} {{contact_name}} {{organisation}}",
                subject=f"{DRAFT_MARK} subject",
                **draft,
            )
            for value in (kind.CALL_SCRIPT, kind.MEETING_SCRIPT, kind.FOLLOW_UP_EMAIL)
        ],
        reasons_tip=StepTip.objects.create(
            slug="list-reasons",
            step=Step.REASONS,
            applies_to=AppliesTo.BOTH,
            title="List your real reasons first",
            body="Write them all down.\n\nShare only a few.",
            status=Status.PUBLISHED,
        ),
        draft_tip=StepTip.objects.create(
            slug="draft-tip",
            step=Step.REASONS,
            applies_to=AppliesTo.BOTH,
            title=f"{DRAFT_MARK} tip",
            body="Not ready.",
            status=Status.DRAFT,
            order=1,
        ),
    )


@pytest.fixture
def offer_plan(alice) -> DeclinePlan:
    """Alice's offer: one shared reason with a private note, one reason kept private."""
    plan = make_plan(
        alice,
        stay_in_touch="I would really like to stay in touch",
        reconsider_if="If a role closer to home opens up, I would love to hear about it",
    )
    add_reason(
        plan,
        "Commute",
        phrasing="The daily commute would be hard to combine with my family life",
        private_note=PRIVATE_NOTE,
    )
    add_reason(plan, "Pay", phrasing=PRIVATE_PHRASING, share=False)
    return plan


@pytest.fixture
def promotion_plan(alice) -> DeclinePlan:
    plan = make_plan(
        alice,
        situation=Situation.PROMOTION,
        organisation="Contoso Analytics",
        role="Team Lead",
        contact_name="Jeroen Maes",
        contact_role="Head of Data",
        contact_email="jeroen@contoso.example",
        alternatives="I could mentor the two new analysts",
        support_wanted="A course in people management would help",
        future_statement="I want to keep growing as the team's forecasting specialist",
    )
    add_reason(
        plan,
        "Subject expert",
        phrasing="I do my best work as a hands-on specialist",
        private_note=PRIVATE_NOTE,
    )
    add_reason(plan, "Pay", phrasing=PRIVATE_PHRASING, share=False)
    return plan


@pytest.fixture
def stranger_plan(stranger) -> DeclinePlan:
    plan = make_plan(stranger, organisation="Mallory Holdings", contact_name="Eve Stranger")
    add_reason(plan, "Mallory's reason", phrasing="Mallory's own phrasing")
    return plan


def reasons_data(plan: DeclinePlan, action: str = "save", **changes: Any) -> dict[str, Any]:
    """The reasons form as the browser posts it: every reason as saved, with changes.

    `changes` are keyed "<index>-<field>" (e.g. `**{"0-phrasing": "..."}`); a share of
    False leaves the checkbox out, as a browser does.
    """
    reasons = list(plan.reasons.all())
    data: dict[str, Any] = {
        "action": action,
        "reasons-TOTAL_FORMS": str(len(reasons)),
        "reasons-INITIAL_FORMS": str(len(reasons)),
        "reasons-MIN_NUM_FORMS": "0",
        "reasons-MAX_NUM_FORMS": "1000",
        "own-title": "",
        "own-phrasing": "",
    }
    for index, reason in enumerate(reasons):
        data |= {
            f"reasons-{index}-id": str(reason.pk),
            f"reasons-{index}-plan": str(plan.pk),
            f"reasons-{index}-title": reason.title,
            f"reasons-{index}-phrasing": reason.phrasing,
            f"reasons-{index}-private_note": reason.private_note,
        }
        if reason.share:
            data[f"reasons-{index}-share"] = "on"
    for key, value in changes.items():
        name = key if key.startswith("own-") else f"reasons-{key}"
        if value is False:
            data.pop(name, None)
        else:
            data[name] = value
    return data


@dataclass(frozen=True)
class Button:
    """A step's submit button: the action it names, and the formaction it posts to."""

    action: str
    formaction: str

    @property
    def path(self) -> str:
        return urlsplit(self.formaction).path

    @property
    def params(self) -> dict[str, str]:
        return dict(parse_qsl(urlsplit(self.formaction).query))


class _ButtonReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.buttons: list[Button] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {key: value or "" for key, value in attrs}
        if tag == "button" and attributes.get("name") == "action":
            self.buttons.append(Button(attributes["value"], attributes.get("formaction", "")))


def buttons(response, action: str, **params: Any) -> list[Button]:
    """The page's buttons for this action whose formaction query holds these params."""
    reader = _ButtonReader()
    reader.feed(response.content.decode())
    wanted = {name: str(value) for name, value in params.items()}
    return [
        button
        for button in reader.buttons
        if button.action == action and wanted.items() <= button.params.items()
    ]


def button(response, action: str, **params: Any) -> Button:
    """The one button on the page for this action and these params."""
    found = buttons(response, action, **params)
    assert len(found) == 1, f"{len(found)} {action!r} buttons with {params}"
    return found[0]
