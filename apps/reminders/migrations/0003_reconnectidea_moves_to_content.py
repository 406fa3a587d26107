"""ReconnectIdea now lives in apps.content, away from members' data.

Its table (reminders_reconnectidea) and the reminders' foreign key to it stay as they
are in the database; only Django's state moves.
"""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("reminders", "0002_reminders_and_contact_log"),
        ("content", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="reminder",
                    name="idea",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="content.reconnectidea",
                    ),
                ),
                migrations.DeleteModel(name="ReconnectIdea"),
            ],
            database_operations=[],
        ),
    ]
