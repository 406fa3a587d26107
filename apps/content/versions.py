"""One answer to "has any curated content changed?", for every cache keyed on it.

Editors change content in the admin while several worker processes serve members, so a
signal clearing a local cache would reach only one process. Instead a cache asks the
database one cheap question and keys its entries by the answer: how many items of each
kind exist and when the latest was saved. Any save moves `updated` (an edit, publish(),
unpublish(), a new item) and a deletion changes a count, so equal versions mean equal
content and nothing cached under one is ever stale. Not seen: bulk .update() calls,
which skip auto_now, and rows loaded with an `updated` older than the newest one.
"""

from __future__ import annotations

import functools
import hashlib

from django.db import connection
from django.db.models import CharField, Count, Max, QuerySet, Value

from apps.content.models import curated_models


@functools.cache
def _version_sql(alias: str) -> tuple[str, tuple]:
    """The version query, built by the ORM once per process and database: building it
    costs more than running it."""

    def stats(model):
        # A plain QuerySet: modeltranslation's (on translated models) reorders the
        # columns of values_list() after an annotate().
        return (
            QuerySet(model)
            .order_by()
            .annotate(content_kind=Value(model._meta.label, output_field=CharField()))
            .values("content_kind")
            .annotate(count=Count("pk"), latest=Max("updated"))
            .values_list("content_kind", "count", "latest")
        )

    first, *others = (stats(model) for model in curated_models())
    union = first.union(*others, all=True).order_by()
    return union.query.get_compiler(using=alias).as_sql()


def content_version() -> str:
    """A short fingerprint of all curated content, in one query."""
    sql, params = _version_sql(connection.alias)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = sorted(cursor.fetchall(), key=lambda row: row[0])
    return hashlib.sha256(repr(rows).encode()).hexdigest()[:32]
