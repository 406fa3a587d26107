"""Status and situation (applies_to) hold only the values their TextChoices know
(apps/content/models.py): a stray ORM write or SQL update is refused by the database."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("reasons", "0001_initial"),
    ]

    operations = [
        migrations.AddConstraint(
            model_name='reason',
            constraint=models.CheckConstraint(condition=models.Q(('status__in', ['draft', 'published'])), name='reasons_reason_status_valid'),
        ),
        migrations.AddConstraint(
            model_name='reason',
            constraint=models.CheckConstraint(condition=models.Q(('applies_to__in', ['both', 'offer', 'promotion'])), name='reasons_reason_applies_to_valid'),
        ),
        migrations.AddConstraint(
            model_name='reframe',
            constraint=models.CheckConstraint(condition=models.Q(('status__in', ['draft', 'published'])), name='reasons_reframe_status_valid'),
        ),
        migrations.AddConstraint(
            model_name='reframe',
            constraint=models.CheckConstraint(condition=models.Q(('applies_to__in', ['both', 'offer', 'promotion'])), name='reasons_reframe_applies_to_valid'),
        ),
    ]
