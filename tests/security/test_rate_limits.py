"""6. Failed logins and reset requests are throttled per account and per address.

ACCOUNT_RATE_LIMITS: "login_failed": "5/5m/ip,5/5m/key", "reset_password": "20/m/ip,5/m/key".
"""

from __future__ import annotations

import pytest
from django.core import mail
from django.test import Client

from tests.helpers import PASSWORD, make_member, production_env, run_manage

pytestmark = pytest.mark.django_db

THROTTLED = "Too many attempts in a short time"


def log_in(email: str, password: str, ip: str, **headers: str):
    client = Client()
    response = client.post(
        "/accounts/login/", {"login": email, "password": password}, REMOTE_ADDR=ip, **headers
    )
    return client, response


def signed_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


def test_an_account_is_throttled_after_five_failures_from_anywhere(alice):
    for n in range(5):
        _client, response = log_in(alice.email, "wrong-password", f"10.3.{n}.1")
        assert THROTTLED not in response.content.decode()

    # A sixth address, and the right password: refused while the account cools down.
    client, response = log_in(alice.email, PASSWORD, "10.3.99.1")

    assert not signed_in(client)
    assert response.status_code in (200, 429)
    assert THROTTLED in response.content.decode()


def test_an_address_is_throttled_after_five_failures_on_any_accounts(alice):
    for n in range(5):
        make_member(f"member{n}@example.com")
        # A forged X-Forwarded-For does not make each attempt look new.
        log_in(
            f"member{n}@example.com",
            "wrong-password",
            "10.4.0.1",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{n}",
        )

    client, response = log_in(alice.email, PASSWORD, "10.4.0.1")
    assert not signed_in(client)
    assert THROTTLED in response.content.decode()

    # The account itself is not to blame: from elsewhere Alice gets in.
    elsewhere, _response = log_in(alice.email, PASSWORD, "10.4.0.2")
    assert signed_in(elsewhere)


def test_four_failures_do_not_lock_a_member_out(alice):
    for n in range(4):
        log_in(alice.email, "wrong-password", f"10.5.{n}.1")

    client, _response = log_in(alice.email, PASSWORD, "10.5.9.1")

    assert signed_in(client)


def reset(email: str, ip: str) -> int:
    return Client().post("/accounts/password/reset/", {"email": email}, REMOTE_ADDR=ip).status_code


def test_reset_requests_for_one_account_are_throttled_from_anywhere(alice):
    statuses = [reset(alice.email, f"10.6.{n}.1") for n in range(6)]

    assert statuses == [302] * 5 + [429]
    assert len(mail.outbox) == 5


def test_reset_requests_from_one_address_are_throttled_across_accounts(alice):
    statuses = [reset(f"someone{n}@example.com", "10.7.0.1") for n in range(20)]
    assert statuses == [302] * 20

    assert reset(alice.email, "10.7.0.1") == 429
    assert mail.outbox == []
    # Alice herself, from her own address, still gets her link.
    assert reset(alice.email, "10.7.0.2") == 302
    assert [message.to for message in mail.outbox] == [[alice.email]]


CLIENT_ADDRESS = """
from allauth import app_settings
print(app_settings.TRUSTED_PROXY_COUNT)
"""


def trusted_proxy_count(**overrides: str) -> str:
    result = run_manage("shell", "-c", CLIENT_ADDRESS, env=production_env(**overrides))
    assert result.returncode == 0, result.stderr
    return result.stdout.split()[-1]


def test_behind_the_tls_proxy_the_limits_read_the_client_address():
    # SECURE_PROXY_SSL_HEADER says a proxy is in front: trust its X-Forwarded-For entry.
    assert trusted_proxy_count() == "1"
    assert trusted_proxy_count(TRUSTED_PROXY_COUNT="2") == "2"
    # Without a proxy, a forged header is never read.
    assert trusted_proxy_count(SECURE_PROXY_SSL_HEADER="false") == "0"


def test_a_bad_proxy_count_is_refused_with_a_clear_message():
    result = run_manage("check", env=production_env(TRUSTED_PROXY_COUNT="one"))
    assert result.returncode != 0
    assert "TRUSTED_PROXY_COUNT must be a whole number" in result.stderr


@pytest.mark.usefixtures("alice")
def test_behind_a_proxy_one_clients_failures_do_not_lock_out_the_others(settings, alice):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    proxy = "10.9.0.1"  # every request arrives from the proxy
    for n in range(5):
        make_member(f"member{n}@example.com")
        log_in(
            f"member{n}@example.com",
            "wrong-password",
            proxy,
            HTTP_X_FORWARDED_FOR="198.51.100.7",
        )

    # The same client, through the same proxy, is throttled...
    client, response = log_in(alice.email, PASSWORD, proxy, HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert not signed_in(client)
    assert THROTTLED in response.content.decode()
    # ...and a client prepending a forged address is still counted by the proxy's entry.
    client, response = log_in(
        alice.email, PASSWORD, proxy, HTTP_X_FORWARDED_FOR="192.0.2.1, 198.51.100.7"
    )
    assert not signed_in(client)
    # Alice, from her own address through the same proxy, gets in.
    elsewhere, _response = log_in(alice.email, PASSWORD, proxy, HTTP_X_FORWARDED_FOR="203.0.113.5")
    assert signed_in(elsewhere)
