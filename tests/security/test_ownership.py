"""1. Nobody but the member reaches their rows: strangers get 404 on every owned URL.

The routes come from the URL resolver, not from a list kept by hand: a view added
tomorrow with a `<uuid:...>` parameter is in this matrix the day it lands.
"""

from __future__ import annotations

import pytest
from django.test import Client

from tests.helpers import HTMX
from tests.security.conftest import (
    GET,
    OTHER_PARAMS,
    OWNED_PARAMS,
    POST,
    ROUTES,
    SITE_ROUTES,
    member,
    owned,
    post_data,
    routes,
    rule_for,
    signed_in_client,
    snapshot,
    unknown_route_message,
    url_for,
)

pytestmark = pytest.mark.django_db

OWNED_ROUTES = routes(lambda route, rule: owned(route))
# Member pages without an owned row in the URL: lists, settings, exports, the feed.
LISTS = routes(lambda route, rule: not owned(route) and GET in rule.methods)
# Query strings that show other slices of a list.
LIST_VARIANTS = {"plans:dashboard": ["", "?show=archived"]}
# Unknown routes still get a test each, which fails with the classification message.
rule_for_unknown = member(GET, POST)


def test_the_matrix_finds_the_owned_routes():
    # A walk that found nothing would make every test below pass vacuously.
    names = {param.values[0].name for param in OWNED_ROUTES}
    assert {"plans:summary", "plans:delete", "reminders:edit", "reminders:add"} <= names


def test_every_route_is_classified():
    unknown = [unknown_route_message(route) for route in SITE_ROUTES if route.name not in ROUTES]
    assert not unknown, "\n".join(unknown)


def test_every_uuid_parameter_names_a_known_owned_row():
    for route in SITE_ROUTES:
        for param in route.uuid_params:
            assert param in OWNED_PARAMS, (
                f"Route {route.name!r} (/{route.pattern}) takes <uuid:{param}>: map {param!r} "
                "to the member's row it names in OWNED_PARAMS (tests/security/conftest.py)."
            )
        for param in route.params:
            assert param in OWNED_PARAMS or param in OTHER_PARAMS, (
                f"Route {route.name!r} (/{route.pattern}) takes {param!r}: classify it in "
                "OWNED_PARAMS or OTHER_PARAMS (tests/security/conftest.py)."
            )


def test_the_tables_name_only_routes_that_exist():
    names = {route.name for route in SITE_ROUTES}
    assert set(ROUTES) <= names, f"stale entries in ROUTES: {sorted(set(ROUTES) - names)}"


@pytest.fixture(params=["stranger", "editor", "superuser"])
def outsider(request, world) -> Client:
    """Another member, a content editor and a superuser: none of them may see Alice's plan."""
    return signed_in_client(request.getfixturevalue(request.param))


@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
@pytest.mark.parametrize("method", [GET, POST])
@pytest.mark.parametrize("route", OWNED_ROUTES)
def test_outsiders_get_404_and_change_nothing(outsider, world, content, route, method, htmx):
    rule = rule_for(route)
    url = url_for(route, world)
    headers = HTMX if htmx else {}
    nowhere = url_for(route, world, missing=True)
    before = snapshot()

    if method == GET:
        response = outsider.get(url, **headers)
        # The same request for a row that does not exist: the answers must not differ.
        elsewhere = outsider.get(nowhere, **headers)
    else:
        response = outsider.post(url, post_data(route, world, content), **headers)
        elsewhere = outsider.post(nowhere, post_data(route, world, content), **headers)

    expected = 404 if method in rule.methods else 405
    assert response.status_code == expected
    assert elsewhere.status_code == response.status_code
    assert snapshot() == before
    for secret in world.secrets:
        assert secret not in response.content.decode()


@pytest.mark.parametrize(
    ("route", "method"),
    [
        pytest.param(param.values[0], method, id=f"{param.id}-{method}")
        for param in OWNED_ROUTES
        for method in (GET, POST)
        if method in ROUTES.get(param.values[0].name, rule_for_unknown).methods
    ],
)
def test_the_owner_reaches_every_owned_route(world, content, route, method):
    """The control for the test above: the same request as Alice is answered, and a POST
    that should change something does, so a stranger's 404 means something."""
    rule = rule_for(route)
    url = url_for(route, world)
    before = snapshot()

    if method == GET:
        response = world.client.get(url)
    else:
        response = world.client.post(url, post_data(route, world, content))

    assert response.status_code in (200, 302), response.status_code
    if method == POST and rule.changes:
        assert snapshot() != before, f"{route.name}: the POST changed nothing"


@pytest.mark.parametrize("route", LISTS)
def test_another_members_pages_hold_none_of_alices_rows(world, colleague_world, route):
    rule_for(route)
    own_seen = False
    for variant in LIST_VARIANTS.get(route.name, [""]):
        response = colleague_world.client.get(url_for(route, colleague_world) + variant)
        html = response.content.decode()
        assert response.status_code < 500
        for secret in world.secrets:
            assert secret not in html, f"{route.name}{variant} shows Alice's {secret!r}"
        own_seen = own_seen or any(secret in html for secret in colleague_world.secrets)
    if route.name in {"plans:dashboard", "reminders:feed"}:
        # The list is not simply empty: the colleague's own rows are there.
        assert own_seen


def test_the_dashboard_lists_alices_own_rows_in_both_slices(world, colleague_world):
    html = world.client.get("/plans/").content.decode()
    assert "Alicia Logistics" in html and "Alicia reminder" in html
    archived = world.client.get("/plans/?show=archived").content.decode()
    assert "Alicia Archived Holdings" in archived
    for secret in colleague_world.secrets:
        assert secret not in html + archived
