"""Ajar's starter advice content, and adding it without ever overwriting an editor's work.

Each app with curated content keeps its starter data beside its models, in a `starter`
module that exposes ``SEEDS``: (label, model, items), each item a dict keyed by field
name with a stable `slug`. `seed_content` adds any item whose slug is not in the
database yet and never touches existing rows, so editors can rewrite, reorder or
unpublish starter content in the admin without it coming back. (Deleting an item does
bring it back on the next seed: unpublish instead.)
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import Any

from django.apps import apps
from django.db import models, transaction

Seed = tuple[str, type[models.Model], list[dict[str, Any]]]


def starter_items(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Starter content ships published, ordered as listed (10, 20, 30...).

    Gaps of ten leave room for editors to slot their own items in between.
    """
    return [
        {"status": "published", "order": (position + 1) * 10, **item}
        for position, item in enumerate(items)
    ]


def lines(*items: str) -> str:
    """Editors keep lists one item per line; the starter data reads the same way."""
    return "\n".join(items)


def paragraphs(*texts: str) -> str:
    """Tips and templates separate paragraphs with a blank line."""
    return "\n\n".join(texts)


def starter_seeds() -> list[Seed]:
    """Every installed app's SEEDS, in INSTALLED_APPS order."""
    seeds: list[Seed] = []
    for config in apps.get_app_configs():
        name = f"{config.name}.starter"
        if importlib.util.find_spec(name) is not None:
            seeds.extend(importlib.import_module(name).SEEDS)
    return seeds


@transaction.atomic
def seed_starter_content() -> list[tuple[str, int, int]]:
    """Create every starter item whose slug is new; return (label, created, already there).

    Existing rows are never updated, so an editor's rewrites, reordering and
    unpublishing survive every run. Each new item is fully validated first: one
    invalid item raises ValidationError and rolls the whole run back.
    """
    summary = []
    for label, model, items in starter_seeds():
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
