"""Where a member is signed in (allauth.usersessions), kept up to date at a page's pace.

allauth's own middleware rewrites the member's session row on every request (a
savepoint, a read, a write and a read of the user: five queries on every page). The
sessions page needs "last seen" to the minute, not to the request, so Ajar's middleware
passes the request to allauth's tracking at most once every few minutes per session,
remembering when (and from which address and browser) in the session itself. A request
from another address or browser is tracked at once: a copied session cookie shows up on
the sessions page with the copier's address straight away. Signing in counts as being
seen: allauth makes the row then (its user_logged_in signal), so the first pages after it
cost nothing.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable

from allauth.account.adapter import get_adapter
from allauth.usersessions.internal import usersessionkit
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

# How stale "last seen" may be, and how often a member's requests write it.
SEEN_EVERY = 5 * 60
SEEN_KEY = "ajar_session_seen_at"


def _client(request: HttpRequest) -> list[str]:
    """The address and browser a request comes from; [] when the request has no address
    (Django's test client signing in builds one without)."""
    try:
        ip = get_adapter().get_client_ip(request)
    except PermissionDenied:
        return []
    user_agent = request.META.get("HTTP_USER_AGENT", "")
    return [ip, hashlib.sha256(user_agent.encode()).hexdigest()]


def mark_seen(request: HttpRequest) -> None:
    request.session[SEEN_KEY] = [int(time.time()), *_client(request)]


def on_login(sender, request, user, **kwargs) -> None:
    """Django's user_logged_in: allauth has just made the row (or a test signed in)."""
    if getattr(request, "session", None) is not None:
        mark_seen(request)


class UserSessionsMiddleware:
    """allauth's UserSessionsMiddleware, at most once every SEEN_EVERY seconds a session."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        session = getattr(request, "session", None)
        user = getattr(request, "user", None)
        if session is not None and user is not None and user.is_authenticated:
            seen = session.get(SEEN_KEY)
            stale = not isinstance(seen, list) or time.time() - seen[0] >= SEEN_EVERY
            if stale or (seen[1:] and seen[1:] != _client(request)):
                usersessionkit.track_activity(request, user=user, session=session)
                mark_seen(request)
        return self.get_response(request)
