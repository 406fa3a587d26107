from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

from apps.content.models import Status
from apps.scripts.compose import compose_template
from apps.scripts.models import ScriptTemplate
from apps.scripts.sample import sample_plan
from tests.scripts.conftest import make_script

pytestmark = pytest.mark.django_db

Kind = ScriptTemplate.Kind


def version(slug: str, tone: str, length: str, **fields) -> ScriptTemplate:
    return make_script(slug=slug, tone=tone, length=length, status=Status.PUBLISHED, **fields)


def best(tone: str, length: str, kind: str = Kind.CALL_SCRIPT) -> str | None:
    chosen = ScriptTemplate.objects.published().best_for(kind, tone, length)
    return chosen.slug if chosen else None


def test_it_picks_the_version_asked_for():
    for tone, length in [("warm", "full"), ("formal", "full"), ("warm", "short")]:
        version(f"{tone}-{length}", tone, length)

    assert best("warm", "full") == "warm-full"
    assert best("formal", "full") == "formal-full"
    assert best("warm", "short") == "warm-short"


def test_the_tone_counts_before_the_length():
    version("warm-short", "warm", "short", order=1)
    version("formal-full", "formal", "full", order=2)

    assert best("formal", "short") == "formal-full"
    assert best("warm", "full") == "warm-short"


def test_the_editors_order_decides_between_equals():
    version("later", "warm", "full", order=20)
    version("earlier", "warm", "full", order=10)

    assert best("warm", "full") == "earlier"


def test_it_finds_nothing_of_another_kind():
    version("call", "warm", "full")

    assert best("warm", "full", Kind.DECLINE_EMAIL) is None


def test_the_decline_by_email_is_an_email_with_a_subject():
    template = ScriptTemplate(kind=Kind.DECLINE_EMAIL, name="Decline", body="Dear {contact_name}")

    assert template.is_email
    with pytest.raises(Exception, match="subject"):
        template.full_clean()


def test_the_note_to_the_member_travels_beside_the_text_not_in_it():
    template = ScriptTemplate(
        kind=Kind.DECLINE_EMAIL,
        subject="My decision",
        body="Dear {contact_first_name},",
        member_note="  A call is better.  ",
    )

    composed = compose_template(template, sample_plan())

    assert composed.note == "A call is better."
    assert "call is better" not in composed.body + composed.subject


@pytest.mark.parametrize("field", ["tone", "length"])
def test_it_refuses_an_unknown_tone_or_length(field):
    with transaction.atomic(), pytest.raises(IntegrityError):
        make_script(**{field: "loud"})
    template = make_script()
    with transaction.atomic(), pytest.raises(IntegrityError):
        ScriptTemplate.objects.filter(pk=template.pk).update(**{field: ""})


def test_editors_filter_the_templates_by_tone_and_length(editor_client):
    version("warm-full", "warm", "full", name="Warm and full")
    version("formal-short", "formal", "short", name="Formal and short")

    page = editor_client.get(
        "/admin/scripts/scripttemplate/?tone__exact=formal&length__exact=short"
    )

    html = page.content.decode()
    assert page.status_code == 200
    assert "Formal and short" in html
    assert "Warm and full" not in html
    assert "By tone" in html and "By length" in html
