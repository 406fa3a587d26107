"""allauth's login form in Ajar's words (ACCOUNT_FORMS).

A module of its own: allauth's forms module imports apps.accounts.forms for the sign-up
details (ACCOUNT_SIGNUP_FORM_CLASS), so that module must not import allauth's forms.
"""

from __future__ import annotations

from allauth.account.forms import LoginForm
from django.utils.translation import gettext_lazy as _

from apps.accounts.emails import canonical_email


class MemberLoginForm(LoginForm):
    """The "remember" box says what it does."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if "remember" in self.fields:
            self.fields["remember"].label = _("Keep me signed in on this device")

    def clean_login(self) -> str:
        """The address as sign-up stored it, however it was typed."""
        return canonical_email(super().clean_login())
