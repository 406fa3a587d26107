"""The guide's rendered articles are kept per process, keyed by the content version:
every kind of change an editor can make shows on the very next request."""

from __future__ import annotations

import pytest
from django.core.cache import caches

from apps.content.models import AppliesTo, Step
from apps.scripts.models import ScriptTemplate
from tests.helpers import make_idea, make_reason, make_script, make_tip

OFFER = "/guide/job-offer/"

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty_article_cache():
    caches["local"].clear()


def page(client) -> str:
    response = client.get(OFFER)
    assert response.status_code == 200
    return response.content.decode()


def test_an_edit_shows_at_once(client):
    reason = make_reason("commute", AppliesTo.OFFER, "Location or commute")
    assert "Location or commute" in page(client)

    reason.title = "A shorter commute"
    reason.save()

    html = page(client)
    assert "A shorter commute" in html
    assert "Location or commute" not in html


def test_unpublishing_and_publishing_show_at_once(client):
    reason = make_reason("commute", AppliesTo.OFFER, "Location or commute")
    assert "Location or commute" in page(client)

    reason.unpublish()
    assert "Location or commute" not in page(client)

    reason.publish()
    assert "Location or commute" in page(client)


def test_a_new_or_deleted_item_shows_at_once(client):
    make_reason("commute", AppliesTo.OFFER, "Location or commute")
    assert "Family first" not in page(client)

    family = make_reason("family", AppliesTo.OFFER, "Family first")
    assert "Family first" in page(client)

    family.delete()
    assert "Family first" not in page(client)


def test_changes_to_tips_scripts_and_ideas_show_at_once(client):
    tip = make_tip("prepare", Step.REASONS, AppliesTo.BOTH, "Write it down first")
    script = make_script(
        "call", ScriptTemplate.Kind.CALL_SCRIPT, AppliesTo.OFFER, "Hello {contact_name}, thanks."
    )
    idea = make_idea("congrats", AppliesTo.BOTH, 90, title="Congratulate them")
    html = page(client)
    assert all(text in html for text in ["Write it down first", "Hello", "Congratulate them"])

    tip.title = "Write your reasons down"
    tip.save()
    script.body = "Good morning {contact_name}."
    script.save()
    idea.title = "Send congratulations"
    idea.save()

    html = page(client)
    assert "Write your reasons down" in html
    assert "Good morning" in html
    assert "Send congratulations" in html


def test_a_cached_article_costs_one_query(client, django_assert_num_queries):
    make_reason("commute", AppliesTo.OFFER, "Location or commute")
    page(client)  # renders and keeps the article

    with django_assert_num_queries(1):  # the content version; a visitor has no session
        assert "Location or commute" in page(client)


def test_visitors_and_members_get_their_own_article(client, alice_client):
    make_reason("commute", AppliesTo.OFFER, "Location or commute")
    visitor = page(client)
    member = page(alice_client)

    assert 'href="/accounts/signup/"' in visitor
    assert 'href="/accounts/signup/"' not in member
