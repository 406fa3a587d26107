from __future__ import annotations

import re
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from apps.content import seeding
from apps.content.models import ReconnectIdea, Situation, Status, Step, StepTip
from apps.reasons.models import Reason, Reframe, ToneCue, ToneTopic
from apps.scripts.compose import compose_template
from apps.scripts.models import ScriptTemplate
from apps.scripts.sample import sample_plan

MODELS = [Reason, Reframe, ToneTopic, ToneCue, ScriptTemplate, ReconnectIdea, StepTip]


def seed() -> str:
    out = StringIO()
    call_command("seed_content", stdout=out)
    return out.getvalue()


def counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in MODELS}


def situations_of(item) -> list[str]:
    return list(Situation.values) if item.applies_to == "both" else [item.applies_to]


def tone_check_hits(text: str, reframes) -> list[str]:
    """The wordings a whole-word, case-insensitive tone check would flag in text."""
    return [
        wording
        for reframe in reframes
        for wording in reframe.wordings
        if re.search(rf"(?<!\w){re.escape(wording)}(?!\w)", text, re.IGNORECASE)
    ]


@pytest.fixture
def seeded(db) -> None:
    seed()


def test_it_seeds_enough_reasons_for_both_situations(seeded):
    assert Reason.objects.count() >= 12
    for situation in Situation.values:
        assert Reason.objects.published().for_situation(situation).count() >= 10
        assert Reason.objects.filter(applies_to=situation).exists()


def test_it_gives_every_reason_an_explanation_phrasings_and_phrasings_to_avoid(seeded):
    for reason in Reason.objects.all():
        assert reason.explanation.strip(), reason.slug
        assert 3 <= len(reason.phrasing_list) <= 4, reason.slug
        assert 2 <= len(reason.avoid_list) <= 3, reason.slug


def test_it_seeds_at_least_thirty_reframes(seeded):
    assert Reframe.objects.count() >= 30
    assert Reframe.objects.filter(applies_to="both").exists()
    assert Reframe.objects.filter(applies_to=Situation.OFFER).exists()
    assert Reframe.objects.filter(applies_to=Situation.PROMOTION).exists()


def test_it_seeds_a_script_and_email_for_each_situation_and_a_reconnect_message(seeded):
    kinds = set(ScriptTemplate.objects.values_list("kind", "applies_to"))

    assert {
        (ScriptTemplate.Kind.CALL_SCRIPT, Situation.OFFER),
        (ScriptTemplate.Kind.MEETING_SCRIPT, Situation.PROMOTION),
        (ScriptTemplate.Kind.FOLLOW_UP_EMAIL, Situation.OFFER),
        (ScriptTemplate.Kind.FOLLOW_UP_EMAIL, Situation.PROMOTION),
        (ScriptTemplate.Kind.RECONNECT_MESSAGE, "both"),
    } <= kinds
    for template in ScriptTemplate.objects.all():
        assert bool(template.subject) == template.is_email, template.slug


def test_it_seeds_reconnect_ideas_from_weeks_to_years_after(seeded):
    days = list(ReconnectIdea.objects.values_list("default_days_after", flat=True))

    assert len(days) >= 10
    assert min(days) <= 21
    assert max(days) >= 700


def test_it_seeds_a_published_tip_for_every_step_in_both_situations(seeded):
    for situation in Situation.values:
        tips = StepTip.objects.published().for_situation(situation)
        for step in Step.values:
            assert tips.filter(step=step).exists(), (situation, step)


def test_it_publishes_every_item_with_a_unique_order_per_model(seeded):
    for model in MODELS:
        assert not model.objects.exclude(status=Status.PUBLISHED).exists(), model.__name__
        orders = list(model.objects.values_list("order", flat=True))
        assert len(orders) == len(set(orders)), model.__name__


def test_every_item_passes_full_clean(seeded):
    for model in MODELS:
        for item in model.objects.all():
            item.full_clean()


def test_every_template_composes_for_its_situations_without_leftover_placeholders(seeded):
    for template in ScriptTemplate.objects.all():
        for situation in situations_of(template):
            plan = sample_plan(situation)
            composed = compose_template(template, plan)
            text = composed.subject + composed.body

            assert "{" not in text and "}" not in text, (template.slug, situation)
            assert plan.contact_name.split()[0] in composed.body, template.slug
            if template.kind != ScriptTemplate.Kind.RECONNECT_MESSAGE:
                assert plan.shared_phrasings[0] in composed.body, template.slug
                assert plan.door_open_text in composed.body, template.slug
            if template.is_email:
                assert composed.body.endswith(plan.member_name), template.slug


def test_the_suggested_wording_does_not_trip_the_tone_check(seeded):
    reframes = list(Reframe.objects.all())
    texts = [phrasing for reason in Reason.objects.all() for phrasing in reason.phrasing_list]
    texts += [reframe.alternative for reframe in reframes]
    texts += [template.subject + "\n" + template.body for template in ScriptTemplate.objects.all()]
    texts += [idea.opener for idea in ReconnectIdea.objects.all()]

    for text in texts:
        assert tone_check_hits(text, reframes) == [], text


def test_it_prints_a_summary_line_per_model(db):
    first = seed()
    second = seed()

    assert f"Reasons: {Reason.objects.count()} created, 0 already there" in first
    assert f"Reasons: 0 created, {Reason.objects.count()} already there" in second
    assert f"Step tips: 0 created, {StepTip.objects.count()} already there" in second
    assert len(second.strip().splitlines()) == len(MODELS)


