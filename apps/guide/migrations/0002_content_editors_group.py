"""Once made the "Content editors" group; it now has one definition only.

The group is made by the post_migrate receiver in apps/content/editors.py, after every
migrate and every flush. This migration stays, empty, because databases have recorded it.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("guide", "0001_initial"),
    ]

    operations = []
