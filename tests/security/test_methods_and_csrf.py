"""4. State changes need a POST with a CSRF token: GET changes nothing, anywhere."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.helpers import HTMX
from tests.security.conftest import (
    GET,
    POST,
    World,
    post_data,
    routes,
    rule_for,
    signed_in_client,
    snapshot,
    url_for,
)

pytestmark = pytest.mark.django_db

HTMX_IDS = pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])


def visitor_for(route, world: World, **client_options) -> Client:
    """A member for member routes, an anonymous visitor for public ones."""
    if rule_for(route).is_public:
        return Client(**client_options)
    return signed_in_client(world.user, **client_options)


def test_the_tables_hold_post_only_routes():
    post_only = {p.values[0].name for p in routes(lambda route, rule: rule.post_only)}
    assert {"plans:archive", "plans:tone_check", "reminders:snooze", "reminders:add"} <= post_only


@HTMX_IDS
@pytest.mark.parametrize("route", routes(lambda route, rule: GET not in rule.methods))
def test_post_only_routes_refuse_get(world, route, htmx):
    client = visitor_for(route, world)
    before = snapshot()

    response = client.get(url_for(route, world), **(HTMX if htmx else {}))

    assert response.status_code == 405
    assert response["Allow"] == "POST"
    assert snapshot() == before


@pytest.mark.parametrize("route", routes(lambda route, rule: POST not in rule.methods))
def test_get_only_routes_refuse_post(world, content, route):
    client = visitor_for(route, world)
    before = snapshot()

    response = client.post(url_for(route, world), post_data(route, world, content))

    assert response.status_code == 405
    assert snapshot() == before


@HTMX_IDS
@pytest.mark.parametrize("route", routes(lambda route, rule: GET in rule.methods))
def test_get_changes_nothing(world, route, htmx):
    """As the member (every route, public ones too), and anonymously for public ones."""
    rule = rule_for(route)
    clients = [world.client] + ([Client()] if rule.is_public else [])
    before = snapshot()

    for client in clients:
        response = client.get(url_for(route, world), **(HTMX if htmx else {}))
        assert response.status_code < 500

    assert snapshot() == before
    # Nor does it sign the member out (logout, for one, asks first).
    assert world.client.session.get("_auth_user_id") == str(world.user.pk)


@HTMX_IDS
@pytest.mark.parametrize("route", routes())
def test_posts_without_a_csrf_token_are_refused(world, content, route, htmx):
    client = visitor_for(route, world, enforce_csrf_checks=True)
    client.get("/")  # the visitor holds a CSRF cookie, as a browser would
    before = snapshot()

    response = client.post(
        url_for(route, world), post_data(route, world, content), **(HTMX if htmx else {})
    )

    assert response.status_code == 403
    assert snapshot() == before


@pytest.mark.parametrize("route", routes(lambda route, rule: POST in rule.methods))
def test_posts_with_the_csrf_token_get_through(world, content, route):
    """The control for the test above: the 403 comes from the missing token alone."""
    client = visitor_for(route, world, enforce_csrf_checks=True)
    client.get("/")
    token = client.cookies["csrftoken"].value

    response = client.post(
        url_for(route, world), post_data(route, world, content), HTTP_X_CSRFTOKEN=token
    )

    assert response.status_code != 403
