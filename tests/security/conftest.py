"""The security matrix's map of the site, and a world of members to aim it at.

The matrix walks `get_resolver().url_patterns` rather than listing URLs, so a new
view cannot be forgotten: every route must be classified in ROUTES below, and every
route parameter in OWNED_PARAMS or OTHER_PARAMS. An unknown route or parameter
fails the matrix with a message saying what to add here.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import pytest
from allauth.account.internal.flows.login import record_authentication
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.test import Client, RequestFactory
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from apps.accounts.models import User
from apps.content.models import AppliesTo, ReconnectIdea, Situation, Status, Step
from apps.plans.models import DeclinePlan, PlanReason
from apps.reasons.models import Reason
from apps.reminders import services
from apps.reminders.models import ContactLog, Reminder
from tests.helpers import make_member, make_reminder, make_security_key

GET, POST = "GET", "POST"
LOGIN_PATH = "/accounts/login/"

# The route walk


@dataclass(frozen=True)
class Route:
    name: str  # "plans:summary"; the pattern for unnamed routes
    pattern: str  # "plans/<uuid:plan_id>/"
    params: tuple[str, ...]
    uuid_params: tuple[str, ...]

    @property
    def is_admin(self) -> bool:
        return self.name.startswith("admin:") or self.pattern.startswith("admin/")

    def __str__(self) -> str:
        return self.name


def _params(pattern) -> dict[str, str]:
    """The converter of each parameter in one piece of a route ("regex" for regex groups)."""
    converters = getattr(pattern, "converters", {}) or {}
    kinds = {name: type(conv).__name__ for name, conv in converters.items()}
    for name in pattern.regex.groupindex:
        kinds.setdefault(name, "regex")
    return kinds


def walk(
    patterns, prefix: str = "", namespace: str = "", kinds: dict[str, str] | None = None
) -> Iterator[Route]:
    kinds = kinds or {}
    for entry in patterns:
        merged = {**kinds, **_params(entry.pattern)}
        if isinstance(entry, URLResolver):
            inner = namespace
            if entry.namespace:
                inner = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
            yield from walk(entry.url_patterns, prefix + str(entry.pattern), inner, merged)
        elif isinstance(entry, URLPattern):
            pattern = prefix + str(entry.pattern)
            name = f"{namespace}:{entry.name}" if namespace and entry.name else entry.name
            yield Route(
                name=name or pattern,
                pattern=pattern,
                params=tuple(merged),
                uuid_params=tuple(p for p, kind in merged.items() if kind == "UUIDConverter"),
            )


ALL_ROUTES = list(walk(get_resolver().url_patterns))
SITE_ROUTES = [route for route in ALL_ROUTES if not route.is_admin]
ADMIN_ROUTES = [route for route in ALL_ROUTES if route.is_admin]

# The classification


@dataclass(frozen=True)
class Rule:
    """Who may use a route, and which methods it answers (any other gets 405)."""

    access: str  # "public": anyone; "member": signed-in members only
    methods: frozenset[str]
    # True when a POST the route accepts changes the database (the owner's control).
    changes: bool = True

    @property
    def is_public(self) -> bool:
        return self.access == "public"

    @property
    def post_only(self) -> bool:
        return self.methods == {POST}


def public(*methods: str, changes: bool = True) -> Rule:
    return Rule("public", frozenset(methods), changes)


def member(*methods: str, changes: bool = True) -> Rule:
    return Rule("member", frozenset(methods), changes)


ROUTES: dict[str, Rule] = {
    # Ajar's own public pages.
    "home": public(GET),
    "healthz": public(GET),
    # The header's language buttons: anyone may switch (a cookie; and the account).
    "language": public(POST),
    "guide:index": public(GET),
    "guide:offer": public(GET),
    "guide:promotion": public(GET),
    "guide:reasons": public(GET),
    # The private feed: public, but a valid token is the only key (404 otherwise).
    "reminders:feed": public(GET),
    # Signed links from reminder emails: a confirmation page, then a POST.
    "reminders:action": public(GET, POST),
    # allauth's anonymous pages.
    "account_login": public(GET, POST),
    "account_logout": public(GET, POST),  # anonymous visitors are sent home
    "account_inactive": public(GET),
    "account_signup": public(GET, POST),
    "account_email_verification_sent": public(GET),
    "account_confirm_email": public(GET, POST),
    "account_confirm_login_code": public(GET, POST),  # login by code is off: to login
    "account_reset_password": public(GET, POST),
    "account_reset_password_done": public(GET),
    "account_reset_password_from_key": public(GET, POST),
    "account_reset_password_from_key_done": public(GET),
    # allauth's member pages.
    "account_reauthenticate": member(GET, POST),
    # Confirm it is you with a code sent to your verified address (rate-limited).
    "account_request_reauthentication_code": member(GET, POST),
    "account_confirm_reauthentication_code": member(GET, POST),  # without a code: back
    "account_email": member(GET, POST),
    "account_change_password": member(GET, POST),
    "account_set_password": member(GET, POST),
    # The member's own account (apps.accounts).
    "accounts:settings": member(GET, POST),
    "accounts:calendar": member(GET, POST),  # GET only points back to the settings
    "accounts:export": member(GET),
    "accounts:export_download": member(GET),
    "accounts:delete": member(GET, POST),  # asks for the password again first
    # Plans.
    "plans:dashboard": member(GET),
    "plans:new": member(GET, POST),
    "plans:summary": member(GET),
    "plans:situation": member(GET, POST),
    "plans:reasons": member(GET, POST),
    "plans:door_open": member(GET, POST),
    "plans:conversation": member(GET, POST),
    "plans:email": member(GET, POST),
    "plans:reconnect": member(GET, POST),
    "plans:tone_check": member(POST, changes=False),
    "plans:archive": member(POST),
    "plans:delete": member(GET, POST),
    # Reminders.
    "reminders:calendar_link": member(GET),  # moved to the settings: a redirect
    "reminders:download": member(GET),
    "reminders:edit": member(GET, POST),
    "reminders:tone_check": member(POST, changes=False),
    "reminders:done": member(GET, POST),
    "reminders:snooze": member(POST),
    "reminders:drop": member(POST),
    "reminders:schedule": member(POST),
    "reminders:add": member(POST),
    # Two-factor and passkeys (allauth.mfa). Changing a factor asks to confirm it is you.
    "mfa_index": member(GET),
    # The second step of signing in: anonymous until the code or key is given.
    "mfa_authenticate": public(GET, POST),
    "mfa_reauthenticate": member(GET, POST),
    "mfa_activate_totp": member(GET, POST),
    "mfa_deactivate_totp": member(GET, POST),
    "mfa_view_recovery_codes": member(GET),
    "mfa_generate_recovery_codes": member(GET, POST),
    "mfa_download_recovery_codes": member(GET),
    "mfa_list_webauthn": member(GET),
    "mfa_add_webauthn": member(GET, POST),
    "mfa_reauthenticate_webauthn": member(GET, POST),
    "mfa_remove_webauthn": member(GET, POST),
    "mfa_edit_webauthn": member(GET, POST),
    # Signing in with a passkey alone: anonymous by nature.
    "mfa_login_webauthn": public(GET, POST),
    # Where you are signed in (allauth.usersessions): ending the others is a POST.
    "usersessions_list": member(GET, POST),
}

# Route parameters that name a member's own row, and the world's object each one takes.
OWNED_PARAMS: dict[str, str] = {
    "plan_id": "plan",
    "reminder_id": "reminder",
    "pk": "security_key",  # a passkey or security key (allauth.mfa)
}
# Parameters that name no member's row: the world's value (an attribute) or a literal.
OTHER_PARAMS: dict[str, str] = {"token": "@feed_token", "key": "not-a-real-key", "uidb36": "1"}

# Query strings a route needs to do its work (the signed link's token).
QUERIES: dict[str, str] = {"reminders:action": "@action_query"}


def unknown_route_message(route: Route) -> str:
    return (
        f"Route {route.name!r} (/{route.pattern}) is not in the security matrix. Classify it "
        "in ROUTES in tests/security/conftest.py: public(...) or member(...), with the methods "
        "it answers; if it takes a parameter naming a member's row, add the parameter to "
        "OWNED_PARAMS."
    )


def rule_for(route: Route) -> Rule:
    if route.name not in ROUTES:
        pytest.fail(unknown_route_message(route))
    return ROUTES[route.name]


def routes(predicate=lambda route, rule: True) -> list[Any]:
    """Site routes whose rule matches, as pytest params; unknown routes are kept (they fail)."""
    chosen = []
    for route in SITE_ROUTES:
        rule = ROUTES.get(route.name)
        if rule is None or predicate(route, rule):
            chosen.append(pytest.param(route, id=route.name))
    return chosen


def owned(route: Route) -> bool:
    return any(param in OWNED_PARAMS or param in route.uuid_params for param in route.params)


# The world: members with every kind of row, each holding strings only they have.


@dataclass
class World:
    user: User
    client: Client
    plan: DeclinePlan
    archived_plan: DeclinePlan
    reason: PlanReason
    reminder: Reminder
    closed_reminder: Reminder
    contact: ContactLog
    feed_token: str
    security_key: Authenticator
    # Strings that appear only in this member's rows: nobody else may ever see them.
    secrets: list[str] = field(default_factory=list)

    @property
    def action_query(self) -> str:
        return f"t={services.action_token(self.reminder, 'done')}"

    def value(self, spec: str) -> str:
        return str(getattr(self, spec[1:])) if spec.startswith("@") else spec


def signed_in_client(user: User, **client_options) -> Client:
    """A client signed in as `user` who has just confirmed it's them with the password, so
    the pages that ask "confirm it's you" first (the email, the password, two-step
    sign-in) answer for real: with the member's own page, or 404 for someone else's row."""
    client = Client(**client_options)
    client.force_login(user)
    # Recorded the way allauth records it, on a request carrying this client's session.
    request = RequestFactory().get("/")
    request.session = client.session
    record_authentication(request, user, "password", email=user.email, reauthenticated=True)
    request.session.save()
    return client


def build_world(user: User, marker: str) -> World:
    """A member with an active and an archived plan, reasons, reminders and a contact log."""
    plan = DeclinePlan.objects.create(
        owner=user,
        situation=Situation.OFFER,
        organisation=f"{marker} Logistics",
        role=f"{marker} Analyst",
        contact_name=f"{marker} Contact",
        contact_role="Head of Talent",
        contact_email=f"contact@{marker.lower()}.example",
        contact_phone="+32 470 12 34 56",
        decided_on=timezone.localdate() - timedelta(days=3),
        stay_in_touch=f"{marker} stays in touch",
        conversation_notes=f"{marker} conversation notes",
        completed_steps=[Step.SITUATION, Step.REASONS],
    )
    archived = DeclinePlan.objects.create(
        owner=user,
        situation=Situation.PROMOTION,
        organisation=f"{marker} Archived Holdings",
        archived_at=timezone.now(),
    )
    reason = plan.reasons.create(
        title=f"{marker} reason",
        phrasing=f"{marker} shared phrasing",
        private_note=f"{marker} private health note",
        order=1,
    )
    reminder = make_reminder(plan, title=f"{marker} reminder", opener=f"{marker} opener")
    closed = make_reminder(plan, title=f"{marker} closed reminder")
    services.reminder_mark_done(
        reminder=closed, on=timezone.localdate(), channel="call", note=f"{marker} contact note"
    )
    token = services.calendar_token_regenerate(user=user)
    security_key = make_security_key(user, f"{marker} security key")
    # An authenticator app and recovery codes too, so every two-step page has something
    # of this member's to show (and to keep from anyone else).
    TOTP.activate(user, generate_totp_secret())
    RecoveryCodes.activate(user)
    client = signed_in_client(user)
    return World(
        user=user,
        client=client,
        plan=plan,
        archived_plan=archived,
        reason=reason,
        reminder=reminder,
        closed_reminder=closed,
        contact=closed.contacts.get(),
        feed_token=token,
        security_key=security_key,
        secrets=[
            f"{marker} security key",
            user.email,
            f"{marker} Logistics",
            f"{marker} Archived Holdings",
            f"contact@{marker.lower()}.example",
            f"{marker} private health note",
            f"{marker} reminder",
            f"{marker} contact note",
            f"{marker} conversation notes",
            str(plan.pk),
            str(reminder.pk),
        ],
    )


@pytest.fixture
def content(db) -> dict[str, Any]:
    """Published advice the builder offers: a reason and a reconnect idea for offers."""
    return {
        "reason": Reason.objects.create(
            slug="commute",
            applies_to=AppliesTo.BOTH,
            title="Location and commute",
            explanation="Why it matters.",
            phrasings="The commute would be hard to combine with family life",
            status=Status.PUBLISHED,
        ),
        "idea": ReconnectIdea.objects.create(
            slug="event",
            applies_to=AppliesTo.BOTH,
            title="Meet at an industry event",
            opener="Will you be at the summit?",
            default_days_after=90,
            status=Status.PUBLISHED,
        ),
    }


@pytest.fixture
def world(alice, content) -> World:
    return build_world(alice, "Alicia")


@pytest.fixture
def colleague_world(db, content) -> World:
    """Another member with data of their own, to look for Alice's rows in their pages."""
    return build_world(make_member("colleague@example.com", display_name="Colin"), "Colin")


