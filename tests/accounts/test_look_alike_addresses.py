"""A look-alike spelling of a member's address never opens a second account."""

from __future__ import annotations

import pytest
from django.core import mail

from apps.accounts.emails import canonical_email
from apps.accounts.models import User
from tests.helpers import PASSWORD

pytestmark = pytest.mark.django_db

LOOK_ALIKES = [
    "alice@\uff45\uff58\uff41\uff4d\uff50\uff4c\uff45.com",  # full-width letters
    "alice@exam\u200bple.com",  # zero-width space
    "alice@exam\u00adple.com",  # soft hyphen
    "\ufeffAlice@Example.com",  # byte-order mark, capitals
    "ali\u2060ce@example.com",  # word joiner
]


@pytest.mark.parametrize("address", LOOK_ALIKES)
def test_it_folds_a_look_alike_to_the_real_address(address):
    assert canonical_email(address) == "alice@example.com"


def test_it_keeps_a_plain_address_as_it_is():
    assert canonical_email("noor.el-amrani+ajar@example.be") == "noor.el-amrani+ajar@example.be"


@pytest.mark.parametrize("address", LOOK_ALIKES)
def test_signing_up_with_a_look_alike_makes_no_second_account(client, alice, address):
    client.post(
        "/accounts/signup/",
        {
            "email": address,
            "password1": PASSWORD,
            "password2": PASSWORD,
            "display_name": "Mallory",
            "time_zone": "Europe/Brussels",
        },
    )
    assert User.objects.count() == 1
    # allauth answers as for any taken address (no enumeration): a note to the owner,
    # never a confirmation link for a second account.
    assert all("confirm-email" not in message.body for message in mail.outbox)


@pytest.mark.parametrize("address", LOOK_ALIKES)
def test_adding_a_look_alike_is_the_same_as_adding_the_real_address(
    stranger_client, alice, address
):
    """Stored as the real address, so allauth's rules for a taken address apply: it stays
    unverified, and no look-alike spelling ever reaches the database."""
    from allauth.account.models import EmailAddress

    stranger_client.post("/accounts/reauthenticate/", {"password": PASSWORD})
    stranger_client.post("/accounts/email/", {"action_add": "", "email": address})
    added = EmailAddress.objects.filter(user__email="mallory@example.com").exclude(
        email="mallory@example.com"
    )
    assert [(a.email, a.verified) for a in added] in ([], [("alice@example.com", False)])
    assert EmailAddress.objects.filter(email="alice@example.com", verified=True).count() == 1


def test_a_member_can_sign_in_with_a_look_alike_of_their_address(client, alice):
    response = client.post("/accounts/login/", {"login": LOOK_ALIKES[0], "password": PASSWORD})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(alice.pk)
