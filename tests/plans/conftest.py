"""Plans, reasons and published advice content for the plan builder's tests.

Everything is built here, explicitly: no seed command, no factory library. Each kind
of content also has a draft twin that sorts first and must never reach a member.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from html.parser import HTMLParser
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from django.contrib.messages import get_messages
from django.utils import timezone

from apps.accounts.models import User
from apps.content.models import AppliesTo, Situation, Status, Step, StepTip
from apps.plans.models import DeclinePlan, PlanReason
from apps.reasons.models import Reason, Reframe
from apps.scripts.models import ScriptTemplate

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


def make_reason(slug: str, applies_to: str, title: str, **fields: Any) -> Reason:
    defaults = {
        "status": Status.PUBLISHED,
        "order": 10,
        "explanation": f"Why {title.lower()} is a fair reason.",
        "phrasings": f"First way to say {slug}.\nSecond way to say {slug}.",
    }
    return Reason.objects.create(
        slug=slug, applies_to=applies_to, title=title, **(defaults | fields)
    )


def make_reframe(slug: str, applies_to: str, blunt: str, alternative: str, **fields) -> Reframe:
    defaults = {"status": Status.PUBLISHED, "why": "It speaks about you, not about them."}
    return Reframe.objects.create(
        slug=slug, applies_to=applies_to, blunt=blunt, alternative=alternative, **defaults | fields
    )


def make_script(slug: str, kind: str, applies_to: str, body: str, **fields) -> ScriptTemplate:
    defaults = {"status": Status.PUBLISHED, "name": slug, "subject": "", "order": 10}
    return ScriptTemplate.objects.create(
        slug=slug, kind=kind, applies_to=applies_to, body=body, **(defaults | fields)
    )


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


def make_plan(owner: User, **fields: Any) -> DeclinePlan:
    defaults = {
        "situation": Situation.OFFER,
        "organisation": "Northwind Logistics",
        "role": "Senior Data Analyst",
        "contact_name": "Claire Dubois",
        "contact_role": "Head of Talent",
        "contact_email": "claire@northwind.example",
        "completed_steps": [Step.SITUATION],
    }
    return DeclinePlan.objects.create(owner=owner, **(defaults | fields))


def add_reason(plan: DeclinePlan, title: str, **fields: Any) -> PlanReason:
    defaults = {
        "phrasing": f"{title} matters to me at this point",
        "order": plan.reasons.count() + 1,
    }
    return plan.reasons.create(title=title, **(defaults | fields))


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


def upcoming(days: int):
    return timezone.localdate() + timedelta(days=days)


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


def assert_fragment(response) -> str:
    """An htmx answer: the builder partial alone, never a whole page."""
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="builder"' in html
    assert "<html" not in html
    assert "<body" not in html
    return html


def login_url_for(path: str) -> str:
    return f"/accounts/login/?next={path}"


# What htmx sends with every request it makes.
HTMX = {"HTTP_HX_REQUEST": "true"}


class _FormReader(HTMLParser):
    """Reads what a browser would submit from a page: inputs, ticked boxes, textareas."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.values: dict[str, list[str]] = {}
        self._textarea: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {key: value or "" for key, value in attrs}
        name = attributes.get("name")
        if tag == "textarea" and name:
            self._textarea = name
            self.values.setdefault(name, []).append("")
        elif tag == "input" and name:
            kind = attributes.get("type", "text")
            if kind in {"checkbox", "radio"} and "checked" not in attributes:
                return
            if kind != "submit":
                default = "on" if kind in {"checkbox", "radio"} else ""
                self.values.setdefault(name, []).append(attributes.get("value", default))

    def handle_data(self, data: str) -> None:
        if self._textarea:
            self.values[self._textarea][-1] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "textarea" and self._textarea:
            # Browsers drop the one newline Django writes after <textarea>.
            text = self.values[self._textarea][-1]
            self.values[self._textarea][-1] = text.removeprefix("\n")
            self._textarea = None


def form_values(response) -> dict[str, str | list[str]]:
    """The values the page's form fields hold: a list where a name repeats."""
    reader = _FormReader()
    reader.feed(response.content.decode())
    return {
        name: values[0] if len(values) == 1 else values for name, values in reader.values.items()
    }


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


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