@pytest.fixture
def superuser(db) -> User:
    user = make_member("root@example.com", display_name="Root")
    user.is_staff = user.is_superuser = True
    user.save(update_fields=["is_staff", "is_superuser"])
    return user


def kwargs_for(route: Route, world: World, *, missing: bool = False) -> dict[str, str]:
    """URL arguments aiming the route at the world's rows (or at rows that do not exist)."""
    kwargs = {}
    for param in route.params:
        if param in OWNED_PARAMS:
            row = getattr(world, OWNED_PARAMS[param])
            if missing:
                # A UUID for Ajar's rows; allauth's keys are numbered (<int:pk>).
                kwargs[param] = "987654321" if isinstance(row.pk, int) else str(uuid.uuid4())
            else:
                kwargs[param] = str(row.pk)
        elif param in OTHER_PARAMS:
            kwargs[param] = world.value(OTHER_PARAMS[param])
        else:
            pytest.fail(
                f"Route {route.name!r} (/{route.pattern}) takes {param!r}, which the security "
                "matrix does not know. If it names a member's row, add it to OWNED_PARAMS in "
                "tests/security/conftest.py (and give the world that row); otherwise add it "
                "to OTHER_PARAMS with a value that reaches the view."
            )
    return kwargs


def url_for(route: Route, world: World, *, missing: bool = False) -> str:
    path = reverse(route.name, kwargs=kwargs_for(route, world, missing=missing) or None)
    query = QUERIES.get(route.name)
    return f"{path}?{world.value(query)}" if query else path


