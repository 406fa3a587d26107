"""Add Ajar's starter advice content without ever overwriting an editor's work."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from apps.content.seeding import seed_starter_content


class Command(BaseCommand):
    help = (
        "Add the starter reasons, reframes, script templates, reconnect ideas and step tips. "
        "Only items whose slug is not in the database yet are created; nothing existing is "
        "changed."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        for label, created, already_there in seed_starter_content():
            self.stdout.write(f"{label}: {created} created, {already_there} already there")