def test_running_it_twice_creates_nothing_new(seeded):
    before = counts()

    seed()

    assert counts() == before


def test_it_never_overwrites_an_editors_changes(seeded):
    reason = Reason.objects.get(slug="compensation")
    reason.title = "Pay and package"
    reason.save()
    reframe = Reframe.objects.get(slug="salary-too-low")
    reframe.unpublish()

    seed()

    reason.refresh_from_db()
    reframe.refresh_from_db()
    assert reason.title == "Pay and package"
    assert reframe.status == Status.DRAFT


def new_starter_text(monkeypatch, slug: str, **changes) -> None:
    """The next release's starter content: the same item, reworded."""
    seeds = [
        (label, model, [{**item, **changes} if item["slug"] == slug else item for item in items])
        for label, model, items in seeding.starter_seeds()
    ]
    monkeypatch.setattr(seeding, "starter_seeds", lambda: seeds)


def test_it_updates_a_starter_row_nobody_has_changed(seeded, monkeypatch):
    new_starter_text(monkeypatch, "compensation", title="Pay, package and prospects")

    output = seed()

    reason = Reason.objects.get(slug="compensation")
    assert reason.title == "Pay, package and prospects"
    assert reason.history.first().history_change_reason == seeding.STARTER
    assert "Reasons: 0 created" in output and "(1 of them updated" in output
    # And once more with the same text: nothing left to update.
    assert "updated" not in seed()


def test_it_updates_rows_an_earlier_seeder_wrote_without_saying_so(db, monkeypatch):
    seed()
    # An older seeder left no change reason: the row's only version, made by no editor.
    tip = StepTip.objects.order_by("pk").first()
    tip.history.update(history_change_reason=None)
    new_starter_text(monkeypatch, tip.slug, title="A clearer title")

    seed()

    tip.refresh_from_db()
    assert tip.title == "A clearer title"


def test_it_never_updates_what_an_editor_changed_even_when_the_starter_text_moves_on(
    seeded, monkeypatch, django_user_model
):
    editor = django_user_model.objects.create_user(email="editor@example.com", password="x")
    reason = Reason.objects.get(slug="compensation")
    reason.title = "Pay and package"
    reason._history_user = editor
    reason.save()
    new_starter_text(monkeypatch, "compensation", title="Pay, package and prospects")

    output = seed()

    reason.refresh_from_db()
    assert reason.title == "Pay and package"
    assert "updated" not in output


def test_it_fills_in_only_what_is_missing(seeded):
    Reason.objects.filter(slug="timing").delete()
    before = counts()

    output = seed()

    assert Reason.objects.filter(slug="timing").exists()
    assert counts()["Reason"] == before["Reason"] + 1
    assert f"Reasons: 1 created, {before['Reason']} already there" in output


def test_invalid_starter_content_fails_loudly_and_creates_nothing(db, monkeypatch):
    # The valid starter reasons come first, so a partial run would leave them behind.
    broken = {"slug": "no-phrasings", "title": "No phrasings", "explanation": "Why."}
    seeds = [*seeding.starter_seeds(), ("Broken", Reason, [broken])]
    monkeypatch.setattr(seeding, "starter_seeds", lambda: seeds)

    with pytest.raises(ValidationError, match="phrasing"):
        seed()

    assert sum(counts().values()) == 0


# The starter reframes, applied in the sentences members write (tests/plans for the views).

SUBJECTS = ("I ", "I'm ", "I'd ", "I've ", "the ", "your ", "someone ", "they're ")


def test_a_clause_is_only_ever_swapped_for_a_whole_clause(seeded):
    """An alternative that starts "I …" is a sentence of its own: every wording it
    replaces must carry its own subject, or "I don't want to manage" would become
    "I I would rather…"."""
    for reframe in Reframe.objects.all():
        if not reframe.alternative.startswith("I "):
            continue
        for wording in reframe.wordings:
            assert wording.startswith(SUBJECTS), f"{reframe.slug}: {wording!r}"


@pytest.mark.parametrize(
    ("situation", "written", "becomes"),
    [
        (
            Situation.PROMOTION,
            "Honestly, I don't want to manage.",
            "Honestly, I would rather deepen my expertise than move into managing people "
            "right now.",
        ),
        (
            Situation.OFFER,
            "I'm not a people person.",
            "I get the most energy from the specialist side of my work.",
        ),
        (
            Situation.OFFER,
            "It's too far away and the commute is too long.",
            "The daily journey would be hard for me to sustain alongside my other commitments.",
        ),
        (
            Situation.OFFER,
            "My last job was a dead end with a bad manager.",
            "I have realised that this role is not the right fit for what I want to do next.",
        ),
        (
            Situation.OFFER,
            "Boring. I'm bored already.",
            # Two blunt sentences on one topic become one calm sentence, not the same twice.
            "After careful thought, I have decided this opportunity is not the right fit for "
            "me at this point.",
        ),
        (
            Situation.PROMOTION,
            "There's too much office politics and I'd be micromanaged.",
            # "office politics" is about the culture, although "office" alone is a place.
            "I have realised that a different working environment would suit me better.",
        ),
    ],
)
def test_applying_every_finding_keeps_the_sentence_whole(seeded, situation, written, becomes):
    from apps.plans.builder import apply_finding
    from apps.reasons.tone import check_tone

    text = written
    while findings := check_tone(text, situation):
        finding = findings[-1]  # from the end, so earlier spans stay put
        text = apply_finding(text, situation, finding.start, finding.end, finding.suggestion_id)

    assert text == becomes
