"""Report, without changing anything, stored addresses that the canonical spelling makes
one (apps/accounts/emails.py). Merging accounts is a person's decision, not a migration's.
`manage.py report_email_collisions` prints the same report at any time."""

from __future__ import annotations

import logging

from django.db import migrations

from apps.accounts.emails import stored_spelling_report

logger = logging.getLogger(__name__)


def report_email_collisions(apps, schema_editor) -> None:
    needs_review, lines = stored_spelling_report(
        member_model=apps.get_model("accounts", "User"),
        address_model=apps.get_model("account", "EmailAddress"),
    )
    for line in lines:
        logger.log(logging.WARNING if needs_review else logging.INFO, line)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_reminder_emails_and_calendar_token"),
        ("account", "0009_emailaddress_unique_primary_email"),
    ]

    operations = [
        migrations.RunPython(report_email_collisions, migrations.RunPython.noop, elidable=True),
    ]
