"""Add Ajar's starter advice content without ever overwriting an editor's work."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.db import models, transaction

from apps.guide.models import StepTip
from apps.guide.starter import reasons, reconnect, reframes, scripts, tips
from apps.reasons.models import Reason, Reframe
from apps.reminders.models import ReconnectIdea
from apps.scripts.models import ScriptTemplate

SEEDS: list[tuple[str, type[models.Model], list[dict[str, Any]]]] = [
    ("Reasons", Reason, reasons.REASONS),
    ("Reframes", Reframe, reframes.REFRAMES),
    ("Script templates", ScriptTemplate, scripts.SCRIPT_TEMPLATES),
    ("Reconnect ideas", ReconnectIdea, reconnect.RECONNECT_IDEAS),
    ("Step tips", StepTip, tips.STEP_TIPS),
]


@transaction.atomic
def seed_starter_content() -> list[tuple[str, int, int]]:
    """Create every starter item whose slug is new; return (label, created, already there).

    Existing rows are never updated, so an editor's rewrites, reordering and
    unpublishing survive every run. Each new item is fully validated first: one
    invalid item raises ValidationError and rolls the whole run back.
    """
    summary = []
    for label, model, items in SEEDS:
        existing = set(
            model.objects.filter(slug__in=[item["slug"] for item in items]).values_list(
                "slug", flat=True
            )
        )
        created = 0
        for item in items:
            if item["slug"] in existing:
                continue
            content = model(**item)
            content.full_clean()
            content.save()
            created += 1
        summary.append((label, created, len(items) - created))
    return summary


class Command(BaseCommand):
    help = (
        "Add the starter reasons, reframes, script templates, reconnect ideas and step tips. "
        "Only items whose slug is not in the database yet are created; nothing existing is "
        "changed."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        for label, created, already_there in seed_starter_content():
            self.stdout.write(f"{label}: {created} created, {already_there} already there")
