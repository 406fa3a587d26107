from __future__ import annotations

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from apps.core.admin import HISTORY_FIELDSET, PUBLISHING_FIELDSET, CuratedContentAdmin
from apps.reminders.models import ReconnectIdea


@admin.register(ReconnectIdea)
class ReconnectIdeaAdmin(CuratedContentAdmin):
    list_display = ["title", "default_days_after", "applies_to", "status", "order", "updated"]
    search_fields = ["title", "slug", "opener", "detail"]
    prepopulated_fields = {"slug": ["title"]}
    fieldsets = [
        (
            None,
            {
                "fields": ["title", "opener", "detail", "default_days_after"],
                "description": _(
                    "A reason to get back in touch. The Reconnect step proposes a reminder "
                    "this many days after the decision; the member can move it."
                ),
            },
        ),
        PUBLISHING_FIELDSET,
        HISTORY_FIELDSET,
    ]
