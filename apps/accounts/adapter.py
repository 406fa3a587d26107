"""allauth's account adapter, with Ajar's words where allauth builds them in Python."""

from __future__ import annotations

from allauth.account.adapter import DefaultAccountAdapter
from django.utils.translation import gettext_lazy as _

from apps.accounts.emails import canonical_email, validate_email_spelling

# The buttons that offer another way to confirm it's you (account/base_reauthenticate.html).
REAUTHENTICATION_LABELS = {
    "reauthenticate": _("Use my password"),
    "reauthenticate_by_code": _("Email me a code instead"),
}


class AccountAdapter(DefaultAccountAdapter):
    # Also shown when codes by email are asked for too often, so it names no password.
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "too_many_login_attempts": _(
            "Too many attempts in a short time. Wait a few minutes, then try again."
        ),
    }

    def clean_email(self, email: str) -> str:
        """One spelling per inbox (apps.accounts.emails). allauth calls this for sign-up,
        adding (and so changing) an address and password reset; an error it raises is
        shown next to the email field."""
        validate_email_spelling(email)
        return super().clean_email(canonical_email(email))

    def send_password_reset_mail(self, user, email: str, context: dict) -> None:
        # allauth passes the address as typed; the link goes to the one it matched.
        super().send_password_reset_mail(user, canonical_email(email), context)

    def get_reauthentication_methods(self, user) -> list[dict]:
        methods = super().get_reauthentication_methods(user)
        for method in methods:
            method["description"] = REAUTHENTICATION_LABELS.get(method["id"], method["description"])
        return methods
