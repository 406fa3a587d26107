from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group
from django.utils import timezone

from apps.content.models import ReconnectIdea, StepTip
from apps.reasons.models import Reason, Reframe
from apps.scripts.models import ScriptTemplate

pytestmark = pytest.mark.django_db

CONTENT_ADMIN_URLS = [
    "/admin/reasons/reason/",
    "/admin/reasons/reframe/",
    "/admin/scripts/scripttemplate/",
    "/admin/content/reconnectidea/",
    "/admin/content/steptip/",
]


def make_reason(slug: str, *, status: str = "draft") -> Reason:
    return Reason.objects.create(
        slug=slug,
        title=slug.replace("-", " ").capitalize(),
        explanation="A legitimate reason.",
        phrasings="I am looking for a shorter commute at this point.",
        status=status,
    )


def test_it_gives_content_editors_exactly_the_content_permissions():
    group = Group.objects.get(name="Content editors")
    granted = set(group.permissions.values_list("content_type__app_label", "codename"))
    expected = {
        (app_label, f"{action}_{model}")
        for app_label, model in [
            ("reasons", "reason"),
            ("reasons", "reframe"),
            ("reasons", "tonetopic"),
            ("reasons", "tonecue"),
            ("scripts", "scripttemplate"),
            ("content", "reconnectidea"),
            ("content", "steptip"),
        ]
        for action in ("add", "change", "delete", "view")
    }
    assert granted == expected
    assert group.permissions.count() == 28


@pytest.mark.parametrize("url", [*CONTENT_ADMIN_URLS, *(f"{u}add/" for u in CONTENT_ADMIN_URLS)])
def test_it_lets_content_editors_open_every_content_page(editor_client, url):
    response = editor_client.get(url)
    assert response.status_code == 200


def test_it_lists_only_content_on_the_editors_admin_home(editor_client):
    html = editor_client.get("/admin/").content.decode()
    for url in CONTENT_ADMIN_URLS:
        assert f'href="{url}"' in html
    assert "/admin/accounts/user/" not in html
    assert "/admin/auth/group/" not in html


@pytest.mark.parametrize(
    "url",
    [
        "/admin/accounts/user/",
        "/admin/accounts/user/add/",
        "/admin/auth/group/",
        "/admin/auth/group/add/",
    ],
)
def test_it_keeps_content_editors_out_of_members_and_groups(editor_client, url):
    assert editor_client.get(url).status_code == 403


def test_it_keeps_content_editors_out_of_a_members_page(editor_client, alice):
    assert editor_client.get(f"/admin/accounts/user/{alice.pk}/change/").status_code == 403


@pytest.mark.parametrize("url", CONTENT_ADMIN_URLS)
def test_it_sends_members_to_the_admin_login(alice_client, url):
    response = alice_client.get(url)
    assert response.status_code == 302
    assert response.url == f"/admin/login/?next={url}"


@pytest.mark.parametrize("url", CONTENT_ADMIN_URLS)
def test_it_sends_visitors_to_the_admin_login(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response.url == f"/admin/login/?next={url}"


def test_it_publishes_selected_items_and_moves_updated(editor_client, editor):
    long_ago = timezone.now() - timedelta(days=30)
    drafts = [make_reason("commute"), make_reason("family")]
    already = make_reason("pay", status="published")
    Reason.objects.update(updated=long_ago)

    response = editor_client.post(
        "/admin/reasons/reason/",
        {"action": "publish_selected", "_selected_action": [r.pk for r in [*drafts, already]]},
        follow=True,
    )

    assert response.status_code == 200
    assert "2 items published." in response.content.decode()
    for reason in drafts:
        reason.refresh_from_db()
        assert reason.status == "published"
        assert reason.updated > long_ago
    already.refresh_from_db()
    assert already.updated == long_ago  # nothing to change, so nothing for caches to notice
    logged = LogEntry.objects.filter(user=editor).values_list("object_id", flat=True)
    assert sorted(logged) == sorted(str(r.pk) for r in drafts)


def test_it_unpublishes_selected_items_and_moves_updated(editor_client):
    long_ago = timezone.now() - timedelta(days=30)
    published = make_reason("commute", status="published")
    Reason.objects.update(updated=long_ago)

    response = editor_client.post(
        "/admin/reasons/reason/",
        {"action": "unpublish_selected", "_selected_action": [published.pk]},
        follow=True,
    )

    assert "1 item moved back to draft." in response.content.decode()
    published.refresh_from_db()
    assert published.status == "draft"
    assert published.updated > long_ago


@pytest.mark.parametrize(
    ("url", "make"),
    [
        (
            "/admin/reasons/reframe/",
            lambda: Reframe.objects.create(
                slug="too-low", blunt="too low", alternative="a higher level", why="Kinder."
            ),
        ),
        (
            "/admin/scripts/scripttemplate/",
            lambda: ScriptTemplate.objects.create(
                slug="call", kind="call-script", name="Call", body="Hello {contact_name}."
            ),
        ),
        (
            "/admin/content/reconnectidea/",
            lambda: ReconnectIdea.objects.create(
                slug="events", title="Events", opener="Good to see you!", default_days_after=90
            ),
        ),
        (
            "/admin/content/steptip/",
            lambda: StepTip.objects.create(
                slug="call", step="conversation", title="Call", body="Call."
            ),
        ),
    ],
)
def test_it_publishes_every_kind_of_content(editor_client, url, make):
    item = make()
    editor_client.post(url, {"action": "publish_selected", "_selected_action": [item.pk]})
    item.refresh_from_db()
    assert item.status == "published"


def test_it_lets_editors_reorder_from_the_list(editor_client):
    first, second = make_reason("commute"), make_reason("family")
    html = editor_client.get("/admin/reasons/reason/").content.decode()
    assert 'name="form-0-order"' in html
    response = editor_client.post(
        "/admin/reasons/reason/",
        {
            "form-TOTAL_FORMS": "2",
            "form-INITIAL_FORMS": "2",
            "form-0-id": str(first.pk),
            "form-0-order": "20",
            "form-1-id": str(second.pk),
            "form-1-order": "10",
            "_save": "Save",
        },
    )
    assert response.status_code == 302
    assert list(Reason.objects.values_list("slug", flat=True)) == ["family", "commute"]


def test_it_labels_each_order_box_with_the_item_it_orders(editor_client):
    reason = make_reason("commute")
    html = editor_client.get("/admin/reasons/reason/").content.decode()
    (box,) = re.findall(r'<input[^>]*name="form-0-order"[^>]*>', html)
    assert f'aria-label="Order for {reason}"' in box


def test_it_shows_reason_errors_next_to_the_field(editor_client):
    response = editor_client.post(
        "/admin/reasons/reason/add/",
        {
            "title_en": "Commute",
            "explanation_en": "Long travel.",
            "phrasings_en": "  \n ",
            "applies_to": "both",
            "status": "draft",
            "order": "100",
            "slug": "commute",
            "_save": "Save",
        },
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["phrasings_en"]
    assert not Reason.objects.exists()


@pytest.mark.parametrize("url", [*CONTENT_ADMIN_URLS, *(f"{u}add/" for u in CONTENT_ADMIN_URLS)])
def test_it_keeps_content_admin_pages_free_of_inline_scripts_and_styles(editor_client, url):
    html = editor_client.get(url).content.decode()
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert "src=" in tag, tag
    assert " style=" not in html
