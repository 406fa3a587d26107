"""What tests share: builders for members, plans and content, and request helpers.

The one module test packages import from (never another package's conftest or test
module: tests/test_layout.py checks). Fixtures live in the conftest files; the builders
they use live here. Everything is built explicitly, with published content by default.
"""

from __future__ import annotations

import os
import secrets
import smtplib
import subprocess
import sys
import threading
import time as clock
from datetime import date, time, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from django.contrib.messages import get_messages
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone, translation

from apps.accounts.models import User
from apps.content.models import ReconnectIdea, Situation, Status, Step, StepTip
from apps.plans.models import DeclinePlan, PlanReason
from apps.reasons.models import Reason, Reframe
from apps.reminders.models import Reminder
from apps.scripts.models import ScriptTemplate

PASSWORD = "correct-horse-battery-staple"
# What htmx sends with every request it makes.
HTMX = {"HTTP_HX_REQUEST": "true"}


# Members and their plans


def make_member(email: str, *, display_name: str = "") -> User:
    """A member whose email allauth considers verified, as after a real sign-up."""
    from allauth.account.models import EmailAddress

    user = User.objects.create_user(email=email, password=PASSWORD, display_name=display_name)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def make_plan(owner: User, **fields: Any) -> DeclinePlan:
    """An offer plan as the builder leaves it after the first step."""
    defaults = {
        "situation": Situation.OFFER,
        "organisation": "Northwind Logistics",
        "role": "Senior Data Analyst",
        "contact_name": "Claire Dubois",
        "contact_role": "Head of Talent",
        "contact_email": "claire@northwind.example",
        "completed_steps": [Step.SITUATION],
    }
    return DeclinePlan.objects.create(owner=owner, **(defaults | fields))


def add_reason(plan: DeclinePlan, title: str, **fields: Any) -> PlanReason:
    defaults = {
        "phrasing": f"{title} matters to me at this point",
        "order": plan.reasons.count() + 1,
    }
    return plan.reasons.create(title=title, **(defaults | fields))


def upcoming(days: int) -> date:
    return timezone.localdate() + timedelta(days=days)


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


# Curated content (published unless told otherwise)


def make_reason(slug: str, applies_to: str, title: str, **fields: Any) -> Reason:
    defaults = {
        "status": Status.PUBLISHED,
        "order": 10,
        "explanation": f"Why {title.lower()} is a fair reason.",
        "phrasings": f"First way to say {slug}.\nSecond way to say {slug}.",
        "phrasings_to_avoid": f"Blunt way to say {slug}.",
    }
    # Plain field names are English whatever language a test has active.
    with translation.override("en"):
        return Reason.objects.create(
            slug=slug, applies_to=applies_to, title=title, **(defaults | fields)
        )


def make_reframe(
    slug: str, applies_to: str, blunt: str, alternative: str | None = None, **fields: Any
) -> Reframe:
    defaults = {"status": Status.PUBLISHED, "why": "It speaks about you, not about them."}
    return Reframe.objects.create(
        slug=slug,
        applies_to=applies_to,
        blunt=blunt,
        alternative=alternative or f"A kinder way than {blunt}",
        **(defaults | fields),
    )


def make_script(slug: str, kind: str, applies_to: str, body: str, **fields: Any) -> ScriptTemplate:
    defaults = {"status": Status.PUBLISHED, "name": slug, "subject": "", "order": 10}
    # Plain field names are English whatever language a test has active.
    with translation.override("en"):
        return ScriptTemplate.objects.create(
            slug=slug, kind=kind, applies_to=applies_to, body=body, **(defaults | fields)
        )


def make_tip(slug: str, step: str, applies_to: str, title: str, **fields: Any) -> StepTip:
    defaults = {"status": Status.PUBLISHED, "body": f"{title}: first paragraph."}
    # Plain field names are English whatever language a test has active.
    with translation.override("en"):
        return StepTip.objects.create(
            slug=slug, step=step, applies_to=applies_to, title=title, **(defaults | fields)
        )


