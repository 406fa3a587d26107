from __future__ import annotations

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse, translate_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST, require_safe


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "core/home.html")


@never_cache
@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    """200 when the database answers, 503 when it does not (for load balancers)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "unavailable", "database": "down"}, status=503)
    return JsonResponse({"status": "ok", "database": "up"})


@require_POST
def language(request: HttpRequest) -> HttpResponse:
    """Switch the site's language (the header's buttons): remembered in the language
    cookie, and on the member's account when signed in, so their emails and calendar
    follow. Back to the page it was pressed on, when that is one of ours."""
    chosen = request.POST.get("language", "")
    target = request.POST.get("back_to", "")
    if not (
        target.startswith("/")
        and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()})
    ):
        target = reverse("home")
    if chosen not in dict(settings.LANGUAGES):
        return redirect(target)
    # The same page in the chosen language: a public page's address names it.
    response = redirect(translate_url(target, chosen))
    if request.user.is_authenticated:
        request.user.language = chosen
        request.user.save(update_fields=["language"])
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        chosen,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite="Lax",
        secure=request.is_secure(),
        httponly=True,
    )
    return response
