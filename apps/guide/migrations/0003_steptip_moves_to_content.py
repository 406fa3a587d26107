"""StepTip now lives in apps.content (its table, guide_steptip, stays: state only)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("guide", "0002_content_editors_group"),
        ("content", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="StepTip")],
            database_operations=[],
        ),
    ]
