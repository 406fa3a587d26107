"""Operations on a member's account that reach beyond the user row."""

from __future__ import annotations

from datetime import time

from allauth.usersessions.models import UserSession
from django.db import transaction

from apps.accounts.models import User
from apps.reminders.services import member_change_time_zone


@transaction.atomic
def member_update_settings(
    *,
    user: User,
    display_name: str,
    time_zone: str,
    reminder_emails: bool,
    reminder_time: time,
    country: str,
    language: str = "",
) -> None:
    user.display_name = display_name
    user.reminder_emails = reminder_emails
    user.reminder_time = reminder_time
    user.country = country
    user.language = language
    user.save(
        update_fields=["display_name", "reminder_emails", "reminder_time", "country", "language"]
    )
    if time_zone != user.time_zone:
        # Through the reminders service, so each reminder keeps its local time.
        member_change_time_zone(user=user, time_zone=time_zone)


def member_sessions_end(*, user: User) -> int:
    """End every session signed in as this member, on every device; returns how many.

    allauth.usersessions keeps one row per signed-in session (made at sign-in, and by
    its middleware on each request), which is also what the sessions page lists and ends.
    A session without a row (none is older than the row-keeping) whose user is deleted
    is anonymous anyway.
    """
    sessions = UserSession.objects.purge_and_list(user)
    for session in sessions:
        session.end()  # deletes the stored session (and cached_db's cache entry) and the row
    return len(sessions)


@transaction.atomic
def member_delete(*, user: User) -> None:
    """Erase the member and everything attached: plans with their reasons, reminders
    and contact log, email addresses, and every session they are signed in with.
    The calendar feed dies with the user row, and no pending reminder is ever sent."""
    # Lock the member first, as the reminder sender does: a sender holding them
    # finishes (and is waited for); one starting later skips them. Taking the lock
    # before the cascade touches reminders means the two never deadlock.
    User.objects.select_for_update().filter(pk=user.pk).exists()
    member_sessions_end(user=user)
    user.delete()
