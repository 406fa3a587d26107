"""Operations on a member's account that reach beyond the user row."""

from __future__ import annotations

from datetime import time
from importlib import import_module

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.db import transaction
from django.utils import timezone

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
    """Delete every stored session signed in as this member; returns how many.

    Database-backed stores (db, cached_db) can be listed. Cookie, cache and file
    stores cannot; there a session whose user no longer exists is anonymous anyway.
    """
    store_class = import_module(settings.SESSION_ENGINE).SessionStore
    if not hasattr(store_class, "get_model_class"):
        return 0
    member_id = str(user.pk)
    # Session data is signed and encoded, so it cannot be filtered in SQL: read
    # the live sessions once, in chunks.
    sessions = (
        store_class.get_model_class()
        .objects.filter(expire_date__gt=timezone.now())
        .only("session_key", "session_data")
    )
    keys = [
        session.session_key
        for session in sessions.iterator(chunk_size=500)
        if session.get_decoded().get(SESSION_KEY) == member_id
    ]
    for key in keys:
        store_class(session_key=key).delete()  # also clears cached_db's cache entry
    return len(keys)


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
