"""10. Markup in any field a member fills comes out escaped, in pages and in fragments.

Every CharField and TextField of the member's rows (and their display name) holds
markup; then every page and fragment the URL resolver knows is fetched, and every
POST is sent with markup in its free text.
"""

from __future__ import annotations

import pytest
from django.db import models

from apps.plans.models import DeclinePlan, PlanReason
from apps.reminders.models import ContactLog, Reminder
from tests.helpers import HTMX
from tests.security.conftest import GET, POST, World, owned, post_data, routes, rule_for, url_for

pytestmark = pytest.mark.django_db

PAYLOADS = {
    "script": "<script>alert({n})</script>",
    "attribute": '"><img src=x onerror=alert({n})>',
}
# What an unescaped payload (or any part of one) leaves behind.
RAW = ["<script>alert(", "<img src=x", "onerror=alert(\u0029"]
ESCAPED = ["&lt;script&gt;alert(", "&lt;img src=x"]
MEMBER_MODELS = [DeclinePlan, PlanReason, Reminder, ContactLog]


def text_fields(model) -> list[str]:
    return [
        field.name
        for field in model._meta.get_fields()
        if isinstance(field, models.CharField | models.TextField) and not field.choices
    ]


def test_the_matrix_fills_every_text_field():
    assert {"organisation", "contact_phone", "private_note", "note", "opener", "title"} <= {
        name for model in MEMBER_MODELS for name in text_fields(model)
    }


@pytest.fixture(params=list(PAYLOADS))
def marked(request, world: World) -> World:
    """Alice's world with markup in every text field, each payload numbered by field."""
    template = PAYLOADS[request.param]
    n = 0
    rows = {
        DeclinePlan: [world.plan, world.archived_plan],
        PlanReason: [world.reason],
        Reminder: [world.reminder, world.closed_reminder],
        ContactLog: [world.contact],
    }
    for model, objects in rows.items():
        for obj in objects:
            fields = text_fields(model)
            for name in fields:
                n += 1
                setattr(obj, name, template.format(n=n))
            model.objects.filter(pk=obj.pk).update(**{name: getattr(obj, name) for name in fields})
    world.user.display_name = template.format(n=0)
    world.user.save(update_fields=["display_name"])
    world.payload = template
    return world


def assert_escaped(response, where: str, *, shows_rows: bool = False) -> None:
    if not response.get("Content-Type", "").startswith("text/html"):
        return  # JSON exports and calendar files are not HTML: nothing renders them
    html = response.content.decode()
    for raw in RAW:
        assert raw not in html, f"{where}: unescaped member text ({raw!r})"
    signed_in_page = "<html" in html and response.wsgi_request.user.is_authenticated
    if response.status_code == 200 and (signed_in_page or shows_rows):
        # The control: a signed-in page shows the member's words (their name at least),
        # and a fragment of an owned row shows that row.
        assert any(escaped in html for escaped in ESCAPED), f"{where} shows no member text"


@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
@pytest.mark.parametrize("route", routes(lambda route, rule: GET in rule.methods))
def test_every_page_and_fragment_escapes_member_text(marked, route, htmx):
    rule_for(route)
    url = url_for(route, marked)

    response = marked.client.get(url, **(HTMX if htmx else {}))

    assert response.status_code < 500
    assert_escaped(response, url, shows_rows=owned(route))


@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
@pytest.mark.parametrize("route", routes(lambda route, rule: POST in rule.methods))
def test_every_post_answer_escapes_member_text(marked, content, route, htmx):
    rule_for(route)
    url = url_for(route, marked)
    data = {
        key: marked.payload.format(n=99) if str(value).startswith("Posted") else value
        for key, value in post_data(route, marked, content).items()
    }

    response = marked.client.post(url, data, follow=not htmx, **(HTMX if htmx else {}))

    assert response.status_code < 500
    assert_escaped(response, f"POST {url}")


@pytest.mark.parametrize("action", ["edit", "done"])
def test_a_refused_form_keeps_the_markup_as_text(marked, action):
    """Invalid input comes back in the form: that copy must be escaped too."""
    data = {
        "title": marked.payload.format(n=98),
        "local_date": "2000-01-01",
        "on": "2999-01-01",
        "note": marked.payload.format(n=98),
        "channel": "call",
    }

    for headers in ({}, HTMX):
        response = marked.client.post(f"/reminders/{marked.reminder.pk}/{action}/", data, **headers)
        assert response.status_code == 200
        assert_escaped(response, action)
        assert "98" in response.content.decode()