# What each route's POST carries: enough to change something if the view accepted it.


def post_data(route: Route, world: World, content: dict[str, Any]) -> dict[str, Any]:
    today = timezone.localdate()
    later = (today + timedelta(days=30)).isoformat()
    idea = content["idea"]
    return {
        "plans:new": {"situation": "offer", "organisation": "Posted Org"},
        "plans:situation": {
            "situation": "offer",
            "organisation": "Posted Org",
            "contact_email": "posted@example.com",
            "action": "save",
        },
        "plans:reasons": {
            "action": "add-own",
            "reasons-TOTAL_FORMS": "0",
            "reasons-INITIAL_FORMS": "0",
            "own-title": "Posted reason",
            "own-phrasing": "Posted phrasing",
        },
        "plans:door_open": {
            "stay_in_touch": "Posted",
            "reconsider_if": "Posted",
            "action": "save",
        },
        "plans:conversation": {"conversation_notes": "Posted notes", "action": "save"},
        "plans:email": {"email_subject": "Posted", "email_body": "Posted body", "action": "save"},
        "plans:reconnect": {"action": "next"},
        "plans:tone_check": {"field": "email_body", "email_body": "the salary is too low"},
        "plans:archive": {},
        "plans:delete": {},
        "reminders:edit": {"title": "Posted title", "local_date": later, "local_time": "10:00"},
        "reminders:tone_check": {"opener": "your offer was a joke"},
        "reminders:done": {"on": today.isoformat(), "channel": "call", "note": "Posted note"},
        "reminders:snooze": {"days": "7"},
        "reminders:drop": {},
        "reminders:schedule": {"idea": [str(idea.pk)], f"date-{idea.pk}": later},
        "reminders:add": {"add-title": "Posted reminder", "add-local_date": later},
        "reminders:calendar_link": {},
        "reminders:action": {"t": services.action_token(world.reminder, "done")},
        "mfa_edit_webauthn": {"name": "Posted key name"},
        "mfa_remove_webauthn": {},
    }.get(route.name, {"action": "save"})


# The database, as a stranger's request must leave it.

OWNED_MODELS = [User, EmailAddress, Authenticator, DeclinePlan, PlanReason, Reminder, ContactLog]


def snapshot() -> dict[str, list[dict[str, Any]]]:
    """Every member row in the database: a request that must change nothing leaves it equal.

    One exception, allauth's: showing the recovery codes notes when they were last shown
    (`viewed_at` in their data, for its show-them-once option, which Ajar leaves off).
    It changes nothing the member has or can do, so it is left out here."""
    rows = {
        model._meta.label: list(model.objects.order_by("pk").values()) for model in OWNED_MODELS
    }
    for row in rows[Authenticator._meta.label]:
        row["data"] = {key: value for key, value in row["data"].items() if key != "viewed_at"}
    return rows


def login_redirect(response) -> bool:
    """What @login_required answers: a redirect to the login page that comes back after."""
    location = response.get("Location", "")
    return response.status_code == 302 and location.startswith(f"{LOGIN_PATH}?next=")


NONCE = re.compile(r"'nonce-([\w+/=-]+)'")


def csp_nonce(response) -> str | None:
    match = NONCE.search(response.get("Content-Security-Policy", ""))
    return match.group(1) if match else None
