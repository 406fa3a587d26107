"""Staff see the reminders whose email failed, and why, never what they say."""

from __future__ import annotations

import pytest
from django.utils import timezone

from apps.reminders.models import MAX_ATTEMPTS, Reminder
from tests.helpers import make_reminder

pytestmark = pytest.mark.django_db

URL = "/admin/reminders/delivery/"


@pytest.fixture
def failed(plan) -> Reminder:
    reminder = make_reminder(plan, title="Coffee with Claire about her divorce")
    for _ in range(MAX_ATTEMPTS):
        reminder.mark_failed(
            timezone.now(), "SMTPRecipientsRefused: 550 claire.dubois@northwind.example unknown"
        )
    return reminder


def test_a_superuser_sees_failed_deliveries_without_their_words_or_addresses(
    admin_client, failed, plan
):
    make_reminder(plan, title="Sent fine")  # never failed: not listed

    response = admin_client.get(URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert str(failed.pk) in html
    assert "550 [address] unknown" in html
    for private in ("divorce", "claire.dubois@", "Sent fine", plan.organisation):
        assert private not in html


def test_nothing_can_be_changed_there(admin_client, failed):
    assert admin_client.get(f"{URL}add/").status_code == 403
    page = admin_client.get(f"{URL}{failed.pk}/change/")
    assert page.status_code == 200
    assert 'name="_save"' not in page.content.decode()
    assert admin_client.post(f"{URL}{failed.pk}/delete/").status_code == 403


def test_a_content_editor_does_not_see_it(editor_client, failed):
    assert editor_client.get(URL).status_code == 403
