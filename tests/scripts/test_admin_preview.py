from __future__ import annotations

import re

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Permission
from django.test import Client

from apps.scripts.models import ScriptTemplate
from tests.helpers import admin_form_data, make_member
from tests.scripts.conftest import make_script

pytestmark = pytest.mark.django_db


def preview_url(template: ScriptTemplate) -> str:
    return f"/admin/scripts/scripttemplate/{template.pk}/preview/"


def test_it_previews_the_template_composed_against_a_sample_offer(editor_client):
    template = make_script(
        kind=ScriptTemplate.Kind.FOLLOW_UP_EMAIL,
        subject="Thank you, {contact_first_name}",
        body="Dear {contact_name},\n\nThank you for the offer from {organisation}.\n{reasons}",
    )
    response = editor_client.get(preview_url(template))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Thank you, Claire" in html
    assert "<p>Dear Claire Dubois,</p>" in html
    assert "Thank you for the offer from Northwind Logistics.<br>Having thought it" in html
    assert "Jeroen" not in html


def test_it_previews_a_promotion_template_with_the_promotion_sample(editor_client):
    template = make_script(applies_to="promotion", body="Dear {contact_first_name}, {role}")
    html = editor_client.get(preview_url(template)).content.decode()
    assert "Dear Jeroen, Team Lead, Customer Analytics" in html
    assert "Claire" not in html


def test_it_previews_a_template_for_both_situations_with_both_samples(editor_client):
    template = make_script(applies_to="both", body="Dear {contact_first_name}.")
    html = editor_client.get(preview_url(template)).content.decode()
    assert "Sample: Job offer" in html
    assert "Sample: Promotion" in html
    assert "Dear Claire." in html
    assert "Dear Jeroen." in html


