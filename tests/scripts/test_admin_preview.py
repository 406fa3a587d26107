from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import Permission
from django.test import Client

from apps.scripts.models import ScriptTemplate
from tests.helpers import make_member
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
    assert "Thank you for the offer from Northwind Logistics.<br>After thinking it" in html
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
