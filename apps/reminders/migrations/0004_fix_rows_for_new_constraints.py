"""Settle rows that the constraints of 0005 would refuse, so that they can be added.

The app itself never writes such rows (every path that marks a reminder sent sets
sent_at; contacts are logged through a form or with "other"), but nothing in the
database stopped a shell session or a hand-written query from doing so until now.
The values are written out here as they are today: a migration must not change
meaning when the models do.
"""

from django.db import migrations
from django.db.models import F

CHANNELS = ["call", "email", "event", "coffee", "message", "other"]


def settle(apps, schema_editor):
    Reminder = apps.get_model("reminders", "Reminder")
    ContactLog = apps.get_model("reminders", "ContactLog")
    # Its last change is the latest it can have been sent.
    Reminder.objects.filter(status="sent", sent_at__isnull=True).update(sent_at=F("updated"))
    ContactLog.objects.exclude(channel__in=CHANNELS).update(channel="other")


class Migration(migrations.Migration):
    dependencies = [
        ("reminders", "0003_reconnectidea_moves_to_content"),
    ]

    operations = [
        migrations.RunPython(settle, migrations.RunPython.noop, elidable=True),
    ]