def test_it_escapes_html_and_never_runs_editor_text_as_a_template(editor_client):
    template = make_script(
        subject="<b>Hi</b> {contact_first_name}",
        body="<script>alert(1)</script> {contact_name} {% now 'Y' %}",
    )
    html = editor_client.get(preview_url(template)).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Claire Dubois {% now &#x27;Y&#x27; %}" in html
    assert "&lt;b&gt;Hi&lt;/b&gt; Claire" in html
    assert "<script>alert" not in html
    assert "<b>Hi" not in html


def test_it_warns_about_placeholder_problems_in_a_saved_template(editor_client):
    template = make_script(body="Hello {contact}.")
    html = editor_client.get(preview_url(template)).content.decode()
    assert "Unknown placeholder “{contact}”." in html
    assert "Hello {contact}." in html


def test_it_keeps_the_preview_page_free_of_inline_scripts_and_styles(editor_client):
    template = make_script()
    html = editor_client.get(preview_url(template)).content.decode()
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert "src=" in tag, tag
    assert " style=" not in html
    assert "/static/admin-extra/preview.css" in html


def test_it_links_the_preview_from_the_change_form_and_the_list(editor_client):
    template = make_script()
    link = f'href="{preview_url(template)}"'
    change_form = editor_client.get(f"/admin/scripts/scripttemplate/{template.pk}/change/")
    assert link in change_form.content.decode()
    changelist = editor_client.get("/admin/scripts/scripttemplate/")
    assert link in changelist.content.decode()


def test_it_sends_a_missing_template_back_to_the_admin_home(editor_client):
    response = editor_client.get("/admin/scripts/scripttemplate/999999/preview/")
    assert response.status_code == 302
    assert response.url == "/admin/"


def test_it_lets_staff_with_only_the_view_permission_preview(db):
    viewer = make_member("viewer@example.com")
    viewer.is_staff = True
    viewer.save(update_fields=["is_staff"])
    viewer.user_permissions.add(Permission.objects.get(codename="view_scripttemplate"))
    client = Client()
    client.force_login(viewer)
    html = client.get(preview_url(make_script())).content.decode()
    assert "Hello Claire, thank you for the offer from Northwind Logistics." in html
    assert "Back to editing" not in html


def test_it_refuses_staff_without_the_script_permission(db):
    staff = make_member("staff@example.com")
    staff.is_staff = True
    staff.save(update_fields=["is_staff"])
    client = Client()
    client.force_login(staff)
    assert client.get(preview_url(make_script())).status_code == 403


def test_it_sends_members_and_visitors_to_the_admin_login(alice_client, client):
    url = preview_url(make_script())
    for someone in (alice_client, client):
        response = someone.get(url)
        assert response.status_code == 302
        assert response.url.startswith("/admin/login/?next=")


# Unsaved changes, posted from the change form's Preview button

TYPED_BODY = "Dear {contact_name},\nI have decided not to join {organisation}."


def change_url(template: ScriptTemplate) -> str:
    return f"/admin/scripts/scripttemplate/{template.pk}/change/"


def typed(template: ScriptTemplate, **changes) -> dict:
    """The change form as the editor sends it: every field, some of them retyped."""
    return admin_form_data(template, **changes)


def test_it_offers_a_preview_button_on_the_change_form_only(editor_client):
    template = make_script()
    html = editor_client.get(change_url(template)).content.decode()
    assert f'name="_preview" formaction="{preview_url(template)}"' in html
    add_form = editor_client.get("/admin/scripts/scripttemplate/add/").content.decode()
    assert 'name="_preview"' not in add_form


def test_it_previews_unsaved_changes_and_saves_nothing(editor_client):
    template = make_script()
    saved_body, saved_updated = template.body, template.updated
    versions = template.history.count()

    response = editor_client.post(
        preview_url(template), typed(template, body=TYPED_BODY, _preview="Preview")
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "Preview of your unsaved changes" in html
    assert "<p>Dear Claire Dubois,<br>I have decided not to join Northwind Logistics.</p>" in html
    assert "Hello Claire" not in html  # the saved text is not what is previewed
    # The typed text stays in the form, which saves to the change view.
    assert response.context["adminform"].form["body_en"].value() == TYPED_BODY
    assert f'action="{change_url(template)}"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    template.refresh_from_db()
    assert (template.body, template.updated) == (saved_body, saved_updated)
    assert template.history.count() == versions
    assert not LogEntry.objects.exists()


def test_it_saves_the_previewed_text_from_the_same_form(editor_client):
    template = make_script()
    preview = editor_client.post(
        preview_url(template), typed(template, body=TYPED_BODY, _preview="Preview")
    )
    form = preview.context["adminform"].form

    response = editor_client.post(
        change_url(template),
        {**form.data.dict(), "body_en": form["body_en"].value(), "_save": "Save"},
    )

    assert response.status_code == 302
    template.refresh_from_db()
    assert template.body == TYPED_BODY


def test_it_previews_unsaved_changes_for_the_situations_typed(editor_client):
    template = make_script(applies_to="offer")
    html = editor_client.post(
        preview_url(template),
        typed(template, applies_to="both", body="Dear {contact_first_name}.", _preview="Preview"),
    ).content.decode()
    assert "Dear Claire." in html
    assert "Dear Jeroen." in html


def test_it_shows_an_unknown_placeholder_next_to_the_field_and_saves_nothing(editor_client):
    template = make_script()
    saved_body = template.body

    response = editor_client.post(
        preview_url(template), typed(template, body="Hello {contact}.", _preview="Preview")
    )

    assert response.status_code == 200
    form = response.context["adminform"].form
    assert "Unknown placeholder “{contact}”." in form.errors["body_en"]
    html = response.content.decode()
    (row,) = re.findall(r'<div class="form-row[^"]*field-body_en">.*?</textarea>', html, re.DOTALL)
    assert "Unknown placeholder “{contact}”." in row
    assert "Please correct the error below." in html
    assert "Preview of your unsaved changes" not in html
    assert form["body_en"].value() == "Hello {contact}."
    template.refresh_from_db()
    assert template.body == saved_body


def test_it_escapes_unsaved_text_in_the_preview(editor_client):
    template = make_script()
    html = editor_client.post(
        preview_url(template),
        typed(template, body="<script>alert(1)</script> {contact_name}", _preview="Preview"),
    ).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Claire Dubois" in html
    assert "<script>alert" not in html


def test_it_refuses_an_unsaved_preview_to_staff_who_may_only_view(db):
    viewer = make_member("viewer@example.com")
    viewer.is_staff = True
    viewer.save(update_fields=["is_staff"])
    viewer.user_permissions.add(Permission.objects.get(codename="view_scripttemplate"))
    client = Client()
    client.force_login(viewer)
    template = make_script()
    response = client.post(preview_url(template), typed(template, body=TYPED_BODY))
    assert response.status_code == 403


def test_it_refuses_an_unsaved_preview_without_the_csrf_token(editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    template = make_script()
    response = client.post(preview_url(template), typed(template, body=TYPED_BODY))
    assert response.status_code == 403


def test_it_sends_members_and_visitors_posting_a_preview_to_the_admin_login(alice_client, client):
    template = make_script()
    for someone in (alice_client, client):
        response = someone.post(preview_url(template), typed(template, body=TYPED_BODY))
        assert response.status_code == 302
        assert response.url.startswith("/admin/login/?next=")
