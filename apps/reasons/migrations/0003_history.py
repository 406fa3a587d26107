"""Revision history for every kind of curated content here: one Historical<Model>
table each (django-simple-history), and a first version for the items already there."""

import django.db.models.deletion
import simple_history.models
from django.conf import settings
from django.db import migrations, models

from apps.content.history import begin_history


class Migration(migrations.Migration):

    dependencies = [
        ('reasons', '0002_choices_constraints'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='HistoricalReason',
            fields=[
                ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                ('slug', models.SlugField(help_text='A stable name for this item; the starter content is keyed by it.', max_length=80, verbose_name='slug')),
                ('applies_to', models.CharField(choices=[('both', 'Job offer and promotion'), ('offer', 'Job offer'), ('promotion', 'Promotion')], default='both', max_length=12, verbose_name='applies to')),
                ('status', models.CharField(choices=[('draft', 'Draft'), ('published', 'Published')], db_index=True, default='draft', max_length=10, verbose_name='status')),
                ('order', models.PositiveIntegerField(default=100, help_text='Lower numbers come first.', verbose_name='order')),
                ('created', models.DateTimeField(blank=True, editable=False, verbose_name='created')),
                ('updated', models.DateTimeField(blank=True, editable=False, verbose_name='updated')),
                ('title', models.CharField(max_length=120, verbose_name='title')),
                ('explanation', models.TextField(help_text='Shown to members choosing reasons, and in the public guide.', verbose_name='why it is a legitimate reason')),
                ('phrasings', models.TextField(help_text='Ready, professional ways to say it. One per line; the first is the default.', verbose_name='phrasings to use')),
                ('phrasings_to_avoid', models.TextField(blank=True, help_text='Blunt or risky ways of saying it. One per line.', verbose_name='phrasings to avoid')),
                ('history_id', models.AutoField(primary_key=True, serialize=False)),
                ('history_date', models.DateTimeField(db_index=True)),
                ('history_change_reason', models.CharField(max_length=100, null=True)),
                ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
            ],
            options={
                'verbose_name': 'historical reason',
                'verbose_name_plural': 'historical reasons',
                'ordering': ('-history_date', '-history_id'),
                'get_latest_by': ('history_date', 'history_id'),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name='HistoricalReframe',
            fields=[
                ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                ('slug', models.SlugField(help_text='A stable name for this item; the starter content is keyed by it.', max_length=80, verbose_name='slug')),
                ('applies_to', models.CharField(choices=[('both', 'Job offer and promotion'), ('offer', 'Job offer'), ('promotion', 'Promotion')], default='both', max_length=12, verbose_name='applies to')),
                ('status', models.CharField(choices=[('draft', 'Draft'), ('published', 'Published')], db_index=True, default='draft', max_length=10, verbose_name='status')),
                ('order', models.PositiveIntegerField(default=100, help_text='Lower numbers come first.', verbose_name='order')),
                ('created', models.DateTimeField(blank=True, editable=False, verbose_name='created')),
                ('updated', models.DateTimeField(blank=True, editable=False, verbose_name='updated')),
                ('blunt', models.CharField(help_text='The words to catch, e.g. “the salary is too low”. Matched as whole words.', max_length=120, verbose_name='blunt wording')),
                ('variants', models.TextField(blank=True, help_text='Other ways the same thing is written, one per line (e.g. “pay is too low”).', verbose_name='variants')),
                ('alternative', models.CharField(max_length=300, verbose_name='professional alternative')),
                ('why', models.CharField(help_text='One short sentence.', max_length=300, verbose_name='why')),
                ('history_id', models.AutoField(primary_key=True, serialize=False)),
                ('history_date', models.DateTimeField(db_index=True)),
                ('history_change_reason', models.CharField(max_length=100, null=True)),
                ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
            ],
            options={
                'verbose_name': 'historical reframe',
                'verbose_name_plural': 'historical reframes',
                'ordering': ('-history_date', '-history_id'),
                'get_latest_by': ('history_date', 'history_id'),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.AddField(
            model_name='historicalreason',
            name='history_user',
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AddField(
            model_name='historicalreframe',
            name='history_user',
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
        # Items saved before history began get their first version now.
        begin_history("reasons.Reason", "reasons.Reframe"),
    ]
