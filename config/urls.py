from __future__ import annotations

import os

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from apps.core import views as core_views

admin.site.site_header = "Ajar content"
admin.site.site_title = "Ajar admin"
admin.site.index_title = "Advice content and members"

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path("language/", core_views.language, name="language"),
    path("accounts/", include("allauth.urls")),
    path("account/", include("apps.accounts.urls")),
    path("plans/", include("apps.plans.urls")),
    path("", include("apps.reminders.urls")),
    path("admin/", admin.site.urls),
]

# The public pages, to be linked and found in each language: /guide/ in English,
# /nl/guide/ and /fr/guide/ (apps.core.middleware.LocaleMiddleware explains the rest).
urlpatterns += i18n_patterns(
    path("", core_views.home, name="home"),
    path("guide/", include("apps.guide.urls")),
    prefix_default_language=False,
)

# The benchmarks' baseline page (bench/views.py): never routed unless asked for.
if os.environ.get("AJAR_BENCH_VIEWS") == "1":
    from bench.views import bare

    urlpatterns.append(path("bench/bare/", bare, name="bench_bare"))
