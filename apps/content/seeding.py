"""Ajar's starter advice content, and adding it without ever overwriting an editor's work.

Each app with curated content keeps its starter data beside its models, in a `starter`
module that exposes ``SEEDS``: (label, model, items), each item a dict keyed by field
name with a stable `slug`. `seed_content` adds any item whose slug is not in the
database yet. A row nobody has changed since the seeder wrote it (its history says so)
is brought up to date with the starter text, so an existing database gets improved
starter content too; a row an editor has changed is never touched, so editors can
rewrite, reorder or unpublish starter content in the admin without it coming back.
(Deleting an item does bring it back on the next seed: unpublish instead.)
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.db import models, transaction

from apps.content.languages import SOURCE, column, translated_fields

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


def translated(items: list[dict[str, Any]], **languages: dict[str, dict[str, str]]):
    """The starter items with their text in other languages: `nl=`, `fr=` map each
    slug to its fields ({"title": ..., "body": ...}), which become `title_nl`,
    `body_nl`... beside the English."""
    return [
        {
            **item,
            **{
                column(name, language): text
                for language, texts in languages.items()
                for name, text in texts.get(item["slug"], {}).items()
            },
        }
        for item in items
    ]


def in_columns(model: type[models.Model], item: dict[str, Any]) -> dict[str, Any]:
    """A starter item as the row stores it: the English text of a translated field goes
    in its English column (`title` → `title_en`), whatever language is active."""
    fields = translated_fields(model)
    return {column(name, SOURCE) if name in fields else name: value for name, value in item.items()}


def starter_seeds() -> list[Seed]:
    """Every installed app's SEEDS, in INSTALLED_APPS order."""
    seeds: list[Seed] = []
    for config in apps.get_app_configs():
        name = f"{config.name}.starter"
        if importlib.util.find_spec(name) is not None:
            seeds.extend(importlib.import_module(name).SEEDS)
    return seeds


# The history's change reason of every row the seeder writes: a row whose latest
# version has it is as the seeder left it.
STARTER = "Starter content"


@dataclass(frozen=True)
class SeedResult:
    label: str
    created: int
    updated: int
    kept: int

    def __str__(self) -> str:
        line = f"{self.label}: {self.created} created, {self.kept} already there"
        if self.updated:
            line += f" ({self.updated} of them updated to the new starter text)"
        return line


@transaction.atomic
def seed_starter_content() -> list[SeedResult]:
    """Create every starter item whose slug is new, and bring the rows nobody has changed
    since the seeder wrote them up to date with the starter text.

    A row an editor has changed (or any row the seeder did not write) is never updated,
    so an editor's rewrites, reordering and unpublishing survive every run. Each item
    written is fully validated first: one invalid item raises ValidationError and rolls
    the whole run back.
    """
    summary = []
    for label, model, items in starter_seeds():
        items = [in_columns(model, item) for item in items]
        rows = model.objects.in_bulk([item["slug"] for item in items], field_name="slug")
        untouched = _as_seeded(model, rows.values())
        created = updated = 0
        for item in items:
            row = rows.get(item["slug"])
            if row is None:
                content = model(**item)
                created += 1
            elif row.pk in untouched and _differs(row, item):
                content = row
                for name, value in item.items():
                    setattr(content, name, value)
                updated += 1
            else:
                continue
            content.full_clean()
            content._change_reason = STARTER
            content.save()
        summary.append(SeedResult(label, created, updated, len(items) - created))
    return summary


def _differs(row: models.Model, item: dict[str, Any]) -> bool:
    return any(getattr(row, name) != value for name, value in item.items())


def _as_seeded(model: type[models.Model], rows) -> set[Any]:
    """The rows whose latest version the seeder wrote: its change reason says so, or
    (written before the seeder said so) it is the row's only version, made without a
    signed-in editor. One query for all of them."""
    latest: dict[Any, Any] = {}
    versions: dict[Any, int] = {}
    pk_name = model._meta.pk.attname
    history = model.history.filter(**{f"{pk_name}__in": [row.pk for row in rows]})
    for version in history.order_by(pk_name, "-history_date", "-history_id"):
        pk = getattr(version, pk_name)
        latest.setdefault(pk, version)
        versions[pk] = versions.get(pk, 0) + 1
    return {
        pk
        for pk, version in latest.items()
        if version.history_change_reason == STARTER
        or (versions[pk] == 1 and version.history_type == "+" and version.history_user_id is None)
    }
