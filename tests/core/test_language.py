"""Choosing a language: the header's buttons, the member's setting, and the language a
member's emails and calendar are written in whoever sends or fetches them."""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.utils import translation

from apps.accounts.models import User
from apps.reminders import services
from apps.reminders.services import calendar_token_regenerate, reminder_email
from tests.helpers import PASSWORD, make_member, make_plan, make_reminder

pytestmark = pytest.mark.django_db

COOKIE = settings.LANGUAGE_COOKIE_NAME


def html_lang(response) -> str:
    return re.search(r'<html lang="([^"]+)"', response.content.decode()).group(1)


def test_every_page_offers_the_three_languages_as_plain_buttons(client):
    html = client.get("/").content.decode()
    form = html[html.index('action="/language/"') :]
    form = form[: form.index("</form>")]
    for code, name in (("en", "English"), ("fr", "Français"), ("nl", "Nederlands")):
        assert f'name="language" value="{code}" lang="{code}"' in form
        assert f">{name}</button>" in form
    assert 'name="csrfmiddlewaretoken"' in form
    assert 'aria-current="true"' in form  # the current one says so


def test_a_visitor_switches_with_a_cookie_and_lands_back_on_the_page(client):
    response = client.post("/language/", {"language": "nl", "back_to": "/guide/"})

    assert response.status_code == 302
    assert response["Location"] == "/nl/guide/"  # the same public page, in Dutch
    assert response.cookies[COOKIE].value == "nl"
    assert response.cookies[COOKIE]["httponly"]
    assert html_lang(client.get("/nl/guide/")) == "nl"
    # A page whose address names no language (sign-in) follows the cookie.
    assert html_lang(client.get("/accounts/login/")) == "nl"
    back = client.post("/language/", {"language": "en", "back_to": "/nl/guide/"})
    assert back["Location"] == "/guide/"


@pytest.mark.parametrize("back_to", ["https://evil.example/", "//evil.example/", "guide", ""])
def test_it_only_goes_back_to_a_page_of_ours(client, back_to):
    response = client.post("/language/", {"language": "fr", "back_to": back_to})
    assert response["Location"] == "/fr/"  # the home page, in the language chosen


def test_an_unknown_language_changes_nothing(client, alice_client, alice):
    response = alice_client.post("/language/", {"language": "de", "back_to": "/plans/"})

    assert response["Location"] == "/plans/"
    assert COOKIE not in response.cookies
    alice.refresh_from_db()
    assert alice.language == ""


def test_a_member_keeps_their_language_on_every_device(alice, alice_client, client):
    alice_client.post("/language/", {"language": "fr", "back_to": "/plans/"})
    alice.refresh_from_db()
    assert alice.language == "fr"

    # Another browser, another Accept-Language, no cookie: still French once signed in.
    client.force_login(alice)
    assert html_lang(client.get("/plans/", HTTP_ACCEPT_LANGUAGE="nl")) == "fr"


def test_switching_is_a_post_only(client):
    assert client.get("/language/", {"language": "nl"}).status_code == 405


def test_the_settings_page_sets_the_language_too(alice, alice_client):
    data = {
        "display_name": "Alice",
        "time_zone": "Europe/Brussels",
        "reminder_emails": "on",
        "language": "nl",
    }
    assert alice_client.post("/account/", data).status_code == 302
    alice.refresh_from_db()
    assert alice.language == "nl"

    data["language"] = ""  # back to the browser's
    alice_client.post("/account/", data)
    alice.refresh_from_db()
    assert alice.language == ""


def test_signing_up_remembers_the_language_it_was_done_in(client):
    client.post(
        "/accounts/signup/",
        {
            "email": "noor@example.com",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "display_name": "Noor",
            "time_zone": "Europe/Brussels",
        },
        HTTP_ACCEPT_LANGUAGE="fr-BE,fr;q=0.9",
    )

    assert User.objects.get(email="noor@example.com").language == "fr"


def test_a_reminder_email_is_written_in_the_members_language(monkeypatch):
    member = make_member("noor@example.com")
    member.language = "nl"
    member.save()
    reminder = make_reminder(make_plan(member))
    rendered_in = []
    real = services.render_to_string

    def recording(*args, **kwargs):
        rendered_in.append(translation.get_language())
        return real(*args, **kwargs)

    monkeypatch.setattr(services, "render_to_string", recording)

    with translation.override("en"):  # the sending process's own language
        reminder_email(member, [reminder])

    assert rendered_in == ["nl"]


def test_the_feed_is_in_the_members_language_whoever_fetches_it(client, alice):
    make_reminder(make_plan(alice))
    token = calendar_token_regenerate(user=alice)
    alice.language = "fr"
    alice.save()

    def etag(accept: str) -> str:
        response = client.get(f"/calendar/{token}.ics", HTTP_ACCEPT_LANGUAGE=accept)
        assert response.status_code == 200
        return response["ETag"]

    # Calendar apps send their own Accept-Language: the file is the same French one.
    assert etag("nl") == etag("en") == etag("fr")
    french = etag("nl")

    alice.language = "nl"
    alice.save()

    # A change of language is a new file (the language is in the ETag).
    assert etag("fr") != french


# Public pages in each language


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_public_pages_have_an_address_per_language(client, language):
    for path in ("/", "/guide/", "/guide/job-offer/", "/guide/promotion/"):
        response = client.get(f"/{language}{path}")
        assert response.status_code == 200, path
        assert html_lang(response) == language
        assert response["Content-Language"] == language


def test_a_first_visit_in_another_language_goes_to_that_languages_page(client):
    response = client.get("/guide/job-offer/?for=me", HTTP_ACCEPT_LANGUAGE="fr-BE,fr;q=0.9")

    assert response.status_code == 302
    assert response["Location"] == "/fr/guide/job-offer/?for=me"
    assert "Accept-Language" in response["Vary"]
    # English readers stay; pages outside the public ones never move.
    assert client.get("/guide/", HTTP_ACCEPT_LANGUAGE="en-GB").status_code == 200
    login = client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="fr")
    assert login.status_code == 200 and html_lang(login) == "fr"


def test_a_public_page_names_its_other_languages_for_search_engines(client):
    html = client.get("/guide/").content.decode()

    for code, path in (("en", "/guide/"), ("nl", "/nl/guide/"), ("fr", "/fr/guide/")):
        assert f'<link rel="alternate" hreflang="{code}" href="http://testserver{path}">' in html
    assert 'hreflang="x-default" href="http://testserver/guide/"' in html
    assert "hreflang" not in client.get("/accounts/login/").content.decode()


def test_a_public_pages_address_beats_the_members_own_language(alice, alice_client):
    alice.language = "fr"
    alice.save()

    assert html_lang(alice_client.get("/nl/guide/")) == "nl"
    assert html_lang(alice_client.get("/plans/")) == "fr"
