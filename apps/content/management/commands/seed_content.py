"""Add Ajar's starter content and update what nobody changed; never an editor's work."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from apps.content.seeding import seed_starter_content


class Command(BaseCommand):
    help = (
        "Add the starter reasons, reframes, tone topics and cues, script templates, reconnect "
        "ideas and step tips. Items whose slug is new are created; rows nobody has changed "
        "since the seeder wrote them are updated to the starter text; an editor's changes "
        "are never touched."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        for result in seed_starter_content():
            self.stdout.write(str(result))
