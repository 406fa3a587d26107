"""The one door to rows that belong to a member.

Every owned model's QuerySet offers `for_user(user)`, which starts the query
from the member; views fetch single rows with `get_owned_or_404`, which answers
404 (never 403) to anyone else, so a stranger cannot learn an object exists.
"""

from __future__ import annotations

from typing import Any

from django.db import models
from django.http import Http404


def get_owned_or_404[M: models.Model](queryset: models.QuerySet[M], user: Any, **lookup: Any) -> M:
    if not getattr(user, "is_authenticated", False):
        raise Http404
    try:
        return queryset.for_user(user).get(**lookup)  # type: ignore[attr-defined]
    except queryset.model.DoesNotExist:
        raise Http404 from None
