from __future__ import annotations

import re

import pytest
from django.core import mail

pytestmark = pytest.mark.django_db

LINK = re.compile(r"https?://[^/\s]+(/accounts/password/reset/key/[^\s]+/)")
NEW_PASSWORD = "a-brand-new-long-passphrase"


def test_it_mails_a_reset_link_that_sets_a_new_password(client, alice):
    response = client.post("/accounts/password/reset/", {"email": alice.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert mail.outbox[0].body.startswith("Hello from Ajar,")
    path = LINK.search(mail.outbox[0].body).group(1)

    # The key in the link is swapped for a session token on first visit.
    response = client.get(path, follow=True)
    assert response.status_code == 200
    form_path = response.redirect_chain[-1][0] if response.redirect_chain else path
    response = client.post(form_path, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302

    alice.refresh_from_db()
    assert alice.check_password(NEW_PASSWORD)


def test_it_answers_the_same_for_an_unknown_address_and_sends_it_no_reset_link(client):
    response = client.post("/accounts/password/reset/", {"email": "nobody@example.com"})
    assert response.status_code == 302
    assert response["Location"] == "/accounts/password/reset/done/"
    assert mail.outbox == []
