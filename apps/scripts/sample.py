"""A sample plan for previews in the admin and examples in the public guide.

Its member's words are written in the language the sample is composed in (gettext at
call time), so a Dutch template is previewed with Dutch reasons, as a Dutch member's
plan would give it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.utils import timezone
from django.utils.translation import gettext as _

from apps.content.models import Situation


@dataclass
class SamplePlan:
    situation: str = Situation.OFFER
    member_name: str = "Sam Peeters"
    contact_name: str = "Claire Dubois"
    organisation: str = "Northwind Logistics"
    role: str = "Senior Data Analyst"
    deadline: date | None = field(default_factory=lambda: timezone.localdate() + timedelta(days=3))
    shared_phrasings: list[str] = field(
        default_factory=lambda: [
            _(
                "Having thought it through carefully, I have realised that the daily commute "
                "would be hard to combine with my family commitments at the moment"
            ),
            _(
                "I am also looking for a somewhat higher level of compensation at this point "
                "in my career"
            ),
        ]
    )
    door_open_text: str = field(
        default_factory=lambda: _(
            "I would really like to stay in touch, and if the situation changes on my side "
            "I would love to talk again."
        )
    )


def sample_plan(situation: str = Situation.OFFER) -> SamplePlan:
    if situation == Situation.PROMOTION:
        return SamplePlan(
            situation=Situation.PROMOTION,
            contact_name="Jeroen Maes",
            organisation=_("our team"),
            role="Team Lead, Customer Analytics",
            shared_phrasings=[
                _(
                    "I do my best work as a hands-on specialist, and I would rather deepen "
                    "that expertise than move into managing people right now"
                ),
                _(
                    "Keeping a sustainable balance between work and home matters a lot to me "
                    "at this stage"
                ),
            ],
            door_open_text=_(
                "I would like to keep adding value by mentoring the two new analysts and "
                "leading the forecasting project. I am keen to keep growing, and I would "
                "welcome training in people management so I can revisit this later."
            ),
        )
    return SamplePlan()
