"""The one door to rows that belong to a member.

Every owned model's QuerySet is an `OwnedQuerySet`, whose `for_user(user)` starts the
query from the member; views fetch single rows with `get_owned_or_404`, which answers
404 (never 403) to anyone else, so a stranger cannot learn an object exists.
"""

from __future__ import annotations

from typing import Any

from django.db import models
from django.http import Http404


class OwnedQuerySet(models.QuerySet):
    """A QuerySet of members' rows; `owner_path` is the lookup from a row to its member."""

    owner_path = "owner"

    def for_user(self, user: Any) -> OwnedQuerySet:
        """The only way to reach these rows: start from the member (none for visitors)."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(**{self.owner_path: user})


def get_owned_or_404(queryset: OwnedQuerySet, user: Any, **lookup: Any) -> Any:
    if not getattr(user, "is_authenticated", False):
        raise Http404
    try:
        return queryset.for_user(user).get(**lookup)
    except queryset.model.DoesNotExist:
        raise Http404 from None
