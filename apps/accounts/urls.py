from __future__ import annotations

from django.urls import path

from apps.accounts import views

app_name = "accounts"

urlpatterns = [
    path("", views.member_settings, name="settings"),
    path("calendar/", views.calendar, name="calendar"),
    path("export/", views.export, name="export"),
    path("export/download/", views.export_download, name="export_download"),
    path("delete/", views.delete, name="delete"),
]
