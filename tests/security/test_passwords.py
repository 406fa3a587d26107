"""8. Sign-up refuses short and common passwords and accepts long passphrases."""

from __future__ import annotations

import pytest
from django.test import Client

from apps.accounts.models import User

pytestmark = pytest.mark.django_db

EMAIL = "newcomer@example.com"


def sign_up(password: str):
    return Client().post(
        "/accounts/signup/",
        {
            "email": EMAIL,
            "password1": password,
            "password2": password,
            "display_name": "Newcomer",
            "time_zone": "Europe/Brussels",
        },
    )


@pytest.mark.parametrize(
    ("password", "why"),
    [
        ("Tq7#mVz", "at least 8 characters"),
        ("password123", "too common"),
        ("qwertyuiop", "too common"),
        ("4815162342", "entirely numeric"),
    ],
)
def test_it_refuses_a_weak_password(password, why):
    response = sign_up(password)

    assert response.status_code == 200
    assert why in response.content.decode()
    assert not User.objects.filter(email=EMAIL).exists()


def test_it_accepts_a_64_character_passphrase():
    passphrase = "correct horse battery staple, and a long walk on the beach at dawn"[:64]
    assert len(passphrase) == 64

    response = sign_up(passphrase)

    assert response.status_code == 302
    assert User.objects.get(email=EMAIL).check_password(passphrase)
