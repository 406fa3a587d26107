"""The Content editors group survives a flush: post_migrate puts it back."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from apps.content.editors import CONTENT_EDITORS


def permission_names(group: Group) -> set[str]:
    return set(group.permissions.values_list("codename", flat=True))


@pytest.mark.django_db(transaction=True)
def test_a_flush_puts_the_group_back_with_the_content_permissions_only():
    call_command("flush", interactive=False, verbosity=0)

    group = Group.objects.get(name=CONTENT_EDITORS)
    assert permission_names(group) == {
        f"{action}_{model}"
        for model in [
            "reason",
            "reframe",
            "tonetopic",
            "tonecue",
            "scripttemplate",
            "reconnectidea",
            "steptip",
        ]
        for action in ["add", "change", "delete", "view"]
    }


@pytest.mark.django_db(transaction=True)
def test_a_group_staff_adjusted_is_left_as_they_made_it():
    group = Group.objects.get(name=CONTENT_EDITORS)
    group.permissions.remove(*group.permissions.filter(codename__startswith="delete_"))

    call_command("migrate", verbosity=0)

    group.refresh_from_db()
    assert not any(name.startswith("delete_") for name in permission_names(group))
    assert "change_reason" in permission_names(group)
