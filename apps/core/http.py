"""A typed request for views, so editors know what `request.htmx` and `request.user` are."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.http import HttpRequest

if TYPE_CHECKING:
    from django_htmx.middleware import HtmxDetails

    from apps.accounts.models import User


class HtmxHttpRequest(HttpRequest):
    htmx: HtmxDetails


class MemberRequest(HtmxHttpRequest):
    """A request behind @login_required: the user is a member, never anonymous."""

    user: User
