"""/account/export/: everything a member gave Ajar, in one JSON file (GDPR portability)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from allauth.mfa.utils import decrypt
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection, models
from django.db.models import Q
from django.test.utils import CaptureQueriesContext, isolate_apps
from django.utils import timezone

from apps.accounts.export import member_export
from apps.reminders.models import Reminder
from tests.accounts.conftest import give_everything
from tests.helpers import login_url_for

pytestmark = pytest.mark.django_db

URL = "/account/export/"
DOWNLOAD_URL = "/account/export/download/"

# Models that reach a member through foreign keys but are not something the member
# gave Ajar. A new model that reaches a member must be exported or listed here.
NOT_MEMBER_DATA = {
    "admin.LogEntry": "the staff's record of their edits in the admin, not the member's data",
    **{
        f"{label}": "editors' saved versions of curated content (history_user), like LogEntry"
        for label in (
            "content.HistoricalStepTip",
            "content.HistoricalReconnectIdea",
            "reasons.HistoricalReason",
            "reasons.HistoricalReframe",
            "reasons.HistoricalToneTopic",
            "reasons.HistoricalToneCue",
            "scripts.HistoricalScriptTemplate",
        )
    },
    "account.EmailConfirmation": (
        "one-time verification keys (secrets); allauth's default HMAC keys leave it empty"
    ),
}
# Fields of member models deliberately left out of the export.
NOT_EXPORTED = {
    "accounts.User.password": "a secret (its hash), of no use to the member",
    "accounts.User.calendar_token_hash": "a secret; the export says whether a feed exists",
    "reminders.Reminder.next_attempt_at": "the sender's retry schedule",
    "reminders.Reminder.last_error": "the mail server's last reply, not the member's words",
    "plans.DeclinePlan.script_sources": "a fingerprint of the reasons, to tell a draft is old",
    "plans.DeclinePlan.email_sources": "a fingerprint of the reasons, to tell a draft is old",
    "mfa.Authenticator.data": (
        "the TOTP secret, the recovery codes' seed, a WebAuthn credential (secrets); "
        "the export says a key's name, whether it is a passkey, how many codes are left"
    ),
    "usersessions.UserSession.session_key": "a secret: whoever holds it is signed in",
    "usersessions.UserSession.data": "allauth's own bookkeeping on the session",
}
HOPS = 3


def download(client) -> dict[str, Any]:
    response = client.get(DOWNLOAD_URL)
    assert response.status_code == 200
    return json.loads(response.content)


def nodes(value: Any) -> Iterator[Any]:
    """Every value in a JSON document, containers included."""
    yield value
    children = (
        value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    )
    for child in children:
        yield from nodes(child)


def instant_or_none(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


# Which models belong to a member: found, not listed


def paths_to_member(model: type[models.Model]) -> list[str]:
    """ORM lookups from `model` to the member, following foreign keys up to HOPS deep."""
    member_model = get_user_model()
    if model is member_model:
        return ["pk"]
    found: list[str] = []

    def walk(current: type[models.Model], prefix: str, hops: int) -> None:
        for field in current._meta.get_fields():
            if not (field.is_relation and field.concrete and field.related_model):
                continue
            if not (field.many_to_one or field.one_to_one or field.many_to_many):
                continue
            path = f"{prefix}{field.name}"
            if field.related_model is member_model:
                found.append(path)
            elif hops + 1 < HOPS:
                walk(field.related_model, f"{path}__", hops + 1)

    walk(model, "", 0)
    return found


def member_models() -> dict[type[models.Model], list[str]]:
    """Every table of members' data (a proxy model is another view of one of them)."""
    return {
        model: paths
        for model in apps.get_models()
        if not model._meta.proxy
        and (paths := paths_to_member(model))
        and model._meta.label not in NOT_MEMBER_DATA
    }


def rows_of(model: type[models.Model], paths: list[str], member) -> models.QuerySet:
    condition = Q()
    for path in paths:
        condition |= Q(**{path: member.pk if path == "pk" else member})
    return model._default_manager.filter(condition).distinct()


def test_the_walker_finds_the_models_that_belong_to_a_member():
    found = {model._meta.label: paths for model, paths in member_models().items()}

    assert found["accounts.User"] == ["pk"]
    assert found["plans.DeclinePlan"] == ["owner"]
    assert found["plans.PlanReason"] == ["plan__owner"]
    assert found["reminders.Reminder"] == ["plan__owner"]
    assert set(found["reminders.ContactLog"]) == {"plan__owner", "reminder__plan__owner"}
    assert found["account.EmailAddress"] == ["user"]
    assert "reasons.Reason" not in found  # curated content belongs to nobody
    assert "admin.LogEntry" in {m._meta.label for m in apps.get_models() if paths_to_member(m)}


