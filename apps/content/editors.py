"""The "Content editors" group: add, change, delete and view the curated advice, nothing else.

One definition, this post_migrate receiver. It runs after every migrate (when Django has
just made the permissions) and after every flush (``manage.py flush``, or the end of a
transactional test, which empties the tables and sends post_migrate again). It only
creates the group when it is missing, so a group that staff adjusted in the admin is left
as they made it. Which models are curated is read from the models themselves: every
concrete subclass of CuratedContent, so a new kind of content cannot be forgotten.

The history of each item and reverting to a version ask for the item's own change
permission (apps/content/admin/history.py), so the group needs nothing more: the
Historical* models' permissions are never granted, and nothing here reaches members.
"""

from __future__ import annotations

from django.apps import AppConfig
from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db.models import Q

from apps.content.models import curated_models

CONTENT_EDITORS = "Content editors"
ACTIONS = ["add", "change", "delete", "view"]


def ensure_content_editors_group(
    sender: AppConfig, *, using: str = "default", apps=global_apps, **kwargs
) -> None:
    """post_migrate receiver: create the group with its permissions if it is missing."""
    Group = apps.get_model("auth", "Group")
    if Group.objects.using(using).filter(name=CONTENT_EDITORS).exists():
        return
    models = curated_models()
    for app_label in {model._meta.app_label for model in models}:
        # Idempotent: it skips permissions that already exist.
        create_permissions(
            global_apps.get_app_config(app_label), verbosity=0, using=using, apps=apps
        )
    Permission = apps.get_model("auth", "Permission")
    wanted = Q()
    for model in models:
        wanted |= Q(
            content_type__app_label=model._meta.app_label,
            content_type__model=model._meta.model_name,
            codename__in=[f"{action}_{model._meta.model_name}" for action in ACTIONS],
        )
    group = Group.objects.using(using).create(name=CONTENT_EDITORS)
    group.permissions.set(Permission.objects.using(using).filter(wanted))
