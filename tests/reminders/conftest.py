"""Plans, reconnect ideas, reminders and mail servers for the reminders tests.

Everything is built here, explicitly. Mail goes to Django's locmem outbox unless a
test swaps in one of the mail servers below through `settings.MAILERS`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from apps.content.models import AppliesTo, ReconnectIdea, Status
from apps.plans.models import DeclinePlan
from apps.reminders.models import Reminder
from tests.helpers import (
    make_idea,
    make_plan,
    make_reminder,
)

BRUSSELS = "Europe/Brussels"


# Content, plans and reminders


@dataclass
class Ideas:
    congratulate: ReconnectIdea  # offer only, first
    event: ReconnectIdea  # both situations
    factor_changed: ReconnectIdea  # both situations, a year on
    promotion_only: ReconnectIdea
    draft: ReconnectIdea


@pytest.fixture
def ideas(db) -> Ideas:
    """Published ideas for an offer plan, and three an offer plan must never get."""
    return Ideas(
        congratulate=make_idea(
            "congratulate",
            AppliesTo.OFFER,
            21,
            title="Congratulate them on news",
            opener="I saw the news about your new office: congratulations!",
        ),
        event=make_idea(
            "industry-event",
            AppliesTo.BOTH,
            90,
            title="Meet at an industry event",
            opener="Will you be at the logistics summit this spring?",
        ),
        factor_changed=make_idea(
            "factor-changed",
            AppliesTo.BOTH,
            365,
            title="Tell them a factor changed",
            opener="Things have changed on my side since last year.",
        ),
        promotion_only=make_idea(
            "mentor-update", AppliesTo.PROMOTION, 30, title="Share how mentoring went"
        ),
        draft=make_idea(
            "draft-idea", AppliesTo.BOTH, 14, title="Unpublished idea", status=Status.DRAFT
        ),
    )


@pytest.fixture
def plan(alice) -> DeclinePlan:
    return make_plan(alice, decided_on=date(2027, 1, 11))


@pytest.fixture
def stranger_plan(stranger) -> DeclinePlan:
    return make_plan(stranger, organisation="Mallory Holdings", contact_name="Eve Stranger")


@pytest.fixture
def reminder(plan) -> Reminder:
    return make_reminder(plan)


@pytest.fixture
def stranger_reminder(stranger_plan) -> Reminder:
    return make_reminder(stranger_plan, title="Mallory's own reminder")
