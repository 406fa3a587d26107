"""Create the database cache table that allauth's rate limits use by default.

A migration (rather than a separate `createcachetable` step) means every
deployment and every test database has it. With REDIS_URL set, it does nothing.
"""

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
