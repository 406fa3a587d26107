"""Report members whose addresses are one address once spelled canonically."""

from __future__ import annotations

from allauth.account.models import EmailAddress
from django.core.management.base import BaseCommand

from apps.accounts.emails import stored_spelling_report
from apps.accounts.models import User


class Command(BaseCommand):
    help = (
        "List, by member id only, members whose addresses collide once spelled "
        "canonically (apps/accounts/emails.py) and members stored in another spelling. "
        "Changes nothing."
    )

    def handle(self, *args, **options) -> None:
        needs_review, lines = stored_spelling_report(member_model=User, address_model=EmailAddress)
        style = self.style.WARNING if needs_review else self.style.SUCCESS
        for line in lines:
            self.stdout.write(style(line))
