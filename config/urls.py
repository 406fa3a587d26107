from __future__ import annotations

import os

from django.contrib import admin
from django.urls import include, path

from apps.core import views as core_views

admin.site.site_header = "Ajar content"
admin.site.site_title = "Ajar admin"
admin.site.index_title = "Advice content and members"

urlpatterns = [
    path("", core_views.home, name="home"),
    path("healthz", core_views.healthz, name="healthz"),
    path("language/", core_views.language, name="language"),
    path("accounts/", include("allauth.urls")),
    path("account/", include("apps.accounts.urls")),
    path("guide/", include("apps.guide.urls")),
    path("plans/", include("apps.plans.urls")),
    path("", include("apps.reminders.urls")),
    path("admin/", admin.site.urls),
]

# The benchmarks' baseline page (bench/views.py): never routed unless asked for.
if os.environ.get("AJAR_BENCH_VIEWS") == "1":
    from bench.views import bare

    urlpatterns.append(path("bench/bare/", bare, name="bench_bare"))
