"""A sample plan for previews in the admin and examples in the public guide."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.utils import timezone

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
            "Having thought it through carefully, I have realised that the daily commute "
            "would be hard to combine with my family commitments at the moment",
            "I am also looking for a somewhat higher level of compensation at this point in "
            "my career",
        ]
    )
    door_open_text: str = (
        "I would really like to stay in touch, and if the situation changes on my side "
        "I would love to talk again."
    )


def sample_plan(situation: str = Situation.OFFER) -> SamplePlan:
    if situation == Situation.PROMOTION:
        return SamplePlan(
            situation=Situation.PROMOTION,
            contact_name="Jeroen Maes",
            organisation="our team",
            role="Team Lead, Customer Analytics",
            shared_phrasings=[
                "I do my best work as a hands-on specialist, and I would rather deepen that "
                "expertise than move into managing people right now",
                "Keeping a sustainable balance between work and home matters a lot to me at "
                "this stage",
            ],
            door_open_text=(
                "I would like to keep adding value by mentoring the two new analysts and "
                "leading the forecasting project. I am keen to keep growing, and I would "
                "welcome training in people management so I can revisit this later."
            ),
        )
    return SamplePlan()
