"""The "Content editors" group: add, change, delete and view the curated advice, nothing else.

Django creates permissions in a post_migrate handler, after every migration has
run, so on a fresh database they do not exist yet when this runs. We create
them first with Django's own create_permissions, against the historical models
of this migration's state; it skips the ones that exist, so running it again
(or post_migrate running it afterwards) changes nothing.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations
from django.db.models import Q

CONTENT_EDITORS = "Content editors"

# app label → the curated models an editor manages in it.
CURATED_MODELS = {
    "reasons": ["reason", "reframe"],
    "scripts": ["scripttemplate"],
    "reminders": ["reconnectidea"],
    "guide": ["steptip"],
}
ACTIONS = ["add", "change", "delete", "view"]


def create_content_editors_group(apps, schema_editor):
    using = schema_editor.connection.alias
    for app_label in CURATED_MODELS:
        # create_permissions only needs the installed app's config to get going
        # (it checks models_module, which the historical stubs lack); it then
        # looks the app up in `apps` and works on the historical models.
        create_permissions(
            global_apps.get_app_config(app_label), verbosity=0, using=using, apps=apps
        )

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    wanted = Q()
    for app_label, model_names in CURATED_MODELS.items():
        for model_name in model_names:
            wanted |= Q(
                content_type__app_label=app_label,
                content_type__model=model_name,
                codename__in=[f"{action}_{model_name}" for action in ACTIONS],
            )
    permissions = list(Permission.objects.using(using).filter(wanted))
    expected = len(ACTIONS) * sum(len(names) for names in CURATED_MODELS.values())
    if len(permissions) != expected:
        raise RuntimeError(
            f"Expected {expected} content permissions for the {CONTENT_EDITORS!r} group, "
            f"found {len(permissions)}."
        )

    group, _ = Group.objects.using(using).get_or_create(name=CONTENT_EDITORS)
    group.permissions.set(permissions)


def remove_content_editors_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.using(schema_editor.connection.alias).filter(name=CONTENT_EDITORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("guide", "0001_initial"),
        ("reasons", "0001_initial"),
        ("reminders", "0001_initial"),
        ("scripts", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(create_content_editors_group, remove_content_editors_group),
    ]
