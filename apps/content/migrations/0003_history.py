"""Revision history for every kind of curated content here: one Historical<Model>
table each (django-simple-history), and a first version for the items already there."""

import django.core.validators
import django.db.models.deletion
import simple_history.models
from django.conf import settings
from django.db import migrations, models

from apps.content.history import begin_history


class Migration(migrations.Migration):

    dependencies = [
        ('content', '0002_choices_constraints'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='HistoricalReconnectIdea',
            fields=[
                ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                ('slug', models.SlugField(help_text='A stable name for this item; the starter content is keyed by it.', max_length=80, verbose_name='slug')),
                ('applies_to', models.CharField(choices=[('both', 'Job offer and promotion'), ('offer', 'Job offer'), ('promotion', 'Promotion')], default='both', max_length=12, verbose_name='applies to')),
                ('status', models.CharField(choices=[('draft', 'Draft'), ('published', 'Published')], db_index=True, default='draft', max_length=10, verbose_name='status')),
                ('order', models.PositiveIntegerField(default=100, help_text='Lower numbers come first.', verbose_name='order')),
                ('created', models.DateTimeField(blank=True, editable=False, verbose_name='created')),
                ('updated', models.DateTimeField(blank=True, editable=False, verbose_name='updated')),
                ('title', models.CharField(max_length=120, verbose_name='title')),
                ('opener', models.TextField(help_text='A first line the member could use when getting in touch.', verbose_name='opener')),
                ('detail', models.TextField(blank=True, help_text='Why this works and how to go about it.', verbose_name='detail')),
                ('default_days_after', models.PositiveIntegerField(help_text='From about two weeks (14) to about two years (730).', validators=[django.core.validators.MinValueValidator(7), django.core.validators.MaxValueValidator(800)], verbose_name='default timing (days after the decision)')),
                ('history_id', models.AutoField(primary_key=True, serialize=False)),
                ('history_date', models.DateTimeField(db_index=True)),
                ('history_change_reason', models.CharField(max_length=100, null=True)),
                ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
            ],
            options={
                'verbose_name': 'historical reconnect idea',
                'verbose_name_plural': 'historical reconnect ideas',
                'ordering': ('-history_date', '-history_id'),
                'get_latest_by': ('history_date', 'history_id'),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name='HistoricalStepTip',
            fields=[
                ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                ('slug', models.SlugField(help_text='A stable name for this item; the starter content is keyed by it.', max_length=80, verbose_name='slug')),
                ('applies_to', models.CharField(choices=[('both', 'Job offer and promotion'), ('offer', 'Job offer'), ('promotion', 'Promotion')], default='both', max_length=12, verbose_name='applies to')),
                ('status', models.CharField(choices=[('draft', 'Draft'), ('published', 'Published')], db_index=True, default='draft', max_length=10, verbose_name='status')),
                ('order', models.PositiveIntegerField(default=100, help_text='Lower numbers come first.', verbose_name='order')),
                ('created', models.DateTimeField(blank=True, editable=False, verbose_name='created')),
                ('updated', models.DateTimeField(blank=True, editable=False, verbose_name='updated')),
                ('step', models.CharField(choices=[('situation', 'Situation'), ('reasons', 'Reasons'), ('door-open', 'Keep the door open'), ('conversation', 'Conversation'), ('email', 'Follow-up email'), ('reconnect', 'Reconnect'), ('summary', 'Summary')], max_length=20, verbose_name='builder step')),
                ('title', models.CharField(max_length=120, verbose_name='title')),
                ('body', models.TextField(help_text='A few sentences. Plain text; blank lines separate paragraphs.', verbose_name='body')),
                ('history_id', models.AutoField(primary_key=True, serialize=False)),
                ('history_date', models.DateTimeField(db_index=True)),
                ('history_change_reason', models.CharField(max_length=100, null=True)),
                ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
            ],
            options={
                'verbose_name': 'historical step tip',
                'verbose_name_plural': 'historical step tips',
                'ordering': ('-history_date', '-history_id'),
                'get_latest_by': ('history_date', 'history_id'),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.AddField(
            model_name='historicalreconnectidea',
            name='history_user',
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AddField(
            model_name='historicalsteptip',
            name='history_user',
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
        # Items saved before history began get their first version now.
        begin_history("content.StepTip", "content.ReconnectIdea"),
    ]
