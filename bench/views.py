"""A page that costs only Django: the base template, no database.

Served at /bench/bare/ only when AJAR_BENCH_VIEWS=1 (see config/urls.py), so the
page benchmark can compare real pages with the framework's own floor.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.template import engines
from django.views.decorators.http import require_safe

BARE = engines["django"].from_string(
    '{% extends "base.html" %}{% block title %}Bench{% endblock %}'
    "{% block content %}<h1>Bench</h1><p>The base template and nothing else.</p>{% endblock %}"
)


@require_safe
def bare(request: HttpRequest) -> HttpResponse:
    return HttpResponse(BARE.render({}, request))
