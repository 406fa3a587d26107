"""A member with a row of everything a member can own, for the export and deletion tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from allauth.mfa.utils import decrypt
from allauth.mfa.webauthn.internal.auth import WebAuthn
from allauth.usersessions.models import UserSession
from django.utils import timezone

from apps.accounts.models import User
from apps.content.models import AppliesTo, Situation, Step
from apps.plans.models import DeclinePlan, PlanReason
from apps.reminders.models import ContactLog, Reminder
from apps.reminders.services import calendar_token_regenerate, reminder_mark_done
from tests.helpers import SoftwareKey, make_idea, make_reason


@dataclass
class Belongings:
    token: str
    plan: DeclinePlan
    archived_plan: DeclinePlan
    curated_reason: PlanReason
    own_reason: PlanReason
    scheduled: Reminder
    sent: Reminder
    retrying: Reminder
    done: Reminder
    contact: ContactLog
    old_address: EmailAddress
    totp_secret: str
    totp: Authenticator
    recovery_codes: Authenticator
    passkey: Authenticator
    security_key: Authenticator
    session: UserSession


def give_everything(member: User, tag: str) -> Belongings:
    """Fill every field a member can fill, each text marked with `tag` so it can be traced."""
    slug = tag.lower()
    member.display_name = f"{tag} display name"
    member.country = "NL" if tag == "ALICE" else "LU"
    member.language = "en" if tag == "ALICE" else "fr"  # their pages stay English
    member.last_login = datetime(2027, 1, 2, 8, 15, tzinfo=UTC)
    member.save()
    token = calendar_token_regenerate(user=member)
    old_address = EmailAddress.objects.create(
        user=member, email=f"{slug}.old@example.com", verified=False, primary=False
    )
    curated = make_reason(f"{slug}-commute", AppliesTo.OFFER, "Location and commute")
    idea = make_idea(f"{slug}-event", AppliesTo.BOTH, 90)

    plan = DeclinePlan.objects.create(
        owner=member,
        situation=Situation.OFFER,
        organisation=f"{tag} Northwind Logistics",
        role=f"{tag} Senior Data Analyst",
        contact_name=f"{tag} Claire Dubois",
        contact_role=f"{tag} Head of Talent",
        contact_email=f"claire.{slug}@northwind.example",
        contact_phone="+32 2 555 01 23",
        deadline=date(2027, 1, 20),
        decided_on=date(2027, 1, 11),
        completed_steps=[Step.SITUATION, Step.REASONS, Step.CONVERSATION],
        stay_in_touch=f"{tag} I would like to stay in touch",
        reconsider_if=f"{tag} A role closer to home",
        alternatives=f"{tag} I could mentor the new analysts",
        support_wanted=f"{tag} A course in people management",
        future_statement=f"{tag} I want to keep growing",
        checklist_done=[f"{slug}-thanked", f"{slug}-decision"],
        conversation_held_on=date(2027, 1, 14),
        conversation_notes=f"{tag} She took it well <b>really</b>",
        script=f"{tag} Hello Claire, thank you for the offer.",
        script_tone="formal",
        script_length="short",
        email_tone="formal",
        email_length="short",
        decline_by_email=True,
        email_subject=f"{tag} Thank you, and my decision",
        email_body=f"{tag} Dear Claire,\n\nThank you again.",
        email_sent_on=date(2027, 1, 15),
    )
    archived_plan = DeclinePlan.objects.create(
        owner=member,
        situation=Situation.PROMOTION,
        organisation=f"{tag} Contoso Analytics",
        role=f"{tag} Team Lead",
    )
    archived_plan.archive()
    curated_reason = PlanReason.objects.create(
        plan=plan,
        reason=curated,
        title=f"{tag} Commute",
        phrasing=f"{tag} The commute would be hard with my family life",
        private_note=f"{tag} My partner's new job is in Ghent",
        share=True,
        order=1,
    )
    own_reason = PlanReason.objects.create(
        plan=archived_plan,
        title=f"{tag} Pay",
        phrasing=f"{tag} The salary is an insult",
        private_note=f"{tag} Keep this to myself",
        share=False,
        order=2,
    )

    def reminder(title: str, on: date, **fields) -> Reminder:
        item = Reminder(plan=plan, title=f"{tag} {title}", opener=f"{tag} {title} opener", **fields)
        item.schedule(on, time(9, 30), member.time_zone)
        item.save()
        return item

    today = timezone.localdate()
    scheduled = reminder("Meet at the summit", today + timedelta(days=60), idea=idea)
    sent = reminder("Congratulate them", today - timedelta(days=3))
    sent.mark_sent(timezone.now() - timedelta(days=3))
    retrying = reminder("Ask about the warehouse", today + timedelta(days=30))
    retrying.mark_failed(timezone.now(), "SMTPException: 451 try again later")
    done = reminder("Tell them a factor changed", today + timedelta(days=5))
    reminder_mark_done(reminder=done, on=date(2027, 2, 1), channel="coffee", note=f"{tag} Coffee")
    contact = ContactLog.objects.create(
        plan=plan, on=date(2027, 3, 4), channel="event", note=f"{tag} Met at the summit"
    )

    # How they sign in: an authenticator app and its recovery codes (one used; a member
    # has one of each, so a second call keeps the first), a passkey and a security key,
    # and a session on another device.
    totp = Authenticator.objects.filter(user=member, type=Authenticator.Type.TOTP).first()
    if totp is None:
        totp_secret = generate_totp_secret()
        totp = TOTP.activate(member, totp_secret).instance
        totp.record_usage()
        recovery_codes = RecoveryCodes.activate(member)
        recovery_codes.validate_code(recovery_codes.generate_codes()[3])
    else:
        totp_secret = decrypt(totp.data["secret"])
        recovery_codes = RecoveryCodes.activate(member)
    # Credentials a browser could have posted (allauth parses every one on sign-in).
    passkey = WebAuthn.add(
        member, f"{tag} Phone passkey", SoftwareKey().register(passkey=True)
    ).instance
    security_key = WebAuthn.add(member, f"{tag} Security key", SoftwareKey().register()).instance
    session = UserSession.objects.create(
        user=member,
        session_key=f"{slug}sessionkey".ljust(32, "x"),
        ip="203.0.113.7" if tag == "ALICE" else "198.51.100.9",
        user_agent=f"{tag} Firefox on Linux",
        created_at=datetime(2027, 1, 2, 8, 15, tzinfo=UTC),
        last_seen_at=datetime(2027, 1, 3, 19, 45, tzinfo=UTC),
    )
    return Belongings(
        token=token,
        plan=plan,
        archived_plan=archived_plan,
        curated_reason=curated_reason,
        own_reason=own_reason,
        scheduled=scheduled,
        sent=sent,
        retrying=retrying,
        done=done,
        contact=contact,
        old_address=old_address,
        totp_secret=totp_secret,
        totp=totp,
        recovery_codes=recovery_codes.instance,
        passkey=passkey,
        security_key=security_key,
        session=session,
    )
