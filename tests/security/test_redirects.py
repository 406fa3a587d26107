"""9. `next` never sends anyone to another site (login, logout, the reminder actions)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from tests.helpers import HTMX, PASSWORD
from tests.security.conftest import World

pytestmark = pytest.mark.django_db

OFF_SITE = [
    "https://evil.example/",
    "//evil.example/",
    "///evil.example/",
    "/\\evil.example/",
    "\\\\evil.example/",
    "https:evil.example",
    "http://testserver@evil.example/",
    " //evil.example/",
    "javascript:alert(1)",
    "data:text/html,evil",
]
# Not off site, but not a page either: the fallback, never an error.
NOT_A_PATH = ["evil", "plans:dashboard", "evil.example"]


def assert_on_site(target: str) -> None:
    assert target.startswith("/") and not target.startswith(("//", "/\\")), target
    assert "evil" not in target


@pytest.mark.parametrize("target", OFF_SITE)
def test_login_ignores_an_off_site_next(alice, target):
    # (The login form carries `next` along in a hidden field; it is checked on the way out.)
    response = Client().post(
        "/accounts/login/", {"login": alice.email, "password": PASSWORD, "next": target}
    )

    assert response.status_code == 302
    assert response["Location"] == "/plans/"


@pytest.mark.parametrize("target", OFF_SITE)
def test_logout_ignores_an_off_site_next(alice_client, target):
    response = alice_client.post("/accounts/logout/", {"next": target})

    assert response.status_code == 302
    assert_on_site(response["Location"])


def later() -> str:
    return (timezone.localdate() + timedelta(days=30)).isoformat()


ACTIONS = {
    "done": {"on": "", "channel": "call", "note": ""},
    "snooze": {"days": "7"},
    "drop": {},
    "edit": {"title": "Edited", "local_time": "09:00"},
}


def action_data(action: str, target: str) -> dict[str, str]:
    data = dict(ACTIONS[action], next=target)
    if action == "done":
        data["on"] = timezone.localdate().isoformat()
    if action == "edit":
        data["local_date"] = later()
    return data


@pytest.mark.parametrize("target", OFF_SITE + NOT_A_PATH)
@pytest.mark.parametrize("action", list(ACTIONS))
def test_reminder_actions_fall_back_to_the_dashboard(world: World, action, target):
    response = world.client.post(
        f"/reminders/{world.reminder.pk}/{action}/", action_data(action, target)
    )

    assert response.status_code == 302
    assert response["Location"] == "/plans/"


@pytest.mark.parametrize("target", OFF_SITE + NOT_A_PATH)
@pytest.mark.parametrize("action", list(ACTIONS))
def test_reminder_rows_for_htmx_carry_no_off_site_next(world: World, action, target):
    response = world.client.post(
        f"/reminders/{world.reminder.pk}/{action}/", action_data(action, target), **HTMX
    )

    assert response.status_code == 200
    assert "evil" not in response.content.decode()


@pytest.mark.parametrize("target", OFF_SITE + NOT_A_PATH)
@pytest.mark.parametrize("path", ["done", "edit"])
@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
def test_the_done_and_edit_pages_carry_no_off_site_next(world: World, path, target, htmx):
    response = world.client.get(
        f"/reminders/{world.reminder.pk}/{path}/", {"next": target}, **(HTMX if htmx else {})
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "evil" not in html
    assert "javascript:" not in html


def test_a_closed_reminder_falls_back_too(world: World):
    response = world.client.get(
        f"/reminders/{world.closed_reminder.pk}/edit/", {"next": "https://evil.example/"}
    )

    assert response.status_code == 302
    assert response["Location"] == "/plans/"


def test_a_same_site_next_is_still_followed(world: World):
    """The control: the fallback above is a refusal, not the only answer."""
    here = f"/plans/{world.plan.pk}/reconnect/"

    response = world.client.post(
        f"/reminders/{world.reminder.pk}/snooze/", {"days": "7", "next": here}
    )
    page = world.client.get(f"/reminders/{world.reminder.pk}/edit/", {"next": here})

    assert response["Location"] == here
    assert f'name="next" value="{here}"' in page.content.decode()
