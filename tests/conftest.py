from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from apps.accounts.models import User
from tests.helpers import make_member


@pytest.fixture
def alice(db) -> User:
    return make_member("alice@example.com", display_name="Alice")


@pytest.fixture
def stranger(db) -> User:
    return make_member("mallory@example.com", display_name="Mallory")


@pytest.fixture
def alice_client(alice) -> Client:
    client = Client()
    client.force_login(alice)
    return client


@pytest.fixture
def stranger_client(stranger) -> Client:
    client = Client()
    client.force_login(stranger)
    return client


@pytest.fixture
def editor(db) -> User:
    """A staff member in the Content editors group (apps/content/editors.py): editors
    curate advice in the admin and never see members' plans."""
    user = make_member("editor@example.com", display_name="Eddie")
    user.is_staff = True
    user.save(update_fields=["is_staff"])
    user.groups.add(Group.objects.get(name="Content editors"))
    return user


@pytest.fixture
def editor_client(editor) -> Client:
    client = Client()
    client.force_login(editor)
    return client