def make_idea(slug: str, applies_to: str, days: int, **fields: Any) -> ReconnectIdea:
    defaults = {
        "status": Status.PUBLISHED,
        "order": 10,
        "title": f"Idea {slug}",
        "opener": f"Opener for {slug}.",
        "detail": "",
    }
    # Plain field names are English whatever language a test has active.
    with translation.override("en"):
        return ReconnectIdea.objects.create(
            slug=slug, applies_to=applies_to, default_days_after=days, **(defaults | fields)
        )


# Mail servers (a test swaps one in through settings.MAILERS with use_mailer)


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


# Ajar started as production starts it, in a process of its own

ROOT = Path(__file__).resolve().parent.parent


def production_env(**overrides: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTEST_VERSION", "DEBUG"}}
    env.update(
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="ajar.example",
        CSRF_TRUSTED_ORIGINS="https://ajar.example",
        SECURE_PROXY_SSL_HEADER="true",
        EMAIL_HOST="smtp.ajar.example",
        SITE_URL="https://ajar.example",
    )
    env.update(overrides)
    return env


def run_manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


# Requests and responses


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


def assert_builder_fragment(response) -> str:
    """An htmx answer from the plan builder: its `builder` partial alone."""
    html = assert_fragment(response)
    assert 'id="builder"' in html
    return html


class _FormReader(HTMLParser):
    """Reads what a browser would submit from a page: inputs, ticked boxes, textareas."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.values: dict[str, list[str]] = {}
        self._textarea: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {key: value or "" for key, value in attrs}
        name = attributes.get("name")
        if tag == "textarea" and name:
            self._textarea = name
            self.values.setdefault(name, []).append("")
        elif tag == "input" and name:
            kind = attributes.get("type", "text")
            if kind in {"checkbox", "radio"} and "checked" not in attributes:
                return
            if kind != "submit":
                default = "on" if kind in {"checkbox", "radio"} else ""
                self.values.setdefault(name, []).append(attributes.get("value", default))

    def handle_data(self, data: str) -> None:
        if self._textarea:
            self.values[self._textarea][-1] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "textarea" and self._textarea:
            # Browsers drop the one newline Django writes after <textarea>.
            text = self.values[self._textarea][-1]
            self.values[self._textarea][-1] = text.removeprefix("\n")
            self._textarea = None


def form_values(response) -> dict[str, str | list[str]]:
    """The values the page's form fields hold: a list where a name repeats."""
    reader = _FormReader()
    reader.feed(response.content.decode())
    return {
        name: values[0] if len(values) == 1 else values for name, values in reader.values.items()
    }


# Processes of their own (a sender, a web server) and what they connect to


def free_port() -> int:
    """A port on loopback nobody listens on (for an SMTP sink or a web server)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def suite_database_url() -> str:
    """The running suite's PostgreSQL test database, for a process of its own (rows it
    is to see must be committed: transaction=True)."""
    from urllib.parse import quote

    from django.db import connection

    db = connection.settings_dict
    password = f":{quote(db['PASSWORD'], safe='')}" if db["PASSWORD"] else ""
    host = f"{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"
    return f"postgres://{db['USER']}{password}@{host}/{db['NAME']}"


def admin_form_data(item, **changes: Any) -> dict[str, Any]:
    """An item's admin change form as an editor posts it: every field as saved (empty
    for a missing translation), with `changes` typed over it. A translated field named
    plainly (`title=`) is its English column, as the admin shows it (`title_en`)."""
    from django.forms.models import model_to_dict

    from apps.content.languages import SOURCE, column, translated_fields

    fields = translated_fields(item)
    data = {name: "" if value is None else value for name, value in model_to_dict(item).items()}
    for name in fields:
        data.pop(name, None)
    for name, value in changes.items():
        data[column(name, SOURCE) if name in fields else name] = value
    return data


# Signing in with a second factor (allauth.mfa)

MFA_AUTHENTICATE_URL = "/accounts/2fa/authenticate/"


def totp_code(secret: str, *, periods_from_now: int = 0) -> str:
    """The code an authenticator app shows for `secret`, computed with allauth's own
    HOTP. Waits out the last second of a period, so the code is still valid when posted
    (allauth accepts the current period only: MFA_TOTP_TOLERANCE is 0)."""
    from allauth.mfa import app_settings
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    period = app_settings.TOTP_PERIOD
    if clock.time() % period > period - 1:
        clock.sleep(1.1)
    counter = int(clock.time()) // period + periods_from_now
    return format_hotp_value(hotp_value(secret, counter))


def totp_secret_of(user: User) -> str:
    """The secret allauth stored when the member activated their authenticator app."""
    from allauth.mfa.models import Authenticator
    from allauth.mfa.utils import decrypt

    authenticator = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP)
    return decrypt(authenticator.data["secret"])


def sign_in(client, email: str, password: str = PASSWORD):
    """Signs in through the login page, as a member does; where allauth then asks for the
    second factor, answers with the authenticator app's current code, or (that code being
    spent already: allauth takes each once) an unused recovery code. Returns the answer
    to the last post."""
    from allauth.mfa.models import Authenticator

    response = client.post("/accounts/login/", {"login": email, "password": password})
    if response.status_code != 302 or response["Location"] != MFA_AUTHENTICATE_URL:
        return response
    user = User.objects.get(email=email)
    response = client.post(MFA_AUTHENTICATE_URL, {"code": totp_code(totp_secret_of(user))})
    if response.status_code == 200:
        codes = Authenticator.objects.get(user=user, type=Authenticator.Type.RECOVERY_CODES)
        code = codes.wrap().get_unused_codes()[0]
        response = client.post(MFA_AUTHENTICATE_URL, {"code": code})
    return response


# Security keys without a browser: allauth's WebAuthn pages and fido2 checks, for real


class SoftwareKey:
    """A security key as fido2 checks one: a P-256 key pair and a "none" attestation."""

    def __init__(self) -> None:
        from cryptography.hazmat.primitives.asymmetric import ec

        self.private_key = ec.generate_private_key(ec.SECP256R1())
        self.credential_id = os.urandom(32)

    def register(
        self,
        creation_options: dict | None = None,
        *,
        origin: str = "http://testserver",
        passkey: bool = False,
    ) -> dict:
        """What navigator.credentials.create() returns, as allauth's script posts it, for
        the options allauth gave the page (by default a challenge of no page's)."""
        import hashlib

        from fido2.cose import ES256
        from fido2.utils import websafe_decode, websafe_encode
        from fido2.webauthn import (
            AttestationObject,
            AttestedCredentialData,
            AuthenticatorData,
            CollectedClientData,
        )

        if creation_options is None:
            creation_options = {"publicKey": {"challenge": os.urandom(32), "rp": {}}}
        options = creation_options["publicKey"]
        challenge = options["challenge"]
        if isinstance(challenge, str):
            challenge = websafe_decode(challenge)
        client_data = CollectedClientData.create(
            type="webauthn.create", challenge=challenge, origin=origin
        )
        credential = AttestedCredentialData.create(
            b"\0" * 16,
            self.credential_id,
            ES256.from_cryptography_key(self.private_key.public_key()),
        )
        auth_data = AuthenticatorData.create(
            hashlib.sha256(options["rp"].get("id", "testserver").encode()).digest(),
            AuthenticatorData.FLAG.UP | AuthenticatorData.FLAG.AT,
            0,
            credential,
        )
        attestation = AttestationObject.create("none", auth_data, {})
        return {
            "id": websafe_encode(self.credential_id),
            "rawId": websafe_encode(self.credential_id),
            "type": "public-key",
            "authenticatorAttachment": "cross-platform",
            "response": {
                "clientDataJSON": websafe_encode(bytes(client_data)),
                "attestationObject": websafe_encode(bytes(attestation)),
            },
            "clientExtensionResults": {"credProps": {"rk": passkey}},
        }


def make_security_key(user: User, name: str, *, passwordless: bool = False):
    """A passkey or security key on the member's account, stored as allauth stores one
    after the browser registered it (SoftwareKey's credential, no page involved)."""
    from allauth.mfa.models import Authenticator

    credential = SoftwareKey().register(passkey=passwordless)
    return Authenticator.objects.create(
        user=user,
        type=Authenticator.Type.WEBAUTHN,
        data={"name": name, "credential": credential, "passwordless": passwordless},
    )


def signed_in(client) -> bool:
    """Whether the client's session still signs it in: the dashboard answers, or sends it
    to the sign-in page."""
    response = client.get("/plans/")
    if response.status_code == 302:
        assert response["Location"] == login_url_for("/plans/")
        return False
    assert response.status_code == 200
    return True
