"""The database refuses choices no TextChoices knows, whatever writes them."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

from apps.content.models import AppliesTo, ReconnectIdea, Status, Step, StepTip, curated_models
from apps.reasons.models import CueKind, Reason, Reframe, ToneCue, ToneTopic
from apps.scripts.models import ScriptTemplate

pytestmark = pytest.mark.django_db

ITEMS = {
    Reason: {"title": "Commute", "explanation": "Travel.", "phrasings": "A shorter commute"},
    Reframe: {"blunt": "too low", "alternative": "a higher level", "why": "Kinder."},
    ScriptTemplate: {"kind": ScriptTemplate.Kind.CALL_SCRIPT, "name": "Call", "body": "Hello."},
    ReconnectIdea: {"title": "Events", "opener": "Good to see you!", "default_days_after": 90},
    StepTip: {"step": Step.CONVERSATION, "title": "Call first", "body": "A call is kinder."},
    ToneTopic: {"name": "Pay", "words": "salary", "alternative": "A higher level.", "why": "Kind."},
    ToneCue: {"name": "Joke", "kind": CueKind.JUDGEMENT, "words": "a joke", "why": "Harsh."},
}


def refused(write) -> bool:
    try:
        with transaction.atomic():
            write()
    except IntegrityError:
        return True
    return False


def test_the_cases_cover_every_kind_of_content():
    assert set(ITEMS) == set(curated_models())


@pytest.mark.parametrize("model", ITEMS, ids=lambda model: model.__name__)
@pytest.mark.parametrize(
    ("field", "allowed"),
    [("status", Status.PUBLISHED), ("applies_to", AppliesTo.OFFER)],
)
def test_it_refuses_an_unknown_status_or_situation(model, field, allowed):
    fields = {"slug": "item", **ITEMS[model]}
    assert refused(lambda: model.objects.create(**fields, **{field: "archived"}))
    item = model.objects.create(**fields, **{field: allowed})
    assert refused(lambda: model.objects.filter(pk=item.pk).update(**{field: "Published"}))
    assert refused(lambda: model.objects.filter(pk=item.pk).update(**{field: ""}))


def test_it_refuses_an_unknown_script_kind():
    fields = {"slug": "call", **ITEMS[ScriptTemplate]}
    assert refused(lambda: ScriptTemplate.objects.create(**{**fields, "kind": "letter"}))
    template = ScriptTemplate.objects.create(**fields)
    assert refused(lambda: ScriptTemplate.objects.filter(pk=template.pk).update(kind="Call script"))
    for kind in ScriptTemplate.Kind.values:
        ScriptTemplate.objects.filter(pk=template.pk).update(kind=kind)


def test_it_refuses_an_unknown_builder_step():
    fields = {"slug": "call", **ITEMS[StepTip]}
    assert refused(lambda: StepTip.objects.create(**{**fields, "step": "door_open"}))
    tip = StepTip.objects.create(**fields)
    for step in Step.values:
        StepTip.objects.filter(pk=tip.pk).update(step=step)
    assert refused(lambda: StepTip.objects.filter(pk=tip.pk).update(step="goodbye"))


def test_each_kind_names_its_own_constraints():
    names = {
        model: {constraint.name for constraint in model._meta.constraints}
        for model in curated_models()
    }
    assert names[Reason] == {"reasons_reason_status_valid", "reasons_reason_applies_to_valid"}
    assert names[ScriptTemplate] == {
        "scripts_scripttemplate_status_valid",
        "scripts_scripttemplate_applies_to_valid",
        "scripts_scripttemplate_kind_valid",
        "scripts_scripttemplate_tone_valid",
        "scripts_scripttemplate_length_valid",
    }
    assert names[StepTip] == {
        "content_steptip_status_valid",
        "content_steptip_applies_to_valid",
        "content_steptip_step_valid",
    }
