from __future__ import annotations

import zoneinfo
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.urls import is_valid_path
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control, patch_vary_headers


class MemberTimeZoneMiddleware:
    """Show dates in the member's own time zone."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if user.is_authenticated and user.time_zone:
            try:
                timezone.activate(zoneinfo.ZoneInfo(user.time_zone))
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                timezone.deactivate()
        else:
            timezone.deactivate()
        return self.get_response(request)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, with one difference. The public pages (i18n_patterns, English without a
    prefix) are in the language their address names; every other page (the builder,
    sign-in, settings) has no prefix and is in the visitor's language: the cookie the
    language buttons set, else the browser's. Django's own would make those English.

    A visitor whose language is not English who opens a public page's English address
    (a first visit, a search result) is sent to the same page in their language."""

    def process_request(self, request: HttpRequest) -> HttpResponse | None:
        from_path = translation.get_language_from_path(request.path_info)
        preferred = translation.get_language_from_request(request, check_path=False)
        translation.activate(from_path or preferred)
        request.LANGUAGE_CODE = translation.get_language()
        if from_path or preferred == settings.LANGUAGE_CODE:
            return None
        if request.method not in ("GET", "HEAD") or request.headers.get("HX-Request"):
            return None
        localised = f"/{preferred}{request.path_info}"
        if is_valid_path(localised, getattr(request, "urlconf", None)):
            query = request.META.get("QUERY_STRING", "")
            redirect = HttpResponseRedirect(
                f"{request.META.get('SCRIPT_NAME', '')}{localised}" + (f"?{query}" if query else "")
            )
            patch_vary_headers(redirect, ("Accept-Language", "Cookie"))
            return redirect
        return None


class MemberLanguageMiddleware:
    """A member who chose a language gets it on every page, on every device; everyone
    else gets LocaleMiddleware's choice (the language cookie, then the browser's)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        chosen = getattr(user, "language", "") if user.is_authenticated else ""
        # A public page's address names its language (/nl/guide/): that one wins.
        named = translation.get_language_from_path(request.path_info)
        if chosen and chosen in dict(settings.LANGUAGES) and not named:
            translation.activate(chosen)
            request.LANGUAGE_CODE = chosen
        return self.get_response(request)


class PrivateCacheMiddleware:
    """Pages seen by a signed-in member hold private data: no shared or disk caches."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.user.is_authenticated and not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True, no_store=True)
        return response


class HeadersOnlyMiddleware:
    """A response the view answered with headers alone (`response.headers_only`: a HEAD
    that did not build the body, a 304) keeps no Content-Length: CommonMiddleware, which
    runs before this one on the way out, writes the empty body's 0, which would tell the
    client the file itself is empty."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if getattr(response, "headers_only", False):
            response.headers.pop("Content-Length", None)
        return response
