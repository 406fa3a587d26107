"""Plans, reconnect ideas, reminders and mail servers for the reminders tests.

Everything is built here, explicitly. Mail goes to Django's locmem outbox unless a
test swaps in one of the mail servers below through `settings.MAILERS`.
"""

from __future__ import annotations

import smtplib
import threading
import time as clock
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

import pytest
from django.contrib.messages import get_messages
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone

from apps.accounts.models import User
from apps.content.models import AppliesTo, ReconnectIdea, Situation, Status
from apps.plans.models import DeclinePlan
from apps.reminders.models import Reminder

BRUSSELS = "Europe/Brussels"

# What htmx sends with every request it makes.
HTMX = {"HTTP_HX_REQUEST": "true"}


# Mail servers


class CollectingBackend(BaseEmailBackend):
    """A mail server that accepts everything, safe to share between sender threads."""

    lock = threading.Lock()
    messages: list = []
    # Seconds each message takes, to widen the window in which senders race.
    delay = 0.0

    @classmethod
    def reset(cls, delay: float = 0.0) -> None:
        with cls.lock:
            cls.messages = []
            cls.delay = delay

    def send_messages(self, email_messages) -> int:
        if self.delay:
            clock.sleep(self.delay)
        with self.lock:
            self.messages.extend(email_messages)
        return len(email_messages)


class RefusingBackend(BaseEmailBackend):
    """A mail server that answers but refuses every message."""

    def send_messages(self, email_messages) -> int:
        raise smtplib.SMTPException("451 Temporary local problem, try again later")


class UnreachableBackend(BaseEmailBackend):
    """A mail server nobody can connect to."""

    def send_messages(self, email_messages) -> int:
        raise ConnectionRefusedError(111, "Connection refused")


def use_mailer(settings, backend: type[BaseEmailBackend]) -> None:
    settings.MAILERS = {"default": {"BACKEND": f"{backend.__module__}.{backend.__qualname__}"}}


# Content, plans and reminders


def make_idea(slug: str, applies_to: str, days: int, **fields: Any) -> ReconnectIdea:
    defaults = {
        "status": Status.PUBLISHED,
        "order": 10,
        "title": f"Idea {slug}",
        "opener": f"Opener for {slug}.",
        "detail": "",
    }
    return ReconnectIdea.objects.create(
        slug=slug, applies_to=applies_to, default_days_after=days, **(defaults | fields)
    )


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


def make_plan(owner: User, **fields: Any) -> DeclinePlan:
    defaults = {
        "situation": Situation.OFFER,
        "organisation": "Northwind Logistics",
        "role": "Senior Data Analyst",
        "contact_name": "Claire Dubois",
        "contact_role": "Head of Talent",
        "contact_email": "claire@northwind.example",
    }
    return DeclinePlan.objects.create(owner=owner, **(defaults | fields))


@pytest.fixture
def plan(alice) -> DeclinePlan:
    return make_plan(alice, decided_on=date(2027, 1, 11))


@pytest.fixture
def stranger_plan(stranger) -> DeclinePlan:
    return make_plan(stranger, organisation="Mallory Holdings", contact_name="Eve Stranger")


def make_reminder(
    plan: DeclinePlan,
    *,
    title: str = "Ask how the new warehouse is going",
    opener: str = "How is the Antwerp warehouse coming along?",
    on: date | None = None,
    at: time = Reminder.DEFAULT_TIME,
    **fields: Any,
) -> Reminder:
    """A reminder scheduled the way the app does it, in the owner's time zone."""
    reminder = Reminder(plan=plan, title=title, opener=opener, **fields)
    reminder.schedule(on or upcoming(10), at, plan.owner.time_zone)
    reminder.save()
    return reminder


@pytest.fixture
def reminder(plan) -> Reminder:
    return make_reminder(plan)


@pytest.fixture
def stranger_reminder(stranger_plan) -> Reminder:
    return make_reminder(stranger_plan, title="Mallory's own reminder")


def upcoming(days: int) -> date:
    return timezone.localdate() + timedelta(days=days)


def login_url_for(path: str) -> str:
    return f"/accounts/login/?next={path}"


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def assert_fragment(response) -> str:
    """An htmx answer: a piece of a page, never a whole one."""
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html
    assert "<body" not in html
    return html
