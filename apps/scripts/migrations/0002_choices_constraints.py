"""Status, situation (applies_to) and kind hold only the values their TextChoices know
(apps/content/models.py, apps/scripts/models.py): a stray ORM write or SQL update is refused."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("scripts", "0001_initial"),
    ]

    operations = [
        migrations.AddConstraint(
            model_name='scripttemplate',
            constraint=models.CheckConstraint(condition=models.Q(('status__in', ['draft', 'published'])), name='scripts_scripttemplate_status_valid'),
        ),
        migrations.AddConstraint(
            model_name='scripttemplate',
            constraint=models.CheckConstraint(condition=models.Q(('applies_to__in', ['both', 'offer', 'promotion'])), name='scripts_scripttemplate_applies_to_valid'),
        ),
        migrations.AddConstraint(
            model_name='scripttemplate',
            constraint=models.CheckConstraint(condition=models.Q(('kind__in', ['call-script', 'meeting-script', 'follow-up-email', 'reconnect-message'])), name='scripts_scripttemplate_kind_valid'),
        ),
    ]