@isolate_apps("apps.reminders")
def test_the_walker_would_find_a_future_model_three_hops_away():
    class ReminderNote(models.Model):  # noqa: DJ008
        reminder = models.ForeignKey(Reminder, on_delete=models.CASCADE)
        text = models.TextField()

        class Meta:
            app_label = "reminders"

    class FarAway(models.Model):  # noqa: DJ008
        note = models.ForeignKey(ReminderNote, on_delete=models.CASCADE)

        class Meta:
            app_label = "reminders"

    assert paths_to_member(ReminderNote) == ["reminder__plan__owner"]
    assert paths_to_member(FarAway) == []  # four hops: past the walk, so keep models near


def exported_value_found(field: models.Field, value: Any, everything: list[Any]) -> bool:
    strings = {node for node in everything if isinstance(node, str)}
    if isinstance(value, datetime):
        return any(instant_or_none(text) == value for text in strings)
    if isinstance(value, (date, time)):
        return value.isoformat() in strings
    if isinstance(value, uuid.UUID):
        return str(value) in strings
    if isinstance(value, str):
        return value in strings
    return any(node == value for node in everything)


def identifying(field: models.Field, value: Any) -> bool:
    """Values that single a row out. Flags and counters (True, 0) would match anything;
    the contents test checks those by name."""
    if isinstance(field, (models.BooleanField, models.IntegerField, models.AutoField)):
        return False
    return value not in (None, "", [], {})


def test_every_row_a_member_owns_is_in_their_export(alice_client, alice, stranger):
    give_everything(alice, "ALICE")
    give_everything(stranger, "MALLORY")

    everything = list(nodes(download(alice_client)))

    for model, paths in member_models().items():
        label = model._meta.label
        rows = list(rows_of(model, paths, alice))
        assert rows, f"{label} belongs to members: give one to Alice in give_everything()"
        filled: set[str] = set()
        for row in rows:
            for field in model._meta.concrete_fields:
                name = f"{label}.{field.name}"
                if name in NOT_EXPORTED:
                    continue
                if field.is_relation:
                    target = getattr(row, field.name)
                    if target is None or field.related_model is get_user_model():
                        continue
                    if paths_to_member(field.related_model):
                        continue  # the export nests the row under its owner
                    # A link to curated content travels as the content's stable slug.
                    value = target.slug
                else:
                    value = getattr(row, field.attname)
                if not identifying(field, value):
                    continue
                filled.add(field.name)
                assert exported_value_found(field, value, everything), (
                    f"{name} = {value!r} of {label} {row.pk} is missing from the export"
                )
        unfilled = {
            field.name
            for field in model._meta.concrete_fields
            if f"{label}.{field.name}" not in NOT_EXPORTED
            and not isinstance(field, (models.BooleanField, models.IntegerField, models.AutoField))
            and not (field.is_relation and paths_to_member(field.related_model))
            and not (field.is_relation and field.related_model is get_user_model())
        } - filled
        assert not unfilled, f"give_everything() leaves {label} fields empty: {unfilled}"


def test_nothing_of_anyone_else_is_in_the_export(alice_client, alice, stranger):
    give_everything(alice, "ALICE")
    theirs = give_everything(stranger, "MALLORY")

    text = alice_client.get(DOWNLOAD_URL).content.decode()

    assert "mallory" not in text.lower()
    for row in (theirs.plan, theirs.archived_plan, theirs.scheduled, theirs.sent):
        assert str(row.pk) not in text


def test_it_never_exports_a_secret(alice_client, alice):
    mine = give_everything(alice, "ALICE")
    alice.refresh_from_db()

    text = alice_client.get(DOWNLOAD_URL).content.decode()

    assert mine.token not in text
    assert alice.calendar_token_hash not in text
    assert alice.password not in text
    assert '"password"' not in text
    assert "SMTPException" not in text
    # Nothing of how she signs in that would let someone else do it.
    assert mine.totp_secret not in text
    assert decrypt(mine.recovery_codes.data["seed"]) not in text
    assert mine.recovery_codes.data["seed"] not in text
    codes = mine.recovery_codes.wrap().generate_codes()  # the used one too
    assert not any(code in text for code in codes)
    for key in (mine.passkey, mine.security_key):
        credential = key.data["credential"]
        assert credential["id"] not in text
        assert credential["response"]["attestationObject"] not in text
        assert credential["response"]["clientDataJSON"] not in text
    assert mine.session.session_key not in text
    assert alice_client.cookies[settings.SESSION_COOKIE_NAME].value not in text
    for name in ('"data"', '"secret"', '"seed"', '"credential"', '"session_key"'):
        assert name not in text


