"""The "Content editors" group, kept in place after every migrate and every flush.

The data migration 0002 creates the group on a new database. A flush (``manage.py
flush``, or the end of a transactional test) empties every table and then sends
``post_migrate`` again, which is how Django gets its permissions back; this handler
does the same for the group. It only creates the group when it is missing, so a group
that staff have adjusted in the admin is left as they made it.
"""

from __future__ import annotations

from django.apps import AppConfig
from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db.models import Q

CONTENT_EDITORS = "Content editors"

# app label → the curated models an editor manages in it (as in migration 0002).
CURATED_MODELS = {
    "reasons": ["reason", "reframe"],
    "scripts": ["scripttemplate"],
    "reminders": ["reconnectidea"],
    "guide": ["steptip"],
}
ACTIONS = ["add", "change", "delete", "view"]


def ensure_content_editors_group(
    sender: AppConfig, *, using: str = "default", apps=global_apps, **kwargs
) -> None:
    """post_migrate receiver: create the group with its permissions if it is missing."""
    Group = apps.get_model("auth", "Group")
    if Group.objects.using(using).filter(name=CONTENT_EDITORS).exists():
        return
    for app_label in CURATED_MODELS:
        # Idempotent: it skips permissions that already exist.
        create_permissions(
            global_apps.get_app_config(app_label), verbosity=0, using=using, apps=apps
        )
    Permission = apps.get_model("auth", "Permission")
    wanted = Q()
    for app_label, model_names in CURATED_MODELS.items():
        for model_name in model_names:
            wanted |= Q(
                content_type__app_label=app_label,
                content_type__model=model_name,
                codename__in=[f"{action}_{model_name}" for action in ACTIONS],
            )
    group = Group.objects.using(using).create(name=CONTENT_EDITORS)
    group.permissions.set(Permission.objects.using(using).filter(wanted))
