"""Status, situation (applies_to) and builder step hold only the values their TextChoices
know (apps/content/models.py): a stray ORM write or SQL update is refused by the database."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("content", "0001_initial"),
    ]

    operations = [
        migrations.AddConstraint(
            model_name='reconnectidea',
            constraint=models.CheckConstraint(condition=models.Q(('status__in', ['draft', 'published'])), name='content_reconnectidea_status_valid'),
        ),
        migrations.AddConstraint(
            model_name='reconnectidea',
            constraint=models.CheckConstraint(condition=models.Q(('applies_to__in', ['both', 'offer', 'promotion'])), name='content_reconnectidea_applies_to_valid'),
        ),
        migrations.AddConstraint(
            model_name='steptip',
            constraint=models.CheckConstraint(condition=models.Q(('status__in', ['draft', 'published'])), name='content_steptip_status_valid'),
        ),
        migrations.AddConstraint(
            model_name='steptip',
            constraint=models.CheckConstraint(condition=models.Q(('applies_to__in', ['both', 'offer', 'promotion'])), name='content_steptip_applies_to_valid'),
        ),
        migrations.AddConstraint(
            model_name='steptip',
            constraint=models.CheckConstraint(condition=models.Q(('step__in', ['situation', 'reasons', 'door-open', 'conversation', 'email', 'reconnect', 'summary'])), name='content_steptip_step_valid'),
        ),
    ]