# What is inside


def test_it_holds_the_account_and_every_plan(alice_client, alice):
    mine = give_everything(alice, "ALICE")

    data = download(alice_client)

    assert data["format_version"] == 1
    exported_at = datetime.fromisoformat(data["exported_at"])
    assert exported_at.utcoffset().total_seconds() == 0
    assert abs((timezone.now() - exported_at).total_seconds()) < 60
    account = data["account"]
    assert account | {"date_joined": None, "last_login": None} == {
        "email": "alice@example.com",
        "display_name": "ALICE display name",
        "time_zone": "Europe/Brussels",
        "reminder_emails": True,
        "language": "en",
        "reminder_time": "09:00:00",
        "country": "NL",
        "has_calendar_feed": True,
        "date_joined": None,
        "last_login": None,
        "email_addresses": [
            {"email": "alice@example.com", "verified": True, "primary": True},
            {"email": "alice.old@example.com", "verified": False, "primary": False},
        ],
    }
    assert datetime.fromisoformat(account["date_joined"]) == alice.date_joined
    assert account["last_login"] == "2027-01-02T08:15:00+00:00"

    plans = {plan["id"]: plan for plan in data["plans"]}
    assert set(plans) == {str(mine.plan.pk), str(mine.archived_plan.pk)}
    archived = plans[str(mine.archived_plan.pk)]
    assert datetime.fromisoformat(archived["archived_at"]) == (
        type(mine.archived_plan).objects.get(pk=mine.archived_plan.pk).archived_at
    )
    assert archived["reasons"] == [
        {
            "title": "ALICE Pay",
            "phrasing": "ALICE The salary is an insult",
            "private_note": "ALICE Keep this to myself",
            "share": False,
            "order": 2,
            "curated_reason": None,
            "created": mine.own_reason.created.astimezone(UTC).isoformat(),
        }
    ]

    plan = plans[str(mine.plan.pk)]
    assert plan["situation"] == "offer"
    assert plan["archived_at"] is None
    assert plan["contact"] == {
        "name": "ALICE Claire Dubois",
        "role": "ALICE Head of Talent",
        "email": "claire.alice@northwind.example",
        "phone": "+32 2 555 01 23",
    }
    assert (plan["deadline"], plan["decided_on"]) == ("2027-01-20", "2027-01-11")
    assert plan["completed_steps"] == ["situation", "reasons", "conversation"]
    assert plan["door_open"]["reconsider_if"] == "ALICE A role closer to home"
    assert plan["conversation"] == {
        "checklist_done": ["alice-thanked", "alice-decision"],
        "held_on": "2027-01-14",
        "notes": "ALICE She took it well <b>really</b>",
        "script": "ALICE Hello Claire, thank you for the offer.",
        "script_tone": "formal",
        "script_length": "short",
    }
    assert plan["email"] == {
        "subject": "ALICE Thank you, and my decision",
        "body": "ALICE Dear Claire,\n\nThank you again.",
        "tone": "formal",
        "length": "short",
        "decline_by_email": True,
        "sent_on": "2027-01-15",
    }
    (reason,) = plan["reasons"]
    assert reason["curated_reason"] == "alice-commute"
    assert reason["share"] is True
    assert reason["private_note"] == "ALICE My partner's new job is in Ghent"


def test_it_holds_how_the_member_signs_in_and_where(alice_client, alice):
    mine = give_everything(alice, "ALICE")

    data = download(alice_client)

    def when(row, field: str) -> str | None:
        value = getattr(type(row).objects.get(pk=row.pk), field)
        return value.astimezone(UTC).isoformat() if value else None

    assert data["sign_in"]["authenticators"] == [
        {
            "type": "totp",
            "created_at": when(mine.totp, "created_at"),
            "last_used_at": when(mine.totp, "last_used_at"),
        },
        {
            "type": "recovery_codes",
            "created_at": when(mine.recovery_codes, "created_at"),
            "last_used_at": None,
            "unused_codes": 9,  # ten, one used
        },
        {
            "type": "webauthn",
            "created_at": when(mine.passkey, "created_at"),
            "last_used_at": None,
            "name": "ALICE Phone passkey",
            "passkey": True,
        },
        {
            "type": "webauthn",
            "created_at": when(mine.security_key, "created_at"),
            "last_used_at": None,
            "name": "ALICE Security key",
            "passkey": False,
        },
    ]
    assert data["sign_in"]["authenticators"][0]["last_used_at"] is not None
    sessions = data["sign_in"]["sessions"]
    # The row give_everything() stored. (This client signed in with force_login, which
    # counts as just seen: its own row comes with the first check after five minutes,
    # apps/accounts/sessions.py; a real sign-in makes one at once, test_sessions.py.)
    assert sessions == [
        {
            "created_at": "2027-01-02T08:15:00+00:00",
            "last_seen_at": "2027-01-03T19:45:00+00:00",
            "ip": "203.0.113.7",
            "user_agent": "ALICE Firefox on Linux",
        }
    ]


