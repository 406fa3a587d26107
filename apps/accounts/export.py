"""Everything a member gave Ajar, as one machine-readable document (GDPR portability).

Secrets stay out: the password hash and the calendar token's hash, and of what the
member set up for signing in only what they would recognise (kind, name, dates, how
many recovery codes are left): never a TOTP secret, the recovery codes' seed or a
code, a passkey's credential, or a session's key. So does the sender's own
bookkeeping on a reminder (when it will retry, the mail server's last reply).
tests/accounts/test_export.py walks every model that reaches a member and fails if a
row or a field of it is missing here.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.webauthn.internal.auth import WebAuthn
from allauth.usersessions.models import UserSession
from django.db.models import Prefetch
from django.utils import timezone

from apps.accounts.models import User
from apps.plans.models import DeclinePlan, PlanReason
from apps.reminders.models import ContactLog, Reminder

FORMAT_VERSION = 1


def instant(value: datetime | None) -> str | None:
    """ISO 8601 in UTC, whatever the database or the active time zone."""
    return value.astimezone(UTC).isoformat() if value else None


def day(value: date | time | None) -> str | None:
    return value.isoformat() if value else None


def member_export(user: User, *, now: datetime | None = None) -> dict[str, Any]:
    """The member's account, how they sign in, and every plan, archived ones too, in
    seven queries."""
    addresses = EmailAddress.objects.filter(user=user).order_by("-primary", "email")
    authenticators = Authenticator.objects.filter(user=user).order_by("created_at", "pk")
    sessions = UserSession.objects.filter(user=user).order_by("created_at", "pk")
    plans = (
        DeclinePlan.objects.for_user(user)
        .order_by("created", "pk")
        .prefetch_related(
            Prefetch("reasons", queryset=PlanReason.objects.select_related("reason")),
            Prefetch(
                "reminders",
                queryset=Reminder.objects.select_related("idea").order_by("due_at", "created"),
            ),
            Prefetch("contacts", queryset=ContactLog.objects.order_by("on", "created")),
        )
    )
    return {
        "format_version": FORMAT_VERSION,
        "exported_at": instant(now or timezone.now()),
        "account": account_data(user, addresses),
        "sign_in": {
            "authenticators": [authenticator_data(item) for item in authenticators],
            "sessions": [session_data(session) for session in sessions],
        },
        "plans": [plan_data(plan) for plan in plans],
    }


def account_data(user: User, addresses) -> dict[str, Any]:
    return {
        "email": user.email,
        "display_name": user.display_name,
        "time_zone": user.time_zone,
        "reminder_emails": user.reminder_emails,
        "language": user.language,
        "reminder_time": day(user.reminder_time),
        "country": user.country,
        "has_calendar_feed": bool(user.calendar_token_hash),
        "date_joined": instant(user.date_joined),
        "last_login": instant(user.last_login),
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in addresses
        ],
    }


def authenticator_data(authenticator: Authenticator) -> dict[str, Any]:
    """A second factor or passkey as the member knows it; `data` (the TOTP secret, the
    recovery codes' seed and used mask, the WebAuthn credential) never leaves."""
    entry: dict[str, Any] = {
        "type": authenticator.type,
        "created_at": instant(authenticator.created_at),
        "last_used_at": instant(authenticator.last_used_at),
    }
    if authenticator.type == Authenticator.Type.WEBAUTHN:
        key = WebAuthn(authenticator)
        entry["name"] = key.name
        entry["passkey"] = key.is_passwordless is True
    elif authenticator.type == Authenticator.Type.RECOVERY_CODES:
        # A count worked out here from the seed; no code is written down.
        entry["unused_codes"] = len(RecoveryCodes(authenticator).get_unused_codes())
    return entry


def session_data(session: UserSession) -> dict[str, Any]:
    """Where the member is (or was lately) signed in, as the sessions page lists it:
    rows as stored, so one whose session has since expired may still be here."""
    return {
        "created_at": instant(session.created_at),
        "last_seen_at": instant(session.last_seen_at),
        "ip": session.ip,
        "user_agent": session.user_agent,
    }


def plan_data(plan: DeclinePlan) -> dict[str, Any]:
    return {
        "id": str(plan.pk),
        "situation": plan.situation,
        "organisation": plan.organisation,
        "role": plan.role,
        "contact": {
            "name": plan.contact_name,
            "role": plan.contact_role,
            "email": plan.contact_email,
            "phone": plan.contact_phone,
        },
        "deadline": day(plan.deadline),
        "decided_on": day(plan.decided_on),
        "completed_steps": plan.completed_steps,
        "archived_at": instant(plan.archived_at),
        "created": instant(plan.created),
        "updated": instant(plan.updated),
        "reasons": [reason_data(reason) for reason in plan.reasons.all()],
        "door_open": {
            "stay_in_touch": plan.stay_in_touch,
            "reconsider_if": plan.reconsider_if,
            "alternatives": plan.alternatives,
            "support_wanted": plan.support_wanted,
            "future_statement": plan.future_statement,
        },
        "conversation": {
            "checklist_done": plan.checklist_done,
            "held_on": day(plan.conversation_held_on),
            "notes": plan.conversation_notes,
            "script": plan.script,
            "script_tone": plan.script_tone,
            "script_length": plan.script_length,
        },
        "email": {
            "subject": plan.email_subject,
            "body": plan.email_body,
            "tone": plan.email_tone,
            "length": plan.email_length,
            "decline_by_email": plan.decline_by_email,
            "sent_on": day(plan.email_sent_on),
        },
        "reminders": [reminder_data(reminder) for reminder in plan.reminders.all()],
        "contact_log": [contact_data(contact) for contact in plan.contacts.all()],
    }


def reason_data(reason: PlanReason) -> dict[str, Any]:
    return {
        "title": reason.title,
        "phrasing": reason.phrasing,
        "private_note": reason.private_note,
        "share": reason.share,
        "order": reason.order,
        "curated_reason": reason.reason.slug if reason.reason else None,
        "created": instant(reason.created),
    }


def reminder_data(reminder: Reminder) -> dict[str, Any]:
    return {
        "id": str(reminder.pk),
        "title": reminder.title,
        "opener": reminder.opener,
        "local_date": day(reminder.local_date),
        "local_time": day(reminder.local_time),
        "due_at": instant(reminder.due_at),
        "status": reminder.status,
        "sent_at": instant(reminder.sent_at),
        "attempts": reminder.attempts,
        "idea": reminder.idea.slug if reminder.idea else None,
        "created": instant(reminder.created),
        "updated": instant(reminder.updated),
    }


def contact_data(contact: ContactLog) -> dict[str, Any]:
    return {
        "on": day(contact.on),
        "channel": contact.channel,
        "note": contact.note,
        "reminder": str(contact.reminder_id) if contact.reminder_id else None,
        "created": instant(contact.created),
    }
