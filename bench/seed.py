"""A signed-in bench member with plans to show: run inside a process configured by
bench.common.use_production_settings() after django.setup()."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from importlib import import_module

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.utils import timezone

from apps.accounts.models import User
from apps.content.models import Situation, Step
from apps.plans.models import DeclinePlan, PlanReason
from apps.reasons.models import Reason
from apps.reminders.models import Reminder

PLANS = 10
REASONS = 30
TYPICAL_REASONS = 3


@dataclass(frozen=True)
class BenchMember:
    user: User
    big_plan: DeclinePlan  # REASONS reasons
    typical_plan: DeclinePlan  # TYPICAL_REASONS reasons
    session_cookie: str


def bench_member(email: str = "bench@ajar.example") -> BenchMember:
    """A member with PLANS plans, each with two reminders: the first has REASONS reasons,
    the second (an offer too) TYPICAL_REASONS."""
    user = User.objects.create_user(email=email, password=None, display_name="Bench")
    plans = [
        DeclinePlan.objects.create(
            owner=user,
            situation=Situation.OFFER if number % 2 == 0 else Situation.PROMOTION,
            organisation=f"Organisation {number}",
            role="Senior Data Analyst",
            contact_name="Claire Dubois",
            contact_role="Head of Talent",
            contact_email="claire@northwind.example",
            completed_steps=[Step.SITUATION, Step.REASONS],
            stay_in_touch="I would like to stay in touch",
            email_subject="Thank you",
            email_body="Thank you for your time. Sadly the salary is too low.",
        )
        for number in range(PLANS)
    ]
    big_plan, typical_plan = plans[0], plans[2]
    curated = list(Reason.objects.published().for_situation(big_plan.situation))
    PlanReason.objects.bulk_create(
        PlanReason(
            plan=plan,
            reason=curated[number % len(curated)] if number % 3 == 0 else None,
            title=f"Reason {number}",
            # Blunt words, so the tone check has findings to show on every reason.
            phrasing=f"Reason {number}: the work is boring and the salary is too low.",
            private_note=f"Private note {number}",
            share=number % 2 == 0,
            order=number,
        )
        for plan, count in ((big_plan, REASONS), (typical_plan, TYPICAL_REASONS))
        for number in range(count)
    )
    today = timezone.localdate()
    reminders = []
    for number, plan in enumerate(plans):
        for days in (number - 3, number + 20):
            reminder = Reminder(plan=plan, title=f"Reconnect {number}/{days}", opener="Hello!")
            reminder.schedule(today + timedelta(days=days), Reminder.DEFAULT_TIME, user.time_zone)
            reminders.append(reminder)
    Reminder.objects.bulk_create(reminders)
    return BenchMember(
        user=user,
        big_plan=big_plan,
        typical_plan=typical_plan,
        session_cookie=signed_in_cookie(user),
    )


def signed_in_cookie(user: User) -> str:
    """A session as logging in makes it, stored by the configured engine: a Cookie header."""
    session = import_module(settings.SESSION_ENGINE).SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}"
