"""2. Anonymous visitors reach only the public routes; members never reach the admin."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse

from tests.helpers import HTMX
from tests.security.conftest import (
    ADMIN_ROUTES,
    GET,
    POST,
    ROUTES,
    Route,
    login_redirect,
    post_data,
    routes,
    rule_for,
    snapshot,
    url_for,
)

pytestmark = pytest.mark.django_db

MEMBER_ROUTES = routes(lambda route, rule: not rule.is_public)
PUBLIC_ROUTES = routes(lambda route, rule: rule.is_public)


def test_the_public_allow_list_is_short_and_known():
    public = {name for name, rule in ROUTES.items() if rule.is_public}
    assert {"home", "healthz", "guide:index", "reminders:feed", "reminders:action"} <= public
    assert not {name for name in public if name.startswith(("plans:", "accounts:"))}


@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
@pytest.mark.parametrize("method", [GET, POST])
@pytest.mark.parametrize("route", MEMBER_ROUTES)
def test_anonymous_visitors_are_sent_to_log_in(client, world, content, route, method, htmx):
    rule_for(route)
    url = url_for(route, world)
    before = snapshot()

    if method == GET:
        response = client.get(url, **(HTMX if htmx else {}))
    else:
        response = client.post(url, post_data(route, world, content), **(HTMX if htmx else {}))

    assert login_redirect(response), (response.status_code, response.get("Location"))
    assert snapshot() == before


@pytest.mark.parametrize("route", PUBLIC_ROUTES)
def test_public_routes_answer_anonymous_visitors_without_a_login(client, world, route):
    rule = rule_for(route)

    if GET in rule.methods:
        response = client.get(url_for(route, world))
    else:  # the language buttons: a form anyone may send
        response = client.post(url_for(route, world), {"language": "nl", "back_to": "/"})

    assert response.status_code < 500
    assert not login_redirect(response)


def test_the_feed_answers_404_without_a_valid_token(client, world):
    assert client.get(f"/calendar/{world.feed_token}.ics").status_code == 200
    assert client.get(f"/calendar/{world.feed_token[:-1]}x.ics").status_code == 404
    assert client.get("/calendar/.ics").status_code == 404


# The admin


def admin_url(route: Route) -> str:
    values = {"app_label": "reasons", "url": "anything/", "id": "1"}
    if not route.name.startswith("admin:") or route.name == "admin:":
        raise LookupError
    kwargs = {param: values.get(param, "1") for param in route.params}
    return reverse(route.name, kwargs=kwargs or None)


def unnamed_admin_url(route: Route) -> str:
    path = re.sub(r"<[^>]+>", "1", route.pattern)
    path = path.replace("(?P<url>.*)$", "anything/")
    return "/" + path.replace("^", "").replace("$", "")


ADMIN = [
    pytest.param(route, id=route.pattern)
    for route in ADMIN_ROUTES
    # The login page itself, and logout, which sends a non-editor to the admin's door.
    if route.name not in {"admin:login", "admin:logout"}
]


def test_the_walk_finds_the_admin():
    assert len(ADMIN) > 20


@pytest.mark.parametrize("method", [GET, POST])
@pytest.mark.parametrize("route", ADMIN)
def test_members_and_visitors_cannot_reach_the_admin(alice, client, route, method):
    try:
        url = admin_url(route)
    except LookupError:
        url = unnamed_admin_url(route)
    member = Client()
    member.force_login(alice)
    before = snapshot()

    for visitor in (member, client):
        response = visitor.generic(method, url)
        assert response.status_code == 302, (url, response.status_code)
        assert response["Location"].startswith("/admin/login/")
    assert snapshot() == before
