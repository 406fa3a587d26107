"""Step tips (from apps.guide) and reconnect ideas (from apps.reminders) move here.

Their tables stay as they are: the models are handed over in Django's state only
(SeparateDatabaseAndState), and the content types follow them, so editors' permissions
and the admin's history keep pointing at the same rows.
"""

import django.core.validators
from django.db import migrations, models

MOVED = [("guide", "steptip"), ("reminders", "reconnectidea")]


def move_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    using = schema_editor.connection.alias
    for old_app, model in MOVED:
        if not ContentType.objects.using(using).filter(app_label="content", model=model).exists():
            ContentType.objects.using(using).filter(app_label=old_app, model=model).update(
                app_label="content"
            )


def restore_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    using = schema_editor.connection.alias
    for old_app, model in MOVED:
        ContentType.objects.using(using).filter(app_label="content", model=model).update(
            app_label=old_app
        )


COMMON_FIELDS = [
    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
    ('slug', models.SlugField(help_text='A stable name for this item; the starter content is keyed by it.', max_length=80, unique=True, verbose_name='slug')),
    ('applies_to', models.CharField(choices=[('both', 'Job offer and promotion'), ('offer', 'Job offer'), ('promotion', 'Promotion')], default='both', max_length=12, verbose_name='applies to')),
    ('status', models.CharField(choices=[('draft', 'Draft'), ('published', 'Published')], db_index=True, default='draft', max_length=10, verbose_name='status')),
    ('order', models.PositiveIntegerField(default=100, help_text='Lower numbers come first.', verbose_name='order')),
    ('created', models.DateTimeField(auto_now_add=True, verbose_name='created')),
    ('updated', models.DateTimeField(auto_now=True, verbose_name='updated')),
]


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("guide", "0002_content_editors_group"),
        ("reminders", "0002_reminders_and_contact_log"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='StepTip',
                    fields=[
                        *COMMON_FIELDS,
                        ('step', models.CharField(choices=[('situation', 'Situation'), ('reasons', 'Reasons'), ('door-open', 'Keep the door open'), ('conversation', 'Conversation'), ('email', 'Follow-up email'), ('reconnect', 'Reconnect'), ('summary', 'Summary')], max_length=20, verbose_name='builder step')),
                        ('title', models.CharField(max_length=120, verbose_name='title')),
                        ('body', models.TextField(help_text='A few sentences. Plain text; blank lines separate paragraphs.', verbose_name='body')),
                    ],
                    options={
                        'verbose_name': 'step tip',
                        'verbose_name_plural': 'step tips',
                        'db_table': 'guide_steptip',
                        'ordering': ['order', 'pk'],
                        'abstract': False,
                    },
                ),
                migrations.CreateModel(
                    name='ReconnectIdea',
                    fields=[
                        *COMMON_FIELDS,
                        ('title', models.CharField(max_length=120, verbose_name='title')),
                        ('opener', models.TextField(help_text='A first line the member could use when getting in touch.', verbose_name='opener')),
                        ('detail', models.TextField(blank=True, help_text='Why this works and how to go about it.', verbose_name='detail')),
                        ('default_days_after', models.PositiveIntegerField(help_text='From about two weeks (14) to about two years (730).', validators=[django.core.validators.MinValueValidator(7), django.core.validators.MaxValueValidator(800)], verbose_name='default timing (days after the decision)')),
                    ],
                    options={
                        'verbose_name': 'reconnect idea',
                        'verbose_name_plural': 'reconnect ideas',
                        'db_table': 'reminders_reconnectidea',
                        'ordering': ['order', 'pk'],
                        'abstract': False,
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_types, restore_content_types),
    ]