def test_it_holds_every_reminder_with_its_state_and_the_contact_log(alice_client, alice):
    mine = give_everything(alice, "ALICE")
    mine.sent.refresh_from_db()

    plan = next(p for p in download(alice_client)["plans"] if p["id"] == str(mine.plan.pk))

    reminders = {reminder["id"]: reminder for reminder in plan["reminders"]}
    assert set(reminders) == {
        str(r.pk) for r in (mine.scheduled, mine.sent, mine.retrying, mine.done)
    }
    scheduled = reminders[str(mine.scheduled.pk)]
    assert scheduled["status"] == "scheduled"
    assert scheduled["idea"] == "alice-event"
    assert scheduled["local_time"] == "09:30:00"
    assert datetime.fromisoformat(scheduled["due_at"]) == mine.scheduled.due_at
    assert scheduled["sent_at"] is None
    sent = reminders[str(mine.sent.pk)]
    assert sent["status"] == "sent"
    assert datetime.fromisoformat(sent["sent_at"]) == mine.sent.sent_at
    assert reminders[str(mine.retrying.pk)]["attempts"] == 1
    assert reminders[str(mine.done.pk)]["status"] == "done"

    assert plan["contact_log"] == [
        {
            "on": "2027-02-01",
            "channel": "coffee",
            "note": "ALICE Coffee",
            "reminder": str(mine.done.pk),
            "created": plan["contact_log"][0]["created"],
        },
        {
            "on": "2027-03-04",
            "channel": "event",
            "note": "ALICE Met at the summit",
            "reminder": None,
            "created": mine.contact.created.astimezone(UTC).isoformat(),
        },
    ]


def test_a_new_member_gets_an_export_with_no_plans(alice_client):
    data = download(alice_client)

    assert data["plans"] == []
    assert data["account"]["has_calendar_feed"] is False
    assert data["sign_in"]["authenticators"] == []


def test_it_reads_a_few_queries_however_many_plans(alice, stranger):
    give_everything(alice, "ALICE")
    alice.refresh_from_db()
    with CaptureQueriesContext(connection) as few:
        member_export(alice)
    for round_ in range(3):
        give_everything(alice, f"MORE{round_}")
    alice.refresh_from_db()
    with CaptureQueriesContext(connection) as many:
        data = member_export(alice)

    assert len(data["plans"]) == 8
    # The app and its codes once, two keys from each of the four calls.
    assert len(data["sign_in"]["authenticators"]) == 2 + 4 * 2
    # One query each for the member's addresses, authenticators, sessions and plans, and
    # three for the plans' reasons, reminders and contact log.
    assert len(few) == len(many) <= 7


# The pages


def test_it_explains_what_the_file_holds(alice_client):
    response = alice_client.get(URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert "What is inside" in html
    assert "private notes" in html
    assert f'href="{DOWNLOAD_URL}" download' in html
    assert 'aria-current="page" href="/account/export/">Export my data</a>' in html
    assert "style=" not in html


def test_the_file_is_a_private_attachment_named_for_the_members_day(alice_client, alice):
    response = alice_client.get(DOWNLOAD_URL)

    today = timezone.now().astimezone(ZoneInfo(alice.time_zone)).date()
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"] == (
        f'attachment; filename="ajar-export-{today:%Y-%m-%d}.json"'
    )
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= cache_control


def test_downloading_changes_nothing(alice_client, alice):
    mine = give_everything(alice, "ALICE")
    before = type(mine.plan).objects.get(pk=mine.plan.pk).updated

    download(alice_client)

    assert type(mine.plan).objects.get(pk=mine.plan.pk).updated == before


def test_it_refuses_other_methods(alice_client):
    assert alice_client.post(DOWNLOAD_URL).status_code == 405
    assert alice_client.post(URL).status_code == 405


def test_it_sends_anonymous_visitors_to_log_in(client):
    assert client.get(URL).url == login_url_for(URL)
    assert client.get(DOWNLOAD_URL).url == login_url_for(DOWNLOAD_URL)
