"""The history of every content item: who saved which version, and reverting to one."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Permission
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import Client
from django.utils import timezone

from apps.content.history import FIRST_VERSION_NOTE
from apps.content.models import CuratedContent, ReconnectIdea, StepTip, curated_models
from apps.content.versions import content_version
from apps.reasons.models import Reason, Reframe
from apps.scripts.models import ScriptTemplate
from tests.helpers import admin_form_data, make_member

pytestmark = pytest.mark.django_db

OLD_TITLE = "Location or commute"
NEW_TITLE = "A long commute"


def make_reason(**fields) -> Reason:
    return Reason.objects.create(
        **{
            "slug": "commute",
            "title": OLD_TITLE,
            "explanation": "Travel takes time.",
            "phrasings": "The daily commute would be hard to combine with family life",
            **fields,
        }
    )


def make_template(**fields) -> ScriptTemplate:
    return ScriptTemplate.objects.create(
        **{
            "slug": "offer-call",
            "kind": ScriptTemplate.Kind.CALL_SCRIPT,
            "name": "Call to decline an offer",
            "applies_to": "offer",
            "body": "Hello {contact_first_name}, thank you for the offer.",
            **fields,
        }
    )


def change_url(item) -> str:
    return f"/admin/{item._meta.app_label}/{item._meta.model_name}/{item.pk}/change/"


def history_url(item) -> str:
    return f"/admin/{item._meta.app_label}/{item._meta.model_name}/{item.pk}/history/"


def version_url(item, version) -> str:
    return f"{history_url(item)}{version.history_id}/"


def edit(client: Client, item, **changes) -> None:
    """Save the item through its change form, as an editor does."""
    response = client.post(change_url(item), {**admin_form_data(item, **changes), "_save": "Save"})
    assert response.status_code == 302, response.context["adminform"].form.errors


def staff_with(*codenames: str) -> Client:
    viewer = make_member("viewer@example.com")
    viewer.is_staff = True
    viewer.save(update_fields=["is_staff"])
    viewer.user_permissions.add(*Permission.objects.filter(codename__in=codenames))
    client = Client()
    client.force_login(viewer)
    return client


def test_every_kind_of_content_keeps_its_history():
    assert {model.__name__ for model in curated_models()} == {
        "Reason",
        "Reframe",
        "ScriptTemplate",
        "StepTip",
        "ReconnectIdea",
        "ToneTopic",
        "ToneCue",
    }
    for model in curated_models():
        # Each history table sits in its model's app, and is not content itself.
        assert model.history.model._meta.app_label == model._meta.app_label
        assert not issubclass(model.history.model, CuratedContent)


def test_it_lists_each_version_of_a_reason_with_who_saved_it(editor_client, editor):
    reason = make_reason()
    edit(editor_client, reason, title=NEW_TITLE)

    response = editor_client.get(history_url(reason))

    assert response.status_code == 200
    html = response.content.decode()
    assert f"History of “{NEW_TITLE}”" in html
    (table,) = re.findall(r"<tbody>.*?</tbody>", html, re.DOTALL)
    rows = re.findall(r"<tr>.*?</tr>", table, re.DOTALL)
    assert len(rows) == 2
    newest, first = rows
    assert editor.email in newest
    assert "Changed" in newest
    assert f"<del>{OLD_TITLE}</del>" in newest
    assert f"<ins>{NEW_TITLE}</ins>" in newest
    assert "Updated:" not in newest  # every save moves it: not worth listing
    assert "Not recorded" in first  # made outside the admin, by no one signed in
    assert "Created" in first
    assert "2 versions" in html
    assert "/admin/accounts/" not in html  # editors see who, never a link into members' data
    assert editor.email in {v.history_user.email for v in reason.history.filter(title=NEW_TITLE)}


def test_it_lists_each_version_of_a_script_template_with_who_saved_it(editor_client, editor):
    template = make_template()
    edit(editor_client, template, body="Hi {contact_first_name}, thank you.")

    html = editor_client.get(history_url(template)).content.decode()

    assert html.count(f'href="{history_url(template)}') == 2
    assert editor.email in html
    assert "Hi {contact_first_name}, thank you." in html
    assert template.history.latest().history_user == editor


def test_it_reverts_a_reason_to_an_earlier_version(editor_client, editor):
    reason = make_reason()
    first = reason.history.get()
    edit(editor_client, reason, title=NEW_TITLE)
    long_ago = timezone.now() - timedelta(days=30)
    Reason.objects.update(updated=long_ago)
    version_before = content_version()

    page = editor_client.get(version_url(reason, first))
    assert page.status_code == 200
    html = page.content.decode()
    assert f"Earlier version of “{OLD_TITLE}”" in html
    assert 'value="Revert to this version"' in html
    assert f'value="{OLD_TITLE}"' in html  # the old text, in the form

    response = editor_client.post(
        version_url(reason, first), {**admin_form_data(first.instance), "_revert": "Revert"}
    )

    assert response.status_code == 302
    assert response.url == history_url(reason)
    reason.refresh_from_db()
    assert reason.title == OLD_TITLE
    assert reason.updated > long_ago
    assert content_version() != version_before
    assert reason.history.count() == 3
    revert = reason.history.latest()
    assert revert.history_user == editor
    assert revert.history_type == "~"
    assert revert.history_change_reason.startswith("Reverted to the version of ")
    assert LogEntry.objects.filter(user=editor, object_id=str(reason.pk)).count() == 2
    html = editor_client.get(response.url).content.decode()
    assert "is back to the version of" in html
    assert "Reverted to the version of" in html


def test_it_shows_an_error_instead_of_reverting_to_a_slug_now_taken(editor_client):
    reason = make_reason()
    first = reason.history.get()
    edit(editor_client, reason, slug="commute-renamed")
    make_reason(slug="commute", title="Another reason")

    response = editor_client.post(
        version_url(reason, first), {**admin_form_data(first.instance), "_revert": "Revert"}
    )

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["slug"]
    reason.refresh_from_db()
    assert reason.slug == "commute-renamed"


@pytest.mark.parametrize(
    "make",
    [
        lambda: Reframe.objects.create(
            slug="too-low", blunt="too low", alternative="a higher level", why="Kinder."
        ),
        lambda: ReconnectIdea.objects.create(
            slug="events", title="Events", opener="Good to see you!", default_days_after=90
        ),
        lambda: StepTip.objects.create(slug="call", step="conversation", title="Call", body="."),
    ],
)
def test_it_gives_every_kind_of_content_a_history_page_and_versions(editor_client, make):
    item = make()
    assert editor_client.get(history_url(item)).status_code == 200
    assert editor_client.get(version_url(item, item.history.get())).status_code == 200


def test_it_shows_an_item_without_history_without_breaking(editor_client):
    reason = make_reason()
    reason.history.all().delete()  # as for rows saved before history began

    response = editor_client.get(history_url(reason))

    assert response.status_code == 200
    assert "No versions yet" in response.content.decode()


def test_it_records_publishing_from_the_list_with_the_editor(editor_client, editor):
    reason = make_reason()

    editor_client.post(
        "/admin/reasons/reason/", {"action": "publish_selected", "_selected_action": [reason.pk]}
    )
    editor_client.post(
        "/admin/reasons/reason/", {"action": "unpublish_selected", "_selected_action": [reason.pk]}
    )

    unpublished, published, _created = reason.history.all()
    assert (published.status, published.history_user) == ("published", editor)
    assert published.history_change_reason == "Published from the list."
    assert (unpublished.status, unpublished.history_user) == ("draft", editor)
    assert unpublished.history_change_reason == "Moved back to draft from the list."
    html = editor_client.get(history_url(reason)).content.decode()
    assert "<del>Draft</del>" in html  # choices by their label
    assert "<ins>Published</ins>" in html


def test_it_lists_changed_text_in_full_and_escaped(editor_client):
    reason = make_reason()
    long_text = "A commute of two hours <b>each way</b>. " * 8
    edit(editor_client, reason, explanation=long_text)

    html = editor_client.get(history_url(reason)).content.decode()

    assert "&lt;b&gt;each way&lt;/b&gt;" in html
    assert "<b>each way" not in html
    assert "chars]" not in html  # not elided the way simple-history does by default
    assert html.count("each way") == 8


def test_it_does_not_list_line_endings_the_browser_changed(editor_client):
    reason = make_reason(phrasings="A shorter commute\nMore time with family")
    edit(editor_client, reason, phrasings="A shorter commute\r\nMore time with family")

    html = editor_client.get(history_url(reason)).content.decode()

    assert reason.history.latest().phrasings == "A shorter commute\r\nMore time with family"
    assert "Phrasings to use:" not in html
    assert "Saved without changes." in html


def test_it_links_the_history_from_the_change_form(editor_client):
    reason = make_reason()
    html = editor_client.get(change_url(reason)).content.decode()
    assert f'href="{history_url(reason)}"' in html


def test_it_answers_404_for_a_version_of_another_item(editor_client):
    reason, other = make_reason(), make_reason(slug="family", title="Family")
    assert editor_client.get(version_url(reason, other.history.get())).status_code == 404
    assert editor_client.get(f"{history_url(reason)}999999/").status_code == 404


def test_it_keeps_history_pages_free_of_inline_scripts_and_styles(editor_client):
    reason = make_reason()
    edit(editor_client, reason, title=NEW_TITLE)
    for url in (history_url(reason), version_url(reason, reason.history.earliest())):
        html = editor_client.get(url).content.decode()
        for tag in re.findall(r"<script\b[^>]*>", html):
            assert "src=" in tag, tag
        assert " style=" not in html, url


def test_it_keeps_history_and_revert_from_staff_who_may_only_view(db):
    reason = make_reason()
    first = reason.history.get()
    viewer = staff_with("view_reason")

    assert viewer.get(change_url(reason)).status_code == 200
    assert viewer.get(history_url(reason)).status_code == 403
    assert viewer.get(version_url(reason, first)).status_code == 403
    response = viewer.post(
        version_url(reason, first), admin_form_data(first.instance, title="Changed")
    )
    assert response.status_code == 403
    reason.refresh_from_db()
    assert reason.title == OLD_TITLE
    assert reason.history.count() == 1


def test_it_sends_members_and_visitors_to_the_admin_login(alice_client, client):
    reason = make_reason()
    first = reason.history.get()
    for someone in (alice_client, client):
        for url in (history_url(reason), version_url(reason, first)):
            response = someone.get(url)
            assert response.status_code == 302
            assert response.url.startswith("/admin/login/?next=")
        response = someone.post(
            version_url(reason, first), admin_form_data(first.instance, title="Changed")
        )
        assert response.status_code == 302
    reason.refresh_from_db()
    assert reason.title == OLD_TITLE
    assert reason.history.count() == 1


@pytest.mark.django_db(transaction=True)
def test_migrating_gives_items_saved_before_history_began_a_first_version():
    executor = MigrationExecutor(connection)
    executor.migrate([("reasons", "0002_choices_constraints")])
    old = executor.loader.project_state([("reasons", "0002_choices_constraints")]).apps
    long_ago = timezone.now() - timedelta(days=30)
    old.get_model("reasons", "Reason").objects.create(
        slug="commute",
        title=OLD_TITLE,
        explanation="Travel takes time.",
        phrasings="The daily commute would be hard to combine with family life",
    )
    old.get_model("reasons", "Reason").objects.update(updated=long_ago)

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    first = Reason.objects.get(slug="commute").history.get()
    assert (first.title, first.history_date) == (OLD_TITLE, long_ago)
    assert (first.history_type, first.history_change_reason) == ("+", FIRST_VERSION_NOTE)
    assert first.history_user is None
