from __future__ import annotations

from django.urls import path

from apps.content.models import Situation
from apps.guide import views

app_name = "guide"

urlpatterns = [
    path("", views.index, name="index"),
    path(
        "job-offer/",
        views.situation_guide,
        {"situation": Situation.OFFER},
        name="offer",
    ),
    path(
        "promotion/",
        views.situation_guide,
        {"situation": Situation.PROMOTION},
        name="promotion",
    ),
    path("reasons/", views.reasons, name="reasons"),
]
